-- The search index (term_span) is no longer written by every commit: the trail's writer keeps the marks of the
-- decisions after a watermark in memory and stores them when the chain enters a new span of 504 (IndexTail), and a
-- search by term, the effectiveness report and retention store them first. indexed_through is that watermark: every
-- decision up to it is in term_span. Each commit upserted one row per term of its batch, a quarter to a third of the
-- writer's work (README "Performance", seventeenth session).
-- Until now every commit indexed its decisions, so the index is complete up to the head.
ALTER TABLE chain_head ADD COLUMN indexed_through BIGINT NOT NULL DEFAULT 0;
UPDATE chain_head SET indexed_through = head_seq;

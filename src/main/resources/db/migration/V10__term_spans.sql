-- The search index in spans of 504 decisions (TermSpans): for each term and span (seq / 504), one row of eight masks,
-- mask k having bit b set for the decision at seq span * 504 + k * 63 + b, with the earliest and latest decision time
-- among them. With a row per term and block of 63 (V9), the key (term_id, block) took a new entry for every term at
-- the start of each block, each at the end of its term's part of the index and so on a page of its own: some 120
-- pages every 63 decisions, a third of the pages the trail's writer wrote (TrailWriteBenchmark, the two alternating:
-- 30-31 KB written and 102-153 us of the writer's CPU a decision with a row a block, 19-21 KB and 81-103 us with a
-- row a span). The rows of the span being filled sit together at the end of the table, so a commit's updates of them
-- touch a few pages.
-- trail_bit now numbers a decision's place in its span, 0 to 503 (TermSpans.EACH_MARK).
-- The first start after the upgrade folds every block of V9 into its span, once.
CREATE TABLE term_span (
    term_id          BIGINT NOT NULL,
    span             BIGINT NOT NULL,
    mask0            BIGINT NOT NULL,
    mask1            BIGINT NOT NULL,
    mask2            BIGINT NOT NULL,
    mask3            BIGINT NOT NULL,
    mask4            BIGINT NOT NULL,
    mask5            BIGINT NOT NULL,
    mask6            BIGINT NOT NULL,
    mask7            BIGINT NOT NULL,
    first_decided_at BIGINT NOT NULL,
    last_decided_at  BIGINT NOT NULL,
    PRIMARY KEY (term_id, span)
);

-- A term has at most one block at each place of a span, so MAX picks its mask (or 0).
INSERT INTO term_span (term_id, span, mask0, mask1, mask2, mask3, mask4, mask5, mask6, mask7, first_decided_at,
                       last_decided_at)
SELECT term_id, block / 8,
       MAX(CASE WHEN block % 8 = 0 THEN mask ELSE 0 END), MAX(CASE WHEN block % 8 = 1 THEN mask ELSE 0 END),
       MAX(CASE WHEN block % 8 = 2 THEN mask ELSE 0 END), MAX(CASE WHEN block % 8 = 3 THEN mask ELSE 0 END),
       MAX(CASE WHEN block % 8 = 4 THEN mask ELSE 0 END), MAX(CASE WHEN block % 8 = 5 THEN mask ELSE 0 END),
       MAX(CASE WHEN block % 8 = 6 THEN mask ELSE 0 END), MAX(CASE WHEN block % 8 = 7 THEN mask ELSE 0 END),
       MIN(first_decided_at), MAX(last_decided_at)
FROM term_block
GROUP BY term_id, block / 8;

DROP TABLE term_block;

INSERT INTO trail_bit (bit)
SELECT b.bit + 63 * k.bit FROM trail_bit b JOIN trail_bit k ON k.bit >= 1 AND k.bit <= 7 WHERE b.bit < 63;

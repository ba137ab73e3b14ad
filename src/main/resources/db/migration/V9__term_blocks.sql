-- The trail's search index in blocks: for each term (trail_term) and block of 63 consecutive decisions of the chain
-- (seq / 63), one row whose mask has bit seq % 63 set for each decision of the block indexed under the term, with the
-- earliest and latest decision time among them (decision times follow the events, not the chain, so these bound a
-- block's decisions for a search by time). Until V8 each decision added a row per term to decision_term, 23 a
-- decision in the bench mix, and those rows were two thirds of the trail's single writer's work (TrailWriteBenchmark:
-- 183-266 us of CPU a decision; 63 us with no index at all; 102-104 us with this one). A commit now upserts one row
-- per term and block of its batch: rows of the block being filled sit together, and the key (term_id, block) gets a
-- new entry once per term and block. 63 bits keep a mask a positive BIGINT in both stores.
-- trail_bit holds the bit numbers, so that SQL can expand a mask into its decisions (TermBlocks.SEQS).
-- The first start after the upgrade folds every row of decision_term into blocks, once.
CREATE TABLE trail_bit (bit INTEGER PRIMARY KEY);
INSERT INTO trail_bit (bit) VALUES
    (0), (1), (2), (3), (4), (5), (6), (7), (8), (9), (10), (11), (12), (13), (14), (15),
    (16), (17), (18), (19), (20), (21), (22), (23), (24), (25), (26), (27), (28), (29), (30), (31),
    (32), (33), (34), (35), (36), (37), (38), (39), (40), (41), (42), (43), (44), (45), (46), (47),
    (48), (49), (50), (51), (52), (53), (54), (55), (56), (57), (58), (59), (60), (61), (62);

CREATE TABLE term_block (
    term_id          BIGINT NOT NULL,
    block            BIGINT NOT NULL,
    mask             BIGINT NOT NULL,
    first_decided_at BIGINT NOT NULL,
    last_decided_at  BIGINT NOT NULL,
    PRIMARY KEY (term_id, block)
);

-- Each (term, decision) is one row of decision_term, so the sum of its bits is their OR.
INSERT INTO term_block (term_id, block, mask, first_decided_at, last_decided_at)
SELECT term_id, decision_seq / 63, CAST(SUM(CAST(1 AS BIGINT) << CAST(decision_seq % 63 AS INTEGER)) AS BIGINT),
       MIN(decided_at), MAX(decided_at)
FROM decision_term
GROUP BY term_id, decision_seq / 63;

DROP TABLE decision_term;

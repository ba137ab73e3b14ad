-- The decision trail: every decision that was answered, as it was answered, in one hash chain.
-- One schema for SQLite and PostgreSQL: VARCHAR/TEXT/BIGINT only, times as epoch milliseconds, JSON as TEXT.
-- seq is the chain order: assigned inside the write transaction while the chain_head row is locked.
CREATE TABLE decision_record (
    seq             BIGINT       PRIMARY KEY,
    decision_id     VARCHAR(36)  NOT NULL UNIQUE,
    request_id      VARCHAR(200) UNIQUE,
    customer_id     VARCHAR(200) NOT NULL,
    ruleset_version VARCHAR(64)  NOT NULL,
    decided_at      BIGINT       NOT NULL,
    recorded_at     BIGINT       NOT NULL,
    request_json    TEXT         NOT NULL,
    profile_json    TEXT         NOT NULL,
    offers_json     TEXT         NOT NULL,
    actions_json    TEXT         NOT NULL,
    suppressed_json TEXT         NOT NULL,
    trace_json      TEXT         NOT NULL,
    prev_hash       VARCHAR(64)  NOT NULL,
    hash            VARCHAR(64)  NOT NULL
);
CREATE INDEX decision_record_customer ON decision_record (customer_id, decided_at);
CREATE INDEX decision_record_decided ON decision_record (decided_at, seq);
CREATE INDEX decision_record_recorded ON decision_record (recorded_at);

-- Which rules fired in a decision (each once), so "where did this rule fire" needs no scan of traces.
CREATE TABLE decision_rule (
    rule_name    VARCHAR(300) NOT NULL,
    decided_at   BIGINT       NOT NULL,
    decision_seq BIGINT       NOT NULL,
    PRIMARY KEY (rule_name, decided_at, decision_seq)
);
CREATE INDEX decision_rule_decision ON decision_rule (decision_seq);

-- Offer types made and suppression reasons given in a decision, for the offerType= and reason= filters.
CREATE TABLE decision_facet (
    facet        VARCHAR(20)  NOT NULL,
    facet_value  VARCHAR(40)  NOT NULL,
    decided_at   BIGINT       NOT NULL,
    decision_seq BIGINT       NOT NULL,
    PRIMARY KEY (facet, facet_value, decided_at, decision_seq)
);
CREATE INDEX decision_facet_decision ON decision_facet (decision_seq);

-- The one row every writer locks: the last record of the chain, and the anchor that retention leaves behind
-- (the first kept seq and the hash its record points back to), so the chain stays verifiable after a purge.
CREATE TABLE chain_head (
    id            INTEGER      PRIMARY KEY,
    head_seq      BIGINT       NOT NULL,
    head_hash     VARCHAR(64)  NOT NULL,
    anchor_seq    BIGINT       NOT NULL,
    anchor_hash   VARCHAR(64)  NOT NULL,
    purged_before BIGINT
);
INSERT INTO chain_head (id, head_seq, head_hash, anchor_seq, anchor_hash, purged_before)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000', 1,
        '0000000000000000000000000000000000000000000000000000000000000000', NULL);

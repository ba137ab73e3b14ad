-- Outcomes of offers, as the applications report them (POST /v1/decisions/{decisionId}/outcomes).
-- One schema for SQLite and PostgreSQL: VARCHAR/INTEGER/BIGINT only, times as epoch milliseconds.
-- stage is where the outcome sits in the offer's state machine: PRESENTED, IGNORED or FINAL (ACCEPTED / DECLINED).
-- The primary key holds one outcome per stage, so two concurrent final outcomes (ACCEPTED and DECLINED) cannot
-- both be stored, and a repeat of the same outcome is stored once.
-- channel is where the outcome was reported; offer_channel where the offer went. The offer's product, type and
-- channel are copied from the decision so that the throttles' history query and the
-- effectiveness report need no second read of the decision.
CREATE TABLE offer_outcome (
    decision_id  VARCHAR(36)  NOT NULL,
    offer_index  INTEGER      NOT NULL,
    stage        VARCHAR(10)  NOT NULL,
    outcome      VARCHAR(10)  NOT NULL,
    customer_id  VARCHAR(200) NOT NULL,
    product_id   VARCHAR(100),
    offer_type   VARCHAR(20)  NOT NULL,
    offer_channel VARCHAR(20),
    channel      VARCHAR(20),
    outcome_at   BIGINT       NOT NULL,
    decided_at   BIGINT       NOT NULL,
    recorded_at  BIGINT       NOT NULL,
    PRIMARY KEY (decision_id, offer_index, stage)
);
-- The throttles' history of one customer: outcomes in a time window.
CREATE INDEX offer_outcome_customer ON offer_outcome (customer_id, outcome_at);
-- The effectiveness report: outcomes of the offers of decisions made in a range.
CREATE INDEX offer_outcome_decided ON offer_outcome (decided_at);

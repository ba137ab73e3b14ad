-- The trail's search index as small rows in one table. Until V6 each decision wrote a row per fired rule into
-- decision_rule (the rule's name in full, and a second index by decision) and a row per offer type and reason into
-- decision_facet (likewise). Writing those rows and their index pages was about half of the trail's single
-- writer's work (TrailWriteBenchmark: 234-308 us of CPU a decision; 123-133 us with no rule rows at all; 185-222 us
-- with this index, which also cut the service's writer from 283-303 to 213-233 us a decision).
-- Now each name is stored once, in trail_term, and a decision adds one row of three numbers per term to
-- decision_term, in one index. Retention deletes a term's rows by range (DecisionStore.purgeRecordedBefore), so
-- no index by decision is needed. The first start after the upgrade copies every index row once.
CREATE TABLE trail_term (
    id   BIGINT       PRIMARY KEY,
    kind VARCHAR(20)  NOT NULL,
    name VARCHAR(300) NOT NULL,
    UNIQUE (kind, name)
);

CREATE TABLE decision_term (
    term_id      BIGINT NOT NULL,
    decided_at   BIGINT NOT NULL,
    decision_seq BIGINT NOT NULL,
    PRIMARY KEY (term_id, decided_at, decision_seq)
);

INSERT INTO trail_term (id, kind, name)
SELECT ROW_NUMBER() OVER (ORDER BY kind, name), kind, name
FROM (SELECT 'RULE' AS kind, rule_name AS name FROM decision_rule
      UNION
      SELECT facet, facet_value FROM decision_facet) terms;

INSERT INTO decision_term (term_id, decided_at, decision_seq)
SELECT t.id, r.decided_at, r.decision_seq
FROM decision_rule r JOIN trail_term t ON t.kind = 'RULE' AND t.name = r.rule_name;

INSERT INTO decision_term (term_id, decided_at, decision_seq)
SELECT t.id, f.decided_at, f.decision_seq
FROM decision_facet f JOIN trail_term t ON t.kind = f.facet AND t.name = f.facet_value;

DROP TABLE decision_rule;
DROP TABLE decision_facet;

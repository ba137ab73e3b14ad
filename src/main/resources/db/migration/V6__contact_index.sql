-- The throttles' history of a customer (ContactHistory.QUERY) reads only the decisions that are contacts: those
-- with an offer made through an outbound channel, or with a FOLLOW_UP action. In the load test's mix they are 3 % of a
-- customer's decisions, yet the read went through every one of them (decision_record_customer), so it slowed as the
-- trail grew. This partial index holds only the contacts. Its WHERE must stay the query's condition, word for word:
-- a planner uses a partial index only when the query's WHERE contains its predicate (ContactHistoryIndexTests).
-- Building it reads every stored decision once.
CREATE INDEX decision_record_contact ON decision_record (customer_id, decided_at)
WHERE ((offers_json <> '[]' AND offers_json NOT LIKE '%"channel":"WEB"%'
        AND offers_json NOT LIKE '%"channel":"APP"%' AND offers_json NOT LIKE '%"channel":"STORE"%'
        AND offers_json NOT LIKE '%"channel":"SALES_REP"%')
       OR actions_json LIKE '%"FOLLOW_UP"%');

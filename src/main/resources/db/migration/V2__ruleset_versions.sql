-- Every ruleset version that was ever activated, with its files, so a past decision can be re-run on exactly
-- the rules it used. files: base64 of a zip of the rule files (TEXT keeps one schema for SQLite and PostgreSQL).
CREATE TABLE ruleset_version (
    version      VARCHAR(64) PRIMARY KEY,
    archived_at  VARCHAR(40) NOT NULL,
    rule_count   INTEGER     NOT NULL,
    file_count   INTEGER     NOT NULL,
    files        TEXT        NOT NULL
);

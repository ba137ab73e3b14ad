-- Baseline: each feature adds its own tables in later migrations (one schema for SQLite and PostgreSQL).
CREATE TABLE schema_note (note VARCHAR(200) NOT NULL);

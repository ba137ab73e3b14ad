-- A record's trace is stored compressed (TraceCompression: LZ4, about a quarter of the bytes), in trace_lz4, and
-- its trace_json is then ''. The trace is most of a record (10.6 of 12.8 KB in the bench mix), and the trail's single
-- writer's work follows the bytes it writes. Records stored before keep their trace in trace_json, with trace_lz4
-- NULL, and are read as they were: the upgrade rewrites nothing. The chain's hashes cover the trace's text, so
-- compressing it changes no hash. BYTEA is PostgreSQL's bytes; SQLite stores a byte array in it as it is.
ALTER TABLE decision_record ADD COLUMN trace_lz4 BYTEA;

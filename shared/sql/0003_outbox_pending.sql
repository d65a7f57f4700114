-- The relay takes the oldest unpublished rows (ORDER BY id ... LIMIT): without an index of only
-- those, PostgreSQL walked the primary key past every published row first, a cost that grew
-- with the outbox (12 ms a pass with 60 000 published rows). A queue table: vacuum it often, so
-- its indexes do not fill with the entries of rows published since.
CREATE INDEX outbox_pending ON "{schema}".outbox (id) WHERE published_at IS NULL;
ALTER TABLE "{schema}".outbox SET (autovacuum_vacuum_scale_factor = 0.02, autovacuum_analyze_scale_factor = 0.05);

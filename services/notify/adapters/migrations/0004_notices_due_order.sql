-- The dispatcher takes due notices in (next_attempt_at, created_at) order, a few at a time:
-- an index in that order lets it stop after the batch instead of sorting the due backlog.
-- A queue table: vacuum it often, so the index does not fill with entries of sent notices.
CREATE INDEX notices_due_order ON notify.notices (next_attempt_at, created_at) WHERE status IN ('PENDING', 'SCHEDULED');
DROP INDEX notify.notices_due;
ALTER TABLE notify.notices SET (autovacuum_vacuum_scale_factor = 0.02, autovacuum_analyze_scale_factor = 0.05);

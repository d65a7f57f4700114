-- A tamper-evident audit trail: each entry carries the hash of the one before it.
CREATE TABLE "{schema}".audit_log (
    seq       bigserial PRIMARY KEY,
    case_id   uuid,
    actor     text NOT NULL,
    action    text NOT NULL,
    detail    jsonb NOT NULL,
    at        timestamptz NOT NULL,
    prev_hash text NOT NULL,
    hash      text NOT NULL UNIQUE
);
CREATE INDEX audit_log_case ON "{schema}".audit_log (case_id, seq);

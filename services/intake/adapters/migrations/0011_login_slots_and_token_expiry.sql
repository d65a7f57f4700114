-- Login throttle (service_layer/staff.py log_in): an attempt takes a slot here, atomically,
-- BEFORE its password is checked, so concurrent attempts cannot all read "not locked yet".
-- One row per account and client (client_key: SHA-256 of the client's address) and one per
-- account (client_key '*', the ceiling over all clients); each counts from its window's start.
CREATE TABLE intake.login_attempts (
    staff_id     uuid NOT NULL REFERENCES intake.staff (staff_id) ON DELETE CASCADE,
    client_key   text NOT NULL,
    window_start timestamptz NOT NULL,
    attempts     integer NOT NULL,
    PRIMARY KEY (staff_id, client_key)
);
CREATE INDEX login_attempts_window ON intake.login_attempts (window_start);
-- The failure count no longer comes from the audit trail.
DROP INDEX IF EXISTS intake.audit_log_failed_logins;

-- API tokens expire. Tokens issued before this migration get the default lifetime (90 days)
-- from the moment it runs.
ALTER TABLE intake.api_tokens ADD COLUMN expires_at timestamptz;
UPDATE intake.api_tokens SET expires_at = now() + interval '90 days' WHERE expires_at IS NULL;
ALTER TABLE intake.api_tokens ALTER COLUMN expires_at SET NOT NULL;

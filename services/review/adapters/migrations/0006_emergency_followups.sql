-- The formal legal process an emergency disclosure owes: one row per emergency case, found by
-- blind indexes of its requester (the agency) and accounts (like a preservation hold).
CREATE TABLE review.emergency_followups (
    case_id          uuid PRIMARY KEY REFERENCES review.reviews (case_id),
    requester_key    text NOT NULL,
    account_keys     text[] NOT NULL,
    disclosed_at     timestamptz,
    expected_by      timestamptz,
    next_reminder_at timestamptz,
    reminders_sent   integer NOT NULL DEFAULT 0,
    satisfied_by     uuid REFERENCES review.reviews (case_id),
    satisfied_at     timestamptz
);
CREATE INDEX emergency_followups_due ON review.emergency_followups (next_reminder_at)
    WHERE satisfied_by IS NULL AND next_reminder_at IS NOT NULL;
CREATE INDEX emergency_followups_accounts ON review.emergency_followups USING gin (account_keys)
    WHERE satisfied_by IS NULL;

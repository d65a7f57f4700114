-- Cases intake dismissed in triage as not legal process (legal-process.dismissed.v1): the
-- triage reminders still owed for them are cancelled, and a held event that arrives after the
-- dismissal (another topic: it may come later) owes nothing. One row per case; who dismissed
-- it stays in intake (staff, in its audit chain), the reason never leaves intake.
CREATE TABLE notify.triage_dismissals (
    case_id      uuid PRIMARY KEY,
    dismissed_at timestamptz NOT NULL,
    event_id     uuid NOT NULL,
    recorded_at  timestamptz NOT NULL
);

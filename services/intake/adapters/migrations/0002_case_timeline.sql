-- Read model fed by legal-process.escalated.v1 and legal-process.decided.v1: the case's timeline.
CREATE TABLE intake.case_timeline (
    event_id   uuid PRIMARY KEY,
    case_id    uuid NOT NULL,
    event_type text NOT NULL,
    detail     jsonb NOT NULL,
    at         timestamptz NOT NULL
);
CREATE INDEX case_timeline_case ON intake.case_timeline (case_id, at);

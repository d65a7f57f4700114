-- Every demand intake accepted, exactly as validated, with the channel it came by.
CREATE TABLE intake.cases (
    case_id         uuid PRIMARY KEY,
    channel         text NOT NULL,
    received_at     timestamptz NOT NULL,
    trace_id        text NOT NULL,
    document        jsonb NOT NULL,
    fingerprint     text NOT NULL,
    idempotency_key text UNIQUE
);
CREATE INDEX cases_received_at ON intake.cases (received_at DESC);

-- Read model fed by legal-process.reviewed.v1: the latest review of each case.
CREATE TABLE intake.case_reviews (
    case_id     uuid PRIMARY KEY REFERENCES intake.cases (case_id),
    review      jsonb NOT NULL,
    reviewed_at timestamptz NOT NULL
);

-- Read model fed by notice.planned.v1 and notice.dispatched.v1: each notice's latest state.
CREATE TABLE intake.case_notices (
    notice_id  uuid PRIMARY KEY,
    case_id    uuid NOT NULL,
    role       text NOT NULL,
    recipient  text NOT NULL,
    status     text NOT NULL,
    not_before timestamptz,
    event_at   timestamptz NOT NULL
);
CREATE INDEX case_notices_case ON intake.case_notices (case_id);

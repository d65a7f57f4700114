-- Counsel's actions asked for in the web app or the API. Intake stages each as a command on
-- legal-process.action-requested.v1 (review or notify carries it out) and records the answer
-- from legal-process.action-outcome.v1, so the page can say "done" or "refused: why".
CREATE TABLE intake.action_requests (
    request_id   uuid PRIMARY KEY,
    case_id      uuid NOT NULL REFERENCES intake.cases (case_id),
    action       text NOT NULL,
    requested_by text NOT NULL,
    requested_at timestamptz NOT NULL,
    detail       jsonb NOT NULL,
    status       text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'DONE', 'REFUSED')),
    outcome      text,
    answered_at  timestamptz
);
CREATE INDEX action_requests_case ON intake.action_requests (case_id, requested_at);

-- The acknowledgement deadline the review set (legal-process.reviewed.v1), for the queue's SLA column.
ALTER TABLE intake.case_reviews ADD COLUMN acknowledge_by timestamptz;

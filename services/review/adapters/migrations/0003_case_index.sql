-- What DUPLICATE_REQUEST compares a new demand with: one summary per reviewed case.
CREATE TABLE review.case_index (
    case_id     uuid PRIMARY KEY,
    received_at timestamptz NOT NULL,
    fingerprint text,
    message_id  text,
    case_number text,
    summary     jsonb NOT NULL   -- the domain's EarlierCase
);
CREATE INDEX case_index_fingerprint ON review.case_index (fingerprint) WHERE fingerprint IS NOT NULL;
CREATE INDEX case_index_message_id ON review.case_index (message_id) WHERE message_id IS NOT NULL;
CREATE INDEX case_index_case_number ON review.case_index (case_number) WHERE case_number IS NOT NULL;

-- The notify service's projection of the account directory: whom to tell, and their counsel.
CREATE TABLE notify.contacts (
    handle      text PRIMARY KEY,
    lookup_keys text[] NOT NULL,
    entry       jsonb NOT NULL,   -- handle, contact_email, counsel
    updated_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX contacts_lookup ON notify.contacts USING gin (lookup_keys);

-- The latest review of each case, to word notices and alerts.
CREATE TABLE notify.case_reviews (
    case_id    uuid PRIMARY KEY,
    reviewed   jsonb NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now()
);

-- Every notice owed. A notice exists once (notice_key) and is never deleted: a failure
-- or a bounce never erases the fact that it was owed.
CREATE TABLE notify.notices (
    notice_id       uuid PRIMARY KEY,
    notice_key      text NOT NULL UNIQUE,
    case_id         uuid NOT NULL,
    trace_id        text NOT NULL,
    kind            text NOT NULL,
    role            text NOT NULL,
    handle          text,
    recipient       text NOT NULL,
    status          text NOT NULL,
    not_before      timestamptz,
    subject         text NOT NULL,
    body_text       text NOT NULL,
    body_html       text NOT NULL,
    attempts        integer NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL DEFAULT now(),
    last_error      text,
    message_id      text,
    created_at      timestamptz NOT NULL DEFAULT now(),
    sent_at         timestamptz
);
CREATE INDEX notices_case ON notify.notices (case_id);
CREATE INDEX notices_due ON notify.notices (next_attempt_at) WHERE status IN ('PENDING', 'SCHEDULED');

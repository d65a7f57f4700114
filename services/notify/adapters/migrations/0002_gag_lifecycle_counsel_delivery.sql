-- What a notice needs to be worded again when the matter moves (an NDO extended, a return
-- date moved), and its delivery bookkeeping. Rows are still never deleted.
ALTER TABLE notify.notices
    ADD COLUMN recipient_name         text,
    ADD COLUMN recipient_organization text,
    ADD COLUMN tier                   text,
    ADD COLUMN occasion               text,
    ADD COLUMN context                jsonb,          -- what an update or internal alert is about
    ADD COLUMN total_attempts         integer NOT NULL DEFAULT 0,  -- attempts resets on a manual retry
    ADD COLUMN updated_at             timestamptz NOT NULL DEFAULT now();
UPDATE notify.notices SET total_attempts = attempts;
CREATE INDEX notices_status ON notify.notices (status, created_at);
CREATE INDEX notices_handle ON notify.notices (lower(handle)) WHERE handle IS NOT NULL;

-- Every delivery attempt: the delivery record that carries the notice's idempotency key.
CREATE TABLE notify.delivery_attempts (
    id              bigserial PRIMARY KEY,
    notice_id       uuid NOT NULL REFERENCES notify.notices (notice_id),
    idempotency_key text NOT NULL,        -- sent as X-Dueprocess-Notice-Key (and in the Message-ID)
    attempt         integer NOT NULL,     -- the notice's total attempt number
    at              timestamptz NOT NULL,
    outcome         text NOT NULL,        -- SENT, TRANSIENT, PERMANENT, GAGGED, RETRY_REQUESTED
    smtp_code       integer,
    detail          text                  -- the error class or the staff member retrying; never content
);
CREATE INDEX delivery_attempts_notice ON notify.delivery_attempts (notice_id, id);

-- Each case's nondisclosure order as notify knows it: from the review, then as counsel records it.
CREATE TABLE notify.gag_orders (
    case_id          uuid PRIMARY KEY,
    present          boolean NOT NULL,
    kind             text,
    expires_at       timestamptz,         -- null with a gagging kind: indefinite
    version          integer NOT NULL,
    ruled_by_counsel boolean NOT NULL DEFAULT false,
    released         boolean NOT NULL DEFAULT false,
    updated_at       timestamptz NOT NULL DEFAULT now()
);
-- Its history: every version, who recorded it and why (append-only).
CREATE TABLE notify.gag_order_history (
    id         bigserial PRIMARY KEY,
    case_id    uuid NOT NULL,
    version    integer NOT NULL,
    present    boolean NOT NULL,
    kind       text,
    expires_at timestamptz,
    change     text NOT NULL,             -- REVIEWED, ISSUED, EXTENDED, SHORTENED, MODIFIED, LIFTED, RELEASED
    actor      text,
    reason     text,
    event_id   uuid,
    at         timestamptz NOT NULL
);
CREATE INDEX gag_order_history_case ON notify.gag_order_history (case_id, id);

-- Staff actions notify has seen, in the order they happened; applied once the review is here.
CREATE TABLE notify.case_decisions (
    event_id    uuid PRIMARY KEY,
    case_id     uuid NOT NULL,
    action      text NOT NULL,
    decided     jsonb NOT NULL,
    decided_at  timestamptz NOT NULL,
    update      jsonb,                    -- the user-visible update it made, if any
    received_at timestamptz NOT NULL DEFAULT now(),
    applied_at  timestamptz
);
CREATE INDEX case_decisions_case ON notify.case_decisions (case_id, decided_at);

-- The current return date, when it moved after the review.
ALTER TABLE notify.case_reviews ADD COLUMN return_by timestamptz;

-- Which known accounts each case concerns (to owe a newly named counsel their notice).
CREATE TABLE notify.case_accounts (
    case_id uuid NOT NULL,
    handle  text NOT NULL,
    PRIMARY KEY (case_id, handle)
);
CREATE INDEX case_accounts_handle ON notify.case_accounts (lower(handle));
INSERT INTO notify.case_accounts (case_id, handle)
SELECT DISTINCT case_id, handle FROM notify.notices WHERE handle IS NOT NULL ON CONFLICT DO NOTHING;

-- Counsel of record named by legal ops (API) or by the user (signed link), newest wins over
-- the directory's. Append-only: the history of who represented whom, named by whom.
CREATE TABLE notify.counsel_appointments (
    id           bigserial PRIMARY KEY,
    handle       text NOT NULL,
    name         text NOT NULL,
    email        text NOT NULL,
    organization text,
    source       text NOT NULL,           -- LEGAL_OPS or USER_LINK
    named_by     text NOT NULL,           -- the staff member, or the notice whose link was used
    case_id      uuid,
    at           timestamptz NOT NULL
);
CREATE INDEX counsel_appointments_handle ON notify.counsel_appointments (lower(handle), id DESC);

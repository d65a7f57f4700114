-- Preservation holds (18 U.S.C. § 2703(f)) and their durable timers (reminders, expiry).
-- The accounts are sealed (sealed_accounts, bound to the hold); a hold is found by blind indexes
-- of its requester (the agency) and of its accounts' handles.
CREATE TABLE review.holds (
    hold_id         uuid PRIMARY KEY,
    requester_key   text NOT NULL,
    account_keys    text[] NOT NULL,
    sealed_accounts text NOT NULL,
    categories      text[] NOT NULL,
    placed_by       uuid NOT NULL REFERENCES review.reviews (case_id),
    received_at     timestamptz NOT NULL,
    expires_at      timestamptz,
    status          text NOT NULL,
    extended_by     uuid REFERENCES review.reviews (case_id),
    follows_case    uuid REFERENCES review.reviews (case_id),
    released_at     timestamptz,
    release_reason  text,
    sequence        integer NOT NULL,
    cases           uuid[] NOT NULL,
    updated_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX holds_open ON review.holds USING gin (account_keys) WHERE status <> 'RELEASED';
CREATE INDEX holds_follows ON review.holds (follows_case) WHERE status = 'FOLLOWS_CASE';

CREATE TABLE review.hold_timers (
    timer_id     bigserial PRIMARY KEY,
    hold_id      uuid NOT NULL REFERENCES review.holds (hold_id),
    kind         text NOT NULL,
    due_at       timestamptz NOT NULL,
    fired_at     timestamptz,
    cancelled_at timestamptz
);
CREATE INDEX hold_timers_pending ON review.hold_timers (due_at) WHERE fired_at IS NULL AND cancelled_at IS NULL;
CREATE INDEX hold_timers_hold ON review.hold_timers (hold_id);

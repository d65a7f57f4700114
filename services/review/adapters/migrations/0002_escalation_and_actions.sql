-- The escalation ladder's state, kept with each review.
ALTER TABLE review.reviews
    ADD COLUMN current_tier        text,
    ADD COLUMN emergency           boolean NOT NULL DEFAULT false,
    ADD COLUMN return_by           timestamptz,
    ADD COLUMN escalation_count    integer NOT NULL DEFAULT 0,
    ADD COLUMN acknowledged_by     text,
    ADD COLUMN decided_disposition text,
    ADD COLUMN production_hold     boolean NOT NULL DEFAULT false,
    ADD COLUMN notice_released     boolean NOT NULL DEFAULT false;
UPDATE review.reviews SET current_tier = escalation_tier;
ALTER TABLE review.reviews ALTER COLUMN current_tier SET NOT NULL;

-- Durable escalation timers: each fires once (FOR UPDATE SKIP LOCKED), or is cancelled.
CREATE TABLE review.timers (
    timer_id     bigserial PRIMARY KEY,
    case_id      uuid NOT NULL REFERENCES review.reviews (case_id),
    kind         text NOT NULL,
    tier         text NOT NULL,
    due_at       timestamptz NOT NULL,
    fired_at     timestamptz,
    cancelled_at timestamptz,
    created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX timers_pending ON review.timers (due_at) WHERE fired_at IS NULL AND cancelled_at IS NULL;
CREATE INDEX timers_case ON review.timers (case_id);

-- Every staff action on a case: who, when, what and why.
CREATE TABLE review.case_actions (
    seq         bigserial PRIMARY KEY,
    action_id   uuid NOT NULL UNIQUE,
    case_id     uuid NOT NULL REFERENCES review.reviews (case_id),
    action      text NOT NULL,
    actor       text NOT NULL,
    reason      text NOT NULL,
    disposition text,
    overrides   boolean NOT NULL DEFAULT false,
    at          timestamptz NOT NULL
);
CREATE INDEX case_actions_case ON review.case_actions (case_id, at);

-- The review service's projection of the platform's account directory.
CREATE TABLE review.accounts (
    handle      text PRIMARY KEY,
    lookup_keys text[] NOT NULL,   -- lower-cased handle, account id and e-mail address
    entry       jsonb NOT NULL,    -- DOMAIN.md's directory entry
    updated_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX accounts_lookup ON review.accounts USING gin (lookup_keys);

-- One review per case, as published on legal-process.reviewed.v1.
CREATE TABLE review.reviews (
    case_id          uuid PRIMARY KEY,
    received_event   uuid NOT NULL,
    review           jsonb NOT NULL,
    disposition      text NOT NULL,
    escalation_tier  text NOT NULL,
    rule_set_version text NOT NULL,
    received_at      timestamptz NOT NULL,
    reviewed_at      timestamptz NOT NULL
);

-- The transactional outbox: written in the same transaction as the state it announces.
CREATE TABLE "{schema}".outbox (
    id           bigserial PRIMARY KEY,
    event_id     uuid NOT NULL UNIQUE,
    topic        text NOT NULL,
    key          text NOT NULL,
    value        bytea NOT NULL,
    headers      jsonb NOT NULL DEFAULT '{}'::jsonb,
    created_at   timestamptz NOT NULL DEFAULT now(),
    published_at timestamptz
);
CREATE INDEX outbox_unpublished ON "{schema}".outbox (key, id) WHERE published_at IS NULL;

-- The inbox: one row per consumed event, written in the same transaction as its effect.
CREATE TABLE "{schema}".processed_messages (
    consumer     text NOT NULL,
    event_id     uuid NOT NULL,
    processed_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, event_id)
);

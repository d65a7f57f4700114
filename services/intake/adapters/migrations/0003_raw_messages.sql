-- E-mail ingestion: every message kept verbatim for chain of custody, its attachments with
-- their hashes, what was extracted from it (each field with confidence and span), and the keys
-- that make a resubmission a duplicate of the first case instead of a second live case.

-- A case held for legal ops to confirm its extracted fields (triage, or an upload on the web
-- form): held_reasons is not null until it is confirmed; its received event is only staged then.
ALTER TABLE intake.cases
    ADD COLUMN held_reasons jsonb,
    ADD COLUMN confirmed_at timestamptz,
    ADD COLUMN confirmed_by text;
CREATE INDEX cases_held ON intake.cases (received_at DESC) WHERE held_reasons IS NOT NULL;

CREATE TABLE intake.raw_messages (
    message_pk       uuid PRIMARY KEY,
    sha256           text NOT NULL,
    message_id       text,
    source           text NOT NULL,          -- smtp, api, web, cli
    received_at      timestamptz NOT NULL,
    size_bytes       integer NOT NULL,
    raw              bytea NOT NULL,         -- exactly as received
    envelope_from    text,
    envelope_to      text[] NOT NULL DEFAULT '{}',
    case_id          uuid REFERENCES intake.cases (case_id),
    duplicate_of     uuid REFERENCES intake.cases (case_id),
    duplicate_reason text,
    extraction       jsonb NOT NULL,         -- fields with value, confidence and span; triage reasons; authenticity
    CHECK ((case_id IS NULL) <> (duplicate_of IS NULL))
);
CREATE INDEX raw_messages_case ON intake.raw_messages (case_id);
CREATE INDEX raw_messages_duplicate_of ON intake.raw_messages (duplicate_of);
CREATE INDEX raw_messages_message_id ON intake.raw_messages (lower(message_id));
CREATE INDEX raw_messages_sha256 ON intake.raw_messages (sha256);

CREATE TABLE intake.attachments (
    message_pk   uuid NOT NULL REFERENCES intake.raw_messages (message_pk),
    ordinal      integer NOT NULL,
    sha256       text NOT NULL,
    filename     text,
    content_type text NOT NULL,
    size_bytes   integer NOT NULL,
    text_status  text,                       -- ok, image_only, unreadable, truncated, unsupported, ignored
    content      bytea NOT NULL,
    PRIMARY KEY (message_pk, ordinal)
);
CREATE INDEX attachments_sha256 ON intake.attachments (sha256);

-- Dedup: the first case to claim a key (a Message-ID, a raw message hash, a document hash) owns it.
CREATE TABLE intake.document_keys (
    key        text PRIMARY KEY,               -- message-id:<...>, raw:<sha256>, document:<sha256>
    case_id    uuid NOT NULL REFERENCES intake.cases (case_id),
    created_at timestamptz NOT NULL DEFAULT now()
);

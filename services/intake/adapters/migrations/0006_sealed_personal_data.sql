-- Personal data sealed at rest (AES-256-GCM, shared/crypto.py; each value bound to its table,
-- column and row). Target identifiers, e-mail addresses and document contents are sealed; what
-- queries filter and sort on stays in plaintext only where it is not personal.
-- Rows written before this migration are sealed by `dueprocess keys rotate` (a one-off step;
-- `dueprocess up` runs it): until then their personal columns are still in the clear.

-- The whole case, sealed; `document` keeps its non-personal projection (process type,
-- requester name/kind/country, statute, dates, gag, data categories ...).
ALTER TABLE intake.cases ADD COLUMN sealed_document text;
-- The whole review, sealed; `review` keeps it without targets and findings' explanations.
ALTER TABLE intake.case_reviews ADD COLUMN sealed_review text;
-- intake.case_notices.recipient: sealed in place.

-- The raw message (bytea), its Message-ID and envelope sender: sealed in place. The envelope
-- recipients and the extraction (field values with their spans) move to sealed columns.
ALTER TABLE intake.raw_messages
    ADD COLUMN sealed_envelope_to text,
    ADD COLUMN sealed_extraction text,
    ALTER COLUMN extraction DROP NOT NULL;
DROP INDEX intake.raw_messages_message_id;  -- nothing looks messages up by it (document_keys does)
-- intake.attachments.content (bytea) and filename: sealed in place.

-- Dedup keys are blind indexes: "<kind>:hmac:<HMAC-SHA256 of the key>" (kind: raw, message-id,
-- document), so a Message-ID is found again without being stored.
COMMENT ON COLUMN intake.document_keys.key IS '<kind>:hmac:<blind index>';

-- Personal data sealed at rest (AES-256-GCM, shared/crypto.py; each value bound to its table,
-- column and row); lookups by a personal value go through blind indexes (HMAC-SHA256).
-- Rows written before this migration are sealed by `dueprocess keys rotate` (a one-off step;
-- `dueprocess up` runs it): until then they are still in the clear and lookups miss them.

-- The account directory: the handle (the key) and the lookup keys (handle, account id,
-- e-mail) become blind indexes; the directory entry is sealed.
ALTER TABLE review.accounts RENAME COLUMN handle TO handle_key;
ALTER TABLE review.accounts
    ADD COLUMN sealed_entry text,
    ALTER COLUMN entry DROP NOT NULL;

-- The whole review, sealed; `review` keeps it without targets and findings' explanations.
ALTER TABLE review.reviews ADD COLUMN sealed_review text;

-- DUPLICATE_REQUEST's summaries: sealed (they hold the targets); the fingerprint and the
-- Message-ID become blind indexes (the case number, not personal, stays comparable as is).
ALTER TABLE review.case_index
    ADD COLUMN sealed_summary text,
    ALTER COLUMN summary DROP NOT NULL;

-- Personal data sealed at rest (AES-256-GCM, shared/crypto.py; each value bound to its table,
-- column and row); lookups by a personal value go through blind indexes (HMAC-SHA256).
-- Rows written before this migration are sealed by `dueprocess keys rotate` (a one-off step;
-- `dueprocess up` runs it): until then they are still in the clear and lookups miss them.

-- The directory: the handle (the key) and lookup keys become blind indexes, the entry (contact
-- e-mail, counsel of record) is sealed.
ALTER TABLE notify.contacts RENAME COLUMN handle TO handle_key;
ALTER TABLE notify.contacts
    ADD COLUMN sealed_entry text,
    ALTER COLUMN entry DROP NOT NULL;

-- The review as notify words notices from it: sealed (targets, findings).
ALTER TABLE notify.case_reviews
    ADD COLUMN sealed_reviewed text,
    ALTER COLUMN reviewed DROP NOT NULL;

-- Notices: notice_key, handle, recipient, recipient name and organization, subject, bodies and
-- last_error are sealed in place; context moves to a sealed column. handle_key and
-- recipient_key are blind indexes of the lower-cased handle and address (to find a counsel's
-- notices, and to keep an update behind the notice to the same recipient).
ALTER TABLE notify.notices
    ADD COLUMN handle_key text,
    ADD COLUMN recipient_key text,
    ADD COLUMN sealed_context text;
DROP INDEX notify.notices_handle;
CREATE INDEX notices_handle_key ON notify.notices (handle_key) WHERE handle_key IS NOT NULL;

-- The accounts a case concerns: the handle sealed, found by its blind index.
ALTER TABLE notify.case_accounts ADD COLUMN handle_key text;
ALTER TABLE notify.case_accounts DROP CONSTRAINT case_accounts_pkey;
ALTER TABLE notify.case_accounts ADD CONSTRAINT case_accounts_case_handle_key UNIQUE (case_id, handle_key);
DROP INDEX notify.case_accounts_handle;
CREATE INDEX case_accounts_handle_key ON notify.case_accounts (handle_key);

-- Counsel appointments: handle, name, e-mail and organization sealed (bound to appointment_id),
-- found by the handle's blind index.
ALTER TABLE notify.counsel_appointments
    ADD COLUMN appointment_id uuid NOT NULL DEFAULT gen_random_uuid() UNIQUE,
    ADD COLUMN handle_key text;
DROP INDEX notify.counsel_appointments_handle;
CREATE INDEX counsel_appointments_handle_key ON notify.counsel_appointments (handle_key, id DESC);

-- Who submitted each case: the staff member (actor) behind the API token or the login, for
-- the API, the form and .eml uploads; null for the SMTP mailbox. Written in the case's own
-- insert, in the same transaction as its received event: a submission no longer appends to the
-- audit chain (whose per-schema lock serialised every submission); the case page shows it as
-- the first entry of the case's audit trail.
ALTER TABLE intake.cases ADD COLUMN submitted_by text;

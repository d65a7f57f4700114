-- A case held for triage that legal ops found not to be legal process at all (spam, a vendor's
-- newsletter, a user's complaint, a misdirected message) is dismissed: who, when and why. It
-- keeps its held_reasons (why it was held) and is never confirmed or published as received;
-- its raw message and attachments stay. The reason is free text that may describe the message,
-- so it is sealed like the message itself (dp1:..., bound to intake.cases/dismissed_reason/case_id).
ALTER TABLE intake.cases
    ADD COLUMN dismissed_at timestamptz,
    ADD COLUMN dismissed_by text,
    ADD COLUMN dismissed_reason text;
-- All three or none; only a held case (never a confirmed one) is dismissed.
ALTER TABLE intake.cases
    ADD CONSTRAINT cases_dismissal_whole
        CHECK ((dismissed_at IS NULL) = (dismissed_by IS NULL) AND (dismissed_at IS NULL) = (dismissed_reason IS NULL)),
    ADD CONSTRAINT cases_dismissed_only_while_held
        CHECK (dismissed_at IS NULL OR (held_reasons IS NOT NULL AND confirmed_at IS NULL));

-- The requester's e-mail address of an emergency case's follow-up, sealed (bound to the case):
-- the requester is told at the disclosure what formal process it owes and by when, and reminded
-- before that date (through notify, on the events).
ALTER TABLE review.emergency_followups ADD COLUMN sealed_requester_email text;

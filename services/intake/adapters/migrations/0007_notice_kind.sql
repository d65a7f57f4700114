-- What occasioned each notice (initial, update, escalation, ndo-reminder, ndo-flag,
-- delivery-alert), from notice.planned / notice.dispatched: the case page tells a first notice
-- from an update. Null for notices recorded before notify sent it.
ALTER TABLE intake.case_notices ADD COLUMN kind text;

-- Staff requests are sealed at rest like every other table (issue 15, finding 7): the whole
-- request detail (the named counsel's name and e-mail, the user's handle, a confirmed
-- requester's name, the staff member's reason) is sealed in `sealed_detail`, bound to its
-- request_id; `detail` keeps only its non-personal projection (disposition, produced data
-- categories, dates, the gag's kind). Nothing looks a request up by a personal value.
-- Rows written before this migration are sealed by `dueprocess keys rotate` (its one-off step).
ALTER TABLE intake.action_requests ADD COLUMN sealed_detail text;

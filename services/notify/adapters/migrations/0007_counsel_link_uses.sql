-- A counsel-of-record link names counsel once: the first naming through a link records the
-- link's notice here, in the transaction that names counsel; the primary key makes two
-- concurrent namings through one link end with exactly one. A later change needs a fresh link
-- (a COUNSEL_LINK notice, sent to the account's own address). No personal data: the notice and
-- the appointment it made are ids.
CREATE TABLE notify.counsel_link_uses (
    notice_id      uuid PRIMARY KEY,
    appointment_id uuid,
    used_at        timestamptz NOT NULL
);

-- Delivery status notifications (RFC 3464) that came back to notify's return-path listener,
-- and notices whose hand-over to the SMTP server has an unknown outcome.
--
-- A send is unconfirmed when the SMTP server may have accepted it but notify does not know:
-- the dispatcher died after giving the message and before recording the server's 250 (its
-- HANDING_OVER attempt has no outcome), or the session broke while the server's answer to the
-- message was awaited. Such a notice is not sent again blindly: it waits until
-- `unconfirmed_until` for the DSN the server was asked for (NOTIFY=SUCCESS,FAILURE, ENVID =
-- the notice id). A DELIVERED report makes it SENT without a second message; a FAILED one makes
-- it FAILED (legal ops are alerted); none by then: it goes again (at least once).
ALTER TABLE notify.notices ADD COLUMN unconfirmed_until timestamptz;

CREATE TABLE notify.delivery_reports (
    id            bigserial PRIMARY KEY,
    notice_id     uuid REFERENCES notify.notices (notice_id),  -- null: the report names no notice of ours
    outcome       text NOT NULL,           -- DELIVERED, FAILED, DELAYED
    status        text NOT NULL,           -- the RFC 3463 codes per recipient, e.g. "5.1.1"; never an address
    report_sha256 text NOT NULL UNIQUE,    -- the same report delivered twice is recorded once
    received_at   timestamptz NOT NULL
);
CREATE INDEX delivery_reports_notice ON notify.delivery_reports (notice_id, id);

"""Delivery status notifications as real MTAs send them (Postfix, Exim, a global RFC 6533 one)
read back as the notice they are about and what happened, with no recipient address kept;
anything else reads as no report, and no input makes the parser raise."""

from __future__ import annotations

import base64
import quopri
import re
import uuid

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from services.notify.domain.delivery_reports import (
    ACTIONS,
    DeliveryReport,
    RecipientOutcome,
    ReportOutcome,
    parse_delivery_report,
    xtext_decode,
    xtext_encode,
)

FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

NOTICE = uuid.UUID("3f2b8c4e-9d1a-4e6f-8b7c-2a5d9e0f1c34")
OTHER = uuid.UUID("0c9e7d21-6b3a-4f58-9e12-7d4c8a1b5e90")
ADDRESS = "alt.uscis@example.org"
SECOND_ADDRESS = "rogue.nasa@example.org"


def original_headers(notice: uuid.UUID = NOTICE, *, key: bool = True, message_id: bool = True) -> bytes:
    """The header section notify writes on a notice (see test_wire_message)."""
    lines = [
        b"From: legal-notices@dueprocess.local",
        f"To: {ADDRESS}".encode(),
        b"Subject: Legal process about your account",
        b"Date: Tue, 14 Mar 2017 15:00:00 -0400",
    ]
    if message_id:
        lines.append(f"Message-ID: <{notice}@dueprocess.notice>".encode())
    if key:
        lines.append(f"X-Dueprocess-Notice-Key: {notice}".encode())
    lines += [
        b"X-Dueprocess-Role: USER",
        b"MIME-Version: 1.0",
        b'Content-Type: multipart/alternative; boundary="===============0815=="',
    ]
    return b"\r\n".join(lines) + b"\r\n"


def postfix_relayed(envid: str = str(NOTICE)) -> bytes:
    """Postfix's success notice (NOTIFY=SUCCESS, RET=HDRS), relayed to a host without DSN."""
    return (
        b"Return-Path: <>\r\n"
        b"Received: by mx.example.net (Postfix) id 4VqT1x0Zl9z9sRk; Tue, 14 Mar 2017 15:00:03 -0400 (EDT)\r\n"
        b"Date: Tue, 14 Mar 2017 15:00:03 -0400 (EDT)\r\n"
        b"From: MAILER-DAEMON@mx.example.net (Mail Delivery System)\r\n"
        b"Subject: Successful Mail Delivery Report\r\n"
        b"To: legal-notices@dueprocess.local\r\n"
        b"Auto-Submitted: auto-replied\r\n"
        b"MIME-Version: 1.0\r\n"
        b"Content-Type: multipart/report; report-type=delivery-status;\r\n"
        b'\tboundary="4VqT1x0Zl9z9sRk.1489518003/mx.example.net"\r\n'
        b"Content-Transfer-Encoding: 8bit\r\n"
        b"Message-Id: <4VqT1x0Zl9z9sRk@mx.example.net>\r\n"
        b"\r\n"
        b"This is a MIME-encapsulated message.\r\n"
        b"\r\n"
        b"--4VqT1x0Zl9z9sRk.1489518003/mx.example.net\r\n"
        b"Content-Description: Notification\r\n"
        b"Content-Type: text/plain; charset=us-ascii\r\n"
        b"\r\n"
        b"This is the mail system at host mx.example.net.\r\n"
        b"\r\n"
        b"Your message was successfully delivered to the destination(s)\r\n"
        b"listed below. If the message was delivered to mailbox you will\r\n"
        b"receive no further notifications. Otherwise you may still receive\r\n"
        b"notifications of mail delivery errors from other systems.\r\n"
        b"\r\n"
        b"                   The mail system\r\n"
        b"\r\n"
        + f"<{ADDRESS}>: delivery via mx.example.org[192.0.2.25]:25: 250 2.0.0 Ok: queued as 9F1C2\r\n".encode()
        + b"\r\n"
        b"--4VqT1x0Zl9z9sRk.1489518003/mx.example.net\r\n"
        b"Content-Description: Delivery report\r\n"
        b"Content-Type: message/delivery-status\r\n"
        b"\r\n"
        b"Reporting-MTA: dns; mx.example.net\r\n"
        b"X-Postfix-Queue-ID: 4VqT0w6Hbmz9sRh\r\n"
        b"X-Postfix-Sender: rfc822; legal-notices@dueprocess.local\r\n"
        + f"Original-Envelope-Id: {xtext_encode(envid)}\r\n".encode()
        + b"Arrival-Date: Tue, 14 Mar 2017 15:00:01 -0400 (EDT)\r\n"
        b"\r\n"
        + f"Final-Recipient: rfc822; {ADDRESS}\r\n".encode()
        + f"Original-Recipient: rfc822;{ADDRESS}\r\n".encode()
        + b"Action: relayed\r\n"
        b"Status: 2.0.0\r\n"
        b"Remote-MTA: dns; mx.example.org\r\n"
        b"Diagnostic-Code: smtp; 250 2.0.0 Ok: queued as 9F1C2\r\n"
        b"\r\n"
        b"--4VqT1x0Zl9z9sRk.1489518003/mx.example.net\r\n"
        b"Content-Description: Message Headers\r\n"
        b"Content-Type: text/rfc822-headers\r\n"
        b"\r\n" + original_headers() + b"\r\n"
        b"--4VqT1x0Zl9z9sRk.1489518003/mx.example.net--\r\n"
    )


def postfix_bounce(*, envid: str | None = str(NOTICE), returned: bytes | None = None) -> bytes:
    """Postfix's bounce for an unknown user (5.1.1), with the diagnostic quoting the address."""
    envelope = f"Original-Envelope-Id: {xtext_encode(envid)}\r\n".encode() if envid is not None else b""
    returned = original_headers() if returned is None else returned
    return (
        b"From: MAILER-DAEMON@mx.example.net (Mail Delivery System)\r\n"
        b"Subject: Undelivered Mail Returned to Sender\r\n"
        b"To: legal-notices@dueprocess.local\r\n"
        b"Auto-Submitted: auto-replied\r\n"
        b"MIME-Version: 1.0\r\n"
        b"Content-Type: multipart/report; report-type=delivery-status;\r\n"
        b'\tboundary="8C1E23B4A.1489518004/mx.example.net"\r\n'
        b"\r\n"
        b"This is a MIME-encapsulated message.\r\n"
        b"\r\n"
        b"--8C1E23B4A.1489518004/mx.example.net\r\n"
        b"Content-Description: Notification\r\n"
        b"Content-Type: text/plain; charset=us-ascii\r\n"
        b"\r\n"
        b"I'm sorry to have to inform you that your message could not\r\n"
        b"be delivered to one or more recipients.\r\n"
        b"\r\n"
        + f"<{ADDRESS}>: host mx.example.org[192.0.2.25] said: 550 5.1.1 <{ADDRESS}>:\r\n".encode()
        + b"    Recipient address rejected: User unknown in virtual mailbox table\r\n"
        b"\r\n"
        b"--8C1E23B4A.1489518004/mx.example.net\r\n"
        b"Content-Description: Delivery report\r\n"
        b"Content-Type: message/delivery-status\r\n"
        b"\r\n"
        b"Reporting-MTA: dns; mx.example.net\r\n"
        b"X-Postfix-Queue-ID: 8C1E23B4A\r\n"
        b"X-Postfix-Sender: rfc822; legal-notices@dueprocess.local\r\n"
        + envelope
        + b"Arrival-Date: Tue, 14 Mar 2017 15:00:01 -0400 (EDT)\r\n"
        b"\r\n"
        + f"Final-Recipient: rfc822; {ADDRESS}\r\n".encode()
        + f"Original-Recipient: rfc822;{ADDRESS}\r\n".encode()
        + b"Action: failed\r\n"
        b"Status: 5.1.1\r\n"
        b"Remote-MTA: dns; mx.example.org\r\n"
        + f"Diagnostic-Code: smtp; 550 5.1.1 <{ADDRESS}>: Recipient address rejected:\r\n".encode()
        + b"    User unknown in virtual mailbox table\r\n"
        b"\r\n"
        b"--8C1E23B4A.1489518004/mx.example.net\r\n"
        b"Content-Description: Undelivered Message Headers\r\n"
        b"Content-Type: text/rfc822-headers\r\n"
        b"\r\n" + returned + b"\r\n"
        b"--8C1E23B4A.1489518004/mx.example.net--\r\n"
    )


def exim_delayed() -> bytes:
    """Exim's delay warning: its own field order and spelling (Original-Envelope-ID), LF endings."""
    return (
        b"From: Mail Delivery System <Mailer-Daemon@mail.example.com>\n"
        b"To: legal-notices@dueprocess.local\n"
        b"Auto-Submitted: auto-replied\n"
        b"Subject: Warning: message 1cnqJ8-0004Gv-8T delayed 24 hours\n"
        b"References: <" + str(NOTICE).encode() + b"@dueprocess.notice>\n"
        b"Content-Type: multipart/report; report-type=delivery-status; boundary=1489604401-eximdsn-1804289383\n"
        b"MIME-Version: 1.0\n"
        b"\n"
        b"--1489604401-eximdsn-1804289383\n"
        b"Content-type: text/plain; charset=us-ascii\n"
        b"\n"
        b"This message was created automatically by mail delivery software.\n"
        b"A message that you sent has not yet been delivered to one or more of its\n"
        b"recipients after more than 24 hours on the queue on mail.example.com.\n"
        b"\n"
        + f"  {SECOND_ADDRESS}\n".encode()
        + b"    Delay reason: SMTP error from remote mail server after RCPT TO:<"
        + SECOND_ADDRESS.encode()
        + b">:\n"
        b"    451 4.7.1 Greylisted, please try again later\n"
        b"\n"
        b"--1489604401-eximdsn-1804289383\n"
        b"Content-type: message/delivery-status\n"
        b"\n"
        b"Reporting-MTA: dns; mail.example.com\n" + f"Original-Envelope-ID: {NOTICE}\n".encode() + b"\n"
        b"Action: delayed\n" + f"Final-Recipient: rfc822;{SECOND_ADDRESS}\n".encode() + b"Status: 4.0.0\n"
        b"Remote-MTA: dns; mx.example.org\n"
        b"X-Exim-Diagnostic: X-str; SMTP error from remote mail server after RCPT TO:<"
        + SECOND_ADDRESS.encode()
        + b">:\n"
        b"    451 4.7.1 Greylisted, please try again later\n"
        b"Will-Retry-Until: Fri, 17 Mar 2017 15:00:01 +0000\n"
        b"\n"
        b"--1489604401-eximdsn-1804289383\n"
        b"Content-type: text/rfc822-headers\n"
        b"\n" + original_headers().replace(b"\r\n", b"\n") + b"\n"
        b"--1489604401-eximdsn-1804289383--\n"
    )


def full_return(*, envid: uuid.UUID = NOTICE, returned_notice: uuid.UUID = NOTICE) -> bytes:
    """A failure with RET=FULL: the whole original comes back as message/rfc822."""
    return (
        b"From: Mail Delivery Subsystem <MAILER-DAEMON@relay.example.net>\r\n"
        b"To: <legal-notices@dueprocess.local>\r\n"
        b"Subject: Returned mail: see transcript for details\r\n"
        b"Auto-Submitted: auto-generated (failure)\r\n"
        b"MIME-Version: 1.0\r\n"
        b'Content-Type: multipart/report; report-type="Delivery-Status"; boundary="v2Ed3Fq1x"\r\n'
        b"\r\n"
        b"--v2Ed3Fq1x\r\n"
        b"Content-Type: text/plain\r\n"
        b"\r\n"
        b"   ----- The following addresses had permanent fatal errors -----\r\n"
        + f"<{ADDRESS}>\r\n".encode()
        + b"    (reason: 552 5.2.2 Mailbox full)\r\n"
        b"\r\n"
        b"--v2Ed3Fq1x\r\n"
        b"Content-Type: message/delivery-status\r\n"
        b"\r\n"
        b"Reporting-MTA: dns; relay.example.net\r\n"
        + f"Original-Envelope-Id: {xtext_encode(str(envid))}\r\n".encode()
        + b"Received-From-MTA: DNS; dueprocess.local\r\n"
        b"Arrival-Date: Tue, 14 Mar 2017 19:00:01 GMT\r\n"
        b"\r\n"
        + f"Original-Recipient: rfc822;{ADDRESS}\r\n".encode()
        + f"Final-Recipient: RFC822; {ADDRESS}\r\n".encode()
        + b"Action: FAILED\r\n"
        b"Status: 5.2.2 (mailbox full)\r\n"
        b"Remote-MTA: DNS; mx.example.org\r\n"
        b"Diagnostic-Code: SMTP; 552 5.2.2 Mailbox full\r\n"
        b"Last-Attempt-Date: Tue, 14 Mar 2017 19:00:02 GMT\r\n"
        b"\r\n"
        b"--v2Ed3Fq1x\r\n"
        b"Content-Type: message/rfc822\r\n"
        b"\r\n" + original_headers(returned_notice) + b"\r\n"
        b"--===============0815==\r\n"
        b'Content-Type: text/plain; charset="utf-8"\r\n'
        b"\r\n"
        b"Dear user, we received a demand for records about your account.\r\n"
        b"--===============0815==--\r\n"
        b"\r\n"
        b"--v2Ed3Fq1x--\r\n"
    )


def assert_no_personal_data(report: DeliveryReport | None) -> None:
    for needle in (ADDRESS, SECOND_ADDRESS, "alt.uscis", "rogue.nasa", "User unknown", "Greylisted", "Mailbox full"):
        assert needle not in repr(report)


def test_a_relayed_notice_reads_as_delivered() -> None:
    report = parse_delivery_report(postfix_relayed())
    assert report == DeliveryReport(
        envelope_id=str(NOTICE), notice_key=NOTICE, recipients=(RecipientOutcome(action="relayed", status="2.0.0"),)
    )
    assert report.outcome is ReportOutcome.DELIVERED
    assert_no_personal_data(report)


def test_an_unknown_user_bounce_reads_as_failed_without_the_address_or_diagnostic() -> None:
    report = parse_delivery_report(postfix_bounce())
    assert report is not None
    assert report.notice_key == NOTICE and report.envelope_id == str(NOTICE)
    assert report.recipients == (RecipientOutcome(action="failed", status="5.1.1"),)
    assert report.outcome is ReportOutcome.FAILED
    assert_no_personal_data(report)


def test_an_exim_delay_warning_reads_as_delayed() -> None:
    report = parse_delivery_report(exim_delayed())
    assert report is not None
    assert report.notice_key == NOTICE and report.envelope_id == str(NOTICE)
    assert report.recipients == (RecipientOutcome(action="delayed", status="4.0.0"),)
    assert report.outcome is ReportOutcome.DELAYED
    assert_no_personal_data(report)


def test_a_full_return_names_the_notice_by_envelope_and_returned_message() -> None:
    report = parse_delivery_report(full_return())
    assert report is not None
    assert report.notice_key == NOTICE
    assert report.recipients == (RecipientOutcome(action="failed", status="5.2.2"),)  # "FAILED", comment dropped
    assert report.outcome is ReportOutcome.FAILED
    assert_no_personal_data(report)


def test_a_full_return_whose_message_names_another_notice_names_none() -> None:
    report = parse_delivery_report(full_return(returned_notice=OTHER))
    assert report is not None and report.notice_key is None
    assert report.envelope_id == str(NOTICE) and report.outcome is ReportOutcome.FAILED


@pytest.mark.parametrize("key, message_id", [(True, True), (True, False), (False, True)])
def test_without_an_envelope_id_the_returned_headers_name_the_notice(key: bool, message_id: bool) -> None:
    report = parse_delivery_report(
        postfix_bounce(envid=None, returned=original_headers(key=key, message_id=message_id))
    )
    assert report is not None
    assert report.envelope_id is None and report.notice_key == NOTICE
    assert report.outcome is ReportOutcome.FAILED


def test_an_envelope_id_that_is_not_a_notice_defers_to_the_returned_headers() -> None:
    report = parse_delivery_report(postfix_bounce(envid="batch 7/=+é"))
    assert report is not None
    assert report.envelope_id == "batch 7/=+é" and report.notice_key == NOTICE


def test_an_envelope_and_headers_that_disagree_name_no_notice() -> None:
    report = parse_delivery_report(postfix_bounce(returned=original_headers(OTHER)))
    assert report is not None
    assert report.notice_key is None and report.envelope_id == str(NOTICE)
    assert report.outcome is ReportOutcome.FAILED


def test_returned_headers_that_disagree_among_themselves_name_no_notice() -> None:
    returned = original_headers(key=False) + f"X-Dueprocess-Notice-Key: {OTHER}\r\n".encode()
    report = parse_delivery_report(postfix_bounce(envid=None, returned=returned))
    assert report is not None and report.notice_key is None


def test_two_envelope_ids_name_no_notice() -> None:
    raw = postfix_bounce().replace(b"Arrival-Date:", f"Original-Envelope-Id: {OTHER}\r\nArrival-Date:".encode())
    report = parse_delivery_report(raw)
    assert report is not None and report.notice_key is None and report.envelope_id is None


def test_a_message_id_of_another_form_names_nothing() -> None:
    returned = original_headers(key=False, message_id=False) + f"Message-ID: <{NOTICE}@elsewhere.example>\r\n".encode()
    report = parse_delivery_report(postfix_bounce(envid=None, returned=returned))
    assert report is not None and report.notice_key is None and report.outcome is ReportOutcome.FAILED


def test_an_ordinary_message_is_no_report() -> None:
    raw = (
        original_headers()
        + b"\r\n--===============0815==\r\nContent-Type: text/plain\r\n\r\nhello\r\n--===============0815==--\r\n"
    )
    assert parse_delivery_report(raw) is None
    assert (
        parse_delivery_report(
            b"Subject: Undelivered Mail Returned to Sender\r\n\r\nAction: failed\r\nStatus: 5.1.1\r\n"
        )
        is None
    )


def test_a_read_receipt_is_no_delivery_report() -> None:
    raw = (
        b"From: alt.uscis@example.org\r\n"
        b"Subject: Read: Legal process about your account\r\n"
        b"MIME-Version: 1.0\r\n"
        b'Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn"\r\n'
        b"\r\n"
        b"--mdn\r\nContent-Type: text/plain\r\n\r\nThe message was displayed.\r\n"
        b"--mdn\r\nContent-Type: message/disposition-notification\r\n\r\n"
        b"Reporting-UA: mail.example.org; Webmail\r\n"
        b"Final-Recipient: rfc822; alt.uscis@example.org\r\n"
        + f"Original-Message-ID: <{NOTICE}@dueprocess.notice>\r\n".encode()
        + b"Disposition: manual-action/MDN-sent-manually; displayed\r\n"
        b"\r\n--mdn--\r\n"
    )
    assert parse_delivery_report(raw) is None


def test_a_report_type_without_a_status_part_is_no_report() -> None:
    raw = postfix_bounce().replace(b"Content-Type: message/delivery-status", b"Content-Type: text/plain")
    assert parse_delivery_report(raw) is None


def test_a_global_report_in_base64_is_read() -> None:
    fields = (
        "Reporting-MTA: dns; mx.example.net\r\n"
        f"Original-Envelope-Id: {NOTICE}\r\n"
        "\r\n"
        "Final-Recipient: utf-8; jürgen@bücher.example\r\n"
        "Action: failed\r\n"
        "Status: 5.1.1\r\n"
        "Diagnostic-Code: smtp; 550 5.1.1 jürgen unknown\r\n"
        "\r\n"
        "Final-Recipient: utf-8; 用户@example.net\r\n"
        "Action: delivered\r\n"
        "Status: 2.0.0\r\n"
    ).encode()
    raw = (
        b"Content-Type: multipart/report; report-type=global-delivery-status; boundary=g\r\n\r\n"
        b"--g\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nSee below.\r\n"
        b"--g\r\nContent-Type: message/global-delivery-status\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        + base64.encodebytes(fields)
        + b"--g\r\nContent-Type: message/global-headers\r\n\r\n"
        + original_headers()
        + b"\r\n--g--\r\n"
    )
    report = parse_delivery_report(raw)
    assert report is not None and report.notice_key == NOTICE
    assert report.recipients == (RecipientOutcome("failed", "5.1.1"), RecipientOutcome("delivered", "2.0.0"))
    assert report.outcome is ReportOutcome.FAILED  # any failure outweighs a delivery
    assert "jürgen" not in repr(report) and "用户" not in repr(report)


def test_a_global_report_in_quoted_printable_is_read_across_soft_line_breaks() -> None:
    fields = (
        "Reporting-MTA: dns; mx.example.net\r\n"
        f"Original-Envelope-Id: {NOTICE}\r\n"
        "\r\n"
        "Final-Recipient: utf-8; jürgen@bücher.example\r\n"
        "Action: failed\r\n"
        f"Diagnostic-Code: smtp; 550 5.1.1 {'ü' * 40}\r\n"
        "Status: 5.1.1\r\n"
    ).encode()
    encoded = quopri.encodestring(fields).replace(
        str(NOTICE).encode(), f"{str(NOTICE)[:10]}=\r\n{str(NOTICE)[10:]}".encode()
    )
    assert encoded.count(b"=\r\n") >= 2  # the envelope id and the diagnostic are both broken softly
    raw = (
        b"Content-Type: multipart/report; report-type=global-delivery-status; boundary=g\r\n\r\n"
        b"--g\r\nContent-Type: message/global-delivery-status\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
        + encoded
        + b"\r\n--g--\r\n"
    )
    report = parse_delivery_report(raw)
    assert report == DeliveryReport(
        envelope_id=str(NOTICE), notice_key=NOTICE, recipients=(RecipientOutcome("failed", "5.1.1"),)
    )


def test_a_global_report_in_eight_bit_is_read() -> None:
    raw = (
        b"Content-Type: multipart/report; report-type=delivery-status; boundary=g\r\n\r\n"
        b"--g\r\nContent-Type: message/global-delivery-status\r\n\r\n"
        b"Reporting-MTA: dns; mx.example.net\r\nOriginal-Envelope-Id: " + str(NOTICE).encode() + b"\r\n\r\n"
        b"Final-Recipient: utf-8; j\xc3\xbcrgen@example.org\r\nAction: expanded\r\nStatus: 2.0.0\r\n\r\n"
        b"Final-Recipient: utf-8; j\xfcrgen@example.org\r\nAction: delayed\r\nStatus: 4.4.1\r\n"
        b"\r\n--g--\r\n"
    )
    report = parse_delivery_report(raw)
    assert report is not None and report.notice_key == NOTICE
    assert [r.action for r in report.recipients] == ["expanded", "delayed"]
    assert report.outcome is ReportOutcome.DELIVERED


@pytest.mark.parametrize(
    "status, expected",
    [
        ("5.1.1", "5.1.1"),
        ("4.7.1 (greylisted)", "4.7.1"),
        ("2.0.0", "2.0.0"),
        ("5.1.10", "5.1.10"),
        ("3.1.1", ""),
        ("5.1", ""),
        ("5.1.1234", ""),
        ("5.١.1", ""),
        ("550", ""),
        ("", ""),
        ("x5.1.1", ""),
    ],
)
def test_only_rfc_3463_status_codes_are_kept(status: str, expected: str) -> None:
    raw = postfix_bounce().replace(b"Status: 5.1.1\r\n", f"Status: {status}\r\n".encode())
    report = parse_delivery_report(raw)
    assert report is not None and report.recipients == (RecipientOutcome("failed", expected),)


def test_blocks_without_a_known_action_are_no_recipients() -> None:
    raw = postfix_bounce().replace(b"Action: failed\r\n", b"Action: bounced\r\n")
    report = parse_delivery_report(raw)
    assert report is not None and report.recipients == () and report.outcome is None
    assert report.notice_key == NOTICE


def test_a_huge_header_is_no_trouble() -> None:
    raw = b"X-Padding: " + b"a" * 2_000_000 + b"\r\n" + postfix_bounce()
    report = parse_delivery_report(raw)
    assert report is not None and report.outcome is ReportOutcome.FAILED
    huge_envelope = postfix_bounce().replace(str(NOTICE).encode(), b"x" * 100_000, 1)
    report = parse_delivery_report(huge_envelope)
    assert report is not None and report.envelope_id == "x" * 100


@pytest.mark.parametrize(
    "value, encoded",
    [
        (str(NOTICE), str(NOTICE)),
        ("a+b=c", "a+2Bb+3Dc"),
        ("two words", "two+20words"),
        ("é", "+C3+A9"),
        ("tab\there\r\n", "tab+09here+0D+0A"),
        ("~!", "~!"),
        ("", ""),
    ],
)
def test_xtext_examples(value: str, encoded: str) -> None:
    assert xtext_encode(value) == encoded
    assert xtext_decode(encoded) == value


@pytest.mark.parametrize(
    "value, decoded",
    [
        ("+", "+"),
        ("+4", "+4"),
        ("a+G1", "a+G1"),
        ("+2b", "+"),
        ("+FF", "+FF"),
        ("+C3", "+C3"),
        ("+C3+A9+FF", "é+FF"),
        ("+2", "+2"),
        ("++41", "+A"),
    ],
)
def test_xtext_decode_leaves_what_it_cannot_read(value: str, decoded: str) -> None:
    assert xtext_decode(value) == decoded


XTEXT_RE = re.compile(r"(?:[!-*,-<>-~]|\+[0-9A-F]{2})*")


@FAST
@given(st.text())
def test_xtext_round_trips_any_text(value: str) -> None:
    encoded = xtext_encode(value)
    assert XTEXT_RE.fullmatch(encoded)
    assert xtext_decode(encoded) == value


@FAST
@given(st.text())
def test_xtext_decode_never_raises(value: str) -> None:
    assert isinstance(xtext_decode(value), str)


STATUS_RE = re.compile(r"(?:[245]\.[0-9]{1,3}\.[0-9]{1,3})?")


def assert_well_formed(report: DeliveryReport | None) -> None:
    if report is None:
        return
    assert report.envelope_id is None or (isinstance(report.envelope_id, str) and len(report.envelope_id) <= 100)
    assert report.notice_key is None or isinstance(report.notice_key, uuid.UUID)
    for recipient in report.recipients:
        assert recipient.action in ACTIONS and STATUS_RE.fullmatch(recipient.status)
    assert report.outcome is None or isinstance(report.outcome, ReportOutcome)


@FAST
@given(st.binary(max_size=4096))
def test_arbitrary_bytes_never_raise(raw: bytes) -> None:
    assert_well_formed(parse_delivery_report(raw))


SAMPLES = [postfix_relayed(), postfix_bounce(), exim_delayed(), full_return()]
MUTATION = st.one_of(
    st.tuples(st.just("truncate"), st.integers(min_value=0), st.binary(max_size=0)),
    st.tuples(
        st.just("insert"),
        st.integers(min_value=0),
        st.one_of(
            st.binary(min_size=1, max_size=64),
            st.sampled_from(
                [
                    b"\r\n",
                    b"\r\n\r\n",
                    b"\n",
                    b":",
                    b"--",
                    b"\x00",
                    b"\xff\xfe",
                    b"=?utf-8?b?w6k=?=",
                    b"Content-Type: message/rfc822\r\n",
                    b"Action: failed\r\n",
                    b"+",
                    b"\t",
                    b";",
                ]
            ),
        ),
    ),
    st.tuples(st.just("delete"), st.integers(min_value=0), st.binary(max_size=0)),
)


@FAST
@given(st.sampled_from(SAMPLES), st.lists(MUTATION, min_size=1, max_size=6), st.data())
def test_mutated_reports_never_raise(
    sample: bytes, mutations: list[tuple[str, int, bytes]], data: st.DataObject
) -> None:
    raw = sample
    for kind, at, inserted in mutations:
        at %= len(raw) + 1
        if kind == "truncate":
            raw = raw[:at]
        elif kind == "insert":
            raw = raw[:at] + inserted + raw[at:]
        else:
            raw = raw[:at] + raw[at + data.draw(st.integers(min_value=1, max_value=200)) :]
    assert_well_formed(parse_delivery_report(raw))

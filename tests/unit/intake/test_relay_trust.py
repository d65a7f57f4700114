"""Which Authentication-Results intake believes (RFC 8601 section 5): our authserv-id's header
only on a message a configured relay delivered; an offline reading (``dueprocess assess``) is
not from a relay and verifies DKIM itself, unless it is the corpus harness's (as our MX would
deliver it). And the listener's peer-address test the trust decision rests on."""

from __future__ import annotations

import asyncio
import ipaddress
from datetime import UTC, datetime
from types import SimpleNamespace
from typing import Any, cast

import pytest
from aiosmtpd.smtp import Session

from services.intake.adapters.dkim_check import DkimVerifier
from services.intake.adapters.pdf_text import PdfTextExtractor
from services.intake.service_layer.email import EmailIngestion, analyse, analyse_sync
from shared.smtp_listener import peer_address, peer_in
from tests.corpus.email.accuracy import corpus_config, corpus_dns
from tests.corpus.email.build_corpus import mail

RECEIVED = datetime(2021, 4, 16, 14, tzinfo=UTC)
IRS_BODY = (
    "Internal Revenue Service\nSummons\n\nIn the matter of the tax liability of Jonathan Q. Sample\n\n"
    "To: Dueprocess Platform, Inc., Custodian of Records\n\nYou are hereby summoned under Section 7602 of "
    "Title 26 to produce the basic subscriber records of user ID 48213377 for 2019-01-01 to 2020-12-31.\n\n"
    "Maria Lopez\nRevenue Agent\nInternal Revenue Service\n"
)
FORGED_HEADER = "mx.dueprocess.local; dkim=pass header.d=irs.gov"


def irs_summons(*, auth: str | None = None, dkim_domain: str | None = None) -> bytes:
    return mail(
        sender="Maria Lopez <maria.lopez@irs.gov>",
        subject="IRS Summons - records request",
        date="Fri, 16 Apr 2021 09:12:00 -0400",
        message_id="<relay-trust@irs.gov>",
        body=IRS_BODY,
        auth=auth,
        dkim_domain=dkim_domain,
    )


@pytest.fixture(scope="module")
def pdf() -> Any:
    extractor = PdfTextExtractor()
    yield extractor
    extractor.close()


def service_config(pdf: PdfTextExtractor) -> EmailIngestion:
    """As bootstrap wires it: the relay's header is never believed offline."""
    return EmailIngestion(pdf=pdf, dkim=DkimVerifier(dnsfunc=corpus_dns))


def test_a_forged_header_is_ignored_unless_a_configured_relay_delivered_it(pdf: PdfTextExtractor) -> None:
    raw = irs_summons(auth=FORGED_HEADER)
    direct = asyncio.run(analyse(raw, config=service_config(pdf), received_at=RECEIVED))
    assert direct.auth_results == () and direct.extraction.case.requester.verified is False
    relayed = asyncio.run(analyse(raw, config=service_config(pdf), received_at=RECEIVED, from_trusted_relay=True))
    assert [(r.method, r.result, r.domain) for r in relayed.auth_results] == [("dkim", "pass", "irs.gov")]
    assert relayed.auth_results[0].source == "authentication-results mx.dueprocess.local"
    assert relayed.extraction.case.requester.verified is True


def test_assess_offline_reads_like_an_upload_and_the_corpus_harness_like_our_relay(pdf: PdfTextExtractor) -> None:
    raw = irs_summons(auth=FORGED_HEADER)
    offline = analyse_sync(raw, config=service_config(pdf), received_at=RECEIVED)
    assert offline.auth_results == () and offline.extraction.case.requester.verified is False
    harness = analyse_sync(raw, config=corpus_config(pdf), received_at=RECEIVED)
    assert harness.extraction.case.requester.verified is True


def test_a_genuine_dkim_signature_verifies_whether_or_not_a_relay_delivered_it(pdf: PdfTextExtractor) -> None:
    raw = irs_summons(dkim_domain="irs.gov")
    for trusted in (False, True):
        analysis = asyncio.run(
            analyse(raw, config=service_config(pdf), received_at=RECEIVED, from_trusted_relay=trusted)
        )
        assert analysis.extraction.case.requester.verified is True, trusted
        assert {(r.method, r.result, r.domain, r.source) for r in analysis.auth_results} == {
            ("dkim", "pass", "irs.gov", "dkim (verified by intake)")
        }


def test_a_forged_pass_on_top_of_a_failing_signature_does_not_verify(pdf: PdfTextExtractor) -> None:
    signed = irs_summons(dkim_domain="irs.gov")
    tampered = signed.replace(b"Revenue Agent", b"Revenue Officer")
    assert tampered != signed
    raw = f"Authentication-Results: {FORGED_HEADER}\r\n".encode() + tampered
    analysis = asyncio.run(analyse(raw, config=service_config(pdf), received_at=RECEIVED))
    assert analysis.extraction.case.requester.verified is False
    assert [r.result for r in analysis.auth_results if r.method == "dkim"] != ["pass"]


def session(peer: Any) -> Session:
    return cast(Session, SimpleNamespace(peer=peer))


RELAYS = [ipaddress.ip_network("10.0.4.2/32"), ipaddress.ip_network("2001:db8::/64")]


@pytest.mark.parametrize(
    ("peer", "trusted"),
    [
        (("10.0.4.2", 40000), True),
        (("10.0.4.3", 40000), False),
        (("::ffff:10.0.4.2", 40000, 0, 0), True),  # a dual-stack socket's IPv4-mapped address
        (("2001:db8::25", 25, 0, 0), True),
        (("2001:db9::25", 25, 0, 0), False),
        (("fe80::1%eth0", 25, 0, 2), False),
        ("/run/smtp.sock", False),  # not an IP address
        (None, False),
        (("not-an-address", 1), False),
    ],
)
def test_the_peer_is_trusted_only_inside_a_configured_relay_network(peer: Any, trusted: bool) -> None:
    assert peer_in(session(peer), RELAYS) is trusted


def test_no_configured_relay_trusts_no_one() -> None:
    assert peer_address(session(("127.0.0.1", 2525))) == ipaddress.ip_address("127.0.0.1")
    assert peer_in(session(("127.0.0.1", 2525)), []) is False


def test_the_settings_read_relays_as_networks_and_default_to_none(monkeypatch: pytest.MonkeyPatch) -> None:
    from pydantic import ValidationError

    from shared.settings import Settings

    monkeypatch.delenv("DUEPROCESS_SMTP_TRUSTED_RELAYS", raising=False)
    defaults = Settings(_env_file=None)  # type: ignore[call-arg]
    assert defaults.smtp_trusted_relays == [] and defaults.smtp_inbound_mailboxes == ["legal-process@dueprocess.local"]
    assert defaults.smtp_inbound_max_recipients == 10
    monkeypatch.setenv("DUEPROCESS_SMTP_TRUSTED_RELAYS", '["10.0.4.2", "2001:db8::/64"]')
    relays = Settings(_env_file=None).smtp_trusted_relays  # type: ignore[call-arg]
    assert peer_in(session(("10.0.4.2", 25)), relays) and not peer_in(session(("10.0.4.3", 25)), relays)
    monkeypatch.setenv("DUEPROCESS_SMTP_TRUSTED_RELAYS", '["mx.example.org"]')  # a name is no address
    with pytest.raises(ValidationError):
        Settings(_env_file=None)  # type: ignore[call-arg]
    monkeypatch.setenv("DUEPROCESS_SMTP_TRUSTED_RELAYS", "[]")
    monkeypatch.setenv("DUEPROCESS_SMTP_INBOUND_MAILBOXES", "[]")
    with pytest.raises(ValidationError):
        Settings(_env_file=None)  # type: ignore[call-arg]

"""E-mail ingestion against a real PostgreSQL: a real SMTP session (smtplib) with the intake's
aiosmtpd listener, .eml uploads through the API and the web form, dedup, triage, refusals; the
listener's trust boundary (whose Authentication-Results count) and its recipient checks."""

from __future__ import annotations

import asyncio
import hashlib
import html
import ipaddress
import json
import smtplib
import uuid
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import asyncpg
import httpx
import pytest

from deploy.localinfra._process import free_port
from services.intake.adapters.messages import MessageRepository
from services.intake.adapters.pdf_text import PdfTextExtractor
from services.intake.adapters.sealing import message_aad
from services.intake.domain.message import MessageLimits
from services.intake.entrypoints.http import IntakeServices, create_app
from services.intake.entrypoints.smtp import IntakeSmtpHandler, start_smtp_server
from services.intake.service_layer.email import EmailIngestion, ingest_message
from services.review.domain.assessment import AccountDirectory, assess
from shared.contracts import Envelope, LegalProcessCase, LegalProcessHeld, LegalProcessReceived, Topics
from shared.db import vault_of
from shared.outbox import open_value
from tests.conftest import DEMO_ACCOUNTS, SEED_CASE, parse_event, staff_api_headers
from tests.corpus.email.accuracy import corpus_dns
from tests.corpus.email.build_corpus import seed_message, sign

pytestmark = pytest.mark.integration
CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "email"
LIMITS = MessageLimits(max_message_bytes=2 * 1024 * 1024, max_attachment_bytes=1024 * 1024, max_parts=40, max_depth=5)
NOW = datetime(2017, 3, 14, 19, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def pdf() -> PdfTextExtractor:
    extractor = PdfTextExtractor()
    yield extractor
    extractor.close()


@pytest.fixture
def config(pdf: PdfTextExtractor) -> EmailIngestion:
    from services.intake.adapters.dkim_check import DkimVerifier

    return EmailIngestion(limits=LIMITS, pdf=pdf, dkim=DkimVerifier(dnsfunc=corpus_dns))


# The tests' SMTP client stands in for our own MX (EHLO mx.dueprocess.local, the corpus's
# Authentication-Results): it connects from 127.0.0.1, the configured relay address. An attacker
# connects from 127.0.0.2, an address that is not configured.
RELAY = "127.0.0.1"
ELSEWHERE = "127.0.0.2"
MAILBOX = "legal-process@dueprocess.local"


@pytest.fixture
async def smtp_port(pool: asyncpg.Pool, config: EmailIngestion) -> AsyncIterator[int]:
    port = free_port()
    server = await start_smtp_server(
        IntakeSmtpHandler(pool=pool, config=config, trusted_relays=[ipaddress.ip_network(f"{RELAY}/32")]),
        host="127.0.0.1",
        port=port,
        data_size_limit=LIMITS.max_message_bytes,
    )
    yield port
    server.close()
    await server.wait_closed()


@pytest.fixture
async def client(pool: asyncpg.Pool, config: EmailIngestion) -> AsyncIterator[httpx.AsyncClient]:
    app = create_app(IntakeServices(pool=pool, email=config), max_request_bytes=64 * 1024)
    headers = await staff_api_headers(pool, "LEGAL_OPS")
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url="http://intake", headers=headers
    ) as http:
        yield http


def deliver(port: int, raw: bytes, *, sender: str = "agent@cbp.dhs.gov", source: str = RELAY) -> tuple[int, str]:
    """One real SMTP session from ``source``: EHLO, MAIL, RCPT, DATA, QUIT. Returns DATA's reply."""
    with smtplib.SMTP("127.0.0.1", port, timeout=60, source_address=(source, 0)) as session:
        session.ehlo("mx.dueprocess.local")
        session.mail(sender)
        session.rcpt(MAILBOX)
        code, reply = session.data(raw)
        return code, reply.decode()


async def send(port: int, raw: bytes, *, source: str = RELAY) -> tuple[int, str]:
    return await asyncio.to_thread(deliver, port, raw, source=source)


async def counts(pool: asyncpg.Pool) -> dict[str, int]:
    """Rows stored; ``outbox``: the received events staged (what goes to review), ``held``: the
    held-for-triage announcements."""
    found = {
        table: await pool.fetchval(f"SELECT count(*) FROM intake.{table}")
        for table in ("cases", "raw_messages", "attachments")
    }
    for name, topic in (("outbox", Topics.RECEIVED), ("held", Topics.HELD)):
        found[name] = await pool.fetchval("SELECT count(*) FROM intake.outbox WHERE topic = $1", topic)
    return found


async def received_events(pool: asyncpg.Pool) -> list[Envelope[LegalProcessReceived]]:
    rows = await pool.fetch("SELECT event_id, value FROM intake.outbox WHERE topic = $1 ORDER BY id", Topics.RECEIVED)
    return [
        parse_event(
            await open_value(pool, schema="intake", event_id=row["event_id"], value=row["value"]), LegalProcessReceived
        )
        for row in rows
    ]


async def held_events(pool: asyncpg.Pool) -> list[Envelope[LegalProcessHeld]]:
    rows = await pool.fetch("SELECT event_id, value FROM intake.outbox WHERE topic = $1 ORDER BY id", Topics.HELD)
    return [
        parse_event(
            await open_value(pool, schema="intake", event_id=row["event_id"], value=row["value"]), LegalProcessHeld
        )
        for row in rows
    ]


async def stored_raw(pool: asyncpg.Pool, case_id: uuid.UUID) -> bytes:
    """The message as stored for ``case_id``: sealed at rest, opened here."""
    pk, sealed = await pool.fetchrow("SELECT message_pk, raw FROM intake.raw_messages WHERE case_id = $1", case_id)
    assert bytes(sealed).startswith(b"dp1b:")
    return vault_of(pool).open_bytes(bytes(sealed), aad=message_aad("raw", pk))


def review_of(case: LegalProcessCase) -> dict[str, Any]:
    directory = AccountDirectory.from_entries(json.loads(DEMO_ACCOUNTS.read_text()))
    return assess(case, accounts=directory, now=NOW, received_at=NOW).model_dump(mode="json")


def case_id_in(reply: str) -> uuid.UUID:
    return uuid.UUID(next(word for word in reply.replace(";", " ").split() if word.count("-") == 4))


async def test_an_smtp_session_delivers_the_seed_summons_and_it_becomes_the_seed_case(
    pool: asyncpg.Pool, smtp_port: int
) -> None:
    raw = seed_message()
    code, reply = await send(smtp_port, raw)
    assert code == 250 and "Accepted as case" in reply, reply
    case_id = case_id_in(reply)

    stored = await pool.fetchrow(
        "SELECT message_pk, sha256, message_id, source, envelope_from, case_id FROM intake.raw_messages"
    )
    assert await stored_raw(pool, case_id) == raw and stored["sha256"] == hashlib.sha256(raw).hexdigest()
    vault = vault_of(pool)
    assert stored["case_id"] == case_id and stored["source"] == "smtp"
    assert (
        vault.open(stored["envelope_from"], aad=message_aad("envelope_from", stored["message_pk"]))
        == "agent@cbp.dhs.gov"
    )
    async with pool.acquire() as conn:
        [listed] = await MessageRepository(conn).attachments(stored["message_pk"])
        attachment = await MessageRepository(conn).attachment_content(stored["message_pk"], listed["ordinal"])
    assert (
        attachment is not None and listed["filename"] == "CBP-summons-2017-0001.pdf" and listed["text_status"] == "ok"
    )
    assert listed["sha256"] == hashlib.sha256(attachment["content"]).hexdigest()

    [event] = await received_events(pool)
    assert event.case_id == case_id and event.payload.channel == "email"
    seed = LegalProcessCase.model_validate_json(SEED_CASE.read_text())
    emailed = event.payload.case
    assert emailed.model_dump(exclude={"raw_text"}) == seed.model_dump(exclude={"raw_text"})
    # The same review as the seed case JSON: every finding, the disposition, the tier, the notice.
    assert review_of(emailed) == review_of(seed)
    assert review_of(emailed)["disposition"] == "CHALLENGE"


async def test_a_resubmission_is_a_duplicate_linked_to_the_first_case_never_a_second_case(
    pool: asyncpg.Pool, smtp_port: int, client: httpx.AsyncClient
) -> None:
    raw = seed_message()
    code, reply = await send(smtp_port, raw)
    first = case_id_in(reply)
    code, reply = await send(smtp_port, raw)  # the same message again
    assert code == 250 and f"Duplicate of case {first}" in reply
    # The same PDF under a new Message-ID, uploaded through the API.
    response = await client.post(
        "/api/v1/cases",
        content=seed_message(message_id="<resent@cbp.dhs.gov>"),
        headers={"content-type": "message/rfc822"},
    )
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["case_id"] == str(first) and body["status"] == "DUPLICATE_REQUEST"
    assert body["findings"][0]["code"] == "DUPLICATE_REQUEST"
    assert await counts(pool) == {"cases": 1, "outbox": 1, "held": 0, "raw_messages": 3, "attachments": 3}
    reasons = [
        r["duplicate_reason"]
        for r in await pool.fetch(
            "SELECT duplicate_reason FROM intake.raw_messages WHERE duplicate_of = $1 ORDER BY received_at", first
        )
    ]
    assert reasons == ["the same message (byte for byte)", "the same attached document"]
    view = (await client.get(f"/api/v1/cases/{first}")).json()
    assert [t["code"] for t in view["timeline"]] == ["DUPLICATE_REQUEST", "DUPLICATE_REQUEST"]
    assert len(view["email"]["duplicates"]) == 2


async def test_two_copies_arriving_together_make_one_case(pool: asyncpg.Pool, config: EmailIngestion) -> None:
    raw = seed_message()  # one copy of the bytes, delivered three times at once
    results = await asyncio.gather(
        *(
            ingest_message(pool=pool, raw=raw, source="api", channel="api", trace_id=uuid.uuid4().hex, config=config)
            for _ in range(3)
        )
    )
    assert len({r.case_id for r in results}) == 1
    assert sorted(r.duplicate for r in results) == [False, True, True]
    assert (await counts(pool))["cases"] == 1 and (await counts(pool))["outbox"] == 1


async def test_a_forged_emergency_from_free_mail_is_stopped_at_verify_requester(
    pool: asyncpg.Pool, client: httpx.AsyncClient
) -> None:
    raw = (CORPUS / "10-forged-emergency-freemail.eml").read_bytes()
    response = await client.post("/api/v1/cases", content=raw, headers={"content-type": "message/rfc822"})
    assert response.status_code == 201 and response.json()["status"] == "RECEIVED", response.text
    [event] = await received_events(pool)
    case = event.payload.case
    assert case.process_type.value == "EMERGENCY_REQUEST" and case.requester.verified is False
    assert case.emergency is not None and case.emergency.verified_out_of_band is False
    review = review_of(case)
    codes = {f["code"] for f in review["findings"]}
    assert {"EDR_UNVERIFIED", "REQUESTER_UNVERIFIED"} <= codes
    assert review["disposition"] == "VERIFY_REQUESTER"
    details = (await client.get(f"/api/v1/cases/{event.case_id}")).json()["email"]
    assert details["extraction"]["authenticity"]["domain_class"] == "FREE_MAIL"


@pytest.mark.parametrize(
    "name",
    [
        "24-scan-image-only-pdf",
        "25-fax-tiff",
        "27-corrupt-pdf",
        "28-hostile-attachments",
        "29-empty-message",
        "30-not-legal-process",
    ],
)
async def test_hostile_and_unreadable_mail_becomes_a_triage_case_nothing_lost(
    pool: asyncpg.Pool, smtp_port: int, client: httpx.AsyncClient, name: str
) -> None:
    raw = (CORPUS / f"{name}.eml").read_bytes()
    code, reply = await send(smtp_port, raw)
    assert code == 250 and "held for legal ops to confirm" in reply, reply
    case_id = case_id_in(reply)
    assert (await counts(pool))["outbox"] == 0  # nothing goes to review before a person confirms
    [held] = await held_events(pool)  # but legal ops are told at once
    assert held.case_id == case_id and held.payload.source == "smtp" and held.payload.reasons
    assert await stored_raw(pool, case_id) == raw
    view = (await client.get(f"/api/v1/cases/{case_id}")).json()
    assert view["status"] == "NEEDS_TRIAGE" and view["held_reasons"]
    page = await client.get(f"/cases/{case_id}")
    assert page.status_code == 200 and "NEEDS_TRIAGE" in page.text and 'id="extraction"' in page.text
    assert "<script>fetch" not in page.text


async def test_triage_sentences_are_shown_and_stored_with_their_codes_and_old_rows_still_read(
    pool: asyncpg.Pool, client: httpx.AsyncClient
) -> None:
    raw = (CORPUS / "27-corrupt-pdf.eml").read_bytes()
    response = await client.post("/api/v1/cases", content=raw, headers={"content-type": "message/rfc822"})
    assert response.status_code == 201 and response.json()["status"] == "NEEDS_TRIAGE", response.text
    case_id, sentences = uuid.UUID(response.json()["case_id"]), response.json()["triage_reasons"]
    assert sentences[0].startswith("subpoena.pdf could not be read (")  # the sentence quotes the file name
    [held] = await held_events(pool)
    assert held.payload.reasons == ["DOCUMENT_UNREADABLE", "LOW_CONFIDENCE:data_categories"]
    assert "subpoena.pdf" not in held.payload.model_dump_json()

    async def shown() -> tuple[dict[str, Any], str]:
        view = (await client.get(f"/api/v1/cases/{case_id}")).json()
        page = await client.get(f"/cases/{case_id}")
        assert page.status_code == 200
        return view, page.text

    view, page = await shown()
    assert view["held_reasons"] == sentences
    for sentence in sentences:
        assert f"<li>{html.escape(sentence)}</li>" in page
    extraction = view["email"]["extraction"]
    assert extraction["triage_reasons"] == sentences
    assert extraction["triage_codes"] == held.payload.reasons  # one code for each sentence, in order

    # A message stored before the codes were kept: its record has the sentences only, and reads as before.
    pk = await pool.fetchval("SELECT message_pk FROM intake.raw_messages WHERE case_id = $1", case_id)
    old = {key: value for key, value in extraction.items() if key != "triage_codes"}
    sealed = await vault_of(pool).seal_json_async(old, aad=message_aad("sealed_extraction", pk))
    await pool.execute("UPDATE intake.raw_messages SET sealed_extraction = $2 WHERE message_pk = $1", pk, sealed)
    view, old_page = await shown()
    assert view["held_reasons"] == sentences and view["email"]["extraction"] == old
    assert old_page.count("<li>") == page.count("<li>")
    for sentence in sentences:
        assert f"<li>{html.escape(sentence)}</li>" in old_page


async def test_legal_ops_confirm_a_triage_case_once(pool: asyncpg.Pool, client: httpx.AsyncClient) -> None:
    raw = (CORPUS / "24-scan-image-only-pdf.eml").read_bytes()
    response = await client.post("/api/v1/cases", content=raw, headers={"content-type": "message/rfc822"})
    assert response.status_code == 201 and response.json()["status"] == "NEEDS_TRIAGE"
    assert any("image-only scan" in r for r in response.json()["triage_reasons"])
    case_id = response.json()["case_id"]
    corrected = json.loads(SEED_CASE.read_text()) | {
        "process_type": "SEARCH_WARRANT",
        "statute": None,
        "targets": ["houston_target"],
        "data_categories": ["STORED_CONTENT"],
        "requester": {"name": "Harris County Sheriff's Office", "kind": "STATE_LOCAL", "verified": False},
    }
    confirmed = await client.post(
        f"/api/v1/cases/{case_id}/confirm", json=corrected, headers={"x-dueprocess-staff": "lee"}
    )
    assert confirmed.status_code == 200 and confirmed.json()["already_confirmed"] is False
    again = await client.post(f"/api/v1/cases/{case_id}/confirm", json=corrected)
    assert again.json()["already_confirmed"] is True
    [event] = await received_events(pool)
    assert str(event.case_id) == case_id and event.payload.case.targets == ["houston_target"]
    assert (await client.get(f"/api/v1/cases/{case_id}")).json()["status"] == "RECEIVED"


async def test_the_web_form_reads_an_uploaded_email_and_legal_ops_confirm_it(
    pool: asyncpg.Pool, client: httpx.AsyncClient
) -> None:
    page = await client.get("/cases/new")
    assert 'enctype="multipart/form-data"' in page.text and 'name="message"' in page.text
    raw = seed_message()
    response = await client.post("/upload", files={"message": ("summons.eml", raw, "message/rfc822")})
    assert response.status_code == 303
    case_path = response.headers["location"]
    triage = await client.get(case_path)
    assert "Confirm the fields" in triage.text and "19 U.S.C. § 1509" in triage.text and "ALT_USCIS" in triage.text
    assert 'value="2017-03-13T11:45"' in triage.text  # the return date, pre-filled in the summons' own offset
    assert (await counts(pool))["outbox"] == 0
    assert (await counts(pool))["held"] == 0  # held only for its uploader to confirm: no triage alert
    form = {
        "process_type": "SUBPOENA_ADMINISTRATIVE",
        "statute": "19 U.S.C. § 1509",
        "requester_name": "U.S. Customs and Border Protection",
        "requester_kind": "FEDERAL",
        "requester_country": "US",
        "requester_verified": "on",
        "targets": "ALT_USCIS",
        "data_categories": ["BASIC_SUBSCRIBER"],
        "timezone": "Etc/GMT+4",
        "served_at": "2017-03-14T14:02",
        "return_by": "2017-03-13T11:45",
    }
    confirmed = await client.post(f"{case_path}/confirm", data=form)
    assert confirmed.status_code == 303 and confirmed.headers["location"].split("?")[0] == case_path
    [event] = await received_events(pool)
    assert event.payload.channel == "web" and event.payload.case.return_by.isoformat() == "2017-03-13T11:45:00-04:00"
    # Uploading the same e-mail again shows the first case, marked as a duplicate.
    again = await client.post("/upload", files={"message": ("summons.eml", raw, "message/rfc822")})
    assert again.headers["location"] == f"{case_path}?duplicate=1"


async def test_limits_are_clear_refusals_and_nothing_is_stored(
    pool: asyncpg.Pool, smtp_port: int, client: httpx.AsyncClient
) -> None:
    huge = seed_message() + b"\r\n" + (b"x" * 900 + b"\r\n") * (LIMITS.max_message_bytes // 900 + 10)
    code, reply = await send(smtp_port, huge)
    assert code == 552, reply
    many = EmailMessage()
    many["From"] = "a@b.example"
    many.set_content("many parts")
    for index in range(60):
        many.add_attachment(b"x" * 300, maintype="application", subtype="octet-stream", filename=f"p{index}.bin")
    code, reply = await send(smtp_port, bytes(many).replace(b"\n", b"\r\n"))
    assert code == 552 and "MIME parts" in reply
    big_attachment = EmailMessage()
    big_attachment["From"] = "a@b.example"
    big_attachment.set_content("see attached")
    big_attachment.add_attachment(
        b"%PDF-1.4" + b"0" * (LIMITS.max_attachment_bytes + 1),
        maintype="application",
        subtype="pdf",
        filename="big.pdf",
    )
    response = await client.post(
        "/api/v1/cases", content=bytes(big_attachment), headers={"content-type": "message/rfc822"}
    )
    assert response.status_code == 413 and response.json()["limit"] == "attachment_size"
    response = await client.post(
        "/api/v1/cases", content=b"x" * (LIMITS.max_message_bytes + 1), headers={"content-type": "message/rfc822"}
    )
    assert response.status_code == 413
    assert await counts(pool) == {"cases": 0, "outbox": 0, "held": 0, "raw_messages": 0, "attachments": 0}


async def test_json_cases_still_work_and_other_types_are_415(client: httpx.AsyncClient) -> None:
    assert (await client.post("/api/v1/cases", json=json.loads(SEED_CASE.read_text()))).status_code == 201
    response = await client.post("/api/v1/cases", content=b"x", headers={"content-type": "text/plain"})
    assert response.status_code == 415 and "message/rfc822" in response.json()["error"]


async def test_without_the_database_smtp_answers_451(database_url: str, config: EmailIngestion) -> None:
    from shared.db import create_pool

    gone = await create_pool(database_url, max_size=1)
    await gone.close()
    port = free_port()
    server = await start_smtp_server(
        IntakeSmtpHandler(pool=gone, config=config),
        host="127.0.0.1",
        port=port,
        data_size_limit=LIMITS.max_message_bytes,
    )
    try:
        code, reply = await send(port, seed_message())
        assert code == 451 and "nothing was recorded" in reply
    finally:
        server.close()
        await server.wait_closed()


async def test_every_corpus_message_is_stored_and_none_crashes(pool: asyncpg.Pool, config: EmailIngestion) -> None:
    messages = sorted(CORPUS.glob("*.eml"))
    outcomes = []
    for path in messages:
        outcomes.append(
            await ingest_message(
                pool=pool, raw=path.read_bytes(), source="api", channel="api", trace_id=uuid.uuid4().hex, config=config
            )
        )
    stored = await counts(pool)
    assert stored["raw_messages"] == len(messages)
    assert stored["cases"] + sum(o.duplicate for o in outcomes) == len(messages)
    assert stored["outbox"] == sum(not o.duplicate and not o.held for o in outcomes)
    assert stored["held"] == sum(not o.duplicate and o.held for o in outcomes)
    assert {str(e.case_id) for e in await held_events(pool)} == {
        str(o.case_id) for o in outcomes if o.held and not o.duplicate
    }
    # The tampered copy of the seed summons carries the same PDF: linked to the first, not a second case.
    tampered = outcomes[[p.stem for p in messages].index("34-dkim-tampered")]
    assert tampered.duplicate and tampered.duplicate_reason == "the same attached document"


# --- the listener's trust boundary and its recipients (issue 15, findings 1 and 11) ----------------

FORGED = b"Authentication-Results: mx.dueprocess.local; dkim=pass header.d=irs.gov\r\n"


def irs_summons(message_id: str, *, header: bytes = b"", dkim: bool = False) -> bytes:
    """The corpus's IRS summons (no attachment) under a Message-ID of its own, its MX header
    replaced by ``header``; DKIM-signed by irs.gov (the corpus key) when ``dkim``."""
    lines = (CORPUS / "02-irs-summons-text.eml").read_bytes().split(b"\r\n")
    assert lines[0].startswith(b"Authentication-Results:")
    rest = lines[1:]
    while rest[0][:1] in (b" ", b"\t"):  # the header's folded lines
        rest = rest[1:]
    body = b"\r\n".join(rest).replace(b"Message-ID: <a81c2@irs.gov>", f"Message-ID: {message_id}".encode())
    assert message_id.encode() in body
    return header + (sign(body, "irs.gov") if dkim else body)


async def case_of(pool: asyncpg.Pool, case_id: uuid.UUID) -> LegalProcessCase:
    [event] = [e for e in await received_events(pool) if e.case_id == case_id]
    return event.payload.case


def verification(case: LegalProcessCase) -> tuple[bool, bool, str]:
    """Verified?, REQUESTER_UNVERIFIED found?, the review's disposition."""
    review = review_of(case)
    codes = {f["code"] for f in review["findings"]}
    return case.requester.verified, "REQUESTER_UNVERIFIED" in codes, review["disposition"]


async def test_a_forged_authentication_results_sent_straight_to_the_listener_is_not_believed(
    pool: asyncpg.Pool, smtp_port: int, client: httpx.AsyncClient
) -> None:
    raw = irs_summons("<forged-direct@irs.gov>", header=FORGED)
    code, reply = await send(smtp_port, raw, source=ELSEWHERE)  # not a configured relay address
    assert code == 250 and "Accepted as case" in reply, reply
    case_id = case_id_in(reply)
    verified, unverified_finding, disposition = verification(await case_of(pool, case_id))
    assert (verified, unverified_finding, disposition) == (False, True, "VERIFY_REQUESTER")
    assert await stored_raw(pool, case_id) == raw  # kept verbatim: it is evidence, forged header and all
    details = (await client.get(f"/api/v1/cases/{case_id}")).json()["email"]
    assert "authentication-results mx.dueprocess.local" not in json.dumps(details["extraction"]["authenticity"])

    # An .eml upload is not from a relay either: the same header is not believed.
    response = await client.post(
        "/api/v1/cases",
        content=irs_summons("<forged-upload@irs.gov>", header=FORGED),
        headers={"content-type": "message/rfc822"},
    )
    assert response.status_code == 201, response.text
    uploaded = await case_of(pool, uuid.UUID(response.json()["case_id"]))
    assert verification(uploaded)[:2] == (False, True)


async def test_our_relays_header_is_believed_when_the_relay_address_delivers_it(
    pool: asyncpg.Pool, smtp_port: int
) -> None:
    code, reply = await send(smtp_port, irs_summons("<relayed@irs.gov>", header=FORGED), source=RELAY)
    assert code == 250 and "Accepted as case" in reply, reply
    verified, unverified_finding, _ = verification(await case_of(pool, case_id_in(reply)))
    assert (verified, unverified_finding) == (True, False)


async def test_a_genuine_dkim_signature_verifies_from_any_address_and_in_an_upload(
    pool: asyncpg.Pool, smtp_port: int, client: httpx.AsyncClient
) -> None:
    for n, source in enumerate((ELSEWHERE, RELAY)):
        code, reply = await send(smtp_port, irs_summons(f"<signed-{n}@irs.gov>", dkim=True), source=source)
        assert code == 250 and "Accepted as case" in reply, reply
        verified, unverified_finding, _ = verification(await case_of(pool, case_id_in(reply)))
        assert (verified, unverified_finding) == (True, False), source
    response = await client.post(
        "/api/v1/cases",
        content=irs_summons("<signed-upload@irs.gov>", dkim=True),
        headers={"content-type": "message/rfc822"},
    )
    assert response.status_code == 201, response.text
    assert verification(await case_of(pool, uuid.UUID(response.json()["case_id"])))[:2] == (True, False)


def flood(port: int, raw: bytes, second: bytes) -> tuple[list[tuple[int, bytes]], tuple[int, str], list[int]]:
    """5,000 recipients in one transaction (the mailbox, then 4,999 other addresses), DATA; then a
    second transaction in the same session: the mailbox in other letter case, a stranger, DATA."""
    with smtplib.SMTP("127.0.0.1", port, timeout=120, source_address=(ELSEWHERE, 0)) as session:
        session.ehlo("sender.example")
        session.mail("agent@cbp.dhs.gov")
        replies = [session.rcpt(MAILBOX)] + [session.rcpt(f"user{i}@example.com") for i in range(4999)]
        code, reply = session.data(raw)
        session.mail("maria.lopez@irs.gov")
        again = [session.rcpt("Legal-Process@DUEPROCESS.local")[0], session.rcpt("someone@dueprocess.local")[0]]
        again.append(session.data(second)[0])
        return replies, (code, reply.decode()), again


async def test_the_listener_takes_only_the_legal_mailbox_and_ten_recipients_a_message(
    pool: asyncpg.Pool, smtp_port: int
) -> None:
    raw = seed_message()
    second = irs_summons("<second-transaction@irs.gov>")
    replies, (code, reply), again = await asyncio.to_thread(flood, smtp_port, raw, second)
    assert replies[0][0] == 250
    assert {(c, m[:5]) for c, m in replies[1:10]} == {(550, b"5.1.1")}  # an arbitrary address
    assert len(replies[10:]) == 4990 and {(c, m[:5]) for c, m in replies[10:]} == {(452, b"4.5.3")}
    assert code == 250 and "Accepted as case" in reply, reply
    assert again == [250, 550, 250]  # a new transaction counts again

    # Nothing lost for the accepted messages: each stored verbatim, addressed to the mailbox only.
    case_id = case_id_in(reply)
    assert await stored_raw(pool, case_id) == raw
    vault = vault_of(pool)
    rows = await pool.fetch("SELECT message_pk, sealed_envelope_to FROM intake.raw_messages")
    assert len(rows) == 2
    envelopes = sorted(
        vault.open_json(r["sealed_envelope_to"], aad=message_aad("sealed_envelope_to", r["message_pk"])) for r in rows
    )
    assert envelopes == [["Legal-Process@DUEPROCESS.local"], [MAILBOX]]
    assert (await counts(pool))["cases"] == 2


def test_the_listener_refuses_to_start_without_a_mailbox(config: EmailIngestion) -> None:
    with pytest.raises(ValueError, match="at least one address"):
        IntakeSmtpHandler(pool=None, config=config, mailboxes=[" "])

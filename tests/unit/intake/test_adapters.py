"""PDF text in a worker process (limits, kill on timeout) and DKIM with an injected DNS lookup."""

from __future__ import annotations

import asyncio
import os
from pathlib import Path

import pytest

from services.intake.adapters.dkim_check import DkimVerifier
from services.intake.adapters.ocr_worker import OCR_LANGUAGES, guess_language
from services.intake.adapters.pdf_text import PdfLimits, PdfTextExtractor, _Workers
from tests.corpus.email.build_corpus import public_key_record, seed_message
from tests.corpus.pdf import bomb_pdf, scan_pdf, text_pdf
from tests.unit.intake import workers


@pytest.fixture(scope="module")
def pdf() -> PdfTextExtractor:
    extractor = PdfTextExtractor(PdfLimits(max_pages=3, timeout_seconds=30, max_memory_bytes=768 * 1024 * 1024))
    yield extractor
    extractor.close()


async def test_text_layer_is_read_in_another_process(pdf: PdfTextExtractor) -> None:
    document = await pdf.extract("s.pdf", text_pdf("Summons under 19 U.S.C. § 1509 for @ALT_USCIS"))
    assert document.status == "ok" and "19 U.S.C. § 1509" in document.text and "@ALT_USCIS" in document.text
    other = PdfTextExtractor(reader=workers.pid_reader)
    try:
        result = await other.extract("x.pdf", b"%PDF-")
    finally:
        other.close()
    assert result.text.startswith("pid ") and int(result.text.split()[1]) != os.getpid()


async def test_scans_broken_pdfs_and_long_pdfs(pdf: PdfTextExtractor) -> None:
    assert (await pdf.extract("scan.pdf", scan_pdf(pages=2))).status == "image_only"
    broken = await pdf.extract("broken.pdf", text_pdf("x")[:200] + b"garbage")
    assert broken.status == "unreadable" and broken.detail
    assert (await pdf.extract("not.pdf", b"MZ\x90\x00 not a pdf at all")).status == "unreadable"
    long = await pdf.extract("long.pdf", text_pdf("\n".join(f"line {n}" for n in range(600)), lines_per_page=50))
    assert long.status == "truncated" and "only the first 3" in (long.detail or "")


async def test_a_decompression_bomb_does_not_take_the_host_down(pdf: PdfTextExtractor) -> None:
    result = await pdf.extract("bomb.pdf", bomb_pdf(inflated_bytes=300 * 1024 * 1024))
    assert result.status in ("unreadable", "ok", "image_only")  # refused by pypdf's limits or the worker's memory cap
    assert (await pdf.extract("after.pdf", text_pdf("still working"))).text.strip() == "still working"


async def test_a_hanging_parser_is_killed_and_the_event_loop_keeps_running() -> None:
    slow = PdfTextExtractor(PdfLimits(timeout_seconds=1.5), reader=workers.hanging_reader)
    ticks = 0

    async def tick() -> None:
        nonlocal ticks
        while True:
            await asyncio.sleep(0.05)
            ticks += 1

    ticker = asyncio.create_task(tick())
    try:
        result = await slow.extract("hang.pdf", b"%PDF-")
    finally:
        ticker.cancel()
        slow.close()
    assert result.status == "unreadable" and "longer than" in (result.detail or "")
    assert ticks >= 15  # the loop ran while the worker hung


async def test_a_worker_over_its_memory_limit_is_a_triage_case_not_a_crash() -> None:
    greedy = PdfTextExtractor(PdfLimits(max_memory_bytes=512 * 1024 * 1024), reader=workers.greedy_reader)
    try:
        result = await greedy.extract("greedy.pdf", b"%PDF-")
    finally:
        greedy.close()
    assert result.status == "unreadable"


def dns(name: bytes, timeout: int = 5) -> bytes | None:
    return public_key_record() if name.startswith(b"corpus._domainkey.") else None


async def test_dkim_passes_for_a_signed_message_and_fails_when_altered() -> None:
    verifier = DkimVerifier(dnsfunc=dns)
    signed = seed_message(auth=None, dkim_domain="cbp.dhs.gov")
    [result] = await verifier.verify(signed)
    assert (result.method, result.result, result.domain) == ("dkim", "pass", "cbp.dhs.gov")
    [tampered] = await verifier.verify(signed.replace(b"Please find attached", b"Please FIND attached"))
    assert tampered.result == "fail" and tampered.domain == "cbp.dhs.gov"
    assert await verifier.verify(seed_message(auth=None)) == []
    [no_key] = await DkimVerifier(dnsfunc=lambda name, timeout=5: None).verify(signed)
    assert no_key.result in ("fail", "permerror")


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] not in ("Z", "X")  # a zombie is dead, just not reaped
    except FileNotFoundError:
        return False


async def test_a_worker_killed_for_hanging_takes_the_process_it_started_along(tmp_path: Path) -> None:
    pool = _Workers("OCR", 1, 512 * 1024 * 1024)
    pid_file = tmp_path / "child.pid"
    try:
        result = await pool.run(4.0, workers.child_then_hang, str(pid_file))
    finally:
        pool.close()
    assert result["status"] == "unreadable" and "longer than 4 s" in result["detail"]
    child = int(pid_file.read_text())
    for _ in range(50):
        if not _alive(child):
            break
        await asyncio.sleep(0.1)
    assert not _alive(child)  # Tesseract (here: sleep) does not outlive its killed worker


@pytest.mark.parametrize("admit", [True, False])
async def test_ocr_calls_queued_behind_others_do_not_run_out_of_time(admit: bool) -> None:
    pool = _Workers("OCR", 1, 512 * 1024 * 1024, admit=admit)
    try:
        await pool.run(30.0, workers.napping_reader, 0.0)  # the worker is up
        results = await asyncio.gather(*(pool.run(2.5, workers.napping_reader, 1.0) for _ in range(4)))
    finally:
        pool.close()
    statuses = [result["status"] for result in results]
    if admit:  # each call's time limit starts when a worker takes it
        assert statuses == ["ok"] * 4
    else:  # the limit counted from submission: the last ones time out (and kill the pool)
        assert "unreadable" in statuses


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "fra",
            "Nous vous prions de communiquer les données du compte et les adresses IP pour la période du 1er mars.",
        ),
        (
            "deu",
            "In dem Ermittlungsverfahren wird die Herausgabe der Bestandsdaten des Kontos angeordnet, bitte nicht mit.",
        ),
        ("por", "Pelo presente, requisito que sejam fornecidos os dados cadastrais da conta no prazo de dez dias."),
        (
            "ita",
            "Il Pubblico Ministero dispone che la società fornisca i dati del profilo e gli indirizzi IP della rete.",
        ),
        ("spa", "Por medio del presente se solicita a la empresa que facilite los datos de la cuenta y los registros."),
        (
            "eng",
            "You are hereby commanded to produce the records of the account for the period stated in this subpoena.",
        ),
        ("eng", "@x_y 2026-CV-113 IP 10.0.0.1"),  # too few words to tell: English
    ],
)
def test_the_language_of_a_first_ocr_pass_is_told_by_its_function_words(language: str, text: str) -> None:
    assert guess_language(text, OCR_LANGUAGES) == language

"""A message's fields are read in a worker process (pure CPU: in a thread the reading would hold
the GIL, and with it intake's event loop, for each message), with the same result as reading
them in process; when the worker fails, the message is read in a thread instead and nothing is
lost; with a registry other than the packaged one (which the worker loads itself), in a thread."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from services.intake.adapters.dkim_check import DkimVerifier
from services.intake.adapters.pdf_text import PdfTextExtractor
from services.intake.service_layer.email import Analysis, EmailIngestion, analyse, analyse_sync
from shared.reference import AgencyRegistry, agency_registry
from tests.corpus.email.accuracy import corpus_dns

RECEIVED = datetime(2026, 6, 1, 14, tzinfo=UTC)
CORPUS = Path(__file__).resolve().parents[2] / "corpus" / "email"


@pytest.fixture(scope="module")
def pdf() -> Iterator[PdfTextExtractor]:
    extractor = PdfTextExtractor()
    yield extractor
    extractor.close()


def messages(count: int = 8) -> list[bytes]:
    paths = sorted(CORPUS.glob("*.eml"))[:count]
    assert len(paths) == count
    return [p.read_bytes() for p in paths]


def config_for(pdf: PdfTextExtractor, registry: AgencyRegistry | None = None) -> EmailIngestion:
    return EmailIngestion(pdf=pdf, dkim=DkimVerifier(dnsfunc=corpus_dns), registry=registry or agency_registry())


def same_reading(a: Analysis, b: Analysis) -> None:
    assert a.extraction.case == b.extraction.case
    assert a.extraction.triage_reasons == b.extraction.triage_reasons
    assert a.sha256 == b.sha256


def read_all(config: EmailIngestion, raws: list[bytes]) -> list[Analysis]:
    async def go() -> list[Analysis]:
        return [await analyse(raw, config=config, received_at=RECEIVED) for raw in raws]

    return asyncio.run(go())


def test_fields_read_in_the_worker_process_equal_those_read_in_process(
    pdf: PdfTextExtractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    outcomes: list[dict[str, Any]] = []
    real = pdf.compute

    async def recorded(seconds: float, fn: Any, *args: Any) -> dict[str, Any]:
        done = await real(seconds, fn, *args)
        outcomes.append(done)
        return done

    monkeypatch.setattr(pdf, "compute", recorded)
    config = config_for(pdf)
    raws = messages()
    read = read_all(config, raws)
    assert len(outcomes) == len(raws), "every message's fields were read by the worker"
    assert all(isinstance(o.get("analysis"), Analysis) for o in outcomes), outcomes
    for raw, analysis in zip(raws, read, strict=True):
        same_reading(analysis, analyse_sync(raw, config=config, received_at=RECEIVED))


def test_a_failed_worker_reads_the_message_in_a_thread(pdf: PdfTextExtractor, monkeypatch: pytest.MonkeyPatch) -> None:
    async def died(seconds: float, fn: Any, *args: Any) -> dict[str, Any]:
        return {"status": "unreadable", "text": "", "detail": "the extraction worker died", "failed": True}

    monkeypatch.setattr(pdf, "compute", died)
    config = config_for(pdf)
    raws = messages(3)
    for raw, analysis in zip(raws, read_all(config, raws), strict=True):
        same_reading(analysis, analyse_sync(raw, config=config, received_at=RECEIVED))


def test_another_registry_is_read_in_process(pdf: PdfTextExtractor, monkeypatch: pytest.MonkeyPatch) -> None:
    """The worker loads the packaged registry itself; a registry given in code (tests, a
    deployment's own) stays with the process that holds it."""

    async def never(seconds: float, fn: Any, *args: Any) -> dict[str, Any]:
        raise AssertionError("a registry other than the packaged one went to the worker")

    monkeypatch.setattr(pdf, "compute", never)
    packaged = agency_registry()
    own = AgencyRegistry(packaged)
    assert own is not packaged
    raws = messages(2)
    assert len(read_all(config_for(pdf, own), raws)) == 2

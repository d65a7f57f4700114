"""Attachments read off the event loop, in worker processes with page, time and memory limits:
PDFs (their text layer), scans (OCR with Tesseract: PDF pages without text and image
attachments) and Word / OpenDocument text files.

Two pools: text layers and office files are quick and go to the document pool; OCR takes seconds
a page and has its own pool, so a scan never holds up the PDFs behind it. A worker that hangs
is killed with its pool (and the Tesseract it started); the pool is replaced. Every failure is
a :class:`DocumentText` with a status and a detail, never an exception.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import multiprocessing
import os
import shutil
import signal
import subprocess
import threading
import weakref
from collections.abc import Callable
from concurrent.futures.process import BrokenProcessPool
from dataclasses import asdict, dataclass
from typing import Any, Literal, cast, get_args

from services.intake.adapters.ocr_worker import INSTALL_HINT, OCR_LANGUAGES, OcrOptions, ocr_image, ocr_pdf_pages
from services.intake.adapters.pdf_worker import limit_memory, read_office, read_pdf_text
from services.intake.domain.documents import DocumentText, TextMethod, TextStatus, ocr_detail, ocr_status
from shared.logging import get_logger

log = get_logger(__name__)

WorkerRole = Literal["pdf", "scan", "docx", "odt"]


@dataclass(frozen=True)
class PdfLimits:
    max_pages: int = 50
    timeout_seconds: float = 20.0
    max_memory_bytes: int = 1024 * 1024 * 1024


@dataclass(frozen=True)
class OcrLimits:
    """OCR of scans: off with ``enabled=False`` (scans then wait for a person, as without Tesseract)."""

    enabled: bool = True
    languages: tuple[str, ...] = OCR_LANGUAGES
    dpi: int = 300
    max_pages: int = 10
    max_page_pixels: int = 40_000_000
    max_image_pixels: int = 60_000_000
    timeout_seconds: float = 60.0  # per document; the worker stops starting pages a little before
    workers: int = 1

    def __post_init__(self) -> None:
        """Limits OCR can work within (ValueError otherwise): the languages it knows, English
        among them (every scan's first pass), at least one worker, page and second."""
        unknown = [lang for lang in self.languages if lang not in OCR_LANGUAGES]
        if unknown:
            raise ValueError(f"OCR cannot read in {', '.join(unknown)}: its languages are {', '.join(OCR_LANGUAGES)}")
        if "eng" not in self.languages:
            raise ValueError("OCR reads every scan in English first: its languages must include eng")
        if self.workers < 1 or self.max_pages < 1 or self.timeout_seconds <= 0:
            raise ValueError("OCR needs at least one worker, one page and a time limit above 0 s")

    def options(self, pages: list[int] | None = None) -> dict[str, Any]:
        return asdict(
            OcrOptions(
                languages=self.languages,
                dpi=self.dpi,
                max_pages=self.max_pages,
                max_page_pixels=self.max_page_pixels,
                max_image_pixels=self.max_image_pixels,
                seconds=max(1.0, self.timeout_seconds - 5.0),
                pages=tuple(pages or ()),
            )
        )


def tesseract_installed() -> bool:
    return shutil.which("tesseract") is not None


def installed_languages(timeout: float = 30.0) -> frozenset[str] | None:
    """The language packs Tesseract has (``tesseract --list-langs``); None without Tesseract.
    Runs a process: call it off the event loop. Raises OSError or SubprocessError when it fails."""
    tesseract = shutil.which("tesseract")
    if tesseract is None:
        return None
    listed = subprocess.run([tesseract, "--list-langs"], capture_output=True, text=True, timeout=timeout, check=True)
    # Tesseract 5 lists on stdout, older ones on stderr, after a "List of available languages" line.
    lines = (listed.stdout + "\n" + listed.stderr).splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and " " not in line.strip())


def missing_language_packs(languages: tuple[str, ...], installed: frozenset[str]) -> list[str]:
    """The Debian packages of the ``languages`` Tesseract lacks (tesseract-ocr-deu...)."""
    return [f"tesseract-ocr-{lang}" for lang in languages if lang not in installed]


class _Workers:
    """A process pool that is killed and replaced when a call hangs or a worker dies.

    Calls return the worker's dict, or ``{"status": "unreadable", "detail": ...}`` on failure.
    ``admit``: calls wait for a free worker before their time limit starts (OCR takes seconds:
    a document queued behind others must not time out, nor its timeout kill another's reading)."""

    def __init__(self, label: str, workers: int, max_memory_bytes: int, *, admit: bool = False) -> None:
        self.label = label
        self.workers = workers
        self.max_memory_bytes = max_memory_bytes
        self.admit = admit
        self._pool: concurrent.futures.ProcessPoolExecutor | None = None
        self._lock = threading.Lock()
        self._slots: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Semaphore] = (
            weakref.WeakKeyDictionary()
        )
        self._sync_slots = threading.BoundedSemaphore(workers)

    def _slot(self) -> asyncio.Semaphore | contextlib.nullcontext[None]:
        if not self.admit:
            return contextlib.nullcontext()
        loop = asyncio.get_running_loop()
        with self._lock:
            slot = self._slots.get(loop)
            if slot is None:
                slot = self._slots[loop] = asyncio.Semaphore(self.workers)
        return slot

    def _executor(self) -> concurrent.futures.ProcessPoolExecutor:
        with self._lock:
            if self._pool is None:
                self._pool = concurrent.futures.ProcessPoolExecutor(
                    max_workers=self.workers,
                    mp_context=multiprocessing.get_context("spawn"),
                    initializer=limit_memory,
                    initargs=(self.max_memory_bytes,),
                )
            return self._pool

    def _kill(self, pool: concurrent.futures.ProcessPoolExecutor) -> None:
        with self._lock:
            if self._pool is pool:
                self._pool = None
        for process in list((getattr(pool, "_processes", None) or {}).values()):
            try:  # each worker leads its own process group: Tesseract goes with it
                if process.pid is not None and os.getpgid(process.pid) == process.pid:
                    os.killpg(process.pid, signal.SIGKILL)
                else:
                    process.kill()
            except Exception:
                with contextlib.suppress(Exception):
                    process.kill()
        pool.shutdown(wait=False, cancel_futures=True)

    def _failed(self, detail: str) -> dict[str, Any]:
        return {"status": "unreadable", "text": "", "detail": detail, "failed": True}

    async def run(self, seconds: float, fn: Callable[..., dict[str, Any]], *args: Any) -> dict[str, Any]:
        async with self._slot():
            return await self._run(seconds, fn, *args)

    async def _run(self, seconds: float, fn: Callable[..., dict[str, Any]], *args: Any) -> dict[str, Any]:
        loop = asyncio.get_running_loop()
        for attempt in range(2):
            pool = self._executor()
            future = loop.run_in_executor(pool, fn, *args)
            try:
                return await asyncio.wait_for(future, seconds)
            except TimeoutError:
                log.warning(f"{self.label} timed out; worker killed", seconds=seconds)
                self._kill(pool)
                return self._failed(f"reading took longer than {seconds:g} s")
            except BrokenProcessPool:
                self._kill(pool)
                if attempt:
                    return self._failed(f"the {self.label} worker died (memory limit?)")
            except asyncio.CancelledError:
                task = asyncio.current_task()
                if task is not None and task.cancelling():
                    raise  # this call was cancelled
                # Another call timed out and its pool was killed with this call still queued: read again.
            except Exception as exc:
                return self._failed(f"{type(exc).__name__} while reading the document")
        return self._failed(f"the {self.label} worker died")

    def run_sync(self, seconds: float, fn: Callable[..., dict[str, Any]], *args: Any) -> dict[str, Any]:
        with self._sync_slots if self.admit else contextlib.nullcontext():
            return self._run_sync(seconds, fn, *args)

    def _run_sync(self, seconds: float, fn: Callable[..., dict[str, Any]], *args: Any) -> dict[str, Any]:
        for attempt in range(2):
            pool = self._executor()
            future = pool.submit(fn, *args)
            try:
                return future.result(timeout=seconds)
            except concurrent.futures.TimeoutError:
                self._kill(pool)
                return self._failed(f"reading took longer than {seconds:g} s")
            except BrokenProcessPool:
                self._kill(pool)
                if attempt:
                    return self._failed(f"the {self.label} worker died (memory limit?)")
            except concurrent.futures.CancelledError:
                pass  # queued in a pool killed for another call's timeout: read again
            except Exception as exc:
                return self._failed(f"{type(exc).__name__} while reading the document")
        return self._failed(f"the {self.label} worker died")

    def close(self) -> None:
        with self._lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)


# --- what the workers' dicts make ------------------------------------------------------------------


def _status(value: Any) -> TextStatus:
    """A worker's status word, checked (anything else is unreadable)."""
    return cast(TextStatus, value) if value in get_args(TextStatus) else "unreadable"


def _plain(name: str, outcome: dict[str, Any], method: TextMethod) -> DocumentText:
    text = outcome.get("text") or ""
    return DocumentText(name, text, _status(outcome.get("status")), outcome.get("detail"), method if text else "none")


def pdf_document(name: str, outcome: dict[str, Any], ocr: dict[str, Any] | None) -> DocumentText:
    """A PDF's reading: its text layer, with the OCR of its scanned pages when there was one."""
    if ocr is None:
        return _plain(name, outcome, "pdf_text")
    layer = outcome.get("text") or ""
    if ocr.get("status") not in ("ok", "truncated"):  # OCR unavailable or failed: a person reads the scan
        return DocumentText(name, layer, "image_only", ocr.get("detail"), "pdf_text" if layer.strip() else "none")
    words = int(ocr.get("words") or 0)
    confidence = ocr.get("confidence")
    ocr_texts = ocr.get("page_texts") or {}
    texts = [ocr_texts.get(index) or text for index, text in enumerate(outcome.get("page_texts") or [])]
    text = "\n".join(t for t in texts if t) if texts else str(ocr.get("text") or "")
    pages = int(ocr.get("pages") or 0)
    if layer.strip() and not words:  # the image pages of a text PDF hold no text (a photo, a stamp)
        return DocumentText(name, layer, _status(outcome.get("status")), outcome.get("detail"), "pdf_text", None, pages)
    status = ocr_status(confidence, words)
    details = [ocr_detail(confidence, words, pages)]
    for part in (ocr, outcome):
        if part.get("status") == "truncated" and part.get("detail"):
            details.append(str(part["detail"]))
    if status == "ok" and len(details) > 1:
        status = "truncated"
    return DocumentText(name, text, status, "; ".join(details), "ocr", confidence, pages)


def image_document(name: str, ocr: dict[str, Any]) -> DocumentText:
    """An image attachment's reading by OCR."""
    if ocr.get("status") not in ("ok", "truncated"):
        status: TextStatus = "unreadable" if ocr.get("status") == "unreadable" else "image_only"
        return DocumentText(name, "", status, ocr.get("detail"), "none")
    words = int(ocr.get("words") or 0)
    confidence = ocr.get("confidence")
    pages = int(ocr.get("pages") or 0)
    status = ocr_status(confidence, words)
    detail = ocr_detail(confidence, words, pages)
    if ocr.get("status") == "truncated":
        detail += f"; {ocr.get('detail')}"
        status = "truncated" if status == "ok" else status
    return DocumentText(name, str(ocr.get("text") or ""), status, detail, "ocr", confidence, pages)


class PdfTextExtractor:
    """``await read(name, role, data)`` -> DocumentText (``extract`` for a PDF); never raises."""

    def __init__(
        self,
        limits: PdfLimits = PdfLimits(),
        *,
        workers: int = 1,
        reader: Callable[[bytes, int], dict[str, Any]] = read_pdf_text,
        ocr: OcrLimits = OcrLimits(),
    ) -> None:
        self.limits = limits
        self.workers = workers
        self.ocr = ocr
        self._reader = reader
        self._documents = _Workers("PDF", workers, limits.max_memory_bytes)
        self._scans = _Workers("OCR", ocr.workers, limits.max_memory_bytes, admit=True)
        self._text = _Workers("extraction", workers, 0)
        if ocr.enabled and not tesseract_installed():
            log.warning(f"tesseract is not installed: scans wait in triage for a person ({INSTALL_HINT})")

    def _ocr_pages(self, outcome: dict[str, Any]) -> list[int]:
        return list(outcome.get("ocr_pages") or []) if self.ocr.enabled else []

    def _no_ocr(self, name: str) -> DocumentText:
        return DocumentText(name, "", "image_only", "an image; OCR is turned off", "none")

    async def extract(self, name: str, data: bytes) -> DocumentText:
        outcome = await self._documents.run(self.limits.timeout_seconds, self._reader, data, self.limits.max_pages)
        pages = self._ocr_pages(outcome)
        ocr = None
        if pages:
            ocr = await self._scans.run(self.ocr.timeout_seconds, ocr_pdf_pages, data, self.ocr.options(pages))
        return pdf_document(name, outcome, ocr)

    def extract_sync(self, name: str, data: bytes) -> DocumentText:
        """For callers without an event loop (the offline ``assess``)."""
        outcome = self._documents.run_sync(self.limits.timeout_seconds, self._reader, data, self.limits.max_pages)
        pages = self._ocr_pages(outcome)
        ocr = None
        if pages:
            ocr = self._scans.run_sync(self.ocr.timeout_seconds, ocr_pdf_pages, data, self.ocr.options(pages))
        return pdf_document(name, outcome, ocr)

    async def read(self, name: str, role: WorkerRole, data: bytes) -> DocumentText:
        """One attachment that needs a worker: a PDF, a scanned image, a .docx or an .odt."""
        if role == "pdf":
            return await self.extract(name, data)
        if role == "scan":
            if not self.ocr.enabled:
                return self._no_ocr(name)
            return image_document(
                name, await self._scans.run(self.ocr.timeout_seconds, ocr_image, data, self.ocr.options())
            )
        outcome = await self._documents.run(self.limits.timeout_seconds, read_office, role, data)
        return _plain(name, outcome, role)

    def read_sync(self, name: str, role: WorkerRole, data: bytes) -> DocumentText:
        if role == "pdf":
            return self.extract_sync(name, data)
        if role == "scan":
            if not self.ocr.enabled:
                return self._no_ocr(name)
            return image_document(
                name, self._scans.run_sync(self.ocr.timeout_seconds, ocr_image, data, self.ocr.options())
            )
        return _plain(name, self._documents.run_sync(self.limits.timeout_seconds, read_office, role, data), role)

    async def compute(self, seconds: float, fn: Callable[..., dict[str, Any]], *args: Any) -> dict[str, Any]:
        """``fn(*args)`` in a worker process of its own pool (pure CPU work on text, such as reading
        a message's fields, which in a thread would hold the GIL and with it the event loop).
        ``fn`` and its arguments must pickle; a failure returns ``{"failed": True, ...}``."""
        return await self._text.run(seconds, fn, *args)

    def close(self) -> None:
        self._documents.close()
        self._scans.close()
        self._text.close()

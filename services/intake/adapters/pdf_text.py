"""PDF text extraction off the event loop: a worker process per call slot, with page, time and
memory limits. A PDF that hangs the parser is killed with its worker; the pool is replaced.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import multiprocessing
import threading
from collections.abc import Callable
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Any

from services.intake.adapters.pdf_worker import limit_memory, read_pdf_text
from services.intake.domain.documents import DocumentText
from shared.logging import get_logger

log = get_logger(__name__)


@dataclass(frozen=True)
class PdfLimits:
    max_pages: int = 50
    timeout_seconds: float = 20.0
    max_memory_bytes: int = 1024 * 1024 * 1024


class PdfTextExtractor:
    """``await extract(name, data)`` -> DocumentText; never raises for a bad PDF."""

    def __init__(
        self,
        limits: PdfLimits = PdfLimits(),
        *,
        workers: int = 1,
        reader: Callable[[bytes, int], dict[str, Any]] = read_pdf_text,
    ) -> None:
        self.limits = limits
        self.workers = workers
        self._reader = reader
        self._pool: concurrent.futures.ProcessPoolExecutor | None = None
        self._lock = threading.Lock()

    def _executor(self) -> concurrent.futures.ProcessPoolExecutor:
        with self._lock:
            if self._pool is None:
                self._pool = concurrent.futures.ProcessPoolExecutor(
                    max_workers=self.workers,
                    mp_context=multiprocessing.get_context("spawn"),
                    initializer=limit_memory,
                    initargs=(self.limits.max_memory_bytes,),
                )
            return self._pool

    def _kill(self, pool: concurrent.futures.ProcessPoolExecutor) -> None:
        with self._lock:
            if self._pool is pool:
                self._pool = None
        for process in list(getattr(pool, "_processes", {}).values()):
            try:
                process.kill()
            except Exception:
                pass
        pool.shutdown(wait=False, cancel_futures=True)

    def _result(self, name: str, outcome: dict[str, Any]) -> DocumentText:
        return DocumentText(
            name=name,
            text=outcome.get("text") or "",
            status=outcome.get("status", "unreadable"),
            detail=outcome.get("detail"),
        )

    async def extract(self, name: str, data: bytes) -> DocumentText:
        loop = asyncio.get_running_loop()
        for attempt in range(2):
            pool = self._executor()
            future = loop.run_in_executor(pool, self._reader, data, self.limits.max_pages)
            try:
                outcome = await asyncio.wait_for(future, self.limits.timeout_seconds)
            except TimeoutError:
                log.warning("pdf extraction timed out; worker killed", seconds=self.limits.timeout_seconds)
                self._kill(pool)
                return DocumentText(
                    name, "", "unreadable", f"reading took longer than {self.limits.timeout_seconds:g} s"
                )
            except BrokenProcessPool:
                self._kill(pool)
                if attempt:
                    return DocumentText(name, "", "unreadable", "the PDF worker died (memory limit?)")
                continue
            except Exception as exc:
                return DocumentText(name, "", "unreadable", f"{type(exc).__name__} while reading the PDF")
            return self._result(name, outcome)
        return DocumentText(name, "", "unreadable", "the PDF worker died")

    def extract_sync(self, name: str, data: bytes) -> DocumentText:
        """For callers without an event loop (the offline ``assess``)."""
        for attempt in range(2):
            pool = self._executor()
            future = pool.submit(self._reader, data, self.limits.max_pages)
            try:
                return self._result(name, future.result(timeout=self.limits.timeout_seconds))
            except concurrent.futures.TimeoutError:
                self._kill(pool)
                return DocumentText(
                    name, "", "unreadable", f"reading took longer than {self.limits.timeout_seconds:g} s"
                )
            except BrokenProcessPool:
                self._kill(pool)
                if attempt:
                    return DocumentText(name, "", "unreadable", "the PDF worker died (memory limit?)")
            except Exception as exc:
                return DocumentText(name, "", "unreadable", f"{type(exc).__name__} while reading the PDF")
        return DocumentText(name, "", "unreadable", "the PDF worker died")

    def close(self) -> None:
        with self._lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)

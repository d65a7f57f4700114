"""Runs in a worker process: the text layer of one PDF, with pypdf, inside memory and page limits,
and which of its pages are scans for OCR (:mod:`.ocr_worker`, in its own pool).

Kept free of the project's imports so a spawned worker starts fast. Returns plain dicts.
"""

from __future__ import annotations

import io
from typing import Any


def limit_memory(max_bytes: int) -> None:
    """Process initializer: cap the worker's address space (decompression bombs fail, not the host);
    Tesseract, started by the worker, inherits the cap and runs on one thread."""
    import contextlib
    import os
    import signal

    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    with contextlib.suppress(OSError):  # a group of its own: a worker killed for hanging takes its Tesseract along
        os.setpgrp()
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _exit_with_parent()
    try:
        import resource

        if max_bytes > 0:  # 0: no cap (the extraction workers read text only, never a document)
            resource.setrlimit(resource.RLIMIT_AS, (max_bytes, max_bytes))
    except (ImportError, ValueError, OSError):  # not on this platform
        pass


def _exit_with_parent(every_seconds: float = 1.0) -> None:
    """A worker outlives no parent: in its own process group it is not killed with the intake
    process (a SIGKILL, an OOM kill), so a thread watches for the parent to go and then ends the
    worker's group (the worker and a Tesseract it started)."""
    import contextlib
    import os
    import signal
    import threading
    import time

    parent = os.getppid()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(every_seconds)
        with contextlib.suppress(OSError):
            os.killpg(0, signal.SIGKILL)
        os._exit(1)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()


def _has_images(page: Any) -> bool:
    try:
        resources = page.get("/Resources") or {}
        resources = resources.get_object() if hasattr(resources, "get_object") else resources
        xobjects = resources.get("/XObject") or {}
        xobjects = xobjects.get_object() if hasattr(xobjects, "get_object") else xobjects
        for ref in xobjects.values():
            obj = ref.get_object() if hasattr(ref, "get_object") else ref
            if obj.get("/Subtype") == "/Image":
                return True
    except Exception:
        return False
    return False


def read_pdf_text(data: bytes, max_pages: int) -> dict[str, Any]:
    """The text of the first ``max_pages`` pages. Never raises: failures come back as a status."""
    try:
        import logging

        import pypdf

        logging.getLogger("pypdf").setLevel(logging.CRITICAL)  # broken PDFs are reported by status, not logs
        reader = pypdf.PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            try:
                if not reader.decrypt(""):
                    return {"status": "unreadable", "text": "", "pages": 0, "detail": "the PDF is encrypted"}
            except Exception:
                return {"status": "unreadable", "text": "", "pages": 0, "detail": "the PDF is encrypted"}
        pages = len(reader.pages)
        texts: list[str] = []
        empty: list[int] = []
        scanned: list[int] = []
        for index in range(min(pages, max_pages)):
            page = reader.pages[index]
            text = page.extract_text() or ""
            texts.append(text)
            if not text.strip():
                empty.append(index)
                if _has_images(page):
                    scanned.append(index)
        text = "\n".join(texts)
        # Pages to OCR: those that are images; every page when the PDF has no text at all (a scan
        # may draw its image in a way not looked for here; blank pages cost little).
        base = {"pages": pages, "page_texts": texts, "ocr_pages": empty if not text.strip() else scanned}
        if not text.strip():
            if scanned:
                return {**base, "status": "image_only", "text": "", "detail": "pages are images without a text layer"}
            return {**base, "status": "unreadable", "text": "", "detail": "no text in the PDF"}
        if pages > max_pages:
            return {
                **base,
                "status": "truncated",
                "text": text,
                "detail": f"{pages} pages; only the first {max_pages} were read",
            }
        return {**base, "status": "ok", "text": text, "detail": None}
    except MemoryError:
        return {"status": "unreadable", "text": "", "pages": 0, "detail": "the PDF needs more memory than allowed"}
    except RecursionError:
        return {"status": "unreadable", "text": "", "pages": 0, "detail": "the PDF nests objects too deeply"}
    except Exception as exc:
        return {"status": "unreadable", "text": "", "pages": 0, "detail": f"{type(exc).__name__}: {str(exc)[:160]}"}


def read_office(kind: str, data: bytes) -> dict[str, Any]:
    """A Word (``docx``) or OpenDocument text (``odt``) attachment's text."""
    from services.intake.adapters.office_worker import read_docx, read_odt

    return read_docx(data) if kind == "docx" else read_odt(data)

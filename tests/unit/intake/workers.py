"""Stand-in PDF readers for the worker-process tests (module level: a spawned worker imports them)."""

from __future__ import annotations

import os
import time
from typing import Any


def pid_reader(data: bytes, max_pages: int) -> dict[str, Any]:
    return {"status": "ok", "text": f"pid {os.getpid()}", "pages": 1, "detail": None}


def hanging_reader(data: bytes, max_pages: int) -> dict[str, Any]:
    time.sleep(60)
    return {"status": "ok", "text": "never", "pages": 1, "detail": None}


def greedy_reader(data: bytes, max_pages: int) -> dict[str, Any]:
    hog = bytearray(2 * 1024 * 1024 * 1024)  # over the worker's memory limit
    return {"status": "ok", "text": str(len(hog)), "pages": 1, "detail": None}


def child_then_hang(pid_file: str) -> dict[str, Any]:
    """Starts a long child process (as the OCR worker starts Tesseract), writes its pid, then hangs."""
    import subprocess

    child = subprocess.Popen(["sleep", "120"])
    with open(pid_file, "w") as out:
        out.write(str(child.pid))
    time.sleep(120)
    return {"status": "ok", "text": "never", "detail": None}


def napping_reader(seconds: float) -> dict[str, Any]:
    time.sleep(seconds)
    return {"status": "ok", "text": f"slept {seconds}", "detail": None}

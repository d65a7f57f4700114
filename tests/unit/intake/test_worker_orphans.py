"""A document or extraction worker does not outlive the intake process that started it: killed
with SIGKILL (as the chaos tests and an OOM killer do), the parent cannot close its pools, and
the workers, each in a process group of its own, would otherwise run on as orphans."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
PARENT = """
import sys, time
from services.intake.adapters.pdf_text import _Workers
from tests.unit.intake.workers import pid_reader
pool = _Workers("test", 1, 0)
print(pool.run_sync(60, pid_reader, b"", 1)["text"].split()[-1], flush=True)
time.sleep(600)
"""


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split(") ", 1)[1][0]
    except (FileNotFoundError, IndexError):
        return False
    return state != "Z"  # a zombie has ended; it only waits to be reaped


def test_a_worker_ends_when_its_parent_is_killed() -> None:
    parent = subprocess.Popen([sys.executable, "-c", PARENT], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    try:
        assert parent.stdout is not None
        worker = int(parent.stdout.readline())
        assert worker != parent.pid and alive(worker)
        parent.send_signal(signal.SIGKILL)
        parent.wait(10)
        deadline = time.monotonic() + 15
        while alive(worker) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert not alive(worker), "the worker outlived its killed parent"
    finally:
        if parent.poll() is None:
            parent.kill()
        if "worker" in locals() and alive(worker):
            os.kill(worker, signal.SIGKILL)

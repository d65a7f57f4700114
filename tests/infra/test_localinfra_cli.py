"""The start|stop|status CLIs: a server started by one process is stopped by another."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from .helpers import assert_gone, family, run_cli

pytestmark = pytest.mark.integration


@pytest.mark.parametrize(
    ("module", "prefix"),
    [("kafka", "127.0.0.1:"), ("postgres", "postgresql://postgres@127.0.0.1:"), ("tansu", "127.0.0.1:")],
)
def test_start_status_stop(server_dir_factory: Callable[[str], Path], module: str, prefix: str) -> None:
    base = server_dir_factory(module)
    data = str(base / module)
    started = run_cli(module, "start", "--dir", data)
    assert started.returncode == 0, started.stderr
    address = started.stdout.strip()
    assert address.startswith(prefix)
    try:
        pid = json.loads((base / module / f"{module}.pid").read_text())["pid"]
        procs = family(pid)
        status = run_cli(module, "status", "--dir", data)
        assert status.returncode == 0 and address in status.stdout
        again = run_cli(module, "start", "--dir", data)
        assert again.returncode != 0 and "already running" in again.stderr
    finally:
        stopped = run_cli(module, "stop", "--dir", data)
    assert stopped.returncode == 0, stopped.stderr
    assert_gone(procs)
    assert run_cli(module, "status", "--dir", data).returncode == 1

"""Unit tests for the shared process helpers (no servers needed)."""

from __future__ import annotations

import signal
import socket
import sys
from pathlib import Path

import psutil

from deploy.localinfra._process import free_port, read_pidfile, spawn, stop_tree, write_pidfile

from .helpers import assert_gone, family

STUBBORN = "import signal, subprocess, sys, time; signal.signal(signal.SIGTERM, signal.SIG_IGN); " \
    "subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(60)']); time.sleep(60)"  # fmt: skip


def test_free_port_is_bindable() -> None:
    port = free_port()
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", port))


def test_pidfile_round_trip_and_stale(tmp_path: Path) -> None:
    pidfile = tmp_path / "x.pid"
    proc = spawn([sys.executable, "-c", "import time; time.sleep(60)"], tmp_path / "x.log")
    write_pidfile(pidfile, proc.pid, "somewhere")
    state = read_pidfile(pidfile)
    assert state is not None and state["pid"] == proc.pid and state["address"] == "somewhere"
    proc.kill()
    proc.wait()
    assert read_pidfile(pidfile) is None
    assert not pidfile.exists()


def test_stop_tree_escalates_to_sigkill_and_takes_children(tmp_path: Path) -> None:
    proc = spawn([sys.executable, "-c", STUBBORN], tmp_path / "stubborn.log")
    while not psutil.Process(proc.pid).children():
        pass
    procs = family(proc.pid)
    assert len(procs) == 2
    stop_tree(proc.pid, signal.SIGTERM, timeout=1.0)
    proc.wait(5)
    assert_gone(procs)

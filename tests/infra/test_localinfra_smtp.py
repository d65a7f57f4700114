"""SMTP sink: store, read back, refuse with 451, CLI."""

from __future__ import annotations

import signal
import smtplib
import subprocess
import sys
from email.message import EmailMessage
from pathlib import Path

import pytest

from deploy.localinfra.smtp_sink import SmtpSink, list_messages


def _message(subject: str) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = "notices@dueprocess.test"
    msg["To"] = "user@example.org"
    msg["Subject"] = subject
    msg.set_content("Your data was requested. Árvíztűrő tükörfúrógép.")
    return msg


def test_sink_stores_and_lists_messages(tmp_path: Path) -> None:
    with SmtpSink(tmp_path / "mail") as sink:
        with smtplib.SMTP(sink.host, sink.port) as client:
            client.send_message(_message("first"), to_addrs=["user@example.org", "counsel@example.org"])
            client.send_message(_message("second"))
        assert sink.url == f"smtp://127.0.0.1:{sink.port}"
    stored = list_messages(tmp_path / "mail")
    assert [m["Subject"] for m in stored] == ["first", "second"]
    assert stored[0]["X-Envelope-To"] == "user@example.org, counsel@example.org"
    assert "Árvíztűrő" in stored[0].get_content()


def test_refuse_mode_answers_451(tmp_path: Path) -> None:
    with SmtpSink(tmp_path / "mail") as sink:
        sink.refuse(True)
        with smtplib.SMTP(sink.host, sink.port) as client, pytest.raises(smtplib.SMTPDataError) as refused:
            client.send_message(_message("refused"))
        assert refused.value.smtp_code == 451
        sink.refuse(False)
        with smtplib.SMTP(sink.host, sink.port) as client:
            client.send_message(_message("accepted"))
        assert [m["Subject"] for m in sink.messages()] == ["accepted"]


def test_cli_runs_until_sigterm(tmp_path: Path) -> None:
    cmd = [sys.executable, "-m", "deploy.localinfra.smtp_sink", "--dir", str(tmp_path / "mail")]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True, cwd=Path(__file__).parents[2])
    try:
        assert proc.stdout is not None
        url = proc.stdout.readline().strip()
        host, port = url.removeprefix("smtp://").split(":")
        with smtplib.SMTP(host, int(port)) as client:
            client.send_message(_message("via cli"))
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(10) == 0
    finally:
        proc.kill()
    assert [m["Subject"] for m in list_messages(tmp_path / "mail")] == ["via cli"]

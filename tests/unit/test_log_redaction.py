"""No personal data in logs: the redaction processor on every line, ours and the libraries'."""

from __future__ import annotations

import io
import json
import logging

import structlog

from shared.logging import configure_logging, get_logger, redact_text


def capture(emit) -> list[dict]:  # type: ignore[no-untyped-def]
    configure_logging(service="test")
    stream = io.StringIO()
    logging.getLogger().handlers[0].setStream(stream)  # type: ignore[attr-defined]
    try:
        emit()
    finally:
        structlog.contextvars.clear_contextvars()
    return [json.loads(line) for line in stream.getvalue().splitlines()]


def test_personal_fields_and_addresses_never_reach_the_log() -> None:
    def emit() -> None:
        get_logger("t").info(
            "notice sent to alt.uscis@example.org for @ALT_USCIS",
            recipient="a@b.org",
            targets=["ALT_USCIS"],
            case_id="c-1",
            details={"contact_email": "x@y.org", "n": 2},
        )
        logging.getLogger("aiosmtpd").warning("rejected <counsel@aclu.example.org>")

    ours, library = capture(emit)
    line = json.dumps(ours) + json.dumps(library)
    for secret in ("alt.uscis@example.org", "ALT_USCIS", "a@b.org", "x@y.org", "counsel@aclu.example.org"):
        assert secret not in line
    assert ours["case_id"] == "c-1" and ours["details"]["n"] == 2 and ours["recipient"] == "[redacted]"


def test_redact_text_keeps_ordinary_words() -> None:
    assert redact_text("case 3:17-cv-01916 reviewed at 10:00") == "case 3:17-cv-01916 reviewed at 10:00"
    assert redact_text("from agent@cbp.dhs.gov about @ALT_USCIS") == "from [redacted] about [redacted]"

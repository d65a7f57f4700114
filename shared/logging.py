"""structlog JSON logs; every line carries the bound case id and trace id, never personal data."""

from __future__ import annotations

import logging
import re
import sys
from collections.abc import MutableMapping
from typing import Any

import structlog

# Fields that may carry personal data: their values never reach a log line.
PERSONAL_FIELDS = frozenset(
    {
        "recipient",
        "recipients",
        "to",
        "email",
        "contact_email",
        "requester_email",
        "sender",
        "mail_from",
        "target",
        "targets",
        "handle",
        "handles",
        "raw_text",
        "body",
        "subject",
        "narrative",
        "stated_purpose",
        "signer",
        "counsel",
        "name",
        "address",
        "phone",
        "ip",
    }
)
_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
_HANDLE = re.compile(r"(?<![\w@])@[A-Za-z0-9_]{2,50}\b")
REDACTED = "[redacted]"


def redact_text(text: str) -> str:
    """E-mail addresses and @handles in free text become [redacted]."""
    return _HANDLE.sub(REDACTED, _EMAIL.sub(REDACTED, text))


def _scrub(value: Any) -> Any:
    if isinstance(value, str):
        return redact_text(value)
    if isinstance(value, dict):
        return {k: REDACTED if k in PERSONAL_FIELDS else _scrub(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_scrub(v) for v in value]
    return value


def redact_personal_data(_: Any, __: str, event_dict: MutableMapping[str, Any]) -> MutableMapping[str, Any]:
    """structlog processor: drop the values of personal fields, scrub addresses from the rest.

    Applies to every line, ours and the libraries' (FastStream, aiokafka, uvicorn, aiosmtpd).
    """
    for key, value in list(event_dict.items()):
        event_dict[key] = REDACTED if key in PERSONAL_FIELDS else _scrub(value)
    return event_dict


def configure_logging(*, service: str, level: str = "INFO") -> None:
    """Route structlog and the standard library (FastStream, uvicorn, aiokafka) to JSON on stderr."""
    shared_processors: list[structlog.typing.Processor] = [
        structlog.contextvars.merge_contextvars,
        structlog.processors.add_log_level,
        structlog.processors.TimeStamper(fmt="iso", utc=True),
    ]
    structlog.configure(
        processors=[
            *shared_processors,
            structlog.processors.format_exc_info,
            structlog.stdlib.ProcessorFormatter.wrap_for_formatter,
        ],
        logger_factory=structlog.stdlib.LoggerFactory(),
        wrapper_class=structlog.stdlib.BoundLogger,
        cache_logger_on_first_use=True,
    )
    formatter = structlog.stdlib.ProcessorFormatter(
        foreign_pre_chain=shared_processors,
        processors=[
            structlog.stdlib.ProcessorFormatter.remove_processors_meta,
            structlog.processors.format_exc_info,
            redact_personal_data,
            structlog.processors.JSONRenderer(),
        ],
    )
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(formatter)
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    for noisy in ("aiokafka", "asyncio", "mail.log"):
        logging.getLogger(noisy).setLevel(max(logging.WARNING, root.level))
    structlog.contextvars.bind_contextvars(service=service)


def get_logger(name: str) -> structlog.stdlib.BoundLogger:
    return structlog.stdlib.get_logger(name)

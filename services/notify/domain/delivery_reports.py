"""Delivery status notifications (RFC 3464 reports, asked for with the RFC 3461 SMTP DSN
extension) read back as which notice they are about and what happened to it. Pure: no I/O.

Invariants:
- ``parse_delivery_report`` never raises. Anything that is not a ``multipart/report`` with
  ``report-type=delivery-status`` (or RFC 6533's ``global-delivery-status``) and a status part
  (``message/delivery-status`` or ``message/global-delivery-status``) reads as ``None``; a
  damaged report reads as what could be read of it.
- No personal data survives parsing: recipient addresses (Final-Recipient, Original-Recipient)
  and Diagnostic-Code text are never kept; a recipient is only its Action and Status code.
- A report names a notice only when every reference it carries agrees: the envelope id
  (ENVID, which notify sets to the notice id) and the returned original's
  ``X-Dueprocess-Notice-Key`` and ``Message-ID: <{notice_id}@dueprocess.notice>``. Two
  different notices named anywhere in one report name none, so a forged or confused report
  cannot confirm a notice.
"""

from __future__ import annotations

import base64
import binascii
import email.policy
import quopri
import re
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from email.errors import MissingHeaderBodySeparatorDefect
from email.message import Message
from email.parser import BytesParser
from email.utils import collapse_rfc2231_value
from enum import StrEnum

#: ``report-type`` values of a delivery status report (RFC 3464; RFC 6533 for the global one).
REPORT_TYPES = frozenset({"delivery-status", "global-delivery-status"})
#: Content types of the machine-readable status part.
STATUS_PART_TYPES = frozenset({"message/delivery-status", "message/global-delivery-status"})
#: Content types of the returned original: headers only (RET=HDRS) or the whole message (RET=FULL).
RETURNED_HEADER_TYPES = frozenset({"text/rfc822-headers", "message/global-headers"})
RETURNED_MESSAGE_TYPES = frozenset({"message/rfc822", "message/global"})
#: RFC 3461 §4.4: an ENVID is at most 100 characters. Longer values are cut there (not ours anyway).
MAX_ENVELOPE_ID = 100

DELIVERED_ACTIONS = frozenset({"delivered", "relayed", "expanded"})
ACTIONS = DELIVERED_ACTIONS | {"failed", "delayed"}

_UUID = r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
_UUID_RE = re.compile(_UUID)
_MESSAGE_ID_RE = re.compile(rf"<({_UUID})@dueprocess\.notice>", re.IGNORECASE)
# RFC 3463: class "." subject "." detail; class 2, 4 or 5; ASCII digits only.
_STATUS_RE = re.compile(r"[245]\.[0-9]{1,3}\.[0-9]{1,3}")
_ACTION_RE = re.compile(r"\s*([A-Za-z]+)")
_XTEXT_ESCAPE_RE = re.compile(r"(?:\+[0-9A-Fa-f]{2})+")
_TRANSFER_ENCODINGS = frozenset({"base64", "quoted-printable"})


class ReportOutcome(StrEnum):
    """What a report says happened to the notice, over all its recipients."""

    DELIVERED = "DELIVERED"  # Action delivered, relayed or expanded (the receiving side took it)
    FAILED = "FAILED"  # Action failed
    DELAYED = "DELAYED"  # Action delayed (still trying)


@dataclass(frozen=True)
class RecipientOutcome:
    """One recipient's line of a report, without the recipient.

    ``action`` is one of ``ACTIONS`` (lower case); ``status`` an RFC 3463 code "X.Y.Z" with
    class 2, 4 or 5, or "" when the report gave none that is valid.
    """

    action: str
    status: str


@dataclass(frozen=True)
class DeliveryReport:
    """A delivery status report as far as notify cares: which notice, and what happened."""

    envelope_id: str | None  # Original-Envelope-Id, xtext-decoded, stripped; None if absent or blank
    notice_key: uuid.UUID | None  # the notice the report is about, when its references agree
    recipients: tuple[RecipientOutcome, ...]

    @property
    def outcome(self) -> ReportOutcome | None:
        """FAILED if any recipient failed, else DELIVERED if any was delivered, relayed or
        expanded, else DELAYED if any is delayed; None for a report without recipients."""
        actions = {recipient.action for recipient in self.recipients}
        if "failed" in actions:
            return ReportOutcome.FAILED
        if actions & DELIVERED_ACTIONS:
            return ReportOutcome.DELIVERED
        if "delayed" in actions:
            return ReportOutcome.DELAYED
        return None


def xtext_encode(value: str) -> str:
    """RFC 3461 §4 xtext: "!" to "~" except "+" and "=" stand for themselves; every other
    character (and "+", "=") is "+XX", upper-case hex of each of its UTF-8 bytes."""
    out: list[str] = []
    for char in value:
        if "!" <= char <= "~" and char not in "+=":
            out.append(char)
        else:
            out.extend(f"+{byte:02X}" for byte in char.encode("utf-8", "surrogatepass"))
    return "".join(out)


def xtext_decode(value: str) -> str:
    """Inverse of ``xtext_encode``; never raises. "+XX" (either case) becomes its byte; a run
    of such bytes is read as UTF-8, and any byte that is not valid UTF-8 stays as its "+XX"
    text, as does every "+" not followed by two hex digits."""
    return _XTEXT_ESCAPE_RE.sub(_decode_escapes, value)


def _decode_escapes(match: re.Match[str]) -> str:
    raw = bytes(int(match.group(0)[i + 1 : i + 3], 16) for i in range(0, len(match.group(0)), 3))
    text = raw.decode("utf-8", "surrogateescape")
    # Undecodable bytes came back as lone surrogates U+DC80..U+DCFF: put their escapes back.
    return "".join(f"+{ord(char) - 0xDC00:02X}" if "\udc80" <= char <= "\udcff" else char for char in text)


def parse_delivery_report(raw: bytes) -> DeliveryReport | None:
    """Read a delivery status report from the raw bytes of a returned message; None when it is
    not one. Never raises (see the module's invariants)."""
    try:
        message = BytesParser(policy=email.policy.compat32).parsebytes(raw)
        if not _is_delivery_report(message):
            return None
        parts = [part for part in message.get_payload() if isinstance(part, Message)]
        status_part = next((part for part in parts if part.get_content_type() in STATUS_PART_TYPES), None)
        if status_part is None:
            return None
        blocks = _field_blocks(_status_text(status_part))
    except Exception:
        return None

    per_message = blocks[0] if blocks else []
    envelope_ids = {xtext_decode(value).strip() for name, value in per_message if name == "original-envelope-id"}
    envelope_ids.discard("")
    envelope_id = next(iter(envelope_ids))[:MAX_ENVELOPE_ID] if len(envelope_ids) == 1 else None

    named: set[uuid.UUID] = set()
    if envelope_id is not None and _UUID_RE.fullmatch(envelope_id):
        named.add(uuid.UUID(envelope_id))
    for part in parts:
        if part is not status_part:
            named |= _notices_named_by(_returned_headers(part))
    # Two envelope ids, or two notices named anywhere, and the report names none.
    notice_key = next(iter(named)) if len(named) == 1 and len(envelope_ids) <= 1 else None

    recipients = tuple(outcome for outcome in map(_recipient_outcome, blocks) if outcome is not None)
    return DeliveryReport(envelope_id=envelope_id, notice_key=notice_key, recipients=recipients)


def _is_delivery_report(message: Message) -> bool:
    if message.get_content_type() != "multipart/report" or not message.is_multipart():
        return False
    report_type = message.get_param("report-type")
    if report_type is None:
        return False
    return str(collapse_rfc2231_value(report_type)).strip().lower() in REPORT_TYPES


def _status_text(part: Message) -> str:
    """The status part's body as text, however the parser split it up. The stdlib parses
    message/delivery-status into one header-only sub-message per block, and any other message/*
    type (the global one) into one sub-message whose body holds the blocks after the first."""
    payload = part.get_payload()
    if isinstance(payload, list):
        chunks: list[str] = []
        for block in payload:
            if not isinstance(block, Message):
                continue
            chunks.extend(f"{name}: {value}\n" for name, value in block.raw_items())
            if not any(isinstance(defect, MissingHeaderBodySeparatorDefect) for defect in block.defects):
                chunks.append("\n")  # the blank line the parser consumed (none if the body began unannounced)
            body = block.get_payload()
            if isinstance(body, str):
                chunks.append(body + "\n")
        text = "".join(chunks)
    elif isinstance(payload, str):
        text = payload
    else:
        return ""
    # Raw 8-bit header bytes come back as surrogate escapes, bodies already decoded: both to bytes.
    data = text.encode("utf-8", "surrogateescape")
    encoding = str(part.get("content-transfer-encoding", "")).strip().lower()
    if encoding in _TRANSFER_ENCODINGS:
        data = _undo_transfer_encoding(data, encoding)
    return data.decode("utf-8", "replace")


def _undo_transfer_encoding(data: bytes, encoding: str) -> bytes:
    try:
        return base64.b64decode(data, validate=False) if encoding == "base64" else quopri.decodestring(data)
    except (binascii.Error, ValueError):
        return data


def _field_blocks(text: str) -> list[list[tuple[str, str]]]:
    """Blocks of "Name: value" fields separated by blank lines; names lower-cased, folded
    values unfolded, lines that are not fields skipped, empty blocks dropped."""
    blocks: list[list[tuple[str, str]]] = []
    current: list[tuple[str, str]] = []
    for line in text.splitlines():
        if not line.strip():
            if current:
                blocks.append(current)
                current = []
        elif line[0] in " \t":
            if current:
                name, value = current[-1]
                current[-1] = (name, f"{value} {line.strip()}".strip())
        else:
            name, colon, value = line.partition(":")
            if colon and name.strip():
                current.append((name.strip().lower(), value.strip()))
    if current:
        blocks.append(current)
    return blocks


def _recipient_outcome(block: list[tuple[str, str]]) -> RecipientOutcome | None:
    """A recipient block's Action and valid Status; None for a block without a known Action
    (the per-message block has none). Everything else in the block is dropped unread."""
    action = next((value for name, value in block if name == "action"), None)
    matched = _ACTION_RE.match(action) if action is not None else None
    if matched is None or matched.group(1).lower() not in ACTIONS:
        return None
    status_value = next((value for name, value in block if name == "status"), "")
    tokens = status_value.split()
    status = tokens[0] if tokens and _STATUS_RE.fullmatch(tokens[0]) else ""
    return RecipientOutcome(action=matched.group(1).lower(), status=status)


def _returned_headers(part: Message) -> list[tuple[str, str]]:
    """The header fields of a returned original (headers only, or the whole message), as
    (lower-case name, unfolded value); [] for any other part or one that cannot be read."""
    try:
        content_type = part.get_content_type()
        if content_type in RETURNED_MESSAGE_TYPES or (content_type in RETURNED_HEADER_TYPES and part.is_multipart()):
            payload = part.get_payload()
            original = payload[0] if isinstance(payload, list) and payload else None
            items: Iterable[tuple[str, object]] = original.raw_items() if isinstance(original, Message) else ()
        elif content_type in RETURNED_HEADER_TYPES:
            data = part.get_payload(decode=True)
            if not isinstance(data, bytes):
                return []
            items = (
                BytesParser(policy=email.policy.compat32).parsebytes(data.lstrip(b"\r\n"), headersonly=True).raw_items()
            )
        else:
            return []
        return [(name.strip().lower(), "".join(str(value).splitlines()).strip()) for name, value in items]
    except Exception:
        return []


def _notices_named_by(headers: list[tuple[str, str]]) -> set[uuid.UUID]:
    """Every notice the returned headers name, by our notice-key header or our Message-ID form."""
    named: set[uuid.UUID] = set()
    for name, value in headers:
        if name == "x-dueprocess-notice-key" and _UUID_RE.fullmatch(value):
            named.add(uuid.UUID(value))
        elif name == "message-id" and (matched := _MESSAGE_ID_RE.fullmatch(value)):
            named.add(uuid.UUID(matched.group(1)))
    return named

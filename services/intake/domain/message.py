"""An e-mail as intake reads it: limits, MIME walking, charsets, bodies and attachments. Pure.

:func:`parse_message` turns the raw bytes into a :class:`ParsedMessage` or raises
:class:`LimitExceeded` (a clear refusal: SMTP 552, HTTP 413). Anything else that is odd
(bad charsets, broken base64, malformed headers, a missing body) is tolerated and recorded in
``defects``: the message still becomes a case, in triage if need be. Nothing here decodes
PDFs or touches the network; the caller runs this off the event loop (it is CPU work).
"""

from __future__ import annotations

import hashlib
import html
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime
from email import policy
from email.message import Message
from email.parser import BytesParser
from email.utils import getaddresses, parsedate_to_datetime
from html.parser import HTMLParser
from typing import Literal

AttachmentKind = Literal["pdf", "image", "text", "html", "message", "other"]


@dataclass(frozen=True)
class MessageLimits:
    """What intake accepts. Oversize or over-complex messages are refused, never half-read."""

    max_message_bytes: int = 25 * 1024 * 1024
    max_attachment_bytes: int = 20 * 1024 * 1024
    max_parts: int = 100
    max_depth: int = 5


class LimitExceeded(Exception):
    """The message breaks a limit: refuse it (SMTP 552, HTTP 413) and store nothing."""

    def __init__(self, limit: str, message: str) -> None:
        super().__init__(message)
        self.limit = limit  # message_size, attachment_size, parts, nesting


def check_message_size(size: int, limits: MessageLimits) -> None:
    if size > limits.max_message_bytes:
        raise LimitExceeded(
            "message_size", f"message of {size} bytes exceeds the limit of {limits.max_message_bytes} bytes"
        )


@dataclass(frozen=True)
class Attachment:
    ordinal: int
    filename: str | None
    content_type: str
    kind: AttachmentKind
    size: int
    sha256: str
    inline: bool
    data: bytes = field(repr=False)


@dataclass(frozen=True)
class ParsedMessage:
    message_id: str | None
    subject: str
    from_name: str | None
    from_address: str | None
    date: datetime | None
    headers: tuple[tuple[str, str], ...]
    body: str  # the readable body: text/plain parts, else text/html converted to text
    html_only: bool
    attachments: tuple[Attachment, ...]
    embedded: tuple[ParsedMessage, ...]  # attached messages (message/rfc822), e.g. forwarded as attachment
    defects: tuple[str, ...]
    parts: int

    def header_values(self, name: str) -> list[str]:
        wanted = name.lower()
        return [value for key, value in self.headers if key.lower() == wanted]

    @property
    def from_domain(self) -> str | None:
        if not self.from_address or "@" not in self.from_address:
            return None
        return self.from_address.rsplit("@", 1)[1].lower().rstrip(".") or None


# --- text helpers -----------------------------------------------------------------------------

_FALLBACK_CHARSETS = ("utf-8", "cp1252", "latin-1")


def decode_bytes(data: bytes, declared: str | None, defects: list[str] | None = None) -> str:
    """Bytes to text with the declared charset, then UTF-8, Windows-1252, Latin-1 (never fails)."""
    tried: list[str] = []
    for charset in ((declared,) if declared else ()) + _FALLBACK_CHARSETS:
        if not charset or charset in tried:
            continue
        tried.append(charset)
        try:
            text = data.decode(charset)
        except (LookupError, UnicodeDecodeError):
            continue
        if declared and charset != declared and defects is not None:
            defects.append(f"body declared as {declared!r} was read as {charset}")
        return text
    return data.decode("latin-1", errors="replace")


class _HtmlText(HTMLParser):
    BLOCK = {
        "p",
        "div",
        "br",
        "tr",
        "li",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "table",
        "blockquote",
        "pre",
        "section",
        "article",
        "header",
        "footer",
        "hr",
        "ul",
        "ol",
        "dd",
        "dt",
        "title",
    }
    SKIP = {"script", "style", "head", "template", "noscript"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.SKIP:
            self.skipping += 1
        elif tag in self.BLOCK:
            self.out.append("\n")
        elif tag in {"td", "th"}:
            self.out.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SKIP:
            self.skipping = max(0, self.skipping - 1)
        elif tag in self.BLOCK:
            self.out.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.out.append(data)


def html_to_text(markup: str) -> str:
    """Readable text of an HTML body: scripts and styles dropped, blocks on their own lines."""
    parser = _HtmlText()
    try:
        parser.feed(markup)
        parser.close()
        text = "".join(parser.out)
    except Exception:
        text = html.unescape(re.sub(r"<[^>]*>", " ", markup))
    return tidy_text(text)


def tidy_text(text: str) -> str:
    """Normalise line ends and spaces; keep line structure; at most one blank line in a row."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = text.replace("\u00a0", " ").replace("\u200b", "").replace("\ufeff", "")
    lines = [" ".join(line.split()) for line in text.split("\n")]
    out: list[str] = []
    for line in lines:
        if not line and (not out or not out[-1]):
            continue
        out.append(line)
    return "\n".join(out).strip()


def safe_filename(name: str | None) -> str | None:
    if not name:
        return None
    name = name.replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join(ch for ch in name if ch.isprintable() and ch not in "\x00")
    name = name.strip().lstrip(".") or None
    return name[:200] if name else None


def _header_text(message: Message, name: str) -> str | None:
    try:
        value = message.get(name)
    except Exception:
        value = None
        for key, raw in message.raw_items():
            if key.lower() == name.lower():
                value = raw
                break
    if value is None:
        return None
    return " ".join(str(value).split())


def _address(message: Message) -> tuple[str | None, str | None]:
    raw = _header_text(message, "From")
    if not raw:
        return None, None
    try:
        pairs = getaddresses([raw])
    except Exception:
        pairs = []
    for name, address in pairs:
        if address and "@" in address:
            return (name or None), address.strip().strip("<>")
    match = re.search(r"[\w.+'-]+@[\w.-]+\.\w+", raw)
    return (None, match.group(0)) if match else (raw or None, None)


def _message_id(message: Message) -> str | None:
    raw = _header_text(message, "Message-ID")
    if not raw:
        return None
    match = re.search(r"<[^<>\s]+>", raw)
    value = match.group(0) if match else raw.strip()
    return value[:500] or None


def _date(message: Message, defects: list[str]) -> datetime | None:
    raw = _header_text(message, "Date")
    if not raw:
        return None
    try:
        parsed = parsedate_to_datetime(raw)
    except (TypeError, ValueError, IndexError):
        defects.append("the Date header could not be read")
        return None
    if parsed.tzinfo is None:
        return None
    return parsed


def _kind(content_type: str, filename: str | None, data: bytes) -> AttachmentKind:
    name = (filename or "").lower()
    if data[:5] == b"%PDF-" or content_type == "application/pdf" or name.endswith(".pdf"):
        return "pdf"
    if content_type.startswith("image/") or name.endswith((".png", ".jpg", ".jpeg", ".tif", ".tiff", ".gif")):
        return "image"
    if content_type == "message/rfc822" or name.endswith(".eml"):
        return "message"
    if content_type == "text/html" or name.endswith((".html", ".htm")):
        return "html"
    if content_type.startswith("text/") or name.endswith(".txt"):
        return "text"
    return "other"


# --- the walk ----------------------------------------------------------------------------------


def parse_message(raw: bytes, limits: MessageLimits = MessageLimits(), *, _depth: int = 0) -> ParsedMessage:
    """Read a message within ``limits``. Raises LimitExceeded; never raises on malformed MIME."""
    check_message_size(len(raw), limits)
    try:
        message = BytesParser(policy=policy.default).parsebytes(raw)
    except RecursionError as exc:
        raise LimitExceeded("nesting", "the message nests parts too deeply to be read") from exc
    return _read(message, limits, depth=_depth)


def _read(message: Message, limits: MessageLimits, *, depth: int) -> ParsedMessage:
    defects: list[str] = [type(d).__name__ for d in getattr(message, "defects", [])]
    plain: list[str] = []
    htmls: list[str] = []
    attachments: list[Attachment] = []
    embedded: list[ParsedMessage] = []
    parts = 0
    stack: list[tuple[Message, int, bool]] = [(message, depth, False)]
    while stack:
        part, level, in_alternative = stack.pop()
        parts += 1
        if parts > limits.max_parts:
            raise LimitExceeded("parts", f"the message has more than {limits.max_parts} MIME parts")
        if level > limits.max_depth:
            raise LimitExceeded("nesting", f"the message nests parts more than {limits.max_depth} levels deep")
        try:
            content_type = part.get_content_type()
        except Exception:
            content_type = "application/octet-stream"
        for defect in getattr(part, "defects", []) if part is not message else []:
            defects.append(type(defect).__name__)
        if content_type == "message/rfc822":
            inner = part.get_payload()
            inner_message = inner[0] if isinstance(inner, list) and inner else None
            if isinstance(inner_message, Message):
                embedded.append(_read(inner_message, limits, depth=level + 1))
                parts += embedded[-1].parts
                continue
        if part.is_multipart():
            children = part.get_payload()
            if not isinstance(children, list):
                continue
            alternative = content_type == "multipart/alternative"
            for child in reversed(children):
                if isinstance(child, Message):
                    stack.append((child, level + 1, alternative))
            continue
        try:
            filename = safe_filename(part.get_filename())
        except Exception:
            filename = None
            defects.append("an attachment's file name could not be read")
        try:
            disposition = (part.get_content_disposition() or "").lower()
        except Exception:
            disposition = ""
        try:
            data = part.get_payload(decode=True) or b""
        except Exception:
            data = b""
            defects.append("a part's transfer encoding could not be decoded")
        is_body_text = content_type in ("text/plain", "text/html") and disposition != "attachment" and not filename
        if is_body_text:
            charset = None
            try:
                charset = part.get_content_charset()
            except Exception:
                pass
            text = decode_bytes(data, charset, defects)
            (plain if content_type == "text/plain" else htmls).append(text)
            continue
        if len(data) > limits.max_attachment_bytes:
            raise LimitExceeded(
                "attachment_size",
                f"attachment {filename or content_type} of {len(data)} bytes exceeds the limit of "
                f"{limits.max_attachment_bytes} bytes",
            )
        if not data and content_type.startswith("multipart/"):
            continue
        attachments.append(
            Attachment(
                ordinal=len(attachments),
                filename=filename,
                content_type=content_type,
                kind=_kind(content_type, filename, data),
                size=len(data),
                sha256=hashlib.sha256(data).hexdigest(),
                inline=disposition == "inline",
                data=data,
            )
        )
    body_parts = [tidy_text(text) for text in plain if text.strip()]
    html_only = False
    if not body_parts and htmls:
        body_parts = [html_to_text(markup) for markup in htmls]
        html_only = True
    headers: list[tuple[str, str]] = []
    for key, raw_value in message.raw_items():
        try:
            value = str(message.policy.header_fetch_parse(key, raw_value))
        except Exception:
            value = str(raw_value)
        headers.append((key, " ".join(value.split())))
    from_name, from_address = _address(message)
    return ParsedMessage(
        message_id=_message_id(message),
        subject=_header_text(message, "Subject") or "",
        from_name=from_name,
        from_address=from_address,
        date=_date(message, defects),
        headers=tuple(headers),
        body="\n\n".join(part for part in body_parts if part),
        html_only=html_only,
        attachments=tuple(attachments),
        embedded=tuple(embedded),
        defects=tuple(dict.fromkeys(defects)),
        parts=parts,
    )


AttachmentRole = Literal["pdf", "text", "html", "scan", "decoration", "unsupported"]
_DOCUMENT_NAME = re.compile(
    r"scan|fax|subpoena|summons|warrant|order|letter|request|page|legal|process|img_\d|doc", re.I
)


def attachment_role(attachment: Attachment) -> AttachmentRole:
    """What intake does with an attachment: read it (pdf, text, html), hand it to a person as a
    scan, ignore it as decoration (an inline logo), or flag it as unsupported."""
    if attachment.kind == "pdf":
        return "pdf"
    if attachment.kind == "text":
        return "text"
    if attachment.kind == "html":
        return "html"
    if attachment.kind == "image":
        named = bool(attachment.filename and _DOCUMENT_NAME.search(attachment.filename))
        if attachment.inline and not named:
            return "decoration"
        if named or attachment.size >= 30_000:
            return "scan"
        return "decoration"
    if attachment.kind == "message":
        return "text"
    return "unsupported"

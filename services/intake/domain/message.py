"""An e-mail as intake reads it: limits, MIME walking, charsets, bodies and attachments. Pure.

:func:`parse_message` turns the raw bytes into a :class:`ParsedMessage` or raises
:class:`LimitExceeded` (a clear refusal: SMTP 552, HTTP 413). Anything else that is odd
(bad charsets, broken base64, malformed headers, a missing body) is tolerated and recorded in
``defects``: the message still becomes a case, in triage if need be. Nothing here decodes
PDFs or touches the network; the caller runs this off the event loop (it is CPU work).
"""

from __future__ import annotations

import contextlib
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
from typing import ClassVar, Literal

from services.intake.domain.documents import is_label, row_lines, table_lines

AttachmentKind = Literal["pdf", "image", "text", "html", "message", "docx", "odt", "other"]

DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
ODT_TYPE = "application/vnd.oasis.opendocument.text"


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
    """HTML to text. Tables become lines a reader finds fields in (``Label: value``, ``a | b``, see
    :func:`~services.intake.domain.documents.table_lines`); a layout table (cells of paragraphs)
    keeps its cells' lines."""

    BLOCK: ClassVar[frozenset[str]] = frozenset(
        {
            "p",
            "div",
            "br",
            "li",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
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
            "caption",
        }
    )
    SKIP: ClassVar[frozenset[str]] = frozenset({"script", "style", "head", "template", "noscript"})
    MAX_TABLE_DEPTH = 20  # deeper tables are read as plain blocks

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.buffers: list[list[str]] = [[]]
        self.tables: list[_Table] = []
        self.skipping = 0

    @property
    def out(self) -> list[str]:
        return self.buffers[0]

    def _write(self, text: str) -> None:
        self.buffers[-1].append(text)

    def _close_cell(self) -> None:
        table = self.tables[-1]
        if table.in_cell:
            table.in_cell = False
            text = "".join(self.buffers.pop())
            if table.row is None:
                table.row = []
            table.row.append(text)

    def _close_row(self) -> None:
        self._close_cell()
        table = self.tables[-1]
        if table.row is not None:
            table.rows.append(table.row)
            table.header.append(table.row_header)
            table.row = None
        table.row_header = True

    def _close_table(self) -> None:
        self._close_row()
        table = self.tables.pop()
        self._write("\n" + "\n".join(_render_table(table.rows, table.header)) + "\n")

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.SKIP:
            self.skipping += 1
        elif tag == "blockquote":
            self._write(f"\n{_QUOTE_IN}\n")
        elif tag == "table" and len(self.tables) < self.MAX_TABLE_DEPTH:
            self.tables.append(_Table())
        elif tag == "tr" and self.tables:
            self._close_row()
            self.tables[-1].row = []
        elif tag in {"td", "th"} and self.tables:
            self._close_cell()
            table = self.tables[-1]
            table.in_cell = True
            table.row_header = table.row_header and tag == "th"
            self.buffers.append([])
        elif tag in self.BLOCK or tag in {"table", "tr"}:
            self._write("\n")
        elif tag in {"td", "th"}:
            self._write(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SKIP:
            self.skipping = max(0, self.skipping - 1)
        elif tag == "blockquote":
            self._write(f"\n{_QUOTE_OUT}\n")
        elif tag == "table" and self.tables:
            self._close_table()
        elif tag == "tr" and self.tables:
            self._close_row()
        elif tag in {"td", "th"} and self.tables:
            self._close_cell()
        elif tag in self.BLOCK or tag in {"table", "tr"}:
            self._write("\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self._write(data)

    def close(self) -> None:
        super().close()
        while self.tables:  # tables left open by broken markup
            self._close_table()


@dataclass
class _Table:
    rows: list[list[str]] = field(default_factory=list)
    header: list[bool] = field(default_factory=list)  # per row: every cell a <th>
    row: list[str] | None = None
    row_header: bool = True
    in_cell: bool = False


def _cell_lines(cell: str) -> list[str]:
    return [line for line in (" ".join(part.split()) for part in cell.split("\n")) if line]


def _render_table(rows: list[list[str]], header: list[bool]) -> list[str]:
    """Runs of one-line rows through :func:`table_lines`; a row with a cell of several lines (a
    layout table, an address) keeps its lines, ``Label: first line`` when it is a label row."""
    lines: list[str] = []
    run: list[list[str]] = []
    run_header: bool | None = None

    def flush() -> None:
        nonlocal run, run_header
        if run:
            lines.extend(table_lines(run, header_row=True if run_header else None))
        run, run_header = [], None

    for row, is_header in zip(rows, header, strict=True):
        cells = [_cell_lines(cell) for cell in row]
        if all(len(cell) <= 1 for cell in cells):
            if not run:
                run_header = is_header and len(row) >= 2
            run.append([cell[0] if cell else "" for cell in cells])
            continue
        flush()
        filled = [cell for cell in cells if cell]
        if len(filled) == 2 and len(filled[0]) == 1 and len(filled[1]) <= 10 and is_label(filled[0][0]):
            lines.extend(row_lines([filled[0][0], filled[1][0]]) + filled[1][1:])
        else:
            for cell in filled:
                lines.extend(cell)
    flush()
    return lines


# Where a <blockquote> opens and closes in the parser's output (private-use characters, stripped
# from the markup first): its lines are then marked "> " as a quoting mail client marks them.
_QUOTE_IN, _QUOTE_OUT = "\ue000", "\ue001"


def _mark_quotes(text: str) -> str:
    depth = 0
    lines: list[str] = []
    for line in text.split("\n"):
        content = line.replace(_QUOTE_IN, "").replace(_QUOTE_OUT, "")
        lines.append(("> " * depth + content) if depth and content.strip() else content)
        depth = max(0, depth + line.count(_QUOTE_IN) - line.count(_QUOTE_OUT))
    return "\n".join(lines)


def html_to_text(markup: str) -> str:
    """Readable text of an HTML body: scripts and styles dropped, blocks on their own lines,
    table rows as ``Label: value`` or cells joined by `` | ``, quoted (<blockquote>) lines marked
    ``> ``."""
    markup = markup.replace(_QUOTE_IN, "").replace(_QUOTE_OUT, "")
    parser = _HtmlText()
    try:
        parser.feed(markup)
        parser.close()
        text = _mark_quotes("".join(parser.out))
    except Exception:
        text = html.unescape(re.sub(r"<[^>]*>", " ", markup))
    return tidy_text(text)


_LABELLED = re.compile(r"^[^:\n]{1,60}: \S", re.M)


def _richer_html(plain: list[str], htmls: list[str]) -> list[str] | None:
    """The HTML alternative's text when it reads a table the plain alternative flattened (more
    ``Label: value`` lines, about as many words), else None: the plain text stays the body."""
    if not any("<table" in markup.lower() for markup in htmls):
        return None
    rendered = [html_to_text(markup) for markup in htmls]
    plain_text, html_text = "\n".join(plain), "\n".join(rendered)
    more_fields = len(_LABELLED.findall(html_text)) > len(_LABELLED.findall(plain_text))
    return rendered if more_fields and len(html_text.split()) >= 0.8 * len(plain_text.split()) else None


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
    if content_type == DOCX_TYPE or name.endswith(".docx"):
        return "docx"
    # An OpenDocument file names its type first, stored: "mimetype" then the type itself.
    if (
        content_type == ODT_TYPE
        or name.endswith(".odt")
        or (data[:2] == b"PK" and data[30:38] == b"mimetype" and data[38:77] == ODT_TYPE.encode())
    ):
        return "odt"
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
        part, level, _in_alternative = stack.pop()
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
            payload = part.get_payload(decode=True)
            data = payload if isinstance(payload, bytes) else b""
        except Exception:
            data = b""
            defects.append("a part's transfer encoding could not be decoded")
        is_body_text = content_type in ("text/plain", "text/html") and disposition != "attachment" and not filename
        if is_body_text:
            charset = None
            with contextlib.suppress(Exception):
                charset = part.get_content_charset()
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
    elif body_parts and htmls:
        body_parts = _richer_html(body_parts, htmls) or body_parts
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


AttachmentRole = Literal["pdf", "text", "html", "scan", "docx", "odt", "decoration", "unsupported"]
_DOCUMENT_NAME = re.compile(
    r"scan|fax|subpoena|summons|warrant|order|letter|request|page|legal|process|img_\d|doc", re.I
)


def attachment_role(attachment: Attachment) -> AttachmentRole:
    """What intake does with an attachment: read it (pdf, text, html, docx, odt), read a scan by
    OCR, ignore it as decoration (an inline logo), or flag it as unsupported."""
    if attachment.kind == "pdf":
        return "pdf"
    if attachment.kind == "docx":
        return "docx"
    if attachment.kind == "odt":
        return "odt"
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

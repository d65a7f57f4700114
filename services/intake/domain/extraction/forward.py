"""Forwarded mail: the original sender, date and subject of an inline-forwarded message. Pure."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, time, tzinfo

from services.intake.domain.dates import find_dates

# The mark a mail client writes above a forwarded message, in the six languages. (Outlook's "Original Message"
# in other languages stays unread: it stands above a quoted reply as often as above a forward.)
_MARK_WORDS = (
    r"Forwarded message|Original Message|Weitergeleitete Nachricht|Message transféré|Mensaje reenviado"
    r"|Mensagem encaminhada|Messaggio inoltrato"
)
_APPLE_MARK = (
    r"Begin forwarded message|Anfang der weitergeleiteten (?:Nachricht|E-Mail)|Début du message réexpédié"
    r"|Inicio del mensaje reenviado|Início da mensagem reencaminhada|Inizio messaggio inoltrato"
)
_FORWARD_MARK = re.compile(
    rf"^(?:>\s*)?(?:-{{2,}}\s*(?:{_MARK_WORDS})\s*-{{2,}}|(?:{_APPLE_MARK})\s*:"
    r"|-{3,}\s*Original\s+Message\s*-{3,})\s*$",
    re.IGNORECASE | re.MULTILINE,
)
# A 12-hour clock ("Sent: Wednesday, September 30, 2026 1:12 PM"), which the RFC 5322 parser reads without its PM.
_TWELVE_HOUR = re.compile(r"\d\s*[ap]\.?\s?m\b\.?", re.IGNORECASE)
_HEADER_LINE = re.compile(
    r"^(?:>\s*)?(From|Von|De|Da|Sent|Gesendet|Envoyé|Enviado|Inviato|Date|Datum|Fecha|Data|Subject|Betreff|Objet"
    r"|Asunto|Assunto|Oggetto|To|An|À|A|Para|Cc)\s*:\s*(.*)$",
    re.IGNORECASE,
)
#: A forwarded header's name in the six languages, as the English one.
_HEADER_NAMES = {
    **dict.fromkeys(("von", "de", "da"), "from"),
    **dict.fromkeys(("gesendet", "envoyé", "enviado", "inviato"), "sent"),
    **dict.fromkeys(("datum", "fecha", "data"), "date"),
    **dict.fromkeys(("betreff", "objet", "asunto", "assunto", "oggetto"), "subject"),
    **dict.fromkeys(("an", "à", "a", "para"), "to"),
}


@dataclass(frozen=True)
class Forward:
    sender: str | None
    sender_name: str | None
    date: datetime | None
    subject: str | None


def find_forward(body: str, subject: str, outer_zone: tzinfo | None = None) -> Forward | None:
    """The original sender of an inline-forwarded message (Gmail, Outlook, Apple Mail styles)."""
    match = _FORWARD_MARK.search(body)
    if match is None:
        return None
    fields: dict[str, str] = {}
    for line in body[match.end() :].lstrip("\n").split("\n")[:12]:
        header = _HEADER_LINE.match(line.strip())
        if header:
            label = header.group(1).lower()
            fields.setdefault(_HEADER_NAMES.get(label, label), header.group(2).strip())
        elif line.strip() and fields:
            break
    raw_from = fields.get("from", "")
    address = re.search(r"[\w.+'-]+@[\w.-]+\.[A-Za-z]{2,}", raw_from)
    name = re.sub(r"<[^>]*>|\[mailto:[^\]]*\]|\"", "", raw_from).strip() or None
    when = None
    raw_date = fields.get("date") or fields.get("sent")
    if raw_date:
        from email.utils import parsedate_to_datetime

        try:
            if _TWELVE_HOUR.search(raw_date):
                raise ValueError("email.utils reads '1:12 PM' as 01:12")
            when = parsedate_to_datetime(raw_date)
        except (TypeError, ValueError, IndexError):
            hits = find_dates(raw_date)
            when = hits[0].moment(outer_zone or UTC, time(0, 0)) if hits else None
        if when is not None and when.tzinfo is None:
            when = when.replace(tzinfo=outer_zone) if outer_zone else None
    return Forward(
        address.group(0) if address else None, name if name and "@" not in name else None, when, fields.get("subject")
    )


# "On Tue, Nov 3, 2026 at 11:02 AM Name <address> wrote:", "Am ... schrieb ...:", "Le ... a écrit :", "El ... escribió:"
_QUOTE_HEADER = re.compile(
    # The attribution line may itself be quoted ("> On ... wrote:") when the earlier mail was a reply too.
    r"^(?:>[ \t]?)*[ \t]*(?:On|Am|Le|El|Em|Il)\b[^\n]{5,200}(?:wrote|schrieb|a écrit|escribió|escreveu|ha scritto)\s*:\s*$",
    re.IGNORECASE | re.MULTILINE,
)


def on_attribution_line(text: str, position: int) -> bool:
    """Whether ``position`` is on a reply's attribution line ("On ... wrote:", ``_QUOTE_HEADER``)."""
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    return bool(_QUOTE_HEADER.match(text, start, len(text) if end < 0 else end))


#: Where a body's own words end and other mail begins (a forwarded or a quoted message).
NOTE = "forwarding note"
QUOTED = "quoted message"
_QUOTE_MARKS = re.compile(r"^[ \t]*(?:>[ \t]?)+", re.MULTILINE)


def split_body(body: str, forwarded: bool) -> tuple[str, str, str]:
    """The body as (its own words, the forwarded message, the quoted earlier message).

    In a forward the demand is the forwarded part: the forwarder's note above it is apart. In a reply,
    what follows "On ... wrote:" (or the lines quoted with '>') is an earlier message, apart too."""
    mark = _FORWARD_MARK.search(body)
    if forwarded and mark is not None and body[: mark.start()].strip():
        return body[: mark.start()], body[mark.start() :], ""
    if mark is None:
        header = _QUOTE_HEADER.search(body)
        if header is not None and body[: header.start()].strip():
            # The earlier message without its '>' marks, so a name the quote wraps onto a new line still reads.
            return body[: header.start()], "", _QUOTE_MARKS.sub("", body[header.start() :])
    return body, "", ""

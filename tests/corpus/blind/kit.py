"""Helpers for the blind corpus: the message registry, dates, attachments (PDF, scan, docx, odt), forwards."""

from __future__ import annotations

import io
import random
import time
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from email.utils import format_datetime
from typing import Any
from unittest import mock
from zoneinfo import ZoneInfo

from tests.corpus.email.build_corpus import mail as _mail
from tests.corpus.email.build_corpus import sign as _sign
from tests.corpus.pdf import text_pdf

FIELDS = (
    "process_type",
    "statute",
    "requester.name",
    "requester.kind",
    "requester.country",
    "requester.email",
    "requester.verified",
    "requester.signer",
    "requester.signer_title",
    "targets",
    "data_categories",
    "stated_purpose",
    "date_range",
    "served_at",
    "return_by",
    "nondisclosure.present",
    "nondisclosure.kind",
    "nondisclosure.expires_at",
    "emergency",
    "mechanism",
    "case_number",
    "issuing_court",
    "triage",
)

DEFAULTS: dict[str, Any] = {
    "statute": None,
    "requester.country": "US",
    "requester.signer": None,
    "requester.signer_title": None,
    "targets": [],
    "data_categories": [],
    "stated_purpose": None,
    "date_range": None,
    "return_by": None,
    "nondisclosure.present": False,
    "nondisclosure.kind": None,
    "nondisclosure.expires_at": None,
    "emergency": None,
    "mechanism": None,
    "case_number": None,
    "issuing_court": None,
}

BSI = "BASIC_SUBSCRIBER"
NCR = "NON_CONTENT_RECORDS"
LOC = "LOCATION_HISTORY"
SC = "STORED_CONTENT"
PC = "PUBLIC_CONTENT"
RTM = "REALTIME_METADATA"
RTC = "REALTIME_CONTENT"


@dataclass(frozen=True)
class Message:
    name: str
    description: str
    language: str
    country: str
    formats: tuple[str, ...]
    outcome: str
    fields: dict[str, Any]
    raw: bytes

    def expected(self) -> dict[str, Any]:
        return {
            "description": self.description,
            "language": self.language,
            "country": self.country,
            "formats": list(self.formats),
            "outcome": self.outcome,
            "fields": self.fields,
        }


MESSAGES: list[Message] = []


class When:
    """A Date header moment: ``When("2026-10-14 09:12", "-05:00")``; ``zone`` names the issuer's
    time zone (IANA) where one of its dates falls on the other side of a daylight-saving change."""

    def __init__(self, moment: str, offset: str, zone: str | None = None) -> None:
        self.dt = datetime.fromisoformat(f"{moment.replace(' ', 'T')}:00{offset}")
        self.offset = offset
        self.zone = ZoneInfo(zone) if zone else None
        if self.zone is not None and self.dt.astimezone(self.zone).utcoffset() != self.dt.utcoffset():
            raise ValueError(f"{moment}{offset} is not {zone}'s offset that day")

    @property
    def header(self) -> str:
        return format_datetime(self.dt)

    @property
    def iso(self) -> str:
        return self.dt.isoformat()

    def day(self, date: str, time: str = "17:00") -> str:
        """A date (and time) in the issuer's local time that day, ISO-8601: its zone's offset on
        that day when ``zone`` is known, else the message's offset."""
        return self._at(date, f"{time}:00")

    def end(self, date: str) -> str:
        return self._at(date, "23:59:59")

    def _at(self, date: str, clock: str) -> str:
        if self.zone is not None:
            return datetime.fromisoformat(f"{date}T{clock}").replace(tzinfo=self.zone).isoformat()
        return f"{date}T{clock}{self.offset}"

    @property
    def epoch(self) -> int:
        return int(self.dt.timestamp())


def any_of(*options: Any) -> dict[str, Any]:
    return {"any_of": list(options)}


def emergency(narrative_contains: str) -> dict[str, Any]:
    return {"narrative_contains": narrative_contains}


@contextmanager
def frozen(epoch: int) -> Iterator[None]:
    with mock.patch("time.time", return_value=float(epoch)):
        yield


def build(
    when: When,
    *,
    sender: str,
    subject: str,
    mid: str,
    body: str | None = None,
    html: str | None = None,
    attachments: tuple[tuple[bytes, str, str, str], ...] = (),
    dkim: str | None = None,
    auth: str | None = None,
    headers: tuple[tuple[str, str], ...] = (),
    charset: str = "utf-8",
    tamper: tuple[bytes, bytes] | None = None,
) -> bytes:
    """One message; DKIM-signed for ``dkim`` with the corpus key (timestamp = the Date header)."""
    random.seed(mid)  # MIME boundaries
    raw = _mail(
        sender=sender,
        subject=subject,
        date=when.header,
        message_id=mid,
        body=body,
        html=html,
        attachments=attachments,
        auth=auth,
        headers=headers,
        charset=charset,
    )
    if dkim:
        with frozen(when.epoch + 3):
            raw = _sign(raw, dkim)
    if tamper:
        old, new = tamper
        assert old in raw, old
        raw = raw.replace(old, new, 1)
    return raw


def add(
    name: str,
    description: str,
    raw: bytes,
    *,
    formats: tuple[str, ...],
    lang: str = "en",
    country: str = "US",
    outcome: str = "REVIEW",
    **fields: Any,
) -> None:
    out = dict(DEFAULTS)
    for key, value in fields.items():
        out[key.replace("__", ".")] = value
    out["triage"] = outcome != "REVIEW"
    missing = [f for f in FIELDS if f not in out]
    assert not missing, (name, missing)
    assert outcome in ("REVIEW", "TRIAGE", "NOT_LEGAL_PROCESS")
    ordered = {f: out[f] for f in FIELDS}
    MESSAGES.append(Message(name, description, lang, country, formats, outcome, ordered, raw))


def not_process(
    name: str,
    description: str,
    raw: bytes,
    when: When,
    *,
    sender_name: Any,
    email: Any,
    formats: tuple[str, ...] = ("text",),
    kind: str = "PRIVATE_PARTY",
    country: Any = None,
    verified: Any = False,
    lang: str = "en",
    served_at: Any = None,
) -> None:
    add(
        name,
        description,
        raw,
        formats=formats,
        lang=lang,
        country=country or {"fr": "FR", "de": "DE"}.get(lang, "US"),
        outcome="NOT_LEGAL_PROCESS",
        process_type="UNKNOWN",
        requester__name=sender_name,
        requester__kind=kind,
        requester__country=country,
        requester__email=email,
        requester__verified=verified,
        served_at=served_at or when.iso,
    )


# --- attachments ---------------------------------------------------------------------------------


def pdf(data: bytes, filename: str) -> tuple[bytes, str, str, str]:
    return (data, "application", "pdf", filename)


def textpdf(text: str, filename: str) -> tuple[bytes, str, str, str]:
    return pdf(text_pdf(text), filename)


def _normalized_zip(data: bytes) -> bytes:
    """Re-zip with fixed timestamps so the build is byte-for-byte reproducible."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 1, 0, 0, 0))
            compress = zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED
            target.writestr(fixed, source.read(info.filename), compress_type=compress)
    return out.getvalue()


def docx(paragraphs: list[str], filename: str) -> tuple[bytes, str, str, str]:
    """A Word document: a bold first paragraph (the caption), the rest plain."""
    from docx import Document

    document = Document()
    props = document.core_properties
    props.author = "Records Unit"
    props.created = datetime(2026, 1, 1)
    props.modified = datetime(2026, 1, 1)
    props.last_modified_by = "Records Unit"
    props.revision = 1
    for index, text in enumerate(paragraphs):
        run = document.add_paragraph().add_run(text)
        run.bold = index == 0
    buffer = io.BytesIO()
    document.save(buffer)
    subtype = "vnd.openxmlformats-officedocument.wordprocessingml.document"
    return (_normalized_zip(buffer.getvalue()), "application", subtype, filename)


def odt(paragraphs: list[str], filename: str) -> tuple[bytes, str, str, str]:
    from odf.opendocument import OpenDocumentText
    from odf.text import P

    document = OpenDocumentText()
    for text in paragraphs:
        document.text.addElement(P(text=text))
    buffer = io.BytesIO()
    with frozen(1767225600):
        document.write(buffer)
    return (_normalized_zip(buffer.getvalue()), "application", "vnd.oasis.opendocument.text", filename)


FONT_DIR = "/usr/share/fonts/truetype/"


def scan(
    text: str,
    filename: str,
    *,
    seed: int,
    font: str = "liberation/LiberationSerif-Regular.ttf",
    dpi: int = 200,
    tilt: float = 0.4,
    noise: float = 0.004,
    blur: bool = False,
) -> tuple[bytes, str, str, str]:
    """An image-only PDF of ``text`` as an office scanner would make it (grey, a slight tilt, specks)."""
    from PIL import Image, ImageDraw, ImageFilter, ImageFont

    rng = random.Random(seed)
    width, height = int(8.5 * dpi), int(11 * dpi)
    face = ImageFont.truetype(FONT_DIR + font, int(dpi * 11 / 72))
    line_height = int(dpi * 15 / 72)
    margin = int(dpi * 0.9)
    pages: list[Image.Image] = []
    lines: list[str] = []
    for paragraph in text.split("\n"):
        current = ""
        for word in paragraph.split(" "):
            trial = f"{current} {word}" if current else word
            if current and face.getlength(trial) > width - 2 * margin:
                lines.append(current)
                current = word
            else:
                current = trial
        lines.append(current)
    per_page = (height - 2 * margin) // line_height
    for start in range(0, len(lines), per_page):
        page = Image.new("L", (width, height), 250)
        draw = ImageDraw.Draw(page)
        y = margin
        for line in lines[start : start + per_page]:
            draw.text((margin, y), line, font=face, fill=rng.randint(20, 45))
            y += line_height
        for _ in range(int(width * height * noise / 10)):
            x0, y0 = rng.randrange(width), rng.randrange(height)
            draw.point((x0, y0), fill=rng.randint(90, 200))
        page = page.rotate(tilt * (1 if start % 2 == 0 else -0.7), resample=Image.Resampling.BICUBIC, fillcolor=250)
        if blur:
            page = page.filter(ImageFilter.GaussianBlur(1.2))
        pages.append(page)
    buffer = io.BytesIO()
    fixed = time.gmtime(1767225600)
    pages[0].save(
        buffer,
        "PDF",
        resolution=float(dpi),
        save_all=True,
        append_images=pages[1:],
        quality=70,
        creationDate=fixed,
        modDate=fixed,
    )
    return pdf(buffer.getvalue(), filename)


# --- quoting -------------------------------------------------------------------------------------


def forward(intro: str, *, sender: str, when: When, subject: str, to: str, body: str, style: str = "gmail") -> str:
    if style == "outlook":
        head = (
            f"-----Original Message-----\nFrom: {sender}\nSent: {when.dt.strftime('%A, %B %d, %Y %I:%M %p')}\n"
            f"To: {to}\nSubject: {subject}\n"
        )
    else:
        head = (
            "---------- Forwarded message ---------\n"
            f"From: {sender}\nDate: {when.dt.strftime('%a, %b %d, %Y at %I:%M %p').replace(' 0', ' ')}\n"
            f"Subject: {subject}\nTo: {to}\n"
        )
    return f"{intro}\n\n{head}\n{body}"


def quote(text: str) -> str:
    return "\n".join(f"> {line}" if line else ">" for line in text.split("\n"))

"""Building blocks of the blind hold-out corpora (this one and ``blind_holdout2``/``3``, which
import it): MIME messages, DKIM signatures, scans, Word and OpenDocument files.

Everything here is deterministic: MIME boundaries are derived from the message's name, the DKIM
``t=`` tag is the message's own ``Date``, and the scans and .docx files carry no build-time stamps.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import parsedate_to_datetime
from typing import Any
from unittest import mock

from tests.corpus.email.build_corpus import sign

TO = "legal-process@dueprocess.local"
VOCAB: dict[str, frozenset[str]] = {
    "process_type": frozenset(
        [
            "SEARCH_WARRANT",
            "COURT_ORDER_2703D",
            "SUBPOENA_GRAND_JURY",
            "SUBPOENA_TRIAL",
            "SUBPOENA_ADMINISTRATIVE",
            "SUBPOENA_CIVIL",
            "SUBPOENA_DMCA_512H",
            "NATIONAL_SECURITY_LETTER",
            "PEN_REGISTER_ORDER",
            "WIRETAP_ORDER",
            "PRESERVATION_REQUEST",
            "EMERGENCY_REQUEST",
            "FOREIGN_REQUEST",
            "UNKNOWN",
        ]
    ),
    "data_categories": frozenset(
        [
            "BASIC_SUBSCRIBER",
            "NON_CONTENT_RECORDS",
            "LOCATION_HISTORY",
            "STORED_CONTENT",
            "PUBLIC_CONTENT",
            "REALTIME_METADATA",
            "REALTIME_CONTENT",
        ]
    ),
    "requester.kind": frozenset(["FEDERAL", "STATE_LOCAL", "FOREIGN_GOVERNMENT", "PRIVATE_PARTY", "COURT"]),
    "nondisclosure.kind": frozenset(["COURT_ORDER_2705B", "NSL_CERTIFICATION", "LETTER_REQUEST"]),
    "mechanism": frozenset(["NONE", "MLAT", "CLOUD_ACT_AGREEMENT"]),
}

DEFAULTS: dict[str, Any] = {
    "process_type": "UNKNOWN",
    "statute": None,
    "requester.name": None,
    "requester.kind": None,
    "requester.country": "US",
    "requester.email": None,
    "requester.verified": False,
    "requester.signer": None,
    "requester.signer_title": None,
    "targets": [],
    "data_categories": [],
    "stated_purpose": None,
    "date_range": None,
    "served_at": None,
    "return_by": None,
    "nondisclosure.present": False,
    "nondisclosure.kind": None,
    "nondisclosure.expires_at": None,
    "emergency": None,
    "mechanism": None,
    "case_number": None,
    "issuing_court": None,
}


def any_of(*options: Any) -> dict[str, list[Any]]:
    """Several answers are equally right."""
    return {"any_of": list(options)}


@dataclass(frozen=True)
class Message:
    name: str
    description: str
    language: str
    country: str
    formats: tuple[str, ...]
    outcome: str  # REVIEW | TRIAGE | NOT_LEGAL_PROCESS
    raw: bytes
    fields: dict[str, Any] = field(default_factory=dict)
    dkim_domain: str | None = None

    def expected(self) -> dict[str, Any]:
        fields = dict(DEFAULTS)
        for key, value in self.fields.items():
            name = key.replace("__", ".")
            if name not in DEFAULTS:
                raise KeyError(f"{self.name}: unknown field {name}")
            fields[name] = value
        if self.outcome == "NOT_LEGAL_PROCESS":
            fields.update(process_type="UNKNOWN", targets=[], data_categories=[])
        fields["triage"] = self.outcome != "REVIEW"
        return {
            "description": self.description,
            "language": self.language,
            "country": self.country,
            "formats": list(self.formats),
            "outcome": self.outcome,
            "fields": fields,
        }


def served(date_header: str) -> str:
    """The ISO form of an RFC 5322 date (what ``served_at`` records for service by e-mail)."""
    return parsedate_to_datetime(date_header).isoformat()


def _fix_boundaries(message: EmailMessage, stem: str, tag: str) -> None:
    for number, part in enumerate(message.walk()):
        if part.is_multipart():
            part.set_boundary(f"=_{stem}_{number:02d}_{tag}")


def build(
    stem: str,
    *,
    sender: str,
    subject: str,
    date: str,
    message_id: str,
    text: str | None = None,
    html: str | None = None,
    attachments: Sequence[tuple[bytes, str, str, str]] = (),
    headers: Sequence[tuple[str, str]] = (),
    to: str = TO,
    cc: str | None = None,
    dkim_domain: str | None = None,
    charset: str = "utf-8",
    boundary_tag: str = "hold-out",
) -> bytes:
    """One message; ``attachments`` are ``(data, maintype, subtype, filename)``; ``boundary_tag``
    ends every MIME boundary (each corpus its own)."""
    message = EmailMessage(policy=SMTP)
    for name, value in headers:
        message[name] = value
    message["From"] = sender
    message["To"] = to
    if cc:
        message["Cc"] = cc
    message["Subject"] = subject
    message["Date"] = date
    message["Message-ID"] = message_id
    message["MIME-Version"] = "1.0"
    if text is not None:
        if charset == "utf-8":
            message.set_content(text)
        else:
            message.set_content(text, charset=charset, cte="quoted-printable")
        if html is not None:
            message.add_alternative(html, subtype="html")
    elif html is not None:
        message.set_content(html, subtype="html")
    for data, maintype, subtype, filename in attachments:
        message.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    _fix_boundaries(message, stem, boundary_tag)
    raw = message.as_bytes()
    if not dkim_domain:
        return raw
    import dkim

    stamp = parsedate_to_datetime(date).timestamp()
    with mock.patch.object(dkim.time, "time", return_value=stamp):
        return sign(raw, dkim_domain)


def make(
    name: str,
    description: str,
    language: str,
    country: str,
    formats: Sequence[str],
    outcome: str,
    fields: dict[str, Any],
    *,
    sender: str,
    subject: str,
    date: str,
    message_id: str,
    text: str | None = None,
    html: str | None = None,
    attachments: Sequence[tuple[bytes, str, str, str]] = (),
    headers: Sequence[tuple[str, str]] = (),
    cc: str | None = None,
    dkim: str | None = None,
    boundary_tag: str = "hold-out",
) -> Message:
    """One corpus message: the ``.eml`` (MIME boundaries from the name's number and ``boundary_tag``)
    and its expected fields."""
    raw = build(
        name[:3],
        sender=sender,
        subject=subject,
        date=date,
        message_id=message_id,
        text=text,
        html=html,
        attachments=attachments,
        headers=headers,
        cc=cc,
        dkim_domain=dkim,
        boundary_tag=boundary_tag,
    )
    return Message(name, description, language, country, tuple(formats), outcome, raw, dict(fields), dkim)


# --- scans ------------------------------------------------------------------------------------------


def scan(
    pages: Sequence[str],
    *,
    dpi: int = 300,
    font: str = "LiberationSerif-Regular.ttf",
    size_pt: float = 11.5,
    skew: float = 0.0,
    noise: float = 0.0,
    seed: int = 1,
) -> bytes:
    """An image-only PDF of ``pages`` (one string per page): text rendered like an office scan.

    Lines starting with ``# `` are set bold and centred (headings). No text layer is written. ``font``
    is a TrueType file name that Pillow finds in the system's font folders (Debian: fonts-liberation,
    fonts-dejavu).
    """
    import random

    from PIL import Image, ImageDraw, ImageFilter, ImageFont

    rng = random.Random(seed)
    width, height = int(8.5 * dpi), int(11 * dpi)
    regular = ImageFont.truetype(font, int(size_pt * dpi / 72))
    bold_name = font.replace("-Regular", "-Bold")
    bold = ImageFont.truetype(bold_name, int((size_pt + 1.5) * dpi / 72))
    line_height = int(size_pt * 1.45 * dpi / 72)
    margin = int(0.9 * dpi)
    images = []
    for page in pages:
        image = Image.new("L", (width, height), 255)
        draw = ImageDraw.Draw(image)
        y = margin
        for line in page.split("\n"):
            if line.startswith("# "):
                heading = line[2:]
                box = draw.textbbox((0, 0), heading, font=bold)
                draw.text(((width - (box[2] - box[0])) // 2, y), heading, font=bold, fill=20)
            else:
                draw.text((margin, y), line, font=regular, fill=25)
            y += line_height
        if noise:
            pixels = image.load()
            assert pixels is not None
            for _ in range(int(width * height * noise)):
                pixels[rng.randrange(width), rng.randrange(height)] = rng.choice((0, 90, 160))
        image = image.filter(ImageFilter.GaussianBlur(0.6))
        if skew:
            image = image.rotate(skew, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=255)
        images.append(image.convert("L"))
    out = io.BytesIO()
    import time

    stamp = time.struct_time((*_FIXED, 2, 273, 0))
    images[0].save(
        out,
        format="PDF",
        resolution=float(dpi),
        save_all=True,
        append_images=images[1:],
        creationDate=stamp,
        modDate=stamp,
        producer="Scanner",
        creator="Scanner",
    )
    return out.getvalue()


# --- Word ---------------------------------------------------------------------------------------------

_FIXED = (2026, 9, 30, 12, 0, 0)


def docx_file(blocks: Sequence[tuple[str, str]], *, author: str) -> bytes:
    """A .docx of ``(style, text)`` blocks; style ``h`` heading, ``p`` paragraph, ``t`` a 'label|value' table row."""
    from datetime import datetime

    import docx

    document = docx.Document()
    props = document.core_properties
    props.author = author
    props.last_modified_by = author
    props.created = datetime(*_FIXED)
    props.modified = datetime(*_FIXED)
    props.revision = 1
    table = None
    for style, text in blocks:
        if style == "t":
            if table is None:
                table = document.add_table(rows=0, cols=2)
                table.style = "Table Grid"
            label, value = text.split("|", 1)
            cells = table.add_row().cells
            cells[0].text, cells[1].text = label, value
            continue
        table = None
        if style == "h":
            document.add_heading(text, level=1)
        else:
            document.add_paragraph(text)
    raw = io.BytesIO()
    document.save(raw)
    # rewrite the zip with fixed entry times so that the bytes do not depend on the build time
    source = zipfile.ZipFile(io.BytesIO(raw.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=_FIXED)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(fixed, source.read(info.filename))
    return out.getvalue()


def when(year: int, month: int, day: int, hour: int, minute: int, second: int, offset: float) -> str:
    """An RFC 5322 ``Date`` value (the weekday computed, not typed by hand)."""
    from datetime import datetime, timedelta, timezone
    from email.utils import format_datetime

    zone = timezone(timedelta(hours=offset))
    return format_datetime(datetime(year, month, day, hour, minute, second, tzinfo=zone))


def scan_jpeg(text: str, *, dpi: int = 200, size_pt: float = 11.0, skew: float = 0.0, seed: int = 5) -> bytes:
    """One page as a grey JPEG photo/scan (no text layer), fixed bytes for fixed input."""
    import random

    from PIL import Image, ImageDraw, ImageFilter, ImageFont

    rng = random.Random(seed)
    width, height = int(8.5 * dpi), int(11 * dpi)
    regular = ImageFont.truetype("LiberationSerif-Regular.ttf", int(size_pt * dpi / 72))
    bold = ImageFont.truetype("LiberationSerif-Bold.ttf", int((size_pt + 1.5) * dpi / 72))
    line_height = int(size_pt * 1.45 * dpi / 72)
    margin = int(0.9 * dpi)
    image = Image.new("L", (width, height), 250)
    draw = ImageDraw.Draw(image)
    y = margin
    for line in text.split("\n"):
        if line.startswith("# "):
            heading = line[2:]
            box = draw.textbbox((0, 0), heading, font=bold)
            draw.text(((width - (box[2] - box[0])) // 2, y), heading, font=bold, fill=30)
        else:
            draw.text((margin, y), line, font=regular, fill=35)
        y += line_height
    pixels = image.load()
    assert pixels is not None
    for _ in range(int(width * height * 0.0004)):
        pixels[rng.randrange(width), rng.randrange(height)] = rng.choice((60, 120))
    image = image.filter(ImageFilter.GaussianBlur(0.5))
    if skew:
        image = image.rotate(skew, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=250)
    out = io.BytesIO()
    image.save(out, format="JPEG", quality=85, dpi=(dpi, dpi))
    return out.getvalue()


def odt(paragraphs: Sequence[str], tables: Sequence[Sequence[Sequence[str]]] = (), *, heading: str = "") -> bytes:
    """An OpenDocument text (the corpus's shared writer), re-zipped with fixed entry times."""
    from tests.corpus.scans import odt_file

    source = zipfile.ZipFile(io.BytesIO(odt_file(paragraphs, tables, heading=heading)))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=_FIXED)
            fixed.compress_type = zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED
            target.writestr(fixed, source.read(info.filename))
    return out.getvalue()


def pdf(text: str) -> bytes:
    """A text PDF (the corpus's shared writer)."""
    from tests.corpus.pdf import text_pdf

    return text_pdf(text)


def msg(
    name: str,
    description: str,
    language: str,
    country: str,
    formats: Sequence[str],
    outcome: str,
    raw: bytes,
    **fields: Any,
) -> Message:
    """A corpus message; field names use ``__`` for the dot (``requester__name``)."""
    return Message(name, description, language, country, tuple(formats), outcome, raw, fields)

"""Scans and office files for the tests: text rendered with Pillow and a real TrueType font into
an image-only PDF (a scanned or faxed page) or an image file, and Word / OpenDocument files
written with python-docx and odfpy.

``quality``: "clean" (a 200 dpi scan), "poor" (a fifth of that resolution, blown up: OCR reads
it with low confidence), "blank".
"""

from __future__ import annotations

import io
import zlib
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from tests.corpus.pdf import _document, _stream

if TYPE_CHECKING:
    from PIL.Image import Image as PilImage

Quality = Literal["clean", "poor", "blank"]
FONTS = Path("/usr/share/fonts/truetype")
FONT_FILES = ("liberation/LiberationSerif-Regular.ttf", "dejavu/DejaVuSerif.ttf", "dejavu/DejaVuSans.ttf")


def font_path() -> Path:
    for name in FONT_FILES:
        if (FONTS / name).is_file():
            return FONTS / name
    found = sorted(FONTS.rglob("*.ttf"))
    if not found:
        raise FileNotFoundError("no TrueType font under /usr/share/fonts/truetype (apt-get install fonts-dejavu-core)")
    return found[0]


def render_page(text: str, *, dpi: int = 200, quality: Quality = "clean", points: int = 12) -> PilImage:
    """A letter-size page image ("L" mode) with ``text`` typed on it."""
    from PIL import Image, ImageDraw, ImageFont

    width, height = int(8.5 * dpi), int(11 * dpi)
    page = Image.new("L", (width, height), 255)
    if quality == "blank":
        return page
    draw = ImageDraw.Draw(page)
    font = ImageFont.truetype(str(font_path()), int(points * dpi / 72))
    y = dpi
    for line in text.split("\n"):
        draw.text((dpi, y), line, font=font, fill=0)
        y += int(points * 1.5 * dpi / 72)
    if quality == "poor":  # 40 dpi of detail, blown up: blocky glyphs OCR half guesses
        small = page.resize((width // 5, height // 5), Image.Resampling.BILINEAR)
        page = small.resize((width, height), Image.Resampling.NEAREST)
    return page


def scanned_pdf(pages: Sequence[str] | str, *, dpi: int = 200, quality: Quality = "clean") -> bytes:
    """An image-only PDF: each page one grey image of the typed text, no text layer."""
    texts = [pages] if isinstance(pages, str) else list(pages)
    objects: list[bytes] = [b"", b""]
    kids = []
    for text in texts:
        image = render_page(text, dpi=dpi, quality=quality)
        objects.append(
            _stream(
                image.tobytes(),
                b" /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray "
                b"/BitsPerComponent 8" % image.size,
            )
        )
        number = len(objects)
        objects.append(_stream(b"q 612 0 0 792 0 0 cm /Im1 Do Q", compress=False))
        content = len(objects)
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /XObject << /Im1 %d 0 R >> >> "
            b"/Contents %d 0 R >>" % (number, content)
        )
        kids.append(len(objects))
    objects[0] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % k for k in kids), len(kids))
    return _document(objects)


def scanned_image(text: str, *, fmt: str = "PNG", dpi: int = 200, quality: Quality = "clean") -> bytes:
    """The typed page as an image file (PNG, JPEG, TIFF)."""
    out = io.BytesIO()
    render_page(text, dpi=dpi, quality=quality).save(out, format=fmt)
    return out.getvalue()


def docx_file(paragraphs: Sequence[str], tables: Sequence[Sequence[Sequence[str]]] = (), *, header: str = "") -> bytes:
    """A Word document: ``paragraphs``, then each table (rows of cells), and a page header."""
    import docx

    document = docx.Document()
    if header:
        document.sections[0].header.paragraphs[0].text = header
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    for rows in tables:
        table = document.add_table(rows=len(rows), cols=max(len(row) for row in rows))
        for r, row in enumerate(rows):
            for c, cell in enumerate(row):
                table.cell(r, c).text = cell
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def odt_file(paragraphs: Sequence[str], tables: Sequence[Sequence[Sequence[str]]] = (), *, heading: str = "") -> bytes:
    """An OpenDocument text: a heading, ``paragraphs``, then each table (rows of cells)."""
    from odf.opendocument import OpenDocumentText
    from odf.table import Table, TableCell, TableColumn, TableRow
    from odf.text import H, P

    document = OpenDocumentText()
    if heading:
        document.text.addElement(H(outlinelevel=1, text=heading))
    for paragraph in paragraphs:
        document.text.addElement(P(text=paragraph))
    for rows in tables:
        table = Table()
        table.addElement(TableColumn(numbercolumnsrepeated=max(len(row) for row in rows)))
        for row in rows:
            table_row = TableRow()
            for cell in row:
                table_cell = TableCell()
                table_cell.addElement(P(text=cell))
                table_row.addElement(table_cell)
            table.addElement(table_row)
        document.text.addElement(table)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def zip_bomb(member: str = "word/document.xml", inflated_bytes: int = 300 * 1024 * 1024) -> bytes:
    """A zip (named like an office file) whose one member inflates to ``inflated_bytes``."""
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open(member, "w", force_zip64=True) as handle:
            chunk = b"<w:t>" + b"A" * (1024 * 1024) + b"</w:t>"
            for _ in range(inflated_bytes // len(chunk)):
                handle.write(chunk)
    return out.getvalue()


def image_bomb(side: int = 30_000) -> bytes:
    """A PNG whose header claims ``side`` x ``side`` pixels of one grey (tiny compressed)."""
    import struct

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", side, side, 8, 0, 0, 0, 0)
    compressor = zlib.compressobj(9)
    row = b"\x00" + b"\xff" * side
    body = b"".join(compressor.compress(row) for _ in range(min(side, 2000))) + compressor.flush()
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", body) + chunk(b"IEND", b"")


def pdf_image_bomb(side: int = 30_000) -> bytes:
    """An image-only PDF whose one page image claims ``side`` x ``side`` grey pixels (inflating to
    ``side``² bytes from a few hundred kilobytes)."""
    compressor = zlib.compressobj(9)
    row = b"\xff" * side
    data = b"".join(compressor.compress(row) for _ in range(side)) + compressor.flush()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [5 0 R] /Count 1 >>",
        b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray /BitsPerComponent 8 "
        b"/Length %d /Filter /FlateDecode >>\nstream\n" % (side, side, len(data)) + data + b"\nendstream",
        _stream(b"q 612 0 0 792 0 0 cm /Im1 Do Q", compress=False),
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /XObject << /Im1 3 0 R >> >> "
        b"/Contents 4 0 R >>",
    ]
    return _document(objects)

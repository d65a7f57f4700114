"""Tiny PDF writers for the test corpus: a text PDF (Helvetica, WinAnsi) and an image-only scan.

Hand-written so the corpus needs no PDF library to build; pypdf reads what these write.
"""

from __future__ import annotations

import random
import zlib


def _escape(line: str) -> bytes:
    out = bytearray()
    for byte in line.encode("cp1252", errors="replace"):
        if byte in (0x28, 0x29, 0x5C):  # ( ) \
            out += b"\\" + bytes([byte])
        elif byte < 0x20 or byte > 0x7E:
            out += b"\\%03o" % byte
        else:
            out.append(byte)
    return bytes(out)


def _wrap(text: str, width: int = 88) -> list[str]:
    lines: list[str] = []
    for paragraph in text.split("\n"):
        words = paragraph.split(" ")
        current = ""
        for word in words:
            if current and len(current) + 1 + len(word) > width:
                lines.append(current)
                current = word
            else:
                current = f"{current} {word}" if current else word
        lines.append(current)
    return lines


def _document(objects: list[bytes]) -> bytes:
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def _stream(data: bytes, extra: bytes = b"", compress: bool = True) -> bytes:
    if compress:
        data = zlib.compress(data)
        extra += b" /Filter /FlateDecode"
    return b"<< /Length %d%s >>\nstream\n" % (len(data), extra) + data + b"\nendstream"


def text_pdf(text: str, *, lines_per_page: int = 52, size: int = 10) -> bytes:
    """A PDF whose text layer is ``text`` (wrapped, paginated)."""
    lines = _wrap(text)
    pages = [lines[i : i + lines_per_page] for i in range(0, len(lines), lines_per_page)] or [[""]]
    objects: list[bytes] = [
        b"",
        b"",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    kids = []
    for page_lines in pages:
        content = bytearray(b"BT /F1 %d Tf %d TL 56 790 Td\n" % (size, size + 4))
        for line in page_lines:
            content += b"(" + _escape(line) + b") Tj T*\n"
        content += b"ET"
        objects.append(_stream(bytes(content)))
        content_number = len(objects)
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 842] /Resources << /Font << /F1 3 0 R >> >> "
            b"/Contents %d 0 R >>" % content_number
        )
        kids.append(len(objects))
    objects[0] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % k for k in kids), len(kids))
    return _document(objects)


def scan_pdf(*, pages: int = 1, seed: int = 7, width: int = 120, height: int = 160) -> bytes:
    """An image-only PDF, like a faxed scan: each page one grey image, no text layer."""
    rng = random.Random(seed)
    objects: list[bytes] = [b"", b""]
    kids = []
    for _ in range(pages):
        pixels = bytes(255 if rng.random() > 0.08 else 0 for _ in range(width * height))
        objects.append(
            _stream(
                pixels,
                b" /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray "
                b"/BitsPerComponent 8" % (width, height),
            )
        )
        image = len(objects)
        objects.append(_stream(b"q 500 0 0 700 56 70 cm /Im1 Do Q", compress=False))
        content = len(objects)
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 842] /Resources << /XObject << /Im1 %d 0 R >> >> "
            b"/Contents %d 0 R >>" % (image, content)
        )
        kids.append(len(objects))
    objects[0] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % k for k in kids), len(kids))
    return _document(objects)


def bomb_pdf(*, inflated_bytes: int = 400 * 1024 * 1024) -> bytes:
    """A PDF whose one content stream inflates to ``inflated_bytes`` (a decompression bomb)."""
    compressor = zlib.compressobj(9)
    chunk = b" " * (1024 * 1024)
    data = b"".join(compressor.compress(chunk) for _ in range(inflated_bytes // len(chunk))) + compressor.flush()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 842] /Contents 3 0 R >>",
    ]
    return _document(objects)

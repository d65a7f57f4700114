"""Runs in a worker process: the text of a Word (.docx, python-docx) or OpenDocument text (.odt,
odfpy) attachment, paragraphs and tables in document order, within zip-bomb limits.

Both formats are zip files of XML: the archive's own directory is checked first (entries,
declared sizes, compression ratio; Python's zipfile never inflates a member past its declared
size), and the worker's address-space cap stops anything else. Never raises: failures come
back as a plain dict with a detail a person can read.
"""

from __future__ import annotations

import io
import zipfile
from typing import Any

from services.intake.domain.documents import table_lines

MAX_ENTRIES = 2_000
MAX_UNZIPPED_BYTES = 100 * 1024 * 1024
MAX_RATIO = 200  # a member inflating more than this (and over 1 MiB) is a bomb
MAX_LINES = 20_000
MAX_REPEAT = 64  # an OpenDocument cell or row "repeated" more than this is read once


class Refused(Exception):
    """The archive breaks a limit: reported, never inflated."""


def check_zip(data: bytes, *, max_entries: int = MAX_ENTRIES, max_unzipped: int = MAX_UNZIPPED_BYTES) -> None:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as exc:
        raise Refused(f"not a valid zip archive ({str(exc)[:80]})") from exc
    with archive:
        infos = archive.infolist()
        if len(infos) > max_entries:
            raise Refused(f"the archive has {len(infos)} entries (limit {max_entries})")
        total = sum(info.file_size for info in infos)
        if total > max_unzipped:
            raise Refused(f"the archive inflates to {total} bytes (limit {max_unzipped}): a zip bomb")
        for info in infos:
            if info.file_size > 1024 * 1024 and info.file_size > MAX_RATIO * max(1, info.compress_size):
                raise Refused(f"a member inflates {info.file_size // max(1, info.compress_size)}-fold: a zip bomb")


def _result(status: str, text: str = "", detail: str | None = None) -> dict[str, Any]:
    return {"status": status, "text": text, "detail": detail}


def _capped(lines: list[str]) -> dict[str, Any]:
    lines = [line for line in lines if line is not None]
    text = "\n".join(lines[:MAX_LINES]).strip()
    if len(lines) > MAX_LINES:
        return _result("truncated", text, f"{len(lines)} lines; only the first {MAX_LINES} were read")
    if not text:
        return _result("unreadable", "", "the document has no text")
    return _result("ok", text)


# --- .docx ---------------------------------------------------------------------------------------

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def _docx_paragraph(element: Any) -> str:
    """A paragraph's text; a text box anchored in it (a letterhead, a stamp) on lines of its own,
    once (the older drawing Word writes beside it as a fallback is skipped)."""
    parts: list[str] = []

    def walk(node: Any) -> None:
        for child in node.iterchildren():
            tag = child.tag
            if tag == f"{_W}t":
                parts.append(child.text or "")
            elif tag == f"{_W}tab":
                parts.append("\t")
            elif tag in (f"{_W}br", f"{_W}cr"):
                parts.append("\n")
            elif tag == f"{_W}p":  # a paragraph inside a text box
                parts.append("\n")
                walk(child)
                parts.append("\n")
            elif tag != _FALLBACK and isinstance(tag, str):
                walk(child)

    walk(element)
    return "".join(parts)


def _docx_cell(cell: Any) -> str:
    return " ".join(" ".join(_docx_blocks(cell)).split())


def _docx_table(table: Any) -> list[str]:
    rows: list[list[str]] = []
    for row in table.iterchildren(f"{_W}tr"):
        cells = [_docx_cell(cell) for cell in row.iterchildren(f"{_W}tc")]
        rows.append(cells)
    return table_lines(rows)


def _docx_blocks(container: Any) -> list[str]:
    """Paragraphs and tables of a body, cell, header or content control, in order."""
    lines: list[str] = []
    for child in container.iterchildren():
        if child.tag == f"{_W}p":
            lines.append(_docx_paragraph(child))
        elif child.tag == f"{_W}tbl":
            lines.extend(_docx_table(child))
        elif child.tag in (f"{_W}sdt", f"{_W}sdtContent", f"{_W}customXml", f"{_W}ins", f"{_W}smartTag"):
            lines.extend(_docx_blocks(child))
    return lines


def read_docx(data: bytes) -> dict[str, Any]:
    """A .docx's header, body (paragraphs and tables, in order) and footer as text."""
    try:
        check_zip(data)
        import docx
        from docx.opc.constants import RELATIONSHIP_TYPE as RT

        document = docx.Document(io.BytesIO(data))
        headers: list[str] = []
        footers: list[str] = []
        for rel in document.part.rels.values():
            if rel.is_external:
                continue
            if rel.reltype == RT.HEADER:
                headers.extend(_docx_blocks(rel.target_part.element))
            elif rel.reltype == RT.FOOTER:
                footers.extend(_docx_blocks(rel.target_part.element))
        body = _docx_blocks(document.element.body)
        return _capped(list(dict.fromkeys(h for h in headers if h.strip())) + body + footers)
    except Refused as exc:
        return _result("unreadable", "", str(exc))
    except MemoryError:
        return _result("unreadable", "", "the document needs more memory than allowed")
    except RecursionError:
        return _result("unreadable", "", "the document nests elements too deeply")
    except Exception as exc:
        return _result("unreadable", "", f"not a readable Word document ({type(exc).__name__}: {str(exc)[:120]})")


# --- .odt ----------------------------------------------------------------------------------------


def _odt_name(node: Any) -> str:
    return str(getattr(node, "qname", ("", ""))[1])


def _odt_repeat(node: Any, attribute: str) -> int:
    try:
        value = node.getAttribute(attribute)
    except Exception:
        return 1
    try:
        return max(1, min(MAX_REPEAT, int(value))) if value else 1
    except ValueError:
        return 1


def _odt_text(node: Any) -> str:
    from odf import teletype

    return str(teletype.extractText(node))


def _odt_rows(container: Any) -> list[list[str]]:
    rows: list[list[str]] = []
    for child in container.childNodes:
        name = _odt_name(child)
        if name == "table-row":
            cells: list[str] = []
            for cell in child.childNodes:
                if _odt_name(cell) in ("table-cell", "covered-table-cell"):
                    text = " ".join(" ".join(_odt_blocks(cell)).split())
                    repeat = _odt_repeat(cell, "numbercolumnsrepeated")
                    cells.extend([text] * (repeat if text else 1))
            while cells and not cells[-1]:
                cells.pop()
            rows.extend([cells] * (_odt_repeat(child, "numberrowsrepeated") if any(cells) else 1))
        elif name in ("table-header-rows", "table-rows", "table-row-group"):
            rows.extend(_odt_rows(child))
    return rows


def _odt_blocks(container: Any) -> list[str]:
    lines: list[str] = []
    for child in getattr(container, "childNodes", ()):
        name = _odt_name(child)
        if name in ("p", "h"):
            lines.append(_odt_text(child))
        elif name == "table":
            lines.extend(table_lines(_odt_rows(child)))
        elif name in ("list", "list-item", "list-header", "section", "index-body", "text-content"):
            lines.extend(_odt_blocks(child))
    return lines


def read_odt(data: bytes) -> dict[str, Any]:
    """An OpenDocument text's paragraphs, headings, lists and tables as text."""
    try:
        check_zip(data)
        from odf.opendocument import load

        document = load(io.BytesIO(data))
        if "text" not in str(document.mimetype):
            return _result("unsupported", "", f"an OpenDocument {document.mimetype}, not a text document")
        return _capped(_odt_blocks(document.text))
    except Refused as exc:
        return _result("unreadable", "", str(exc))
    except MemoryError:
        return _result("unreadable", "", "the document needs more memory than allowed")
    except RecursionError:
        return _result("unreadable", "", "the document nests elements too deeply")
    except Exception as exc:
        return _result("unreadable", "", f"not a readable OpenDocument text ({type(exc).__name__}: {str(exc)[:120]})")

"""Runs in a worker process: Tesseract OCR of scanned PDF pages (rasterised with pypdfium2) and
of image attachments (PNG, JPEG, TIFF...), within page, pixel and time limits.

Never raises: every failure (no Tesseract, no language data, a decompression bomb, a corrupt
file, the time limit) comes back as a plain dict with a detail a person can read. Imports
nothing of the project but the pure document module, so a spawned worker starts fast. A page
OCR reads badly is checked for orientation (Tesseract's OSD) and read again turned upright.
"""

from __future__ import annotations

import io
import math
import re
import time
from dataclasses import dataclass, field
from typing import Any

from services.intake.domain.documents import OCR_MIN_CONFIDENCE

# The languages OCR reads: the first pass in English, a second pass in the language the first
# pass's words point to (plus English) when that is not English.
OCR_LANGUAGES = ("eng", "spa", "fra", "deu", "por", "ita")
INSTALL_HINT = "apt-get install tesseract-ocr " + " ".join(f"tesseract-ocr-{lang}" for lang in OCR_LANGUAGES)

# Short words that appear in almost any sentence of one language and rarely in the others
# (accents left out: a first English pass reads them badly).
_FUNCTION_WORDS: dict[str, frozenset[str]] = {
    lang: frozenset(words.split())
    for lang, words in (
        ("eng", "the and of to is for with this that you are be by on from your"),
        ("spa", "el los las del y por para con una es su al que se lo como usted"),
        ("fra", "le les des du et est pour dans une sur au aux qui vous ce par nous"),
        ("deu", "der die das und ist nicht mit von zu den dem ein eine sie wir auf bitte"),
        ("por", "o os da do das dos em com uma ao pela pelo que e no na nos voce"),
        ("ita", "il di che per con una della dei sono gli nel alla questo si la le"),
    )
}


@dataclass(frozen=True)
class OcrOptions:
    """Limits for one document, passed to the worker as a plain dict (``OcrOptions(**d)``)."""

    languages: tuple[str, ...] = OCR_LANGUAGES
    dpi: int = 300
    max_pages: int = 10
    # A page is rendered at a lower resolution rather than above this many pixels.
    max_page_pixels: int = 40_000_000
    # An image attachment over this many pixels is refused (a decompression bomb).
    max_image_pixels: int = 60_000_000
    # OCR stops starting pages after this many seconds; the rest is reported as not read.
    seconds: float = 50.0
    pages: tuple[int, ...] = field(default=())  # the PDF pages to OCR (0-based)


def _result(
    status: str, detail: str | None, *, text: str = "", confidence: float | None = None, words: int = 0, pages: int = 0
) -> dict[str, Any]:
    return {
        "status": status,
        "detail": detail,
        "text": text,
        "confidence": confidence,
        "words": words,
        "pages": pages,
        "page_texts": {},
    }


_LANGUAGES: list[str] | None = None


def available_languages() -> list[str]:
    """Tesseract's installed languages (cached per worker); raises when Tesseract is missing."""
    global _LANGUAGES
    if _LANGUAGES is None:
        import pytesseract

        _LANGUAGES = [str(lang) for lang in pytesseract.get_languages(config="")]
    return _LANGUAGES


def guess_language(text: str, candidates: tuple[str, ...]) -> str:
    """The candidate language whose function words the text uses most (English on a tie)."""
    words = re.findall(r"[a-z]+", text.lower())
    best, best_score = "eng", 0
    english = sum(1 for word in words if word in _FUNCTION_WORDS["eng"])
    for lang in candidates:
        vocabulary = _FUNCTION_WORDS.get(lang)
        if lang == "eng" or vocabulary is None:
            continue
        score = sum(1 for word in words if word in vocabulary)
        if score > best_score:
            best, best_score = lang, score
    return best if best_score >= max(3, english + 1) else "eng"


@dataclass
class _Reading:
    lines: list[str] = field(default_factory=list)
    confidences: list[float] = field(default_factory=list)

    @property
    def mean(self) -> float:
        return sum(self.confidences) / len(self.confidences) if self.confidences else 0.0

    @property
    def doubtful(self) -> bool:
        return self.mean < OCR_MIN_CONFIDENCE


def _upright(image: Any, timeout: float) -> Any | None:
    """The page turned upright when Tesseract's orientation detection says it is not, else None."""
    import pytesseract

    if timeout <= 2.0:
        return None
    try:
        found = pytesseract.image_to_osd(image, output_type=pytesseract.Output.DICT, timeout=timeout)
        rotate = int(found.get("rotate") or 0) % 360
    except Exception:  # too few characters to tell, or a timeout: leave the page as it is
        return None
    return image.rotate(-rotate, expand=True, fillcolor=255) if rotate else None


def _ocr_image(image: Any, lang: str, timeout: float) -> _Reading:
    """One image through Tesseract: its text (lines, blank line between blocks) and word confidences."""
    import pytesseract

    data = pytesseract.image_to_data(
        image, lang=lang, config="--psm 3", output_type=pytesseract.Output.DICT, timeout=max(1.0, timeout)
    )
    reading = _Reading()
    current: tuple[int, int, int] | None = None
    block: int | None = None
    words: list[str] = []
    for index, word in enumerate(data["text"]):
        word = (word or "").strip()
        try:
            confidence = float(data["conf"][index])
        except (TypeError, ValueError):
            confidence = -1.0
        if not word or confidence < 0:
            continue
        key = (int(data["block_num"][index]), int(data["par_num"][index]), int(data["line_num"][index]))
        if key != current:
            if words:
                reading.lines.append(" ".join(words))
            if block is not None and key[0] != block:
                reading.lines.append("")
            current, block, words = key, key[0], []
        words.append(word)
        reading.confidences.append(confidence)
    if words:
        reading.lines.append(" ".join(words))
    return reading


def _read_images(images: Any, options: OcrOptions, started: float, total: int) -> dict[str, Any]:
    """OCR a sequence of (index, PIL image) within the time budget: the first page in English
    decides the language of the rest."""
    try:
        installed = available_languages()
    except Exception as exc:  # pytesseract.TesseractNotFoundError and the like
        return _result(
            "image_only", f"OCR unavailable: Tesseract is not installed ({type(exc).__name__}; {INSTALL_HINT})"
        )
    wanted = [lang for lang in options.languages if lang in installed]
    if "eng" not in wanted:
        return _result("image_only", f"OCR unavailable: Tesseract has no English language data ({INSTALL_HINT})")
    lang = "eng"
    page_texts: dict[int, str] = {}
    confidences: list[float] = []
    read = 0
    stopped = None
    for index, image in images:
        remaining = options.seconds - (time.monotonic() - started)
        if remaining <= 1.0:
            stopped = "the OCR time limit"
            break
        if image is None:  # a blank page: nothing to read
            read += 1
            continue
        try:
            reading = _ocr_image(image, lang, remaining)
            if reading.doubtful and "osd" in installed:  # a page scanned upside down or sideways?
                turned = _upright(image, options.seconds - (time.monotonic() - started))
                if turned is not None:
                    again = _ocr_image(turned, lang, options.seconds - (time.monotonic() - started))
                    if again.mean > reading.mean:
                        image, reading = turned, again
            if read == 0 and lang == "eng":
                detected = guess_language("\n".join(reading.lines), tuple(wanted))
                if detected != "eng":
                    lang = f"{detected}+eng"
                    reading = _ocr_image(image, lang, options.seconds - (time.monotonic() - started))
        except RuntimeError as exc:  # pytesseract: "Tesseract process timeout"
            if "timeout" in str(exc).lower():
                stopped = "the OCR time limit"
                break
            raise
        page_texts[index] = "\n".join(reading.lines).strip()
        confidences.extend(reading.confidences)
        read += 1
    words = len(confidences)
    confidence = round(sum(confidences) / words, 1) if words else None
    result = _result(
        "ok",
        None,
        text="\n\n".join(text for _, text in sorted(page_texts.items()) if text),
        confidence=confidence,
        words=words,
        pages=read,
    )
    result["page_texts"] = page_texts
    result["language"] = lang
    if stopped is not None or read < total:
        why = stopped or f"the limit of {options.max_pages} pages"
        result["status"] = "truncated"
        result["detail"] = f"OCR read {read} of {total} pages (stopped at {why})"
    return result


def _blank(image: Any) -> bool:
    low, high = image.getextrema()
    return bool(low > 200 or high - low < 40)


def ocr_pdf_pages(data: bytes, options: dict[str, Any]) -> dict[str, Any]:
    """OCR the given pages of a PDF (rendered at ``dpi``, fewer pixels for oversized pages)."""
    started = time.monotonic()
    opts = OcrOptions(**options)
    try:
        import pypdfium2 as pdfium

        pdf = pdfium.PdfDocument(data)
    except MemoryError:
        return _result("image_only", "the scan needs more memory than allowed")
    except Exception as exc:
        return _result("image_only", f"the scanned PDF could not be rendered ({type(exc).__name__})")
    try:
        pages = [p for p in opts.pages if 0 <= p < len(pdf)]
        wanted = pages[: opts.max_pages]

        def images() -> Any:
            for index in wanted:
                page = pdf[index]
                try:
                    width, height = page.get_size()
                    scale = opts.dpi / 72
                    pixels = max(1.0, width * scale) * max(1.0, height * scale)
                    if pixels > opts.max_page_pixels:
                        scale *= math.sqrt(opts.max_page_pixels / pixels)
                    bitmap = page.render(scale=scale, grayscale=True)
                    image = bitmap.to_pil().convert("L")
                finally:
                    page.close()
                yield index, (None if _blank(image) else image)

        return _read_images(images(), opts, started, len(pages))
    except MemoryError:
        return _result("image_only", "the scan needs more memory than allowed")
    except Exception as exc:
        return _result("image_only", f"OCR failed ({type(exc).__name__}: {str(exc)[:120]})")
    finally:
        pdf.close()


def ocr_image(data: bytes, options: dict[str, Any]) -> dict[str, Any]:
    """OCR an image attachment (each frame of a multi-page TIFF, up to ``max_pages``)."""
    started = time.monotonic()
    opts = OcrOptions(**options)
    try:
        import warnings

        from PIL import Image, ImageSequence

        warnings.simplefilter("ignore")  # PIL's warnings about odd files: the status says what matters
        Image.MAX_IMAGE_PIXELS = opts.max_image_pixels  # PIL refuses twice this outright, warns at it
        image = Image.open(io.BytesIO(data))
        width, height = image.size
        if width * height > opts.max_image_pixels:
            return _result(
                "unreadable", f"the image is {width}x{height} pixels, over the limit of {opts.max_image_pixels}"
            )
        frames = getattr(image, "n_frames", 1)

        def images() -> Any:
            for index, frame in enumerate(ImageSequence.Iterator(image)):
                if index >= opts.max_pages:
                    break
                if frame.size[0] * frame.size[1] > opts.max_image_pixels:
                    raise ValueError("a frame is over the pixel limit")
                gray = frame.convert("L")
                if gray.size[0] < 1200:  # a low-resolution fax or photo: Tesseract reads larger glyphs better
                    factor = min(3.0, 1800 / max(1, gray.size[0]))
                    gray = gray.resize((int(gray.size[0] * factor), int(gray.size[1] * factor)))
                yield index, (None if _blank(gray) else gray)

        return _read_images(images(), opts, started, frames)
    except MemoryError:
        return _result("unreadable", "the image needs more memory than allowed")
    except Exception as exc:  # PIL.UnidentifiedImageError, DecompressionBombError, truncated files
        if type(exc).__name__ == "DecompressionBombError":
            return _result("unreadable", f"the image is over the limit of {opts.max_image_pixels} pixels")
        return _result("image_only", f"the image could not be decoded ({type(exc).__name__})")

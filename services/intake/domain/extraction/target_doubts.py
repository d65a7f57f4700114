"""Doubts about the targets read: where the signer's own lines are (accounts there are the requester's), and
when the sources disagree on which accounts are demanded or only OCR read them, the confidence a person's
check calls for. Pure."""

from __future__ import annotations

import re

from services.intake.domain.extraction.context import Reading
from services.intake.domain.extraction.corpus import Evidence
from services.intake.domain.extraction.forward import NOTE, QUOTED
from services.intake.domain.extraction.target_urls import URL
from services.intake.domain.lookalike import distance_at_most_one


def signature_lines(r: Reading) -> tuple[int, int] | None:
    """Where the signer's own lines are in the corpus: the lines right under the signer's name (as the signer
    reader read it) - a title, an office, a telephone, 'Follow us' - up to a blank line, a heading or a line
    that speaks of accounts, five at most; None when no signer was read."""
    signer = r.out.evidence.get("requester.signer")
    if signer is None or not signer.value or signer.span is None:
        return None
    text = r.corpus.text
    for name, start, end in r.corpus.ranges:
        if name != signer.span.source:
            continue
        first = text.find("\n", start + signer.span.start, end)
        if first < 0:
            return None
        position = first + 1
        for _ in range(5):
            line_end = text.find("\n", position, end)
            line = text[position : line_end if line_end >= 0 else end]
            if not line.strip() or _HEADING_LINE.match(line) or _SPEAKS_OF_ACCOUNTS.search(line):
                break
            position = (line_end if line_end >= 0 else end) + 1
        return (first + 1, position) if position > first + 1 else None
    return None


# A heading ("ATTACHMENT A", "II. RECORDS TO BE DISCLOSED") and words that speak of the accounts demanded: where
# a signature's lines end.
_HEADING_LINE = re.compile(r"^[ \t]*(?:[IVX]+\.|\d+\.)?[ \t]*[A-Z][A-Z0-9 .,:'()&-]{5,}$")
_SPEAKS_OF_ACCOUNTS = re.compile(
    r"\b(?:targets?|subject|accounts?|user ?names?|screen ?names?|cuentas?|usuari[oa]s?|comptes?|Konto|Konten|"
    r"\w+konto|profil[oi]|contas?|perf(?:il|is))\b",
    re.IGNORECASE,
)


#: The confidence of targets when the cover e-mail names accounts the attached demand does not, and the
#: demand accounts the e-mail does not: which accounts the court or agency authorised is for a person to ask.
DISAGREEING_SOURCES_CONFIDENCE = 0.45


def _keys(value: str) -> tuple[str, ...]:
    """How a target shows in a text: itself, a URL's last path segment, a phone number's last 7 digits."""
    if URL.match(value):
        segments = [segment for segment in re.split(r"[/?#]", value.split("://", 1)[-1])[1:] if segment]
        return (value.casefold(), *(segment.casefold() for segment in segments[-1:]))
    digits = re.sub(r"\D", "", value)
    if len(digits) >= 7 and not re.search(r"[A-Za-z]", value):
        return ("#" + digits[-7:],)
    return (value.casefold().lstrip("@"),)


def _present_in(values: list[str], texts: list[str]) -> list[str]:
    """The targets these texts name (their words, or a phone number's digits)."""
    joined = "\n".join(texts).casefold()
    digits = re.sub(r"\D", "", joined)
    return [
        value
        for value in values
        if any((key[1:] in digits) if key.startswith("#") else _names(joined, key) for key in _keys(str(value)))
    ]


def _names(text: str, key: str) -> bool:
    """Does ``text`` name ``key`` as a whole ("big_sky_trader2" does not name "big_sky_trader")?"""
    return re.search(rf"(?<![\w.@-])@?{re.escape(key)}(?![\w@-]|\.\w)", text) is not None


#: The sender's own words in a reply or a forward, and the earlier mail under them.
_OWN_WORDS = ("body", NOTE)
_EARLIER_MAIL = (QUOTED, "forwarded message")


def doubt_targets_own_words_and_earlier_mail_disagree(r: Reading) -> None:
    """A reply or a forward whose own words name an account the earlier mail under it does not, while the
    earlier mail names one the own words do not ("the correct account is "a_b"" above a quoted "a.b"): which
    accounts are demanded now is for a person to settle."""
    targets = r.out.evidence.get("targets")
    if targets is None or len(targets.value or ()) < 2:
        return
    own = [text for name, text in r.body_sources if name in _OWN_WORDS]
    earlier = [text for name, text in r.body_sources if name in _EARLIER_MAIL]
    if not own or not earlier:
        return
    in_own, in_earlier = _present_in(targets.value, own), _present_in(targets.value, earlier)
    only_own = [value for value in in_own if value not in in_earlier]
    only_earlier = [value for value in in_earlier if value not in in_own]
    if only_own and only_earlier:
        r.out.put(
            "targets",
            Evidence(
                targets.value,
                min(targets.confidence, DISAGREEING_SOURCES_CONFIDENCE),
                targets.span,
                note=f"the sender's words name {only_own[0]!r}, the earlier mail {only_earlier[0]!r}",
            ),
        )


def doubt_targets_the_sources_disagree_on(r: Reading) -> None:
    """The cover e-mail names one account, the attached warrant another (and neither names the other's):
    the case is held, whatever the confidence of each reading."""
    targets = r.out.evidence.get("targets")
    documents = r.sources[: len(r.sources) - len(r.body_sources)]
    cover = [text for name, text in r.body_sources if name != QUOTED]
    if targets is None or not targets.value or not documents or not cover:
        return

    in_documents = _present_in(targets.value, [text for _, text in documents])
    in_cover = _present_in(targets.value, cover)
    shared = set(in_documents) & set(in_cover)
    only_cover = [value for value in in_cover if value not in shared]
    if in_documents and only_cover and not shared:
        r.out.put(
            "targets",
            Evidence(
                targets.value,
                min(targets.confidence, DISAGREEING_SOURCES_CONFIDENCE),
                targets.span,
                note=f"the e-mail names {only_cover[0]!r}, the attached demand {in_documents[0]!r}",
            ),
        )


#: The confidence of a target read only from OCR text of a less than clean scan: "l" and "1", "O" and "0",
#: "_" and " " are easily mistaken there.
OCR_ONLY_TARGET_CONFIDENCE = 0.55
#: A clean 200-300 dpi scan reads at 90-96 (mean word confidence); below, a handle may come out misspelt
#: although the scan as a whole is still read (documents.OCR_MIN_CONFIDENCE).
OCR_CLEAN_SCAN = 90.0


def doubt_targets_read_only_by_ocr(r: Reading) -> None:
    """A handle, id or address that only OCR read from a less than clean scan (no text layer, body or typed
    text repeats it) may be misspelt: a person checks it before data about that account goes out."""
    targets = r.out.evidence.get("targets")
    scanned = {
        document.name
        for document in r.documents
        if (document.method == "ocr" or document.ocr_pages)
        and (document.ocr_confidence is None or document.ocr_confidence < OCR_CLEAN_SCAN)
    }
    if targets is None or not targets.value or not scanned or targets.confidence <= OCR_ONLY_TARGET_CONFIDENCE:
        return
    typed = "\n".join(text for name, text in r.sources if name not in scanned).casefold()
    only_ocr = [value for value in targets.value if str(value).casefold() not in typed]
    if only_ocr:
        r.out.put(
            "targets",
            Evidence(
                targets.value,
                OCR_ONLY_TARGET_CONFIDENCE,
                targets.span,
                note=f"{len(only_ocr)} of {len(targets.value)} read only from OCR text",
            ),
        )


#: The confidence of targets when two of them differ by one letter (one is likely the other mistyped).
LOOKALIKE_TARGETS_CONFIDENCE = 0.45


def doubt_targets_that_look_alike(r: Reading) -> None:
    """Two accounts whose names differ by one letter besides '_' and '.' ("cowtown_resale_817" and
    "cowtowns_resale817"): one is likely the other mistyped, and which the demand means a person asks.
    Names that differ only in their digits ("seller_01", "seller_02") are distinct accounts."""
    targets = r.out.value("targets")
    if not isinstance(targets, list):
        return
    names = [str(value).lower() for value in targets if "@" not in str(value) and "/" not in str(value)]
    squeezed = [re.sub(r"[_.]", "", name) for name in names]
    for i, first in enumerate(squeezed):
        for j in range(i + 1, len(squeezed)):
            second = squeezed[j]
            if re.sub(r"\d", "", first) == re.sub(r"\d", "", second) and first != second:
                continue  # numbered accounts
            if distance_at_most_one(first, second):
                note = f"two accounts differ by one letter ({names[i]!r}, {names[j]!r})"
                r.out.doubt("targets", LOOKALIKE_TARGETS_CONFIDENCE, note)
                return

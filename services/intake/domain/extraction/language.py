"""The language a message is written in, by ``lingua`` (one detector, built once, for the six
languages intake reads: English, Spanish, French, German, Portuguese, Italian). Pure.

Each text (a document, the body) is detected on its own: an English cover e-mail may carry a
German order. English is always read as well (citations, headers and forwarding notes are).
"""

from __future__ import annotations

import re
from functools import cache

from lingua import Language, LanguageDetector, LanguageDetectorBuilder

#: ISO 639-1 codes of the languages read, English first.
LANGUAGES = ("en", "es", "fr", "de", "pt", "it")
_LINGUA = {
    Language.ENGLISH: "en",
    Language.SPANISH: "es",
    Language.FRENCH: "fr",
    Language.GERMAN: "de",
    Language.PORTUGUESE: "pt",
    Language.ITALIAN: "it",
}
#: How much of a text is looked at, and the least it must have to be detected at all.
_SAMPLE = 1500
_MIN_LETTERS = 40
_NOISE = re.compile(r"https?://\S+|[\w.+-]+@[\w.-]+|\S*\d\S*")


@cache
def detector() -> LanguageDetector:
    return LanguageDetectorBuilder.from_languages(*_LINGUA).with_low_accuracy_mode().build()


def detect(text: str) -> str | None:
    """The language of one text, or None when it is too short or unclear."""
    sample = _NOISE.sub(" ", text[:_SAMPLE])
    if sum(ch.isalpha() for ch in sample) < _MIN_LETTERS:
        return None
    found = detector().detect_language_of(sample)
    return _LINGUA.get(found) if found is not None else None

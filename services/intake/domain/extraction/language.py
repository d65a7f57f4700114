"""The language a message is written in, by ``lingua`` (one detector, built once, for the six
languages intake reads: English, Spanish, French, German, Portuguese, Italian). Pure.

Each text (a document, the body) is detected on its own: an English cover e-mail may carry a
German order. English is always read as well (citations, headers and forwarding notes are).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache, lru_cache

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


# Words only English uses among the six: a text full of them is English without asking lingua.
_ENGLISH_ONLY = frozenset(
    [
        "the",
        "and",
        "of",
        "to",
        "you",
        "your",
        "that",
        "this",
        "with",
        "for",
        "are",
        "is",
        "be",
        "been",
        "by",
        "from",
        "shall",
        "which",
        "will",
        "have",
        "has",
        "any",
        "all",
    ]
)
_WORD = re.compile(r"[^\W\d_]+")


def _sample(text: str) -> tuple[str, tuple[str, ...]]:
    """What of ``text`` is looked at (no addresses, no numbers), and its words in lower case."""
    return _sample_of(text[:_SAMPLE])


@lru_cache(maxsize=64)
def _sample_of(head: str) -> tuple[str, tuple[str, ...]]:
    # Cached: a message's texts are sampled by detect() and again by unread_language().
    sample = _NOISE.sub(" ", head)
    return sample, tuple(_WORD.findall(sample.lower()))


def _plainly_english(words: Sequence[str]) -> bool:
    """Enough words, and enough of them only English uses, to say English without asking lingua."""
    return len(words) >= 20 and sum(w in _ENGLISH_ONLY for w in words) >= 0.15 * len(words)


def detect(text: str) -> str | None:
    """The language of one text, or None when it is too short or unclear."""
    sample, words = _sample(text)
    if sum(map(len, words)) < _MIN_LETTERS:
        return None
    if _plainly_english(words):
        return "en"
    found = detector().detect_language_of(sample)
    return _LINGUA.get(found) if found is not None else None


# Languages legal process arrives in that intake does not read: told apart from the six so that a
# Dutch or Polish demand is held for a person instead of being read as German or English.
_OTHERS = (
    Language.DUTCH,
    Language.POLISH,
    Language.SWEDISH,
    Language.DANISH,
    Language.BOKMAL,
    Language.FINNISH,
    Language.TURKISH,
    Language.ROMANIAN,
    Language.CZECH,
    Language.SLOVAK,
    Language.HUNGARIAN,
    Language.GREEK,
    Language.RUSSIAN,
    Language.UKRAINIAN,
    Language.CATALAN,
    Language.CROATIAN,
    Language.INDONESIAN,
    Language.VIETNAMESE,
    Language.HEBREW,
    Language.ARABIC,
    Language.JAPANESE,
    Language.KOREAN,
    Language.CHINESE,
)
#: How sure the wider detector must be that a text is in a language intake does not read.
UNREAD_CERTAINTY = 0.9


@cache
def _wide_detector() -> LanguageDetector:
    return LanguageDetectorBuilder.from_languages(*_LINGUA, *_OTHERS).with_low_accuracy_mode().build()


def unread_language(text: str) -> str | None:
    """The name of the language ``text`` is written in when it is none of the six intake reads and the
    text is long enough to tell ("Dutch"); None otherwise (English by its common words is never asked)."""
    sample, words = _sample(text)
    if sum(map(len, words)) < 4 * _MIN_LETTERS or _plainly_english(words):
        return None
    values = _wide_detector().compute_language_confidence_values(sample)
    if not values or values[0].language in _LINGUA or values[0].value < UNREAD_CERTAINTY:
        return None
    return values[0].language.name.title()

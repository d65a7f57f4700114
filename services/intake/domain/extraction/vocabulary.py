"""The words of legal process per language, as data: ``words/<language>.yaml`` beside the
readers (English, Spanish, French, German, Portuguese, Italian). Pure.

Each file lists, for its language, patterns (case-insensitive regular expressions) by what they
say: the names of kinds of process, the words that introduce the demanded records, the data
categories, a request not to tell the user, the words before a deadline, the labels that
introduce an account, foreign authorities (with their country; matched as written, capitals
matter), country names, mutual legal
assistance, words that direct the recipient to act, closings, and the marks of mail that is not
legal process. :func:`vocabulary` merges the files of the languages a message is written in;
the patterns are compiled once.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import yaml

from services.intake.domain.extraction.corpus import fold, may_match
from services.intake.domain.extraction.language import LANGUAGES
from shared.vocabulary import DataCategory, ProcessType

_FLAGS = re.IGNORECASE | re.MULTILINE


@dataclass(frozen=True)
class Vocabulary:
    """The patterns of one or more languages, compiled."""

    languages: tuple[str, ...]
    process_types: tuple[tuple[ProcessType, re.Pattern[str], float], ...]
    demand: tuple[re.Pattern[str], ...]
    categories: tuple[tuple[DataCategory, re.Pattern[str], str], ...]  # with the pattern's language
    gag: tuple[re.Pattern[str], ...]
    return_labels: tuple[re.Pattern[str], ...]
    relative_return: tuple[re.Pattern[str], ...]
    target_labels: tuple[re.Pattern[str], ...]
    account_words: tuple[re.Pattern[str], ...]
    organisations: tuple[tuple[re.Pattern[str], str | None], ...]
    countries: tuple[tuple[re.Pattern[str], str], ...]
    mlat: tuple[re.Pattern[str], ...]
    cloud: tuple[re.Pattern[str], ...]
    directives: tuple[re.Pattern[str], ...]
    closings: tuple[re.Pattern[str], ...]
    not_process: tuple[tuple[str, re.Pattern[str], float], ...]
    titles: tuple[str, ...]  # signers' titles and ranks, as written

    def first(self, patterns: Sequence[re.Pattern[str]], text: str) -> re.Match[str] | None:
        """The earliest match in ``text`` of any of ``patterns``."""
        folded = fold(text)
        found = [m for m in (p.search(text) for p in patterns if may_match(p, folded)) if m is not None]
        return min(found, key=lambda m: m.start()) if found else None


@cache
def _document(language: str) -> dict[str, Any]:
    text = resources.files("services.intake.domain.extraction.words").joinpath(f"{language}.yaml").read_text("utf-8")
    loaded = yaml.safe_load(text) or {}
    if not isinstance(loaded, dict):
        raise ValueError(f"words/{language}.yaml is not a mapping")
    return loaded


def _patterns(documents: Sequence[dict[str, Any]], key: str) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p, _FLAGS) for d in documents for p in d.get(key) or ())


@cache
def vocabulary(languages: tuple[str, ...] = ("en",)) -> Vocabulary:
    """The vocabulary of ``languages`` (codes of :data:`LANGUAGES`), merged in that order."""
    codes = [code for code in languages if code in LANGUAGES]
    documents = [_document(code) for code in codes]
    return Vocabulary(
        languages=languages,
        process_types=tuple(
            (ProcessType(kind), re.compile(p, _FLAGS), float(weight))
            for d in documents
            for kind, p, weight in d.get("process_types") or ()
        ),
        demand=_patterns(documents, "demand"),
        categories=tuple(
            (DataCategory(kind), re.compile(p, _FLAGS), code)
            for code, d in zip(codes, documents, strict=True)
            for kind, p in d.get("categories") or ()
        ),
        gag=_patterns(documents, "gag"),
        return_labels=_patterns(documents, "return_labels"),
        relative_return=_patterns(documents, "relative_return"),
        target_labels=_patterns(documents, "target_labels"),
        account_words=_patterns(documents, "account_words"),
        organisations=tuple((re.compile(p), country) for d in documents for p, country in d.get("organisations") or ()),
        countries=tuple((re.compile(p), country) for d in documents for p, country in d.get("countries") or ()),
        mlat=_patterns(documents, "mlat"),
        cloud=_patterns(documents, "cloud"),
        directives=_patterns(documents, "directives"),
        closings=_patterns(documents, "closings"),
        not_process=tuple(
            (kind, re.compile(p, _FLAGS), float(weight))
            for d in documents
            for kind, p, weight in d.get("not_process") or ()
        ),
        titles=tuple(str(t) for d in documents for t in d.get("titles") or ()),
    )

"""Accounts a demand gives as a web address of any shape, and phone numbers listed as accounts. Pure.

The targets reader knows the usual profile URL shapes (``/u/name``, ``/@name``, ``x.com/name``). A
demand may give any other: a page (``/pages/88120456``), a short form (``/p/name``), a link with a
query string. Such a URL is a target when the demand says it is an account: an account word right
before it ("the page https://...", "Subject accounts: @a, https://..."), or a list item under a
heading that speaks of accounts ("the accounts listed below:" then "- https://..."). A link anywhere
else (a portal, a statute, the requester's own site) is not.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from urllib.parse import urlsplit

from services.intake.domain.extraction.corpus import LIST_MARK

# A web address with a path: "https://social.example.com/pages/88120456", "…/p/name?ref=x".
URL = re.compile(r"https?://[\w-]+(?:\.[\w-]+)+(?::\d+)?/[^\s<>\"'()\[\]{}]*[^\s<>\"'()\[\]{}.,;:!?]", re.IGNORECASE)
# Words that name an account's page, in the languages read, besides each language's account words.
_PAGE_WORDS = re.compile(
    r"\b(?:accounts?|profiles?|pages?|channels?|users?|targets?|URLs?|handles?|cuentas?|perfil(?:es)?|páginas?|"
    r"canal(?:es)?|contas?|perfis|comptes?|profils?|chaînes?|Kont(?:o|en)|Seiten?|Kanal|profil[oi]|"
    r"pagin[ae]|canale)\b",
    re.IGNORECASE,
)
# Words just before a URL that make it something other than an account (a portal, a reply address).
_NOT_ACCOUNT = re.compile(
    r"\b(?:portal|submit|upload|send|return|reply|respond|visit|website|web site|see|available at|instructions|"
    r"guidance|policy|law enforcement|contact|unsubscribe|webinar|register|login|log in|sign in)\b[^\n]{0,40}$",
    re.IGNORECASE,
)
#: A list item's start: "- ", "• ", "1. ", "(a) ".
LIST_ITEM = re.compile(rf"^[ \t]*{LIST_MARK}[ \t]+", re.MULTILINE)
_PHONE_ITEM = re.compile(
    rf"^[ \t]*{LIST_MARK}[ \t]+(?:(?:tele)?phone|mobile|cell|número|numéro|Telefon|"
    r"telefone|telefono|teléfono)[\w ]{0,12}?[:#]?[ \t]*(?P<n>\+?[\d(][\d\s().-]{6,18}\d)[ \t]*[;,.]?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
# How far before a list item its heading may end, and before a URL an account word may stand.
_HEADING_REACH = 320
_WORD_REACH = 60


def _skipped(url: str, skip_domains: Iterable[str]) -> bool:
    parts = urlsplit(url)
    host, path = (parts.hostname or "").lower(), parts.path
    if (
        not host
        or path in ("", "/")
        or path.lower().endswith((".pdf", ".doc", ".docx", ".htm", ".html", ".aspx", ".php"))
    ):
        return True
    government = re.search(
        r"\.(?:gov|mil|gob|gouv|gov\.[a-z]{2}|gob\.[a-z]{2}|gouv\.[a-z]{2}|police\.uk|polizei\.de)$", host
    )
    return bool(government) or any(host == d or host.endswith("." + d) for d in skip_domains if d)


def _heading_speaks_of_accounts(text: str, at: int, account_words: re.Pattern[str] | None) -> bool:
    """Is the line at ``at`` an item of a list (or a URL alone on its line) under a heading (the text
    before the list, ending with ':') that names accounts?"""
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", at)
    alone = URL.fullmatch(text[line_start : line_end if line_end >= 0 else len(text)].strip())
    if not (LIST_ITEM.match(text, line_start) or alone):
        return False
    position = line_start
    while position > 0:
        previous = text.rfind("\n", 0, position - 1) + 1
        line = text[previous : position - 1] if position > 0 else ""
        if line.strip() and (not LIST_ITEM.match(line) or line.rstrip().endswith(":")):
            break  # the heading ("(90) days, pending ...:" is a heading's last line, not an item)
        if line_start - previous > _HEADING_REACH:
            return False
        position = previous
    if position <= 0:
        return False
    heading_end = position - 1
    heading = text[max(0, heading_end - _HEADING_REACH) : heading_end].rstrip()
    if not heading.endswith(":"):
        return False
    sentence = re.split(r"(?<=[.!?])\s+(?=[A-Z])", heading)[-1]
    return bool(_PAGE_WORDS.search(sentence) or (account_words and account_words.search(sentence)))


def account_urls(
    text: str,
    *,
    skip_domains: Iterable[str],
    account_words: re.Pattern[str] | None,
    labels: Sequence[re.Pattern[str]] = (),
) -> Iterator[tuple[str, int, int]]:
    """(url, start, end) of each URL the demand gives as an account: named by an account word right
    before it, on a line a target label opens, or an item of a list of accounts."""
    domains = tuple(skip_domains)
    for match in URL.finditer(text):
        url = match.group(0)
        if _skipped(url, domains):
            continue
        before = text[max(0, match.start() - _WORD_REACH) : match.start()]
        if _NOT_ACCOUNT.search(before):
            continue
        line_start = text.rfind("\n", 0, match.start()) + 1
        line_end = text.find("\n", match.end())
        line = text[line_start : line_end if line_end >= 0 else len(text)]
        if (
            _named_right_before(before, account_words)
            or any(label.match(line) for label in labels)
            or _heading_speaks_of_accounts(text, match.start(), account_words)
        ):
            yield url, match.start(), match.end()


def _named_right_before(before: str, account_words: re.Pattern[str] | None) -> bool:
    """ "the page https://…", "profile: https://…", "Konto\nhttps://…": an account word, then only
    a colon or a dash, before the URL."""
    tail = re.sub(r"[\s:#–—-]+$", "", before)
    word = re.search(r"(\w+)$", tail)
    if word is None:
        return False
    last = word.group(1)
    return bool(_PAGE_WORDS.fullmatch(last) or (account_words and account_words.fullmatch(last)))


def listed_phones(text: str, *, account_words: re.Pattern[str] | None) -> Iterator[tuple[str, int, int]]:
    """(number, start, end) of each "- phone number +1 671-555-0138" item in a list of accounts."""
    for match in _PHONE_ITEM.finditer(text):
        number = match.group("n")
        if sum(ch.isdigit() for ch in number) >= 7 and _heading_speaks_of_accounts(text, match.start(), account_words):
            yield number, match.start("n"), match.end("n")


def represented(url: str, values: Iterable[str]) -> bool:
    """Is the account of ``url`` already among ``values`` (the URL itself, or its name: a path segment)?"""
    segments = {segment.casefold().lstrip("@") for segment in urlsplit(url).path.split("/") if segment}
    return any(value.casefold() == url.casefold() or value.casefold().lstrip("@") in segments for value in values)

"""Which accounts a demand targets: labelled target lines, profile URLs, @handles, quoted account
names, account ids and e-mail addresses written as the subject of the demand. Pure."""

from __future__ import annotations

import re

from services.intake.domain.extraction.context import Reading
from services.intake.domain.extraction.corpus import Corpus, Evidence, Fields, ev
from shared.reference import domain_of

EMAIL = re.compile(r"(?<![\w.+-])[\w.+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?![\w-])")
_HANDLE = re.compile(r"(?<![\w@./])@(?P<h>[A-Za-z0-9_]{1,30})(?![\w@.-]*\.[A-Za-z]{2,})(?![\w])")
_PROFILE_URL = re.compile(
    r"https?://(?:www\.|mobile\.)?(?:twitter|x)\.com/(?:#!/)?(?P<h>[A-Za-z0-9_]{1,30})(?![\w/])", re.IGNORECASE
)
_OTHER_URL = re.compile(
    r"https?://(?:www\.)?(?:instagram|facebook|tiktok|github|mastodon\.social)\.com/@?(?P<h>[A-Za-z0-9_.]{1,40})",
    re.IGNORECASE,
)
_ID = re.compile(
    r"\b(?:user|account|profile|subscriber|member|customer)\s*(?:ID|identifier|number|no\.?|#)\s*(?:[:#]|is)?\s*(?P<id>\d{5,20})\b",
    re.IGNORECASE,
)
_LABELED_TARGET = re.compile(
    r"^\s*(?:Target(?:ed)?(?: account| user| identifier)?s?|Account(?:s)?(?: to be (?:searched|preserved|disclosed))?|"
    r"Subject account(?:s)?|Account identifier(?:s)?|User ?name(?:s)?|Screen ?name(?:s)?|Handle(?:s)?|Identifier(?:s)?)\s*:\s*(?P<v>[^\n]+)$",
    re.IGNORECASE | re.MULTILINE,
)
_NAMED_ACCOUNT = re.compile(
    r"\b(?:account|user ?name|screen ?name|handle|profile)s?\s+(?:named\s+|called\s+)?(?:[\"“'‘])@?(?P<h>[A-Za-z0-9_.]{2,30})(?:[\"”'’])",
    re.IGNORECASE,
)
_TARGET_CONTEXT = re.compile(
    r"\b(?:account|associated with|registered to|belonging to|target|subscriber|user|regarding|pertaining to|"
    r"relating to|concerning|identified by|holder of|used by|e-?mail address(?:es)?)\b",
    re.IGNORECASE,
)
_NOT_TARGET_CONTEXT = re.compile(
    r"\b(?:send|return|reply|contact|email me|e-mail me|reach me|questions|forward|produce (?:the )?records to|"
    r"direct (?:any )?(?:questions|inquiries)|respond(?:ing)? to|fax|phone|tel|cc|from|to:|sent|my e-?mail|at the following)\b",
    re.IGNORECASE,
)


def _clean_target(value: str) -> str:
    return value.strip().strip("\"'“”‘’.,;:()<>[]").removeprefix("@").strip()


def _targets(
    out: Fields, corpus: Corpus, excluded: set[str], *, requester_domains: set[str], sender_domain: str | None
) -> None:
    text = corpus.text
    found: dict[str, tuple[float, int, int]] = {}

    def add(value: str, confidence: float, start: int, end: int) -> None:
        value = _clean_target(value)
        if not value or (value.isdigit() and len(value) < 5):
            return
        key = value.casefold()
        for existing in list(found):
            if existing.casefold() == key:
                return
        found[value] = (confidence, start, end)

    for match in _LABELED_TARGET.finditer(text):
        for item in re.split(r"[,;]|\band\b", match.group("v")):
            item = item.strip()
            if not item:
                continue
            url = _PROFILE_URL.search(item)
            email = EMAIL.search(item)
            handle = re.fullmatch(r"[\"“']?@?(?P<h>[A-Za-z0-9_.]{2,30})[\"”']?(?:\s*\(.*\))?", item)
            id_match = re.search(r"\b(\d{5,20})\b", item)
            if url:
                add(url.group("h"), 0.95, match.start("v"), match.end("v"))
            elif email:
                add(email.group(0), 0.95, match.start("v"), match.end("v"))
            elif handle:
                add(handle.group("h"), 0.95, match.start("v"), match.end("v"))
            elif id_match:
                add(id_match.group(1), 0.9, match.start("v"), match.end("v"))
    for match in _PROFILE_URL.finditer(text):
        add(match.group("h"), 0.9, match.start(), match.end())
    for match in _OTHER_URL.finditer(text):
        add(match.group(0), 0.85, match.start(), match.end())
    for match in _HANDLE.finditer(text):
        name = match.group("h")
        if name.isdigit():
            continue
        add(name, 0.9, match.start(), match.end())
    for match in _NAMED_ACCOUNT.finditer(text):
        add(match.group("h"), 0.85, match.start("h"), match.end("h"))
    for match in _ID.finditer(text):
        add(match.group("id"), 0.85, match.start("id"), match.end("id"))
    lines = text.split("\n")
    offset = 0
    for line in lines:
        for match in EMAIL.finditer(line):
            address = match.group(0)
            domain = domain_of(address) or ""
            if (
                address.lower() in excluded
                or domain == sender_domain
                or any(domain == d or domain.endswith("." + d) for d in requester_domains)
            ):
                continue
            if domain.endswith(("dueprocess.local",)):
                continue
            absolute = offset + match.start()
            before = corpus.flat[max(0, absolute - 80) : absolute]
            if _NOT_TARGET_CONTEXT.search(before[-40:]) or re.match(
                r"^\s*(?:>\s*)?(?:from|to|cc|sent|date|e-?mail|email address|tel|phone)\s*:", line, re.I
            ):
                continue
            if not _TARGET_CONTEXT.search(before):
                continue
            add(address, 0.8, offset + match.start(), offset + match.end())
        offset += len(line) + 1
    if not found:
        out.put("targets", Evidence([], 0.2, note="no account handle, id or e-mail address found"))
        return
    values = list(found)
    confidence = min(conf for conf, _, _ in found.values())
    first = min(found.values(), key=lambda item: item[1])
    out.put("targets", ev(corpus, values, confidence, first[1], first[2]))


def read_targets(r: Reading) -> None:
    """``targets``: never the sender's own address, nor one of the requester's domains."""
    excluded = {a.lower() for a in (r.message.from_address, r.sender) if a}
    _targets(
        r.out,
        r.corpus,
        excluded,
        requester_domains=set(r.claimed.email_domains) if r.claimed else set(),
        sender_domain=r.sender_domain,
    )

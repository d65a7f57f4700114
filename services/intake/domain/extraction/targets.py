"""Which accounts a demand targets: labelled target lines, profile URLs, @handles, quoted account
names, account ids and e-mail addresses written as the subject of the demand. Pure."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from services.intake.domain.extraction.context import Reading
from services.intake.domain.extraction.corpus import Corpus, Evidence, Fields, ev
from services.intake.domain.extraction.target_doubts import (
    doubt_targets_own_words_and_earlier_mail_disagree,
    doubt_targets_read_only_by_ocr,
    doubt_targets_that_look_alike,
    doubt_targets_the_sources_disagree_on,
    signature_lines,
)
from services.intake.domain.extraction.target_roles import CLOSING_QUOTES, OPENING_QUOTES, earlier_only, side_roles
from services.intake.domain.extraction.target_roles import COUNTERPARTY as _COUNTERPARTY
from services.intake.domain.extraction.target_tables import account_column
from services.intake.domain.extraction.target_urls import LIST_ITEM, URL, account_urls, listed_phones, represented
from services.intake.domain.extraction.vocabulary import Vocabulary, vocabulary
from shared.reference import domain_of

_OQ = "[" + re.escape(OPENING_QUOTES) + "]"  # a quote mark that opens an account name
_CQ = "[" + re.escape(CLOSING_QUOTES) + "]"  # one that closes it
EMAIL = re.compile(r"(?<![\w.+-])[\w.+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?![\w-])")
_HANDLE = re.compile(r"(?<![\w@./])@(?P<h>[A-Za-z0-9_]{1,30})(?![\w@.-]*\.[A-Za-z]{2,})(?![\w])")
# "@slimshot.houston": a handle with dots, when its last part is no domain ending ("@dueprocess.local" is none).
_DOTTED_HANDLE = re.compile(r"(?<![\w@./])@(?P<h>[A-Za-z0-9_]+(?:\.[A-Za-z0-9_]+)+)(?![\w@-])")
_TLDS = frozenset(
    [
        "com",
        "org",
        "net",
        "gov",
        "edu",
        "mil",
        "int",
        "io",
        "co",
        "us",
        "uk",
        "de",
        "fr",
        "es",
        "it",
        "br",
        "mx",
        "ca",
        "au",
        "in",
        "ie",
        "nz",
        "eu",
        "info",
        "biz",
        "local",
        "example",
        "invalid",
        "test",
    ]
)
# A profile URL of any platform in its usual forms: /u/name, /user/name, /@name, /profile/name.
_PATH_PROFILE = re.compile(
    r"https?://[\w.-]+\.[a-z]{2,}(?::\d+)?/(?:u|user|users|profile|profiles|people|@)/@?(?P<h>[A-Za-z0-9_.]{2,40}[A-Za-z0-9_])"
    r"|https?://[\w.-]+\.[a-z]{2,}/@(?P<at>[A-Za-z0-9_.]{2,40}[A-Za-z0-9_])",
    re.IGNORECASE,
)
# "... and "other_name"", ", @third", "and the account fourth.name": the next names of a list of accounts.
_NEXT_NAME = re.compile(
    r"\s*(?:,\s*(?:and\s+|y\s+|et\s+|und\s+|e\s+)?|\s+(?:and|y|et|und|e|or|o|ou|oder)\s+)(?:the\s+)?(?:accounts?\s+|users?\s+)?"
    r"(?P<q>" + _OQ + r"\s?)?@?(?P<h>[A-Za-z0-9][A-Za-z0-9_.]{1,29})(?=[\s),;:]|" + _CQ + r"|\.(?:\s|$)|$)"
)
_PROFILE_URL = re.compile(
    r"(?<![\w.@/-])(?:https?://)?(?:www\.|mobile\.)?(?:twitter|x)\.com/(?:#!/)?"
    r"(?!(?:home|i|search|settings|intent|hashtag|share|explore|messages|notifications|login|signup|tos|privacy|en|rules)\b)"
    r"(?P<h>[A-Za-z0-9_]{1,30})(?![\w])(?!\.\w)",
    re.IGNORECASE,
)
_OTHER_URL = re.compile(
    r"https?://(?:www\.)?(?:instagram|facebook|tiktok|github|mastodon\.social)\.com/@?(?P<h>[A-Za-z0-9_.]{1,40})",
    re.IGNORECASE,
)
# An account word right before a profile URL of one path segment, in the languages read.
_NAMED_URL = re.compile(
    r"\b(?:profile|account|user|perfil|conta|cuenta|usuario|usuário|compte|profil|Konto|profilo|utente)s?\s*:?\s*"
    # ... with its query string, which may be what names the account ("profile.php?id=1000888")
    r"(?P<url>https?://[\w.-]+\.[a-z]{2,}/(?P<h>[A-Za-z0-9_.]{2,40}[A-Za-z0-9_])"
    r"(?:\?[^\s<>\"'()\[\]{}]*[^\s<>\"'()\[\]{}.,;:!?])?)(?![\w/])",
    re.IGNORECASE,
)
# A query string that names the account: "?id=1000888", "&user_id=42".
_ID_QUERY = re.compile(r"[?&](?:id|uid|user(?:_?id)?|profile(?:_?id)?|account(?:_?id)?)=", re.IGNORECASE)


def _account_url(url: str) -> str:
    """A URL without a query string that names no account ("?ref=share"), case folded."""
    return (url if _ID_QUERY.search(url) else url.split("?", 1)[0]).casefold()


# 'the user who posted as "Brace_Yourselves_NoVA"', 'reviews ... under the name "ToothTruthCT"': a quoted name
# someone posts under is an account.
_POSTED_AS = re.compile(
    r"\b(?:(?:posted|posting|posts|wrote|writing|commented|reviewed|operat(?:es|ed|ing)|go(?:es|ing) by)\s+(?:online\s+)?"
    r"(?:as|under\s+(?:the\s+)?(?:name|handle|user\s?name|screen\s?name|pseudonym|alias))"
    r"|under\s+the\s+(?:name|handle|user\s?name|screen\s?name|pseudonym|alias))"
    r"\s+" + _OQ + r"\s?@?(?P<h>[A-Za-z0-9_.]{2,30})\s?" + _CQ,
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
    r"\b(?:account|user ?name|screen ?name|handle|profile)s?\s+(?:named\s+|called\s+)?"
    + _OQ
    + r"@?(?P<h>[A-Za-z0-9_.]{2,30})"
    + _CQ,
    re.IGNORECASE,
)
# "the correct account is "sonoran_heat_9"", "la cuenta es @x_y": a name only an account has, after "is".
_ACCOUNT_IS = re.compile(
    r"\b(?:account|user ?name|handle|profile|cuenta|usuario|perfil|compte|profil|pseudo|Konto|Nutzerkonto|"
    r"Benutzerkonto|profilo|utente|conta|usuário)\s+(?:is|was|es|era|est|était|ist|war|è|é)\s+"
    + _OQ
    + r"?@?(?P<h>[A-Za-z0-9][A-Za-z0-9_.]{1,29}[A-Za-z0-9_])(?=[\s),;:]|"
    + _CQ
    + r"|\.(?:\s|$)|$)",
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


# A phone number as written: "+1 (313) 555-0142", "+49 151 23456789", "313.555.0142".
_PHONE = re.compile(r"(?<![\w+])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)\s?|\d{2,4}[\s.-]?)\d{3,4}[\s.-]?\d{3,5}(?![\w-])")
_PHONE_CONTEXT = re.compile(
    r"\b(?:(?:associated|linked|registered|connected|tied)\s+(?:with|to)|belonging to|used by|accounts? (?:with|using)|"
    r"subscriber(?:s)? (?:of|to)|holder of)\s+(?:the\s+)?(?:(?:tele)?phone|mobile|cell(?:ular)?)?\s*(?:number|no\.?)?\s*[:#]?\s*$"
    r"|^\s*(?:target(?:ed)?\s+)?(?:tele)?phone(?: number)?s?\s*:\s*$"
    # Named with the account as a second target: "@handle and the number ...", "@cuenta y el número ...".
    r"|\b(?:and|y|et|e|und)\s+(?:the|el|le|o|die|il)\s+(?:(?:tele)?phone\s+)?(?:number|número|numéro|numero|Nummer)\s*:?\s*$",
    re.IGNORECASE,
)


# "Phone: " opening a line, in the languages read.
_PHONE_LABEL = re.compile(
    r"(?:^|\n)[ \t]*(?:(?:tele)?phone(?: number)?|mobile|cell|tel[ée]fono|t[ée]l[ée]phone|Telefon(?:nummer)?|telefone|"
    r"telefono)[ \t]*:[ \t]*$",
    re.IGNORECASE,
)


def _account_like(name: str, *, quoted: bool) -> bool:
    """A name only an account has: quoted, or with an underscore, digit, inner dot or inner capital."""
    if len(name) < 3 or name.lower() in _NOT_NAMES:
        return False
    if "." in name and name.rsplit(".", 1)[1].lower() in _TLDS:
        return False  # a domain
    return quoted or bool(re.search(r"[_\d]|\w\.\w|[a-z][A-Z]", name))


_CLOSING_QUOTES = frozenset(CLOSING_QUOTES)
_CLOSING_QUOTE = re.compile("[" + re.escape("".join(sorted(_CLOSING_QUOTES))) + "]")


def _open_quote(text: str, match: re.Match[str], name: str) -> bool:
    """A quote opened before the name and not closed right after it: the quote holds several words (a
    display name, 'the accounts "Harbour View Bakery"'), not an account name."""
    after = match.start("h") + len(name)
    return bool(match.group("q")) and text[after : after + 3].lstrip(" \u00a0\u202f")[:1] not in _CLOSING_QUOTES


# One item of a list of accounts: '   1) "kiln_fox_22"', '- @kiln_fox_22' (blank lines may come between).
_LISTED_NAME = re.compile(
    r"(?:[ \t]*\n)*[ \t]*(?:[-•*▪]|\(?\d{1,2}[.)])[ \t]*(?P<q>"
    + _OQ
    + r")?@?(?P<h>[A-Za-z0-9_.]{2,30}[A-Za-z0-9_])"
    + _CQ
    + r"?[ \t]*[;,]?[ \t]*(?=\n|$)"
)
_QUOTED_NAME = re.compile(_OQ + r"@?(?P<h>[A-Za-z0-9_.]{2,30})" + _CQ)

# Words, not names: also a table's header cells, which a flattened table writes as "Account: Records".
_NOT_NAMES = frozenset(
    (
        *("the", "and", "for", "from", "with", "this", "that", "which", "account", "accounts", "user", "users"),
        *("profile", "records", "data", "information", "details", "period", "dates", "type", "status", "notes"),
        *("description", "datos", "données", "daten", "dados", "dati", "periodo", "período", "période", "zeitraum"),
    )
)


# An international bank account number ("DE89370400440532013000"): never a platform's account.
_IBAN = re.compile(r"[A-Z]{2}\d{2}[A-Z0-9]{11,30}")


def _clean_target(value: str) -> str:
    return value.strip().strip("\"'“”‘’.,;:()<>[]").removeprefix("@").strip()


def _targets(
    out: Fields,
    corpus: Corpus,
    excluded: set[str],
    *,
    requester_domains: set[str],
    sender_domain: str | None,
    vocab: Vocabulary | None = None,
    signature: tuple[int, int] | None = None,
) -> None:
    text = corpus.text
    words = _vocabulary_patterns(vocab)
    found: dict[str, tuple[float, int, int]] = {}
    display_names: list[int] = []  # where an account is named only by a display name of several words

    def add(value: str, confidence: float, start: int, end: int, *, clean: bool = True) -> None:
        value = _clean_target(value) if clean else value.strip().rstrip(".,;:")
        if not value or (value.isdigit() and len(value) < 5) or _IBAN.fullmatch(value):
            return
        key = value.casefold()
        for existing in list(found):
            if existing.casefold() == key:
                return
        found[value] = (confidence, start, end)

    labelled = [*_LABELED_TARGET.finditer(text), *(words.labelled.finditer(text) if words.labelled else ())]
    for match in labelled:
        for item in re.split(r"[,;]|\band\b", match.group("v")):
            item = item.strip()
            if not item:
                continue
            url = _PROFILE_URL.search(item)
            email = EMAIL.search(item)
            handle = re.fullmatch(_OQ + r"?@?(?P<h>[A-Za-z0-9_.]{2,30})" + _CQ + r"?(?:\s*\(.*\))?", item)
            id_match = re.search(r"\b(\d{5,20})\b", item)
            if url:
                add(url.group("h"), 0.95, match.start("v"), match.end("v"))
            elif email:
                add(email.group(0), 0.95, match.start("v"), match.end("v"))
            elif handle and handle.group("h").lower() not in _NOT_NAMES:
                add(handle.group("h"), 0.95, match.start("v"), match.end("v"))
            elif id_match:
                add(id_match.group(1), 0.9, match.start("v"), match.end("v"))
            elif not handle:
                # 'the user known as "kiln_fox_22"': a quoted name in a sentence, when only an account has it
                for quoted in _QUOTED_NAME.finditer(item):
                    if _account_like(quoted.group("h"), quoted=False):
                        add(quoted.group("h"), 0.85, match.start("v"), match.end("v"))
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
        if _COUNTERPARTY.search(text[max(0, match.start() - 40) : match.start()]):
            continue  # "messages sent to the account 'x'": the other party
        add(match.group("h"), 0.85, match.start("h"), match.end("h"))
        position = match.end()
        while (more := _NEXT_NAME.match(text, position)) is not None and _account_like(
            more.group("h").rstrip("."), quoted=bool(more.group("q"))
        ):
            if _open_quote(text, more, more.group("h").rstrip(".")):
                display_names.append(more.start("h"))
                break
            add(more.group("h").rstrip("."), 0.85, more.start("h"), more.end("h"))
            position = more.end()
    for match in _ACCOUNT_IS.finditer(text):
        if _account_like(match.group("h"), quoted=False):
            add(match.group("h"), 0.8, match.start("h"), match.end("h"))
    for value, start, end in account_column(text):
        if EMAIL.fullmatch(value) or _account_like(value.lstrip("@"), quoted=False) or value.startswith("@"):
            add(value, 0.85, start, end)
    for match in _ID.finditer(text):
        add(match.group("id"), 0.85, match.start("id"), match.end("id"))
    for match in _POSTED_AS.finditer(text):
        add(match.group("h"), 0.8, match.start("h"), match.end("h"))
    for match in _DOTTED_HANDLE.finditer(text):
        if match.group("h").rsplit(".", 1)[1].lower() not in _TLDS:
            add(match.group("h"), 0.85, match.start(), match.end())
    for match in _PATH_PROFILE.finditer(text):
        add(match.group("h") or match.group("at"), 0.85, match.start(), match.end())
    for match in _NAMED_URL.finditer(text):
        # "profile https://social.example/kiln.fox": a URL an account word names, unless its name is read
        if not any(value.casefold() == match.group("h").casefold() for value in found):
            named, end = match.group("url"), match.end("url")
            if "?" in named and not _ID_QUERY.search(named):
                named, end = named.split("?", 1)[0], match.start("url") + named.index("?")  # "?ref=share" names nothing
            add(named, 0.8, match.start("url"), end, clean=False)
    skip = {sender_domain or "", *requester_domains}
    labels = [_LABELED_TARGET, *([words.labelled] if words.labelled else [])]
    for address, start, end in account_urls(text, skip_domains=skip, account_words=words.context, labels=labels):
        # "the page https://social.example/pages/8812", "accounts listed below:" then "- https://…/p/name"
        if not represented(address, found):
            add(address, 0.8, start, end, clean=False)
    for number, start, end in listed_phones(text, account_words=words.context):
        add(number, 0.8, start, end, clean=False)
    if words.bare is not None:
        # "the account motorcity_mike", "la cuenta barrio_sur_88": a name that cannot be a word.
        position = 0
        while (match := words.bare.search(text, position)) is not None:
            name = match.group("h").rstrip(".")
            quote = match.group("q") or ""
            if quote.strip() in ("'", "’") and not text[match.start("q") - 1].isspace():
                position = match.end()  # "the accounts' paid groups": a possessive, not a quote
                continue
            if _COUNTERPARTY.search(text[max(0, match.start() - 40) : match.start()]):
                position = match.end()  # "messages sent to the account x": x is the other party, not a target
                continue
            if _open_quote(text, match, name):
                display_names.append(match.start("h"))
                position = match.end()  # 'the account "Harbour View Bakery"': a display name of several words
                continue
            if _account_like(name, quoted=bool(match.group("q"))):
                add(name, 0.8, match.start("h"), match.start("h") + len(name))
                position = match.start("h") + len(name)
                # ... and the names listed after it ("the accounts a_b and c.d", '"x", "y" and "z"')
                while (more := _NEXT_NAME.match(text, position)) is not None:
                    following = more.group("h").rstrip(".")
                    if _open_quote(text, more, following):
                        display_names.append(more.start("h"))
                        break
                    after = more.start("h") + len(following)
                    listed = text[after : after + 1] in (",", ";", ":", ")") and len(following) >= 9
                    if not (_account_like(following, quoted=bool(more.group("q"))) or listed):
                        break
                    add(following, 0.8, more.start("h"), more.start("h") + len(following))
                    position = more.start("h") + len(following)
            else:
                position = match.start() + 1
    if words.context is not None:
        # "relativamente agli account:" then a numbered or bulleted list of quoted names, one a line
        for match in re.finditer(rf"(?:{words.context.pattern})\s*:[ \t]*\n", text, re.IGNORECASE):
            position = match.end()
            while (item := _LISTED_NAME.match(text, position)) is not None:
                if _account_like(item.group("h"), quoted=bool(item.group("q"))):
                    add(item.group("h"), 0.8, item.start("h"), item.end("h"))
                position = item.end()
    for match in _PHONE.finditer(text):
        before = corpus.flat[max(0, match.start() - 70) : match.start()]
        phone_label = _PHONE_LABEL.search(text, max(0, match.start() - 40), match.start())
        in_block = phone_label is not None and _in_a_target_block(text, match.start(), found)
        if (_PHONE_CONTEXT.search(before) or in_block) and sum(ch.isdigit() for ch in match.group(0)) >= 7:
            add(match.group(0), 0.8, match.start(), match.end(), clean=False)
    lines = text.split("\n")
    offset = 0
    previous_target_line: int | None = None
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
            # the words that make it an account's address are in its own sentence ("... the account "x". Please
            # copy SA Beam (jbeam@fbi.gov)": the first sentence's account is not his)
            sentence = re.split(r"[.!?][\"”’)]?\s+(?=[A-Z(])", before)[-1]
            in_block = _in_a_target_block(text, absolute, found)
            if re.search(r"\b(?:wrote|schrieb|a écrit|escribió|escreveu|ha scritto)\s*:\s*$", line, re.IGNORECASE):
                continue  # "On Wed, Sep 2, ... <legal-process@...> wrote:": who wrote a quoted message
            if _NOT_TARGET_CONTEXT.search(before[-40:]) or (
                re.match(r"^\s*(?:>\s*)?(?:from|to|cc|sent|date|e-?mail|email address|tel|phone)\s*:", line, re.I)
                and not (in_block and re.match(r"^\s*(?:e-?mail|email address)\s*:", line, re.I))
            ):
                continue
            listed_after_target = bool(
                LIST_ITEM.match(line) and previous_target_line is not None and offset - previous_target_line <= 240
            ) or _opens_a_row_after_a_target(line[: match.start()], offset, found)
            if (
                not _TARGET_CONTEXT.search(sentence)
                and not (words.context and words.context.search(sentence))
                and not listed_after_target
                and not in_block
            ):
                continue
            previous_target_line = offset
            add(address, 0.8, offset + match.start(), offset + match.end())
        offset += len(line) + 1
    for at in list(display_names):
        if (account := _identified_after(text, at, found)) is not None:
            display_names.remove(at)
            if account not in found:
                found[account] = (0.8, at, at + len(account))
    roles = side_roles(text, found, signature)
    if roles and len(roles) < len(found):
        for value in roles:
            del found[value]  # named only as the other party, a victim's or the requester's: not a target
        roles = {}
    if not found:
        out.put("targets", Evidence([], 0.2, note="no account handle, id or e-mail address found"))
        return
    for value in [v for v in found if URL.match(v)]:
        others = [other for other in found if other != value]
        if represented(value, others) or (
            "?" in value and any(_account_url(other) == _account_url(value) and "?" not in other for other in others)
        ):
            # "https://social.example/kona.sunsets" and "kona.sunsets", or the same URL with "?ref=share": one account
            del found[value]
    values = list(found)
    confidence = min(conf for conf, _, _ in found.values())
    first = min(found.values(), key=lambda item: item[1])
    cut = [
        value
        for value in values
        if "@" not in value
        and value.endswith(("_", "."))
        and re.search(re.escape(value) + r"(?:[ \t]+|\n)[A-Za-z0-9]", text)
    ]
    if cut:
        # "northern_lights_" at the end of a line or a scanned page's column: the rest of the name was lost.
        out.put(
            "targets",
            ev(
                corpus,
                values,
                min(confidence, CUT_NAME_CONFIDENCE),
                first[1],
                first[2],
                note=f"{cut[0]!r} looks cut short",
            ),
        )
        return
    if display_names:
        # An account named only by its display name ("the page "Harbour View Bakery""): which account
        # it is (and so the full list of targets) is for a person to find.
        at = display_names[0]
        out.put(
            "targets",
            ev(
                corpus,
                values,
                min(confidence, DISPLAY_NAME_CONFIDENCE),
                first[1],
                first[2],
                note=f"an account is also named by a display name: {text[at : at + 40]!r}",
            ),
        )
        return
    earlier = earlier_only(text, values) if len(values) > 1 else []
    if earlier and not roles:
        # "please preserve @b. This is in addition to our earlier request for @a": is @a demanded again?
        note = f"{earlier[0]!r} is named only as an earlier letter's account or an earlier name"
        out.put("targets", ev(corpus, values, min(confidence, SIDE_ROLE_CONFIDENCE), first[1], first[2], note=note))
        return
    if roles:
        # Every account read is named only in another role: which account the demand is about is for a person.
        value, role = next(iter(roles.items()))
        note = f"{value!r} is named only as {role}"
        out.put("targets", ev(corpus, values, min(confidence, SIDE_ROLE_CONFIDENCE), first[1], first[2], note=note))
        return
    out.put("targets", ev(corpus, values, confidence, first[1], first[2]))


def _in_a_target_block(text: str, at: int, found: dict[str, tuple[float, int, int]]) -> bool:
    """Is ``at`` on a 'Label: value' line of a block of such lines that a target label opens ('Target account
    information:' then 'Username: x_y', 'Email: x@y', 'Phone: +1 ...'), with no blank line between?"""
    for _, start, _ in found.values():
        if not 0 < at - start <= 240 or "\n\n" in text[start:at]:
            continue
        line_start = text.rfind("\n", 0, start) + 1
        lines = text[line_start:at].split("\n")
        if all(re.match(r"[ \t]*[\w -]{2,40}:", line) for line in lines if line.strip()) and not any(
            _REQUESTER_LABEL.match(line) for line in lines
        ):
            return True
    return False


# A label line about the requester ("Requesting officer:", "Agente solicitante:"): the block's lines after it are
# the requester's contact details, not the target's.
_REQUESTER_LABEL = re.compile(
    r"[ \t]*(?:[\w]+\s+)?(?:request(?:ing|ed by|er)|officer|agent|affiant|investigator|detective|contact|prepared by|"
    r"submitted by|sent by|solicitante|agente|investigador|instructor|demandeur|enquêteur|officier|r[ée]dacteur|"
    r"Sachbearbeiter(?:in)?|Ansprechpartner(?:in)?|Ermittler(?:in)?|referente|richiedente|ufficiale|responsável|"
    r"requerente|delegad[oa]|investigador(?:a)?)\b[^:\n]{0,30}:",
    re.IGNORECASE,
)


def _opens_a_row_after_a_target(lead: str, offset: int, found: dict[str, tuple[float, int, int]]) -> bool:
    """An address that opens its line (a table's next row, a list without marks) a few lines after a target:
    '@rambla_ofertas_uy | Datos de registro' then 'ventas.pocitos@example.com.uy | Datos de registro'."""
    return not lead.strip(" \t-•*|") and any(0 < offset - start <= 240 for _, start, _ in found.values())


def _identified_after(text: str, at: int, found: dict[str, tuple[float, int, int]]) -> str | None:
    """'the page "BAM Supply Direct" (page ID 1180442291)', '«Sol Marbella» (perfil https://…)': the account
    the parenthesis right after a display name's closing quote identifies it by (a target already read, a
    web address or a numeric id); None when nothing there identifies it."""
    close = _CLOSING_QUOTE.search(text, at, at + 120)
    if close is None:
        return None
    after = re.match(r"\s*\(([^()]{1,160})\)", text[close.end() : close.end() + 170])
    if after is None:
        return None
    inside = after.group(1)
    for value in found:
        if value.casefold().lstrip("@") in inside.casefold():
            return value
    address = URL.search(inside)
    if address is not None:
        return address.group(0)
    number = re.search(r"\b(?:ID|id|no\.?|number|n\.?º)\s*[:#]?\s*(\d{5,20})\b", inside)
    return number.group(1) if number else None


def read_targets(r: Reading) -> None:
    """``targets``: never the sender's own address, nor one of the requester's domains."""
    excluded = {a.lower() for a in (r.message.from_address, r.sender) if a}
    _targets(
        r.out,
        r.corpus,
        excluded,
        requester_domains=set(r.claimed.email_domains) if r.claimed else set(),
        sender_domain=r.sender_domain,
        vocab=r.vocab,
        signature=signature_lines(r),
    )
    doubt_targets_read_only_by_ocr(r)
    doubt_targets_the_sources_disagree_on(r)
    doubt_targets_own_words_and_earlier_mail_disagree(r)
    doubt_targets_that_look_alike(r)


#: The confidence of targets when every account read is named only as the other party of the target's messages,
#: a victim's or witness's account or the requester's own (``target_roles``).
SIDE_ROLE_CONFIDENCE = 0.5
#: The confidence of targets when an account is also named by a display name only (no handle read for it).
DISPLAY_NAME_CONFIDENCE = 0.5
#: The confidence of targets when one ends with "_" or "." and the text goes on right after it ("lights_ 907",
#: "lights_" then "907" on the next line): a name cut at a line's end or by OCR.
CUT_NAME_CONFIDENCE = 0.5


@dataclass(frozen=True)
class _Words:
    labelled: re.Pattern[str] | None  # "Konto: …", "Cuenta investigada: …"
    bare: re.Pattern[str] | None  # "the account motorcity_mike"
    context: re.Pattern[str] | None  # words that say an address is the account's


def _words(vocab: Vocabulary) -> _Words:
    return _words_of(vocab.languages)


@cache
def _words_of(languages: tuple[str, ...]) -> _Words:
    vocab = vocabulary(languages)
    labels = "|".join(p.pattern for p in vocab.target_labels)
    accounts = "|".join(p.pattern for p in vocab.account_words)
    return _Words(
        labelled=re.compile(rf"^\s*(?:{labels})\s*:\s*(?P<v>[^\n]+)$", re.IGNORECASE | re.MULTILINE)
        if labels
        else None,
        bare=re.compile(
            rf"\b(?:{accounts})\s*:?\s*(?P<q>{_OQ}\s?)?@?(?P<h>[A-Za-z0-9][A-Za-z0-9_.]{{1,29}})(?=[\s),;:]|{_CQ}|\.(?:\s|$)|$)",
            re.IGNORECASE,
        )
        if accounts
        else None,
        context=re.compile(rf"\b(?:{accounts})\b", re.IGNORECASE) if accounts else None,
    )


def _vocabulary_patterns(vocab: Vocabulary | None) -> _Words:
    return _words(vocab) if vocab is not None else _Words(None, None, None)

"""Which data a demand asks for: the data categories named inside its demand language. Pure."""

from __future__ import annotations

import re
from collections.abc import Sequence

from services.intake.domain.extraction.category_negation import (
    DEFERRED,
    FOREIGN_NEGATED,
    NEGATED,
    NEGATED_AFTER,
    NEGATED_AFTER_JOINED,
    NEGATED_NO_NO,
    lists_after_negation,
)
from services.intake.domain.extraction.context import Reading
from services.intake.domain.extraction.corpus import LIST_MARK, Corpus, Evidence, Fields, ev
from services.intake.domain.extraction.definitions import without_definitions
from services.intake.domain.extraction.forward import QUOTED
from services.intake.domain.extraction.paragraphs import paragraph_break, soft_breaks
from services.intake.domain.extraction.preservation_scope import WHOLE_ACCOUNT, names_whole_account
from services.intake.domain.extraction.vocabulary import Vocabulary
from shared.vocabulary import DataCategory, ProcessType

# Tried in this order; each match masks its words so a later, more general pattern cannot
# read them again ("IP address logs" is not also "IP addresses").
_CATEGORY_PATTERNS: tuple[tuple[DataCategory, str, float], ...] = (
    (
        DataCategory.REALTIME_CONTENT,
        r"\bintercept(?:ion|ing)?\s+(?:of\s+)?(?:the\s+)?(?:contents?|wire|electronic|oral|communications)|\breal[- ]time (?:content|interception)|\bwiretap",
        0.9,
    ),
    (
        DataCategory.REALTIME_METADATA,
        r"\bpen registers?\b|\btrap and trace\b|\bdialing,? routing,? addressing,? (?:and|or) signaling\b|\b(?:prospective|real[- ]time|ongoing|future) (?:collection of )?(?:dialing|routing|addressing|signaling|metadata|non-content|location)\b",
        0.9,
    ),
    (
        DataCategory.PUBLIC_CONTENT,
        r"\bpublic(?:ly)? (?:posts?|tweets?|content|profile|messages|photos|videos|available (?:posts|content|information)|visible (?:posts|content))\b"
        # "photos, whether public or private": the public ones too.
        r"|\bpublic(?:ly)?\s+(?:or|and|as well as)\s+(?:private|non-?public)\b|\bprivate\s+(?:or|and)\s+public\b",
        0.9,
    ),
    (
        DataCategory.LOCATION_HISTORY,
        r"\b(?:historical |past |current |last known |recent |precise )?(?:location|geo-?location) (?:history|information|data|records)\b|\bhistorical (?:cell[- ]site )?location\b|\bgeo-?location\b|\bGPS\b|\bcell[- ]site\b|\blatitude\b|\bcheck-?ins?\b|\blocation history\b|\b(?:current|last known|physical|historical) location\b"
        # Where the account logged in from: "login locations", "the locations of all sign-ins".
        r"|\b(?:log-?in|sign-?in|access|connection|session) locations?\b|\blocations? of (?:all |each |every |the )?(?:log-?ins?|sign-?ins?|sessions?|connections?|accesses)\b",
        0.9,
    ),
    (
        DataCategory.NON_CONTENT_RECORDS,
        r"\b(?:accounts|users|persons|people) with (?:which|whom) [^.;]{0,60}?(?:exchanged|communicated|corresponded|sent|received)[^.;]{0,20}?(?:direct messages|messages|communications|e-?mails)\b|\b(?:I\.?P\.?|login|log-in|access|connection|session|activity|transactional|audit|usage|traffic)(?<!telephone connection) (?:address )?(?:logs?|histor(?:y|ies)|records)\b|\bIP address (?:logs?|history|records)\b|\blogs? of (?:all )?(?:I\.?P\.? addresses|logins|access)\b|\blog-?in histor(?:y|ies)\b|\bdevice (?:identifiers?|information|data|IDs?)\b|\bIMEI\b|\bMAC address(?:es)?\b|\badvertising (?:ID|identifiers?)\b|\bcontacts(?: lists?)?\b|\bcontact lists?\b|\bfriends?(?: lists?)\b|\bfollowers?\b|\bfollowing list\b|\bcorrespondents?\b|\bheader information\b|\bmetadata\b|\brecords of (?:all )?(?:communications|messages)\b|\bcall (?:detail )?(?:records|logs)\b|\bbuddy lists?\b|\bnon-?content (?:records|information|data)\b|\btransactional (?:records|data|information)\b|\buser[- ]agent\b|\bcookies?\b|\b(?:source|destination) (?:IP )?addresses\b|\bsender and recipient\b|\b(?:user|account) activity\b|\b(?:privacy|account|security) settings\b|\bdates? and times? of (?:all )?(?:communications|messages)\b",
        0.9,
    ),
    (
        DataCategory.STORED_CONTENT,
        r"\bdirect messages?\b|\bDMs?\b|\bprivate messages?\b|\bcontents? of (?:all |any |the )?(?:communications|messages|e-?mails|the account|direct messages|posts)\b|\b(?:stored|private|account|user) content\b|\be-?mails\b(?!\s*address)|\be-?mail (?:messages|contents?|communications|correspondence)\b|(?:\bchats?(?: logs| messages)?\b|\bphotos?\b|\bphotographs?\b|\bvideos?\b|\bimages\b)"
        # "A photo-sharing account", "the video chat app": what the service is, not what is asked.
        r"(?![- ](?:sharing|editing|streaming|hosting|apps?|application|platform|service|site|website|feature)\b)"
        r"|\bmedia files\b|\bstored (?:files|documents|media)\b|\b(?:files|documents) (?:stored|uploaded|saved)\b|\buploaded (?:files|documents)\b|\bprivate posts?\b|\bdrafts\b|\bvoicemails?\b|\bmessages\b|\bposts\b(?<!attached to posts)(?<!associated with posts)(?<!linked to posts)(?<!embedded in posts)|\btweets\b|\bcontents? of communications\b|\bcommunications content\b|\bstored (?:electronic )?communications\b",
        0.85,
    ),
    (
        DataCategory.BASIC_SUBSCRIBER,
        r"\b(?:basic )?subscriber (?:and (?:registration|account) )?(?:information|records|info|data|details|identity)\b|\bregistration (?:data|records)\b|\bsubscriber(?=[\s>]+(?:and|&|or)\s[^.;:]{0,30}?\b(?:records|information|data|details)\b)|\bBSI\b|\buser ?names?\b(?!\s+@?[\w.]*[_\d][\w.]*)|\baccount log-?in\b|\blog-?in (?:name|ID)s?\b|\b(?:mailing|physical|street|billing|residential|home|postal) address(?:es)?\b|\b(?:tele)?phone numbers?\b|\be-?mail address(?:es)?\b|\bI\.?\s?P\.? address(?:es)?\b|\blength of service\b|\btypes? of services?(?: (?:utili[sz]ed|used))?\b|\b(?:means|source)s? (?:and source )?of payment\b|\bcredit card\b|\bbilling (?:information|records|details)\b|\bpayment (?:information|info|details|methods?|instruments?|cards?)\b|\baccount (?:creation|registration) (?:date|information)\b|\b(?:full |basic |all |the )?account (?:information|info|details)\b(?! (?:of|for|from) (?:the )?(?:sender|other|counterpart))|\bdate (?:the )?account (?:was )?(?:created|opened)\b|\bsession times\b|\bregistration (?:IP|information|details)\b|\bname(?:s)?(?:,| and) (?:mailing |physical )?address(?:es)?\b|\bsubscriber names?\b|\bfull name\b|\baccount holder['’]?s? name\b|\bnames?\b(?= of the (?:account holder|subscriber|user))"
        # "documents sufficient to identify the user", "who is behind the account": who, not what they wrote.
        r"|\bsufficient to identify\b|\bidentif(?:y|ying) (?:the )?(?:user|subscriber|owner|holder|operator|person|individual)s?\b"
        r"|\bidentity of (?:the )?(?:user|subscriber|account ?holder|owner|operator|person)s?\b|\bwho (?:is behind|operates|owns|runs)\b",
        0.9,
    ),
)
_DEMAND = re.compile(
    r"\b(?:produce|provide|furnish|preserve|turn over|deliver|seek(?:s|ing)?|request(?:s|ing|ed)?|demand(?:s|ed)?|"
    r"commanded to|disclose the following|records? (?:of|for|regarding|pertaining to|relating to|concerning|associated with|related to)|"
    r"information (?:of|for|regarding|pertaining to|relating to|concerning|associated with|related to)|data (?:of|for|regarding|associated with)|"
    r"to include|including|namely|items to be seized|(?:property|information|records) to be (?:seized|disclosed|produced|preserved)|"
    r"following (?:records|information|data|items|categories)|records requested|information requested|data requested|"
    r"records sought|information sought|disclosure of|(?:attachment|schedule|exhibit|rider|appendix) [a-c1-3]\b|"
    # A reply narrowing what was asked: "our client limits the subpoena to the subscriber's name".
    r"(?:limit|narrow|restrict|reduc)(?:s|es|ed|ing|e)? (?:the|its|our|this|your|their) (?:subpoena|request|demand|production|warrant|order)"
    r"(?: duces tecum)? to)",
    re.IGNORECASE,
)
# "Demand" and "request" as nouns after an article or a qualifier ("a ransom demand with a photo", "her
# earlier request"): a story's words, not the demand's verb, unless what is asked follows ("our request: ...",
# "a request for the subscriber's name").
_NOUN_BEFORE = re.compile(
    r"\b(?:a|an|the|this|that|these|those|his|her|their|its|our|your|my|any|such|each|every|another|ransom|extortion|"
    r"payment|money|cash|bitcoin|threatening|written|earlier|previous|prior|first|second|same|similar|[\w-]+['’]s)\s+$",
    re.IGNORECASE,
)
_NOUN_ASKS = re.compile(
    r"s?\s*(?::|\bfor\b|\b(?:is|are)\s+(?:as\s+follows|for)\b|\bas\s+follows\b|\b(?:seeks|covers|includes|comprises)\b)",
    re.IGNORECASE,
)
_NOUN_FIRST = re.compile(r"(?:records?|information|data) ", re.IGNORECASE)
# The last clause boundary before a cue: a stop, a colon, a semicolon, a bracket or a blank line.
_CLAUSE_START = re.compile(r"(?:[.;:()]|\n\s*\n)(?!.*(?:[.;:()]|\n\s*\n))", re.DOTALL)
_NOUN_CUE = re.compile(r"(?:demand|request)s?", re.IGNORECASE)
NDO_CONTEXT = re.compile(
    r"not (?:to )?disclose|nondisclosure|non-disclosure|refrain from|do not notify|not notify", re.IGNORECASE
)


_COMPILED_PATTERNS = tuple((c, re.compile(p, re.IGNORECASE), conf) for c, p, conf in _CATEGORY_PATTERNS)
_VOCABULARY_CONFIDENCE = 0.85
_HISTORY_PROCESS = frozenset(
    {
        ProcessType.SEARCH_WARRANT,
        ProcessType.COURT_ORDER_2703D,
        ProcessType.EMERGENCY_REQUEST,
        ProcessType.FOREIGN_REQUEST,
    }
)
# Several IP addresses, in the languages read ("direcciones IP", "adresses IP", "IP-Adressen").
_PLURAL_IPS = re.compile(
    r"\b(?:I\.?P\.?|IP) addresses\b|\bdirecciones IP\b|\badresses IP\b|\bendereços (?:de )?IP\b|\bIP-Adressen\b|\bindirizzi IP\b",
    re.IGNORECASE,
)
# An emergency asks where the person is now: the address the account last connected from.
_ANY_IPS = re.compile(r"\b(?:I\.?P\.?|IP)(?: address(?:es)?|s)\b", re.IGNORECASE)
_REGISTRATION_IP = re.compile(
    r"\s+(?:used\s+)?(?:at|for|to)\s+(?:the\s+)?(?:account\s+)?(?:registration|creation|create|register|sign[- ]?up)",
    re.IGNORECASE,
)
_ONLY_CATEGORIES = {
    ProcessType.PEN_REGISTER_ORDER: {DataCategory.REALTIME_METADATA},
    ProcessType.WIRETAP_ORDER: {DataCategory.REALTIME_CONTENT, DataCategory.REALTIME_METADATA},
    ProcessType.SUBPOENA_DMCA_512H: {DataCategory.BASIC_SUBSCRIBER},
}
_ITEMS_END = re.compile(
    r"\n\n\s*(?:sincerely|regards|respectfully|thank|very truly|atentamente|cordialmente|saludos|sin otro particular|"
    r"mit freundlichen|hochachtungsvoll|cordialement|veuillez|sem mais|atenciosamente|distinti saluti|cordiali saluti|"
    r"(?:it is )?(?:further )?ordered|you are|please|if you|questions)",
    re.IGNORECASE,
)
_LIST_ITEM = re.compile(rf"\n\n[ \t]*{LIST_MARK}\s", re.IGNORECASE)
_ALL_RECORDS = re.compile(r"\ball (?:records|data|information)\b", re.IGNORECASE)
_ALL_WITH_CONTENT = re.compile(
    r"\ball (?:records|data|information)\b(?=[^.;:]{0,40}?\b(?:including|and|as well as|with) (?:the |their |its |all )?"
    r"(?:stored )?(?:contents?|communications)\b)",
    re.IGNORECASE,
)


# "All records of <something no category names>": a demanded item the patterns did not read.
_UNREAD_RECORDS = re.compile(
    r"\ball (?:other )?(?:records|data|information) (?:of|about|regarding|relating to|concerning) "
    # ... but not the account, the user or a record the categories know ("records of logins").
    r"(?!(?:the\s+|any\s+|this\s+|that\s+|such\s+)?(?:[\w@.-]+\s+)?(?:accounts?|users?|subscribers?|profiles?|handles?|"
    r"targets?|persons?|individuals?|log-?ins?|log-?outs?|sign-?ins?|sessions?|access|connections?|messages?|"
    r"communications?|posts?|contents?|activity)\b)\w",
    re.IGNORECASE,
)
#: The confidence of a demand with an item no category read: its categories may be incomplete.
UNREAD_ITEM_CONFIDENCE = 0.5


# The items a demand lists: lines after a list mark ("1.", "a)", "-", "•"); the short paragraphs after a line
# ending on a colon (an HTML list loses its marks); the parts of "Records: a; b; c".
_MARKED_ITEM = re.compile(
    rf"^[ \t]*{LIST_MARK}[ \t]+(?P<item>[^\n]+(?:\n(?![ \t]*{LIST_MARK}[ \t])[^\n]+)*)", re.MULTILINE
)
_LABELLED_PARTS = re.compile(
    r"^[ \t]*(?P<label>[A-Za-zÀ-ÿ][\w ’'-]{1,40}):[ \t]*(?P<parts>[^\n;]+(?:;[^\n;]+)+)", re.MULTILINE
)
_SHORT_ITEM = 260
_RECORDS_LABEL = re.compile(
    r"\b(?:records?|data|information|items?|documents?|categories|materials?|requested|sought|demanded|"
    r"datos|información|Daten|Angaben|Informationen|données|informations|dados|informações|dati|informazioni)\b",
    re.IGNORECASE,
)
_RECORDS_NOUN = re.compile(
    r"\b(?:records?|information|data|details|logs?|histor(?:y|ies)|lists?|documents?|files?|copies|reports?|statements?|"
    r"registros?|datos|información|historial|Daten|Angaben|Informationen|Unterlagen|Verlauf|données|informations|"
    r"historique|relevés?|dados|informações|histórico|dati|informazioni|cronologia|registri|elenco)\b",
    re.IGNORECASE,
)
# An item that names no data: the account, the period, how or when to answer, a definition.
_NOT_DATA_ITEM = re.compile(
    r"^\W*(?:for |of )?(?:the )?(?:accounts?|users?|targets?|profiles?|handles?|identifiers?|usernames?|URLs?|period|"
    r"time ?frame|date range|dates?|from|between|since|during|in (?:electronic|digital|native|PDF)|"
    r"(?:please )?(?:produce|send|deliver|return|provide|respond|reply|contact|call|e-?mail)|response|production|"
    r"(?:records )?custodian|certificat\w*|declaration|affidavit|definitions?|instructions?|note)\b(?!['’]s?\b)"
    # An account named by its handle, address, number or a quoted name; other accounts linked to it.
    r"|^\W*(?:@[\w.]+|https?://\S+|[\w.+-]+@[\w-]+\.[\w.]+|\+?[\d() .-]{7,}|\"[^\"\n]{1,80}\"|«[^»\n]{1,80}»|“[^”\n]{1,80}”)"
    r"|^\W*(?:any |all )?(?:other )?(?:linked|associated|related|connected|alternate|backup) accounts\b"
    # Everything about the account ("all data relating to the account", "l'ensemble des données"): no item of its own.
    r"|\ball (?:the )?(?:records|data|information)\b|\bl.ensemble des (?:données|informations)\b|\btoutes les (?:données|informations)\b"
    r"|\btod(?:os|as) (?:los |las |os |as )?(?:datos|información|dados|informações)\b|\b(?:alle|sämtliche)n? (?:Daten|Informationen)\b"
    r"|\btutt[ie] (?:i |le )?(?:dati|informazioni)\b"
    # A catch-all ("any other records associated with the account", "anything else", "relating to the foregoing")
    # or the records' certification: no item of its own.
    r"|\b(?:any|all)(?: and all)? (?:other|further|additional|remaining|related|relevant) (?:records|data|information|documents|materials|items)\b"
    r"|\bother (?:relevant|related|responsive|pertinent|such) (?:records|data|information|documents)\b|\banything else\b|\bforegoing\b"
    r"|\b(?:(?:the|listed|described) )?above\b|\bcertif(?:ied|icat\w*)\b|\bdeclaration\b|\baffidavit\b|\bauthenticat\w*"
    r"|\bcualquier otr[oa]\b|\btoda otra\b|\balle weiteren\b|\bsonstigen?\b|\btout(?:e)? autre\b|\bqualquer outr[oa]\b"
    r"|\b(?:ogni|qualsiasi) altr[oa]\b"
    # A clause of an order ("5. The application and this Order are sealed", "3. The Provider shall ..."): a command.
    r"|\b(?:shall|must)\b|\b(?:is|are) (?:hereby )?(?:sealed|ordered|directed|authori[sz]ed|required|permitted|prohibited)\b"
    # When and how to answer, the period, a plea not to tell.
    r"|\b(?:limited to|within \w+ (?:\(\d+\) )?(?:business |calendar )?(?:days|hours)|no later than|on or before|deadline|"
    r"plazo|prazo|Frist|délai|entro)\b|\bnot (?:to )?(?:disclose|notify|inform)|\bnão seja (?:comunicad|notificad|informad)|"
    r"\bno (?:se )?(?:informe|notifique|comunique)|\bnicht (?:zu )?(?:informieren|benachrichtigen)|\bne pas (?:informer|aviser)",
    re.IGNORECASE,
)
_PROSE = re.compile(r"[.!?]\s+[A-ZÀ-Ý]")
_SIGNING = re.compile(
    r"[ \t]*(?:dated\b|date\s*:|signed\b|issued\b|sworn\b|subscribed\b|by\s*:|/s/|so ordered\b|witness\b|"
    r"fecha\s*:|datum\s*:|fait à\b|data\s*:)",
    re.IGNORECASE,
)


def _listed_items(text: str, windows: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The requested items a demand's windows list, each as (start, end) in ``text``."""
    items: list[tuple[int, int]] = []
    for start, end in windows:
        for marked in _MARKED_ITEM.finditer(text, start, end):
            items.append((marked.start("item"), marked.end("item")))
        for labelled in _LABELLED_PARTS.finditer(text, start, end):
            if not _RECORDS_LABEL.search(labelled.group("label")):
                continue  # "Offense: a; b", "Authority: a; b": not the data asked for
            at = labelled.start("parts")
            for part in labelled.group("parts").split(";"):
                items.append((at, at + len(part)))
                at += len(part) + 1
        colon = text.find(":\n\n", start, end)
        if colon != -1 and not any(s <= colon < e for s, e in items):
            # Unmarked, a paragraph is an item only when it names records; the list ends at an item's full stop.
            at = colon + 3
            while at < end:
                stop = text.find("\n\n", at, end)
                stop = end if stop == -1 else stop
                if (
                    stop - at > _SHORT_ITEM
                    or _ITEMS_END.match(text, at - 2)
                    or _MARKED_ITEM.match(text, at)
                    or _PROSE.search(text, at, stop)
                ):
                    break
                if _RECORDS_NOUN.search(text, at, stop):
                    items.append((at, stop))
                if text[at:stop].rstrip().endswith("."):
                    break
                at = stop + 2
    return [(s, e) for s, e in items if text[s:e].strip() and not _NOT_DATA_ITEM.search(text[s:e].strip())]


_NO_CONTENT_PROCESS = frozenset(
    {
        ProcessType.NATIONAL_SECURITY_LETTER,
        ProcessType.SUBPOENA_ADMINISTRATIVE,
        ProcessType.SUBPOENA_GRAND_JURY,
        ProcessType.SUBPOENA_CIVIL,
        ProcessType.SUBPOENA_TRIAL,
        ProcessType.SUBPOENA_DMCA_512H,
    }
)
_GENERIC_CONTENT = re.compile(
    r"(?:all |any |the |stored |account )?(?:contents?|messages?|posts?|photos?|photographs?|videos?|images|e-?mails|chats?)",
    re.IGNORECASE,
)
#: The confidence of stored content read from a generic noun under a process that reaches no content.
GENERIC_CONTENT_CONFIDENCE = 0.5


def _heading(text: str, cue: re.Match[str], blank: int) -> bool:
    """Whether the ``cue`` is a heading: a short line of its own with no punctuation, before a blank line."""
    if re.fullmatch(r"(?:demand|request)(?:s|ing|ed)?", cue.group(0), re.IGNORECASE):
        return False  # "EMERGENCY DISCLOSURE REQUEST": the message's title, and a story may come next
    line_start = text.rfind("\n", 0, cue.start()) + 1
    line = text[line_start:blank].strip()
    # ("Account: @x" is a labelled field, "Records of the account are attached." a sentence: no heading.)
    return text.find("\n", cue.end()) == blank and 0 < len(line) <= 60 and not re.search(r"[.,;:]", line)


def _demand_windows(
    text: str, demand: Sequence[re.Pattern[str]] = (), scanned: Sequence[tuple[int, int]] = ()
) -> list[tuple[int, int]]:
    windows: list[tuple[int, int]] = []
    # Each cue in the text and across its line breaks ("la siguiente\ninformación"): the same offsets.
    flat = text.replace("\n", " ")
    matches = [
        *_DEMAND.finditer(text),
        *(m for pattern in demand for m in pattern.finditer(text)),
        *(m for pattern in (_DEMAND, *demand) for m in pattern.finditer(flat) if "\n" in text[m.start() : m.end()]),
    ]
    soft = soft_breaks(text, scanned)
    for match in matches:
        before = text[max(0, match.start() - 120) : match.start()]
        if (
            _NOUN_CUE.fullmatch(match.group(0))
            and _NOUN_BEFORE.search(before[-40:])
            and not _NOUN_ASKS.match(text, match.end())
        ):
            continue
        if NDO_CONTEXT.search(before) and not re.search(r"[.;]\s", before[-40:]):
            continue
        start = match.start()
        if _NOUN_FIRST.match(match.group(0)):
            # "subscriber and log-in IP records of @x": what the records are comes before "records of".
            clause = _CLAUSE_START.search(text, max(0, start - 80), start)
            start = clause.end() if clause else max(0, start - 80)
        end = start
        limit = min(len(text), start + 700)
        blank = paragraph_break(text, start, limit, soft)
        # Keep a list that follows a colon together, even across one blank line; so too the paragraph under a
        # heading the cue is ("ATTACHMENT B" or "Records requested", then a blank line, then what is asked).
        end = limit if blank == -1 else blank
        if blank != -1 and (text[max(start, blank - 2) : blank].rstrip().endswith(":") or _heading(text, match, blank)):
            second = text.find("\n\n", blank + 2, limit)
            end = limit if second == -1 else second
        # After a colon, short paragraphs are the list's items (HTML lists lose their bullets).
        if blank != -1 and text[max(start, blank - 2) : blank].rstrip().endswith(":"):
            while end < limit and not _ITEMS_END.match(text, end):
                following = text.find("\n\n", end + 2, limit)
                paragraph_end = limit if following == -1 else following
                # A signing line ("Dated 11/25/2026. By: ...") ends the list: what follows it is no item.
                if paragraph_end - end > 260 or _SIGNING.match(text, end + 2):
                    break
                end = paragraph_end
        # A list whose items are apart (HTML lists, bullets): each next item stays in the window.
        while end < limit and _LIST_ITEM.match(text, end):
            following = text.find("\n\n", end + 2, limit)
            end = limit if following == -1 else following
        windows.append((start, end))
    merged: list[tuple[int, int]] = []
    for start, end in sorted(windows):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _own_windows(
    corpus: Corpus, vocab: Vocabulary | None, scanned: Sequence[tuple[int, int]] = ()
) -> list[list[tuple[int, int]]]:
    """The demand's windows; in a reply, first those of the message's own words (the quoted earlier mail is
    context: what was asked before and since narrowed or withdrawn), then all when its own name no data."""
    windows = without_definitions(corpus.text, _demand_windows(corpus.text, vocab.demand if vocab else (), scanned))
    quoted = [(s, e) for name, s, e in corpus.ranges if name == QUOTED]
    own = [(s, e) for s, e in windows if not any(qs <= s < qe for qs, qe in quoted)]
    return [own, windows] if own and len(own) < len(windows) else [windows]


#: The confidence of a category read from a sentence that tells a story and asks for nothing, or one a
#: negation after it may reach.
NARRATIVE_CONFIDENCE = 0.5


def _found_in(
    text: str,
    windows: list[tuple[int, int]],
    patterns: list[tuple[DataCategory, re.Pattern[str], float]],
    negated: re.Pattern[str],
    unread: list[int] | None = None,
) -> dict[DataCategory, tuple[float, int, int]]:
    found: dict[DataCategory, tuple[float, int, int]] = {}
    for start, end in windows:
        window = list(text[start:end])
        joined = text[start:end]  # "".join(window), rebuilt only after a match blanks part of it
        for category, pattern, confidence in patterns:
            blanked = False
            for match in pattern.finditer(joined):
                s, e = match.start(), match.end()
                preceding = "".join(window[max(0, s - 60) : s])
                if s < 60:
                    # A negation just before the demand's verb ("do not provide the content") still negates.
                    preceding = text[max(0, start - (60 - s)) : start] + preceding
                raw = text[max(0, start + s - 60) : start + s]
                if (
                    (
                        (negated.search(preceding) or FOREIGN_NEGATED.search(preceding))
                        and not lists_after_negation(raw, category, patterns, negated)
                    )
                    or re.search(r"non-$", preceding, re.I)
                    or DEFERRED.search(preceding)
                    or NEGATED_AFTER.match(text, start + e)
                ):
                    for i in range(s, e):
                        window[i] = " "
                    blanked = True
                    continue
                if NDO_CONTEXT.search("".join(window[max(0, s - 100) : s])):
                    continue
                if NEGATED_AFTER_JOINED.match(text, start + e):
                    # "IP logs and message content are outside the scope": negated with the next item, or not?
                    confidence = min(confidence, NARRATIVE_CONFIDENCE)
                found.setdefault(category, (confidence, start + s, start + e))
                for i in range(s, e):
                    window[i] = " "
                blanked = True
            if blanked:
                joined = "".join(window)
        if unread is not None:
            unread.extend(start + m.start() for m in _UNREAD_RECORDS.finditer("".join(window)))
    return found


# What someone did with the data, told in the past: "the suspect sent the victim several direct messages" (a
# subject, then the verb: "the direct messages exchanged between" is the demand's own phrase).
_NARRATIVE = re.compile(
    r"\b(?:he|she|they|who|que|quien|qui|che|suspects?|victims?|users?|defendants?|subjects?|targets?|holders?|owners?|individuals?|"
    r"persons?|accused|perpetrators?|offenders?|minors?|child|complainants?|investigad[oa]|sospechos[oa]|víctima|"
    r"suspect|victime|utilisateur|suspeit[oa]|vítima|indagat[oa]|vittima|@[\w.]+)"
    r"\s+(?:(?:had|has|have|also|then|allegedly|repeatedly|reportedly|a|ha|hat)\s+)?"
    r"(?:sent|received|posted|uploaded|shared|exchanged|wrote|published|transmitted|texted|messaged|forwarded|"
    r"envió|recibió|publicó|envoyé|publié|reçu|enviou|recebeu|publicou|inviato|ricevuto|pubblicato)\b",
    re.IGNORECASE,
)
# A relative clause after the demand tells the story: "the data of @x, who posted photos of the victim".
_RELATIVE = re.compile(r"(?<=,)\s*(?:who|que|quien|qui|che)\b", re.IGNORECASE)
# German puts the verb last: "Der Beschuldigte hat der Geschädigten Fotos und Nachrichten geschickt."
_NARRATIVE_DE = re.compile(
    r"\b(?:hat|haben|hatte|hatten)\b[^.!?\n]{0,160}?\b(?:geschickt|gesendet|gepostet|veröffentlicht|hochgeladen|"
    r"verschickt|übermittelt|erhalten|ausgetauscht|geteilt)\b",
    re.IGNORECASE,
)
_SENTENCE_BREAK = re.compile(r"[.!?](?=\s+[A-Z\"“(])|\n[ \t]*\n")


def _told(text: str, at: int, vocab: Vocabulary | None) -> bool:
    """Whether the category at ``at`` comes after a past verb of a story ("sent", "posted") in a sentence with
    no demand cue before it, or in a clause of its own after the demand (", who posted photos of the victim")."""
    start = max(0, at - 300)
    for stop in _SENTENCE_BREAK.finditer(text, start, at):
        start = stop.end()
    sentence = text[start:at]
    cues = (_DEMAND, *(vocab.demand if vocab else ()))
    story = _NARRATIVE.search(sentence)
    if story is None:
        end = _SENTENCE_BREAK.search(text, at, at + 300)
        if not _NARRATIVE_DE.search(text[start : end.start() if end else at + 300]):
            return False
    elif _RELATIVE.match(sentence, story.start() - 1) and not any(p.search(sentence, story.end()) for p in cues):
        return True
    return not any(p.search(sentence) for p in cues)


def _categories(
    out: Fields,
    corpus: Corpus,
    process: ProcessType,
    vocab: Vocabulary | None = None,
    language: str = "en",
    scanned: Sequence[tuple[int, int]] = (),
) -> None:
    negated = NEGATED_NO_NO if language == "pt" else NEGATED
    text = corpus.flat
    found: dict[DataCategory, tuple[float, int, int]] = {}
    # Another language's phrases first (its "E-Mail-Adresse" is no e-mail); then, category by
    # category in the order above, the English vocabulary's phrases before the patterns here.
    words = vocab.categories if vocab else ()
    patterns: list[tuple[DataCategory, re.Pattern[str], float]] = [
        (c, p, _VOCABULARY_CONFIDENCE) for c, p, language in words if language != "en"
    ]
    for category, pattern, confidence in _COMPILED_PATTERNS:
        patterns.extend(
            (c, p, _VOCABULARY_CONFIDENCE) for c, p, language in words if language == "en" and c is category
        )
        patterns.append((category, pattern, confidence))
    unread: list[int] = []
    # The windows the categories came from (a reply's own words before the mail it quotes): the rules
    # below read the same ones, not a request the reply since narrowed.
    read_from: list[tuple[int, int]] = []
    for windows in _own_windows(corpus, vocab, scanned):
        unread.clear()
        read_from = windows
        found = _found_in(text, windows, patterns, negated, unread)
        if found:
            break
    if DataCategory.STORED_CONTENT in found and _ONLY_CATEGORIES.get(process) is None:
        # "Preserve all records and content", "all data, including content": the content, and the subscriber
        # and non-content records (under any process when the content is named with "all data").
        every_pattern = _ALL_RECORDS if process is ProcessType.PRESERVATION_REQUEST else _ALL_WITH_CONTENT
        for start, end in read_from:
            every = every_pattern.search(text, start, end)
            if every and not NEGATED.search(text[max(0, every.start() - 60) : every.start()]):
                for category in (DataCategory.BASIC_SUBSCRIBER, DataCategory.NON_CONTENT_RECORDS):
                    found.setdefault(category, (0.8, every.start(), every.end()))
                break
    if found and process is ProcessType.PRESERVATION_REQUEST:
        # "Please preserve per 2703(f): [the account]. Also keep its posts": the account as a whole, and more
        whole = names_whole_account(corpus.text, text, read_from, (p for _, p, _ in patterns))
        if whole is not None:
            for category in WHOLE_ACCOUNT:
                found.setdefault(category, (0.8, *whole))
    if process in _HISTORY_PROCESS and DataCategory.BASIC_SUBSCRIBER in found:
        # Under a warrant or a § 2703(d) order, "IP addresses" (several, unqualified) are the account's
        # address history, a non-content record; under a subpoena only the subscriber's assigned address.
        for start, end in read_from:
            plural = (_ANY_IPS if process is ProcessType.EMERGENCY_REQUEST else _PLURAL_IPS).search(text, start, end)
            before = text[max(start, plural.start() - 60) : plural.start()] if plural else ""
            if (
                plural
                and not _REGISTRATION_IP.match(text, plural.end())
                and not negated.search(before)
                and not FOREIGN_NEGATED.search(before)
                and not NEGATED_AFTER.match(text, plural.end())
            ):
                found.setdefault(DataCategory.NON_CONTENT_RECORDS, (0.8, plural.start(), plural.end()))
                break
    only = _ONLY_CATEGORIES.get(process)
    if only is not None:
        # A § 3123 order collects dialing, routing, addressing and signaling information as it flows, a
        # § 2518 order intercepts, a § 512(h) subpoena identifies: the IP addresses, ports and media
        # its text names are that collection or the infringing material, not other records.
        found = {category: value for category, value in found.items() if category in only}
    order = list(DataCategory)
    values = sorted(found, key=order.index)
    if process is ProcessType.PEN_REGISTER_ORDER and DataCategory.REALTIME_METADATA not in found:
        values.append(DataCategory.REALTIME_METADATA)
        found[DataCategory.REALTIME_METADATA] = (0.8, 0, 0)
    if process is ProcessType.WIRETAP_ORDER and DataCategory.REALTIME_CONTENT not in found:
        values.append(DataCategory.REALTIME_CONTENT)
        found[DataCategory.REALTIME_CONTENT] = (0.8, 0, 0)
    if not values:
        out.put("data_categories", Evidence([], 0.2, note="no demanded-records language was recognised"))
        return
    confidence = min(conf for conf, _, _ in found.values())
    if any(_told(corpus.text, at, vocab) for _, at, end in found.values() if end > at):
        # "The suspect sent the victim direct messages": a sentence telling what happened, not what is asked.
        confidence = min(confidence, NARRATIVE_CONFIDENCE)
    first = min((v for v in found.values() if v[2] > v[1]), key=lambda item: item[1], default=None)
    content = found.get(DataCategory.STORED_CONTENT)
    if content and process in _NO_CONTENT_PROCESS and _GENERIC_CONTENT.fullmatch(text[content[1] : content[2]]):
        # A subpoena or an NSL reaches records, not content: a bare "messages" or "photos" read as a content
        # demand under one is more likely a description (what the account holds) than the demand.
        found[DataCategory.STORED_CONTENT] = (GENERIC_CONTENT_CONFIDENCE, content[1], content[2])
        confidence = min(confidence, GENERIC_CONTENT_CONFIDENCE)
    records = found.get(DataCategory.NON_CONTENT_RECORDS)
    if (
        content
        and records
        and 0 <= content[1] - records[2] <= 40
        and re.fullmatch(r"records of (?:all )?(?:communications|messages)", text[records[1] : records[2]], re.I)
    ):
        # "records of communications, including direct messages": the messages' records, or the messages?
        confidence = min(confidence, GENERIC_CONTENT_CONFIDENCE)
    if not unread and only is None:
        # A listed item no category was read from, in a list others were read from: its data may be missing.
        items = _listed_items(corpus.text, read_from)
        read = [any(p.search(text, s, e) for _, p, _ in patterns) for s, e in items]
        if any(read):
            unread.extend(s for (s, _), ok in zip(items, read, strict=True) if not ok)
    if unread and only is None:
        at = unread[0]
        out.put(
            "data_categories",
            Evidence(
                values,
                min(confidence, UNREAD_ITEM_CONFIDENCE),
                note=f"the demand also names records no category was read from: {text[at : at + 60]!r}",
            ),
        )
        return
    if first:
        out.put("data_categories", ev(corpus, values, confidence, first[1], first[2]))
    else:
        out.put("data_categories", Evidence(values, confidence, note="implied by the kind of process"))


def read_categories(r: Reading) -> None:
    # Where the texts OCR read from scans are in the corpus: their paragraphs break anywhere.
    ocr = {d.name for d in r.documents if d.method == "ocr" or d.ocr_pages}
    scanned = [(s, e) for name, s, e in r.corpus.ranges if name in ocr]
    _categories(r.out, r.corpus, r.process, r.vocab, r.language, scanned)

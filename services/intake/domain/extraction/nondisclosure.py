"""The nondisclosure (gag) order or request: a court's § 2705(b) order, an NSL's certification, or
a letter's request, and when it ends. Pure."""

from __future__ import annotations

import re
from datetime import datetime, time, tzinfo

from services.intake.domain.dates import add_period, number_value
from services.intake.domain.extraction.context import Reading
from services.intake.domain.extraction.corpus import Corpus, Evidence, Fields, ev
from services.intake.domain.extraction.forward import QUOTED
from services.intake.domain.extraction.issuer_place import issuer_zone
from services.intake.domain.extraction.timing import first_date_after, order_date
from services.intake.domain.extraction.vocabulary import Vocabulary
from services.intake.domain.message import ParsedMessage
from shared.vocabulary import NondisclosureKind, ProcessType

# What a gag keeps quiet: the process itself, or its existence.
_GAGGED_THING = (
    r"\b(?:(?:this|the) (?:order|warrant|subpoena|summons|demand|request|production order|notice)|"
    r"(?:the |its )?existence of (?:this|the) (?:order|warrant|subpoena|summons|demand|request))\b"
)
# A court's order not to tell, however its subject is put: "the court further orders that the provider not
# notify the user", "it is further ordered that the subscriber not be informed".
_COURT_NDO = re.compile(
    r"2705\s*\(\s*b\s*\)|(?:it is (?:further |also |hereby )?ordered|the court(?: (?:further|also|hereby|therefore))? (?:finds|orders|directs)|ordered that|hereby ordered)[^.]{0,300}?(?:not (?:to )?disclose|shall not disclose|shall not notify|nondisclosure|non-disclosure"
    r"|\bnot (?:to )?(?:notify|inform|reveal|tell|alert|advise)\b|\bnot be (?:notified|informed|told|alerted|advised|made aware)\b)"
    r"|\b(?:order|preclusion order) (?:of|for|precluding|commanding|directing) (?:non-?disclosure|notice)|"
    # "The Court's order of June 1, 2026 precluding notice is extended": a date or a number between.
    r"\border\b[^.;]{0,40}?\bprecluding\s+(?:notice|notification|disclosure)\b|\bnon-?disclosure order\b|\bshall not disclose the existence\b"
    r"|\b(?:shall|must|may) not (?:disclose|reveal|notify|inform|tell|alert|advise)\b|\bnon-?disclosure requirement\b|\b(?:ordered|commanded) not to (?:disclose|notify|reveal)\b"
    # "is hereby directed not to disclose", "is prohibited from notifying", "shall refrain from disclosing": a command.
    r"|\b(?:is|are) (?:hereby |further |also )?(?:ordered|directed|commanded|enjoined|prohibited|precluded|restrained)\b[^.;]{0,40}?\b(?:not to|from) (?:disclos|notif|reveal|inform)\w*"
    r"|\bshall (?:refrain|be (?:prohibited|precluded|enjoined|restrained)) from (?:disclos|notif|reveal|inform)\w*"
    # "Disclosure of this warrant to the subscriber is prohibited", "shall delay notification", "shall keep this
    # warrant confidential": a command in other words.
    r"|\bdisclosure\b[^.;]{0,60}?\b(?:is|are|shall be) (?:hereby |strictly )?(?:prohibited|forbidden|barred|not permitted)\b"
    r"|\b(?:shall|must|is (?:hereby )?(?:ordered|directed) to) (?:delay|postpone|defer) (?:any |all )?(?:notif\w+|notice)\b"
    r"|\b(?:shall|must|is (?:hereby )?(?:ordered|directed) to) (?:keep|treat|maintain|hold) (?:this|the) (?:warrant|order)\b[^.;]{0,30}?\bconfidential"
    r"|\bshall (?:keep|treat|maintain|hold) (?:it|its existence) (?:strictly )?confidential"
    # The passive: "this order, and its existence, must not be disclosed"; "... shall not be revealed to the user".
    rf"|{_GAGGED_THING}[^.;]{{0,30}}?\b(?:(?:shall|must|may) not|(?:is|are) not to) be (?:disclosed|revealed|made known)\b"
    r"|\b(?:shall|must|may) not be (?:disclosed|revealed|made known)\b[^.;]{0,40}?\bto (?:the |any )?(?:user|subscriber|account ?holder|customer|target)s?\b",
    re.IGNORECASE,
)
_NSL_NDO = re.compile(
    r"2709\s*\(\s*c\s*\)|nondisclosure (?:requirement|certification)|certif(?:y|ied|ies|ication)[^.]{0,200}?disclos",
    re.IGNORECASE,
)
_LETTER_NDO = re.compile(
    r"(?:request(?:s|ed)?|ask(?:s|ed)?|urge(?:s|d)?)(?: that)? (?:you )?(?:do )?not (?:to )?(?:disclose|notify|inform|alert)|please (?:do not|don['’]t|refrain from) (?:disclos|notify|inform|alert|tell)\w*|"
    r"refrain from (?:notifying|disclosing|informing)|not to notify the (?:user|subscriber|account holder|customer)|"
    r"(?:keep|treat) (?:this|the) (?:request|letter|matter) (?:strictly )?confidential|do not (?:notify|inform|alert) the (?:user|subscriber|account holder|customer)"
    r"|\bdo not (?:disclose|reveal) (?:the existence of |the (?:contents|receipt) of )?(?:this|the) (?:subpoena|request|letter|demand|summons)"
    r"|\b(?:directed|required|requested|asked) not to (?:disclose|notify|reveal|inform)"
    rf"|{_GAGGED_THING}[^.;]{{0,30}}?\bshould not be (?:disclosed|revealed|made known)\b",
    re.IGNORECASE,
)
_NO_NDO = re.compile(
    r"(?:\bno\b|not accompanied by (?:a|any)|without (?:a|any)|there is no)\s+(?:court\s+|court-ordered\s+)?(?:non-?disclosure|gag)(?: order)?"
    r"|\bno (?:court )?order (?:of|for) non-?disclosure\b"
    # A form's field with no gag: "Nondisclosure order: No", "Non-disclosure: N/A" (the next field's label, or
    # nothing, after it; "Nondisclosure: no notice shall be given" is a sentence, a gag).
    r"|\bnon-?disclosure(?: order| requirement| request(?:ed)?)?\s*[:|]\s*(?:no|none|n/?a|not applicable|not requested|nil)\b(?!\s*(?-i:[a-z]))",
    re.IGNORECASE,
)
_NDO_PERIOD = re.compile(
    r"(?:for (?:(?:an? )?(?:additional|further) |another )?(?:(?:a )?period of )?|period of )(?P<n>[a-z-]+(?: hundred(?: and)? [a-z-]+)?|\d+)\s*(?:\(\s*\d+\s*\)\s*)?(?P<unit>days?|months?|years?)\s*"
    r"(?:from|after|following|beginning (?:on|with))\s+(?:the\s+)?(?:date of (?:this|the) (?:order|entry|letter)|entry of (?:this|the) order|date (?:hereof|of issuance|this order is (?:signed|entered))|issuance of this order)",
    re.IGNORECASE,
)
# "for ninety (90) days", "for 180 days from 11/01/2026", "for eighteen (18) months from service".
_NDO_PERIOD_LOOSE = re.compile(
    r"\b(?:for|period of)\s+(?:(?:an?\s+)?(?:additional|further)\s+|another\s+)?(?:(?:a\s+)?period\s+of\s+)?(?P<n>[a-z-]+(?: hundred(?: and)? [a-z-]+)?|\d+)\s*(?:\(\s*\d+\s*\)\s*)?"
    r"(?P<unit>days?|months?|years?)\b(?:\s+(?:from|after|following|beginning(?:\s+on)?)\s+(?P<from>[^.;]{0,60}))?",
    re.IGNORECASE,
)
_FROM_SERVICE = re.compile(r"^\s*(?:the\s+)?(?:date\s+of\s+)?(?:service|receipt)", re.IGNORECASE)
_CLAUSE_END = re.compile(r"\bIT IS (?:FURTHER |HEREBY )?ORDERED\b|\n\s*\n")
# Where a letter's sentence ends: a stop before a space or a line's end, or a blank line.
_SENTENCE_END = re.compile(r"[.;!?](?=\s|$)|\n[ \t]*\n")
_OTHER_ACT = re.compile(
    r"\b(?:preserv|retain|keep|produc|provid|respond|return|reply|send|disclos(?:e|ing) the)\w*", re.I
)
_ORDER_TERM = re.compile(r"\b(?:order|entry|court|judge)\b", re.IGNORECASE)
#: The confidence of a letter's plea whose time counts from an order's date (the kind is in doubt).
ORDER_TERM_IN_LETTER_CONFIDENCE = 0.5
#: The confidence of a gag for a period whose start could not be read (its end is unknown).
PERIOD_WITHOUT_END_CONFIDENCE = 0.4
_NDO_UNTIL = re.compile(r"\buntil\s+(?:and including\s+)?", re.IGNORECASE)
_NDO_INDEFINITE = re.compile(
    r"until (?:further|otherwise) order(?:ed)?(?: of (?:the|this) court)?|indefinite(?:ly)?|until (?:the court|otherwise) orders",
    re.IGNORECASE,
)

# OCR's usual confusions inside a word: 0 for o, 1 or | for l ("n0t disc1ose"). Read one for one, so a
# match's place in the tidied text is its place in the text.
# And the other way in a number: O for 0, l, I or | for 1 ("27O5(b)").
_OCR_SLIP = re.compile(r"(?<=[A-Za-z])[01|](?=[A-Za-z])|(?<=\d)[OoIl|](?=\d)")
_OCR_READ = str.maketrans({"0": "o", "1": "l", "|": "l"})
_OCR_DIGIT = str.maketrans({"O": "0", "o": "0", "I": "1", "l": "1", "|": "1"})


def ocr_tidy(text: str) -> str:
    """``text`` with OCR's letter-for-digit slips inside words (and digit-for-letter inside numbers)
    undone, character for character."""

    def undo(slip: re.Match[str]) -> str:
        in_number = text[slip.start() - 1].isdigit()
        return slip.group(0).translate(_OCR_DIGIT if in_number else _OCR_READ)

    return _OCR_SLIP.sub(undo, text)


# The words of a gag, read loosely (a broken line, a stray space, an OCR slip): in a scan where no gag was
# read, they make "no gag" a finding for a person to check, not a confident one.
_GAG_LIKE = re.compile(
    r"\bnon\s*-?\s*d\s*[il1|]\s*s\s*c\s*[l1i|]\s*o\s*s\s*u\s*r\s*e|\b2705\b|\bgag\b|\bsecrecy\b|\bdelay(?:ed|ing)?\s+(?:of\s+)?notice\b"
    r"|\b(?:not|never)\s+(?:to\s+)?(?:be\s+)?(?:d\s*[il1|]\s*s\s*c\s*[l1i|]\s*o\s*s|n\s*o\s*t\s*[il1|]\s*f|reveal|inform|tell|alert)\w*",
    re.IGNORECASE,
)
# In typed text, the one word that names a gag: written, but not in a sentence read as one.
_GAG_WORD = re.compile(r"\bnon-?\s?disclosure\b", re.IGNORECASE)
# Delayed notice (18 U.S.C. 2705(a), a state's delayed-notice law) binds the government's own notice to the
# customer; whether the order also bars the provider from telling is for a person to read.
_DELAYED_NOTICE = re.compile(
    r"\b2705\s*\(\s*a\s*\)|\bdelayed\s+(?:notice|notification)\b|\bdelay(?:ing)?\s+(?:of\s+)?(?:the\s+)?(?:notice|notification)\b"
    r"|\b(?:notice|notification)\b[^.;\n]{0,60}?\b(?:is|are|shall be|will be|be|has been|may be)\s+(?:hereby\s+)?(?:delayed|postponed|deferred)\b"
    r"|\b(?:aufgeschobene|zurückgestellte)n?\s+Benachrichtigung\b|\b(?:Zurückstellung|Aufschub)\s+der\s+Benachrichtigung\b"
    r"|\bBenachrichtigung\b[^.;\n]{0,60}?\b(?:zurückgestellt|aufgeschoben)\b"
    r"|\bnotificaci[óo]n\s+diferida\b|\b(?:aplazamiento|diferimiento)\s+de\s+la\s+notificaci[óo]n\b"
    r"|\bnotification\s+différée\b|\b(?:report|ajournement)\s+de\s+(?:la\s+)?notification\b"
    r"|\bnotificação\s+diferida\b|\badiamento\s+da\s+notificação\b"
    r"|\bnotifica\s+(?:differita|ritardata)\b|\b(?:differimento|ritardo)\s+(?:della|nella)\s+notifica\b",
    re.IGNORECASE,
)
#: The confidence of "no gag" in a scan whose text has a gag's words that were not read as one.
DOUBTFUL_NO_GAG_CONFIDENCE = 0.45

# A sentence that names a gag only to say none is asked ("we do not ask you to delay notice", "you may notify
# the user", "no es necesario mantener la confidencialidad", "wir bitten nicht um Geheimhaltung").
_WAIVED = re.compile(
    r"\b(?:do|does|are|am|is|will|would|did)\s*(?:not|n['’]t)\s+(?:\w+\s+)?(?:ask|request|requir|need|seek|want|expect)\w*"
    r"|\bnot\s+(?:asking|requesting|requiring|seeking|necessary|required|needed|requested)\b|\bno\s+(?:need|request|requirement)\b"
    r"|\b(?:may|can|are free to|is free to)\s+(?:\w+\s+)?(?:notify|inform|tell|advise|alert)\b|\bnothing\s+(?:prevents|prohibits|bars)\b"
    r"|\bno\s+(?:es|será|resulta)\s+(?:necesari|precis)[oa]|\bno\s+(?:solicitamos|pedimos|requerimos|se\s+(?:solicita|requiere|pide))\b"
    r"|\bpuede[ns]?\s+(?:informar|notificar|comunicar)"
    r"|\bn['’]?\s*(?:est|sont|avons|demandons|sollicitons|exigeons)\s+pas\b|\bpas\s+(?:nécessaire|requis|obligatoire)"
    r"|\b(?:pouvez|peut|pouvons)\s+(?:en\s+)?(?:informer|aviser|notifier|prévenir)"
    r"|\b(?:bitten|ersuchen)\s+(?:Sie\s+)?nicht\s+(?:um|darum)\b|\bnicht\s+(?:erforderlich|notwendig|nötig)\b|\bkeine\s+Geheimhaltung\b"
    r"|\b(?:dürfen|darf|können|kann)\s+(?:den|die)\s+\w+\s+(?:\w+\s+)?(?:informieren|benachrichtigen|unterrichten)\b"
    r"|\bnão\s+(?:é\s+necessári[oa]|solicitamos|pedimos|se\s+(?:solicita|requer|exige))\b|\bpode[m]?\s+(?:informar|notificar|comunicar)"
    r"|\bnon\s+(?:è\s+necessari[oa]|chiediamo|richiediamo|si\s+(?:richiede|chiede))\b|\bpu[òo]\s+(?:informare|notificare|comunicare)"
    r"|\bpossono\s+(?:informare|notificare|comunicare)"
    # Or lifted: "el secreto ... fue levantado", "die Geheimhaltung ist aufgehoben", "le secret a été levé",
    # "o sigilo foi levantado", "il segreto è stato revocato", "ne s'oppose pas à ce que vous informiez".
    r"|\b(?:fue|ha\s+sido|han\s+sido|queda|qued[óo])\s+(?:\w+\s+)?(?:levantad|alzad|revocad)[oa]s?\b|\bse\s+(?:ha\s+)?levant[óa]\b"
    r"|\baufgehoben\b|\b(?:a|ont)\s+été\s+levée?s?\b|\bne\s+s['’]oppose\s+pas\b"
    r"|\b(?:foi|foram|está|estão)\s+(?:\w+\s+)?(?:levantad|revogad|suspens)[oa]s?\b"
    r"|\b(?:è|sono)\s+stat[oaie]\s+(?:revocat|rimoss|tolt)[oaie]\b",
    re.IGNORECASE,
)
# A sentence that names a court's gag as one that has ended: "the nondisclosure order ... has expired", "is no
# longer in effect", "the Court has vacated its prior order precluding notice".
_LAPSED = re.compile(
    r"\b(?:has|have|had|was|were)\s+(?:\w+\s+)?(?:expired|lapsed|vacated|lifted|rescinded|dissolved|terminated|withdrawn|revoked|set aside)\b"
    r"|\b(?:expired|lapsed)\s+(?:on|as of)\b|\bno longer (?:in (?:effect|force)|applies|effective|binding|valid)\b"
    r"|\b(?:vacat|lift|rescind|dissolv|terminat|revok)(?:es|ed|ing)\s+(?:its|the|this|that)\s+(?:prior\s+|previous\s+|earlier\s+)?(?:order|nondisclosure|non-disclosure|gag)"
    r"|\bis\s+(?:hereby\s+)?(?:vacated|lifted|rescinded|dissolved|terminated|revoked)\b"
    # Or as one never sought: "No order under 18 U.S.C. 2705(b) has been sought."
    r"|\b(?:has|have|was|were|is|are)\s+not\s+(?:been\s+)?(?:sought|requested|entered|issued|obtained|applied for)\b"
    r"|\bno\s+(?:such\s+)?order\b[^;\n]{0,60}?\b(?:has|have|was|is)\s+(?:been\s+)?(?:sought|requested|entered|issued|obtained)\b"
    r"|\b(?:is|are)\s+not\s+(?:seeking|requesting|applying for)\b",
    re.IGNORECASE,
)
# In the sentence after a plea: the plea taken back ("that request is withdrawn and you may now notify them").
_WITHDRAWN = re.compile(
    r"\b(?:request|order|restriction)\b[^.;]{0,30}?\b(?:is|has been|was)\s+(?:hereby\s+)?(?:withdrawn|rescinded|lifted|vacated|revoked)\b"
    r"|\bmay\s+now\s+(?:notify|inform|tell|advise)\b|\bno\s+longer\s+(?:necessary|needed|required|applies)\b",
    re.IGNORECASE,
)
_A_TIME = re.compile(
    r"\b(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|twelve|eighteen|thirty|sixty|ninety)\s*(?:\(\d+\)\s*)?"
    r"(?:days?|months?|years?)\b",
    re.IGNORECASE,
)
_EITHER_END = re.compile(r"\bwhichever\s+(?:is|comes|occurs|shall\s+be)\s+(?:first|earlier|sooner|later|last)\b", re.I)
#: The confidence of a gag's end that is the earlier (or later) of two, one of them an event.
EITHER_END_CONFIDENCE = 0.5
#: The confidence of "no gag" where the only gag named is one said not to be asked, or to have ended.
NAMED_NOT_IN_FORCE_CONFIDENCE = 0.45


# A sentence's end, but not an abbreviation's stop ("18 U.S.C. 2705(b)", "No. 26-11", "bzw.", "Art. 11").
_STOP = re.compile(
    r"(?<!\b[A-Za-z])(?<!\bNo)(?<!\bno)(?<!\bbzw)(?<!\bInc)(?<!\bSec)(?<!\bsec)(?<!\bArt)(?<!\bart)(?<!\bAbs)(?<!\bNr)"
    r"[.;!?](?=\s|$)|\n[ \t]*\n"
)


def _sentence(text: str, match: re.Match[str], following: bool = False) -> str:
    """The sentence (or line group) ``match`` is in, and with ``following`` the next one too."""
    starts = [stop.end() for stop in _STOP.finditer(text, max(0, match.start() - 400), match.start())]
    stop = _STOP.search(text, match.end(), min(len(text), match.end() + 400))
    if following and stop is not None:
        stop = _STOP.search(text, stop.end(), min(len(text), stop.end() + 400)) or stop
    return text[starts[-1] if starts else max(0, match.start() - 400) : stop.start() if stop else match.end() + 400]


# An unticked box before a form's line: "[ ] Nondisclosure order attached" is a choice not made.
_EMPTY_BOX = re.compile(r"(?:\[\s*\]|☐|□|\(\s*\))[^\n\[☐□☒☑(]{0,80}$")


def _in_force(
    text: str, matches: list[re.Match[str]], ended: re.Pattern[str]
) -> tuple[re.Match[str] | None, list[re.Match[str]]]:
    """The first of ``matches`` whose sentence does not say it is not asked or has ended (nor is an unticked
    box's), and the matches set aside so."""
    found, set_aside = None, []
    for match in matches:
        line = text[text.rfind("\n", 0, match.start()) + 1 : match.start()]
        if _EMPTY_BOX.search(line):
            continue
        if ended.search(_sentence(text, match)) or _WITHDRAWN.search(_sentence(text, match, following=True)):
            set_aside.append(match)
        elif found is None:
            found = match
    return found, set_aside


def _quoted(corpus: Corpus, position: int) -> bool:
    """Whether ``position`` is in an earlier message a reply quotes."""
    line_start = corpus.text.rfind("\n", 0, position) + 1
    return corpus.span(position, position + 1).source == QUOTED or corpus.text[line_start:position].lstrip().startswith(
        ">"
    )


def _superseded(corpus: Corpus, found: re.Match[str] | None, set_aside: list[re.Match[str]]) -> bool:
    """Whether a gag read only in the quoted earlier message is said by the reply's own words to have ended."""
    return (
        found is not None
        and _quoted(corpus, found.start())
        and any(not _quoted(corpus, match.start()) for match in set_aside)
    )


_JURAT = re.compile(
    r"\b(?:sworn to and subscribed|subscribed and sworn(?: to)?) before me(?:,? on| this| on this)?\s*", re.IGNORECASE
)
#: The confidence of a gag's end counted from the affidavit's oath, the warrant's own date not being written.
JURAT_CONFIDENCE = 0.7


def _nondisclosure(
    out: Fields,
    corpus: Corpus,
    process: ProcessType,
    zone: tzinfo,
    message: ParsedMessage,
    day_first: bool,
    vocab: Vocabulary | None = None,
    scanned: bool = False,
) -> None:
    text = ocr_tidy(corpus.flat) if scanned else corpus.flat
    court, court_set_aside = _in_force(text, list(_COURT_NDO.finditer(text)), _LAPSED)
    if _superseded(corpus, court, court_set_aside):
        court = None  # "The Court has lifted the nondisclosure order" above the quoted order
    court_ended = court is None and bool(court_set_aside)
    nsl = _NSL_NDO.search(text) if process is ProcessType.NATIONAL_SECURITY_LETTER else None
    pleas = [
        *_LETTER_NDO.finditer(text),
        *(found for pattern in (vocab.gag if vocab else ()) for found in pattern.finditer(text)),
    ]
    letter, letter_set_aside = _in_force(text, sorted(pleas, key=lambda found: found.start()), _WAIVED)
    if _superseded(corpus, letter, letter_set_aside):
        letter = None
    letter_waived = letter is None and bool(letter_set_aside)
    denied = _NO_NDO.search(text)
    if nsl:
        kind, match, confidence = NondisclosureKind.NSL_CERTIFICATION, nsl, 0.9
    elif court and not (denied and denied.start() <= court.start() <= denied.end() + 5):
        kind, match, confidence = NondisclosureKind.COURT_ORDER_2705B, court, 0.9
    elif letter:
        kind, match, confidence = NondisclosureKind.LETTER_REQUEST, letter, 0.85
    else:
        if (court_ended or letter_waived) and not denied:
            out.put(
                "nondisclosure",
                Evidence(
                    {"present": False, "kind": None, "expires_at": None},
                    NAMED_NOT_IN_FORCE_CONFIDENCE,
                    note="a gag is named only as not asked or as ended: a person reads it",
                ),
            )
            return
        loose = None if denied else (_GAG_LIKE if scanned else _GAG_WORD).search(text)
        delayed = None if denied else _DELAYED_NOTICE.search(text)
        if loose is None and delayed is not None:
            out.put(
                "nondisclosure",
                ev(
                    corpus,
                    {"present": False, "kind": None, "expires_at": None},
                    DOUBTFUL_NO_GAG_CONFIDENCE,
                    delayed.start(),
                    delayed.end(),
                    note="delayed notice is written but no order to the provider not to tell: a person reads it",
                ),
            )
            return
        if loose is not None:
            out.put(
                "nondisclosure",
                ev(
                    corpus,
                    {"present": False, "kind": None, "expires_at": None},
                    DOUBTFUL_NO_GAG_CONFIDENCE,
                    loose.start(),
                    loose.end(),
                    note="no gag was read, but the text has a gag's words: a person reads it",
                ),
            )
            return
        out.put(
            "nondisclosure",
            Evidence(
                {"present": False, "kind": None, "expires_at": None},
                0.85,
                note="no nondisclosure language" if not denied else "the text says there is none",
            ),
        )
        return
    gag_at = match.start()
    expires: datetime | None = None
    note = None
    expiry_confidence = 0.9
    # The gag's own period: in the sentences that impose it, not another clause's (a pen register's 60 days).
    period = None
    if kind is NondisclosureKind.LETTER_REQUEST:
        # A letter's plea for a time ("please do not notify the user for 90 days"): after the plea, in its
        # sentence, and not another act's time ("... and preserve the records for 90 days").
        stop = _SENTENCE_END.search(text, match.end(), min(len(text), match.end() + 300))
        sentence_end = stop.start() if stop else min(len(text), match.end() + 300)
        period = _NDO_PERIOD.search(text, match.start(), sentence_end) or _NDO_PERIOD_LOOSE.search(
            text, match.start(), sentence_end
        )
        if period is not None and _OTHER_ACT.search(text, match.end(), period.start()):
            period = None
    else:
        pattern = _NSL_NDO if kind is NondisclosureKind.NSL_CERTIFICATION else _COURT_NDO
        for place in (match, *pattern.finditer(text)):
            start = place.start()
            clause_end = _CLAUSE_END.search(corpus.text, place.end(), min(len(text), start + 600))
            end = clause_end.start() if clause_end else min(len(text), start + 600)
            period = _NDO_PERIOD.search(text, start, end) or _NDO_PERIOD_LOOSE.search(text, start, end)
            if period is not None:
                break
    if kind is NondisclosureKind.LETTER_REQUEST:
        # A letter's plea has no term of law: its end stays empty, whatever time it asks for. A time counted
        # from an order's date or entry is a court's order's term, read in words no pattern knew as an order's.
        if period is not None and _ORDER_TERM.search(period.group(0)):
            expiry_confidence = ORDER_TERM_IN_LETTER_CONFIDENCE
            note = "a plea not to tell, but its time counts from an order's date: a court's order, ending when?"
            match = period
    else:
        indefinite = _NDO_INDEFINITE.search(text)
        until_date = None
        for until in _NDO_UNTIL.finditer(text):
            hit = first_date_after(corpus, until.end(), 30, day_first)
            if hit is not None and hit.start - until.end() <= 3:
                until_date = hit
                break
        if period:
            amount = number_value(period.group("n"))
            order_day = order_date(corpus, day_first)
            if order_day is None:
                # A warrant and its affidavit on one page: the day the judge took the oath is the warrant's.
                for label in _JURAT.finditer(text):
                    hit = first_date_after(corpus, label.end(), 40, day_first)
                    if hit is not None and hit.start - label.end() <= 12:
                        order_day, expiry_confidence = hit, JURAT_CONFIDENCE
                        break
            from_service = False
            written_from = period.groupdict().get("from")
            if written_from:
                explicit = first_date_after(corpus, period.start("from"), 20, day_first)
                if explicit is not None and explicit.start - period.start("from") <= 4:
                    order_day = explicit  # "for 180 days from 11/01/2026"
                elif _FROM_SERVICE.match(written_from) and message.date is not None:
                    order_day = None  # from service: the e-mail's date, below
                    from_service = True
            if amount and order_day is not None:
                base = datetime.combine(order_day.day, time(23, 59, 59)).replace(tzinfo=zone)
                expires = add_period(base, amount, period.group("unit"))
                note = f"{amount} {period.group('unit')} from the order's date {order_day.day.isoformat()}"
            elif amount and message.date is not None:
                base = datetime.combine(message.date.astimezone(zone).date(), time(23, 59, 59)).replace(tzinfo=zone)
                expires = add_period(base, amount, period.group("unit"))
                if from_service:  # "for six months after service": service by e-mail is the e-mail's date
                    note = f"{amount} {period.group('unit')} from service (the e-mail's date)"
                    expiry_confidence = 0.7
                else:
                    note = f"{amount} {period.group('unit')} from the e-mail's date: the order's own date was not found"
                    expiry_confidence = 0.5
            else:
                # A gag for a time whose end cannot be counted: never a silent "no end".
                expiry_confidence = PERIOD_WITHOUT_END_CONFIDENCE
                note = "a period is given but its start could not be read"
            match = period
        elif until_date is not None:
            expires = datetime.combine(until_date.day, time(23, 59, 59)).replace(tzinfo=zone)
            note = "until a date"
        elif indefinite:
            note = "until further order: indefinite"
            match = indefinite
        elif _A_TIME.search(text, gag_at, min(len(text), gag_at + 300)):
            # A time is written by the gag, but not read as its period: never a confident "no end".
            note = "a time is written near the gag but not read as its period: a person reads it"
            expiry_confidence = PERIOD_WITHOUT_END_CONFIDENCE
        else:
            note = "no expiry written: indefinite"
            expiry_confidence = 0.7
    if kind is not NondisclosureKind.LETTER_REQUEST and _EITHER_END.search(text, gag_at, min(len(text), gag_at + 400)):
        # "until the arrest or one year, whichever is earlier": two ends, one of them an event; a person reads it.
        expiry_confidence = min(expiry_confidence, EITHER_END_CONFIDENCE)
        note = "the gag ends at whichever of two ends comes first (or last): a person reads it"
    value = {"present": True, "kind": kind.value, "expires_at": expires.isoformat() if expires else None}
    out.put("nondisclosure", ev(corpus, value, min(confidence, expiry_confidence), match.start(), match.end(), note))


def read_nondisclosure(r: Reading) -> None:
    scanned = any(document.method == "ocr" or document.ocr_pages for document in r.documents)
    _nondisclosure(r.out, r.corpus, r.process, issuer_zone(r), r.message, r.day_first, r.vocab, scanned=scanned)

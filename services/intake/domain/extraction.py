"""From an e-mail's text to DOMAIN.md's case JSON, field by field, with evidence. Pure.

:func:`extract_case` reads the message's readable texts (PDF text layers first: that is the
document; then the body, forwarded mail and attached messages) and fills each field of
:class:`LegalProcessCase` with a confidence and the span of text it came from. Nothing is
ever dropped: a field that cannot be read stays empty, and a message whose deciding fields
are not confident (or cannot be read at all: image-only scans, broken PDFs, no text) gets
triage reasons. Legal ops confirm such a case before it is reviewed.

The rules of the review are not here: only reading. ``requester.verified`` comes from
:mod:`services.intake.domain.authenticity`; ``emergency.verified_out_of_band`` is always
false (only a person calling back can set it).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, time, timedelta, tzinfo
from typing import Any

from pydantic import ValidationError

from services.intake.domain.authenticity import (
    Authenticity,
    AuthenticityData,
    AuthResult,
    DomainClass,
    assess_authenticity,
    authenticity_data,
    classify_domain,
)
from services.intake.domain.dates import DateHit, add_period, find_dates, number_value
from services.intake.domain.documents import DocumentText
from services.intake.domain.message import ParsedMessage, tidy_text
from services.intake.domain.triage import TriageReason, field_path, unique_reasons
from shared.citations import Citation, find_citations
from shared.contracts import LegalProcessCase
from shared.reference import Agency, AgencyRegistry, domain_of
from shared.vocabulary import DataCategory, ForeignMechanism, NondisclosureKind, ProcessType, RequesterKind

EXTRACTOR_VERSION = "email-extraction/1"
#: A deciding field below this confidence sends the case to triage.
CONFIDENT = 0.6
#: The fields whose value decides the review: low confidence on any of them means triage.
DECIDING_FIELDS = (
    "process_type",
    "requester.name",
    "requester.kind",
    "targets",
    "data_categories",
    "nondisclosure",
    "return_by",
    "emergency",
    "statute",
)


@dataclass(frozen=True)
class Span:
    source: str
    start: int
    end: int
    quote: str

    def to_json(self) -> dict[str, Any]:
        return {"source": self.source, "start": self.start, "end": self.end, "quote": self.quote}


@dataclass(frozen=True)
class Evidence:
    value: Any
    confidence: float
    span: Span | None = None
    note: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "value": _jsonable(self.value),
            "confidence": round(self.confidence, 2),
            "span": self.span.to_json() if self.span else None,
            "note": self.note,
        }


def _jsonable(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if hasattr(value, "value") and not isinstance(value, (str, int, float, bool)):
        return value.value
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


@dataclass(frozen=True)
class Extraction:
    """The case as read, each field's evidence, and why it waits in triage (each sentence once)."""

    case: LegalProcessCase
    evidence: dict[str, Evidence]
    triage: tuple[TriageReason, ...]
    authenticity: Authenticity
    forwarded: bool = False

    @property
    def triage_reasons(self) -> tuple[str, ...]:
        """The triage reasons as the sentences legal ops read."""
        return tuple(reason.text for reason in self.triage)

    @property
    def needs_triage(self) -> bool:
        return bool(self.triage)

    def to_json(self) -> dict[str, Any]:
        """The record stored with the message: ``triage_reasons`` are the sentences (as ever);
        ``triage_codes`` their codes, one for each sentence, in the same order."""
        return {
            "extractor": EXTRACTOR_VERSION,
            "fields": {name: ev.to_json() for name, ev in self.evidence.items()},
            "triage_reasons": list(self.triage_reasons),
            "triage_codes": [reason.held_code for reason in self.triage],
            "authenticity": self.authenticity.to_json(),
            "forwarded": self.forwarded,
        }


# --- the text, with where each piece came from ----------------------------------------------


class Corpus:
    """The message's texts joined, remembering each one's source so spans point back to it."""

    def __init__(self, sources: Sequence[tuple[str, str]]) -> None:
        pieces: list[str] = []
        self.ranges: list[tuple[str, int, int]] = []
        offset = 0
        for name, text in sources:
            if not text:
                continue
            if pieces:
                pieces.append("\n\n")
                offset += 2
            pieces.append(text)
            self.ranges.append((name, offset, offset + len(text)))
            offset += len(text)
        self.text = "".join(pieces)
        # The same text on one line (same length, same offsets): PDFs wrap sentences anywhere.
        self.flat = self.text.replace("\n", " ")

    def span(self, start: int, end: int) -> Span:
        for name, s, e in self.ranges:
            if s <= start < e or (start == e and s <= start):
                return Span(name, start - s, min(end, e) - s, self.text[start : min(end, e)][:300])
        return Span("text", start, end, self.text[start:end][:300])

    def title_zones(self, size: int = 700) -> list[tuple[int, int]]:
        return [(s, min(e, s + size)) for _, s, e in self.ranges]

    def in_title(self, position: int, size: int = 700) -> bool:
        return any(s <= position < e for s, e in self.title_zones(size))


def _ev(
    corpus: Corpus,
    value: Any,
    confidence: float,
    start: int | None = None,
    end: int | None = None,
    note: str | None = None,
) -> Evidence:
    span = corpus.span(start, end) if start is not None and end is not None else None
    return Evidence(value, confidence, span, note)


# --- forwarded mail -----------------------------------------------------------------------------

_FORWARD_MARK = re.compile(
    r"^(?:>\s*)?(?:-{2,}\s*(?:Forwarded message|Original Message|Weitergeleitete Nachricht)\s*-{2,}|Begin forwarded message:"
    r"|-{3,}\s*Original\s+Message\s*-{3,})\s*$",
    re.IGNORECASE | re.MULTILINE,
)
_HEADER_LINE = re.compile(r"^(?:>\s*)?(From|Sent|Date|Subject|To|Cc)\s*:\s*(.*)$", re.IGNORECASE)


@dataclass(frozen=True)
class Forward:
    sender: str | None
    sender_name: str | None
    date: datetime | None
    subject: str | None


def find_forward(body: str, subject: str, outer_zone: tzinfo | None = None) -> Forward | None:
    """The original sender of an inline-forwarded message (Gmail, Outlook, Apple Mail styles)."""
    match = _FORWARD_MARK.search(body)
    if match is None:
        return None
    fields: dict[str, str] = {}
    for line in body[match.end() :].lstrip("\n").split("\n")[:12]:
        header = _HEADER_LINE.match(line.strip())
        if header:
            fields.setdefault(header.group(1).lower(), header.group(2).strip())
        elif line.strip() and fields:
            break
    raw_from = fields.get("from", "")
    address = re.search(r"[\w.+'-]+@[\w.-]+\.[A-Za-z]{2,}", raw_from)
    name = re.sub(r"<[^>]*>|\[mailto:[^\]]*\]|\"", "", raw_from).strip() or None
    when = None
    raw_date = fields.get("date") or fields.get("sent")
    if raw_date:
        from email.utils import parsedate_to_datetime

        try:
            when = parsedate_to_datetime(raw_date)
        except (TypeError, ValueError, IndexError):
            hits = find_dates(raw_date)
            when = hits[0].moment(outer_zone or UTC, time(0, 0)) if hits else None
        if when is not None and when.tzinfo is None:
            when = when.replace(tzinfo=outer_zone) if outer_zone else None
    return Forward(
        address.group(0) if address else None, name if name and "@" not in name else None, when, fields.get("subject")
    )


# --- process type ---------------------------------------------------------------------------------

# (process type, pattern, weight): a match in the subject or the start of a document counts double.
_PROCESS_SIGNALS: tuple[tuple[ProcessType, str, float], ...] = (
    (ProcessType.SEARCH_WARRANT, r"\bsearch\s+(?:and\s+seizure\s+)?warrant\b", 4),
    (ProcessType.SEARCH_WARRANT, r"\bwarrant\b(?!\s+canary)", 1),
    (ProcessType.SEARCH_WARRANT, r"\bprobable cause\b", 1),
    (ProcessType.SEARCH_WARRANT, r"\b(?:property|items|information) to be seized\b", 2),
    (ProcessType.COURT_ORDER_2703D, r"2703\s*\(\s*d\s*\)", 3),
    (ProcessType.COURT_ORDER_2703D, r"specific and articulable facts", 2),
    (ProcessType.SUBPOENA_GRAND_JURY, r"\bgrand\s+jury\b", 3),
    (ProcessType.SUBPOENA_GRAND_JURY, r"subpoena to testify before (?:a|the) grand jury", 3),
    (ProcessType.SUBPOENA_TRIAL, r"\btrial subpoena\b", 4),
    (ProcessType.SUBPOENA_TRIAL, r"subpoena (?:to appear and testify|to testify) at (?:a )?(?:hearing or )?trial", 4),
    (ProcessType.SUBPOENA_TRIAL, r"\b(?:people|state|commonwealth) (?:of [A-Z][a-z]+ )?v\.", 1.5),
    (ProcessType.SUBPOENA_TRIAL, r"\bcriminal (?:case|action|proceeding)\b", 1),
    (ProcessType.SUBPOENA_ADMINISTRATIVE, r"\badministrative subpoena\b", 5),
    (ProcessType.SUBPOENA_ADMINISTRATIVE, r"\bsummons\b", 2.5),
    (ProcessType.SUBPOENA_ADMINISTRATIVE, r"\binspector general subpoena\b", 4),
    (ProcessType.SUBPOENA_CIVIL, r"\bcivil action\b", 2),
    (ProcessType.SUBPOENA_CIVIL, r"\bcivil (?:case|subpoena)\b", 2),
    (ProcessType.SUBPOENA_CIVIL, r"\bplaintiffs?\b", 1),
    (ProcessType.SUBPOENA_CIVIL, r"\bdefendants?\b", 0.5),
    (ProcessType.SUBPOENA_DMCA_512H, r"\bDigital Millennium Copyright Act\b|\bDMCA\b", 2),
    (ProcessType.SUBPOENA_DMCA_512H, r"\bcopyright infringement\b|\binfringing\b", 1.5),
    (ProcessType.NATIONAL_SECURITY_LETTER, r"\bnational security letter\b", 6),
    (ProcessType.NATIONAL_SECURITY_LETTER, r"\bNSL\b", 2),
    (ProcessType.PEN_REGISTER_ORDER, r"\bpen registers?\b", 4),
    (ProcessType.PEN_REGISTER_ORDER, r"\btrap and trace\b", 4),
    (ProcessType.WIRETAP_ORDER, r"\bwiretap\b", 3),
    (ProcessType.WIRETAP_ORDER, r"\bintercept(?:ion)? of (?:wire|electronic|oral)", 4),
    (ProcessType.WIRETAP_ORDER, r"\bTitle III\b", 2),
    (ProcessType.PRESERVATION_REQUEST, r"\bpreservation (?:request|letter|demand)\b", 6),
    (
        ProcessType.PRESERVATION_REQUEST,
        r"\b(?:request|asks?|requests?) (?:that you |to )?preserve\b|\bplease preserve\b",
        4,
    ),
    (ProcessType.PRESERVATION_REQUEST, r"\bpreserve\b", 1.5),
    (ProcessType.EMERGENCY_REQUEST, r"\bemergency (?:disclosure )?request\b", 6),
    (ProcessType.EMERGENCY_REQUEST, r"\bemergency disclosure\b", 4),
    (ProcessType.EMERGENCY_REQUEST, r"\bexigent\b", 3),
    (
        ProcessType.EMERGENCY_REQUEST,
        r"\b(?:imminent|immediate) (?:danger|threat|risk)\b|\brisk of (?:death|serious)",
        2,
    ),
    (ProcessType.EMERGENCY_REQUEST, r"\bdanger of death or serious (?:physical|bodily) injury\b", 3),
    (ProcessType.FOREIGN_REQUEST, r"\bmutual legal assistance\b|\bMLAT\b", 4),
    (
        ProcessType.FOREIGN_REQUEST,
        r"\bCLOUD Act\b|\boverseas production order\b|\bCrime \(Overseas Production Orders\) Act\b",
        4,
    ),
    (ProcessType.FOREIGN_REQUEST, r"\bletters? rogatory\b", 4),
)

# Statutes (section keys, with a subsection where it matters) that say which process it is.
_STATUTE_PROCESS: dict[str, ProcessType] = {
    "18 U.S.C. § 2709": ProcessType.NATIONAL_SECURITY_LETTER,
    "18 U.S.C. § 2703(d)": ProcessType.COURT_ORDER_2703D,
    "18 U.S.C. § 2703(f)": ProcessType.PRESERVATION_REQUEST,
    "18 U.S.C. § 2702(b)": ProcessType.EMERGENCY_REQUEST,
    "18 U.S.C. § 2702(c)": ProcessType.EMERGENCY_REQUEST,
    "18 U.S.C. § 3123": ProcessType.PEN_REGISTER_ORDER,
    "18 U.S.C. § 3122": ProcessType.PEN_REGISTER_ORDER,
    "18 U.S.C. § 2518": ProcessType.WIRETAP_ORDER,
    "18 U.S.C. § 2516": ProcessType.WIRETAP_ORDER,
    "17 U.S.C. § 512(h)": ProcessType.SUBPOENA_DMCA_512H,
    "Fed. R. Civ. P. 45": ProcessType.SUBPOENA_CIVIL,
    "Fed. R. Crim. P. 41": ProcessType.SEARCH_WARRANT,
    "Fed. R. Crim. P. 17": ProcessType.SUBPOENA_GRAND_JURY,
    "19 U.S.C. § 1509": ProcessType.SUBPOENA_ADMINISTRATIVE,
    "26 U.S.C. § 7602": ProcessType.SUBPOENA_ADMINISTRATIVE,
    "26 U.S.C. § 7609": ProcessType.SUBPOENA_ADMINISTRATIVE,
    "21 U.S.C. § 876": ProcessType.SUBPOENA_ADMINISTRATIVE,
    "8 U.S.C. § 1225": ProcessType.SUBPOENA_ADMINISTRATIVE,
    "18 U.S.C. § 3486": ProcessType.SUBPOENA_ADMINISTRATIVE,
    "5 U.S.C. App. 3 § 6": ProcessType.SUBPOENA_ADMINISTRATIVE,
}
_STATUTE_WEIGHT = 4.0


def _citation_keys(citation: Citation) -> list[str]:
    keys = [citation.key]
    if citation.subsections:
        keys.insert(0, f"{citation.key}({citation.subsections[0]})")
    return keys


def classify_process(
    corpus: Corpus, subject: str, citations: Sequence[Citation], foreign: bool
) -> tuple[ProcessType, float, int | None, int | None, str]:
    scores: dict[ProcessType, float] = {}
    first: dict[ProcessType, tuple[int, int]] = {}
    subject_lower = subject
    for process, pattern, weight in _PROCESS_SIGNALS:
        regex = re.compile(pattern, re.IGNORECASE)
        bonus = weight if regex.search(subject_lower) else 0.0
        for match in regex.finditer(corpus.flat):
            gained = weight * (2 if corpus.in_title(match.start()) else 1)
            scores[process] = scores.get(process, 0.0) + gained
            first.setdefault(process, (match.start(), match.end()))
            break
        if bonus:
            scores[process] = scores.get(process, 0.0) + bonus * 2
    for citation in citations:
        for key in _citation_keys(citation):
            process = _STATUTE_PROCESS.get(key)
            if process is None:
                continue
            weight = _STATUTE_WEIGHT * (1.5 if corpus.in_title(citation.start) else 1)
            scores[process] = scores.get(process, 0.0) + weight
            first.setdefault(process, (citation.start, citation.end))
            break
    # A summons or subpoena with an administrative statute is administrative, not civil or trial.
    if scores.get(ProcessType.SUBPOENA_ADMINISTRATIVE, 0) >= 6:
        for other in (ProcessType.SUBPOENA_CIVIL, ProcessType.SUBPOENA_TRIAL):
            scores[other] = scores.get(other, 0) * 0.5
    # Preservation and emergency letters mention the process that will follow: their own
    # title decides.
    if scores.get(ProcessType.PRESERVATION_REQUEST, 0) >= 8:
        for other in scores:
            if other is not ProcessType.PRESERVATION_REQUEST:
                scores[other] *= 0.4
    if scores.get(ProcessType.EMERGENCY_REQUEST, 0) >= 10:
        for other in scores:
            if other not in (ProcessType.EMERGENCY_REQUEST, ProcessType.FOREIGN_REQUEST):
                scores[other] *= 0.4
    if scores.get(ProcessType.SUBPOENA_DMCA_512H, 0) >= 6:
        scores[ProcessType.SUBPOENA_CIVIL] = scores.get(ProcessType.SUBPOENA_CIVIL, 0) * 0.3
    if scores.get(ProcessType.SUBPOENA_GRAND_JURY, 0) >= 6:
        scores[ProcessType.SUBPOENA_TRIAL] = scores.get(ProcessType.SUBPOENA_TRIAL, 0) * 0.3
    if scores.get(ProcessType.NATIONAL_SECURITY_LETTER, 0) >= 8:
        for other in scores:
            if other is not ProcessType.NATIONAL_SECURITY_LETTER:
                scores[other] *= 0.5
    if scores.get(ProcessType.PEN_REGISTER_ORDER, 0) >= 8 or scores.get(ProcessType.WIRETAP_ORDER, 0) >= 8:
        scores[ProcessType.SEARCH_WARRANT] = scores.get(ProcessType.SEARCH_WARRANT, 0) * 0.3
        scores[ProcessType.COURT_ORDER_2703D] = scores.get(ProcessType.COURT_ORDER_2703D, 0) * 0.5
    if foreign:
        scores[ProcessType.FOREIGN_REQUEST] = scores.get(ProcessType.FOREIGN_REQUEST, 0) + 8
    ranked = sorted(scores.items(), key=lambda item: -item[1])
    if not ranked or ranked[0][1] < 2.5:
        return ProcessType.UNKNOWN, 0.3, None, None, "no words or statute name a kind of legal process"
    best, top = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0.0
    if top >= 6 and top >= 2 * second:
        confidence = 0.95
    elif top >= 4 and top >= 1.5 * second:
        confidence = 0.8
    elif top >= 3 and top > second * 1.2:
        confidence = 0.65
    else:
        confidence = 0.45
    start, end = first.get(best, (None, None))
    note = f"score {top:.1f}" + (f"; next {ranked[1][0].value} {second:.1f}" if len(ranked) > 1 else "")
    return best, confidence, start, end, note


# --- issuer -----------------------------------------------------------------------------------------

_US = r"(?:U\.?\s?S\.?|United\s+States)"


def _name_regex(name: str) -> re.Pattern[str]:
    words = re.sub(r"^(?:U\.S\.|United States)\s+", "", name.strip())
    pattern = re.escape(words).replace(r"\ ", r"\s+").replace("'", "['’]")
    if words != name.strip():
        pattern = rf"(?:(?:the\s+)?{_US}\s+)?{pattern}"
    if name.isupper() and len(name) <= 6:
        return re.compile(rf"(?<![\w@.-]){pattern}(?![\w@-])")
    return re.compile(rf"(?<![\w@.-]){pattern}(?![\w-])", re.IGNORECASE)


@dataclass(frozen=True)
class AgencyHit:
    agency: Agency
    start: int
    end: int


def find_agencies(text: str, registry: AgencyRegistry) -> list[AgencyHit]:
    hits: list[AgencyHit] = []
    for name, agency in registry.names():
        if name == agency.id and not name.isalpha():
            continue
        for match in _name_regex(name).finditer(text):
            hits.append(AgencyHit(agency, match.start(), match.end()))
    hits.sort(key=lambda h: (h.start, -(h.end - h.start)))
    kept: list[AgencyHit] = []
    for hit in hits:
        if kept and hit.start < kept[-1].end:
            continue
        kept.append(hit)
    return kept


_ORG_PATTERNS: tuple[tuple[str, RequesterKind], ...] = (
    # Foreign authorities (country read from the domain or the text).
    (
        r"\b(?:Metropolitan Police Service|Metropolitan Police|National Crime Agency|Police Scotland|"
        r"(?:[A-Z][a-z]+ )?Constabulary|Bundeskriminalamt|Polizeipr[äa]sidium(?: [A-ZÄÖÜ][\wäöüß]+)?|"
        r"Royal Canadian Mounted Police|Australian Federal Police|Gendarmerie nationale|Garda S[íi]och[áa]na|"
        r"Polic[ií]a (?:Nacional|Federal)|Direction g[ée]n[ée]rale de la s[ée]curit[ée] int[ée]rieure|Europol)\b",
        RequesterKind.FOREIGN_GOVERNMENT,
    ),
    # U.S. federal offices the registry files under a department.
    (
        r"\b(?:Office of the )?United States Attorney['’]?s? Office(?:[ \t]+for the[ \t]+(?:[A-Z][a-z]+[ \t]+){1,3}District of[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)?",
        RequesterKind.FEDERAL,
    ),
    (
        r"\bU\.S\. Attorney['’]?s? Office(?:[ \t]+for the[ \t]+(?:[A-Z][a-z]+[ \t]+){1,3}District of[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)?",
        RequesterKind.FEDERAL,
    ),
    (
        r"\bOffice of (?:the )?Inspector General(?:,? (?:U\.S\. )?Department of [A-Z][a-z]+(?: (?:and )?[A-Z][a-z]+)*)?",
        RequesterKind.FEDERAL,
    ),
    # State and local.
    (r"(?i:\bOffice of the Attorney General(?: of(?: the State of)? [a-z]+(?: [a-z]+)?)?)", RequesterKind.STATE_LOCAL),
    (
        r"\b(?:(?:[A-Z][a-z]+|[A-Z]{2,})[ \t]){1,4}(?:Police Department|Police Dept\.?|Sheriff['’]?s? (?:Office|Department)|"
        r"Department of Public Safety|State Police|Highway Patrol|Bureau of Investigation|Marshal['’]?s? Office)\b",
        RequesterKind.STATE_LOCAL,
    ),
    (
        r"\b(?:Office of the )?(?:(?:[A-Z][a-z]+[ \t]){1,3})?(?:County[ \t])?District Attorney(?:['’]s Office)?(?:,?[ \t]+(?:of[ \t]+)?(?:[A-Z][a-z]+[ \t]){0,2}County)?",
        RequesterKind.STATE_LOCAL,
    ),
    (
        r"\b(?:Office of the[ \t]+)?(?:[A-Z][a-z]+[ \t]){1,2}Attorney General(?:['’]s Office)?",
        RequesterKind.STATE_LOCAL,
    ),
    (r"\b(?:[A-Z][a-z]+[ \t]){1,3}(?:County )?Prosecutor['’]?s? Office\b", RequesterKind.STATE_LOCAL),
    # Private parties.
    (
        r"\b(?:[A-Z][A-Za-z&'’.-]+(?:,?[ \t]+|[ \t]*&[ \t]*)){1,5}(?:LLP|L\.L\.P\.|LLC|L\.L\.C\.|P\.C\.|PLLC|P\.A\.|Law Group|Law Firm|Law Offices?)(?![\w])",
        RequesterKind.PRIVATE_PARTY,
    ),
)

_FOREIGN_COUNTRY_WORDS = (
    (
        r"\bUnited Kingdom\b|\bMetropolitan Police\b|\bNational Crime Agency\b|\bPolice Scotland\b|\bConstabulary\b|\bCrown Court\b|Overseas Production Order",
        "GB",
    ),
    (r"\bBundeskriminalamt\b|\bPolizeipr[äa]sidium\b|\bGermany\b|\bDeutschland\b", "DE"),
    (r"\bRoyal Canadian Mounted Police\b|\bCanada\b", "CA"),
    (r"\bAustralian Federal Police\b|\bAustralia\b", "AU"),
    (r"\bGendarmerie\b|\bFrance\b|\bR[ée]publique fran[çc]aise\b", "FR"),
    (r"\bGarda\b|\bIreland\b", "IE"),
)


# --- signer --------------------------------------------------------------------------------------

TITLES = (
    "Special Agent in Charge",
    "Assistant Special Agent in Charge",
    "Deputy Special Agent in Charge",
    "Deputy Assistant Director",
    "Assistant Director in Charge",
    "Assistant Director",
    "Executive Assistant Director",
    "Port Director",
    "Assistant Port Director",
    "Director of Field Operations",
    "Field Office Director",
    "Special Agent",
    "Supervisory Special Agent",
    "Senior Special Agent",
    "Resident Agent in Charge",
    "Revenue Agent",
    "Revenue Officer",
    "Internal Revenue Agent",
    "Diversion Investigator",
    "Group Supervisor",
    "Assistant United States Attorney",
    "United States Attorney",
    "Special Assistant United States Attorney",
    "Deputy District Attorney",
    "Assistant District Attorney",
    "District Attorney",
    "Chief Deputy District Attorney",
    "Attorney General",
    "Deputy Attorney General",
    "Assistant Attorney General",
    "Detective Sergeant",
    "Detective Lieutenant",
    "Detective Constable",
    "Detective Inspector",
    "Detective Chief Inspector",
    "Detective",
    "Sergeant",
    "Lieutenant",
    "Captain",
    "Police Officer",
    "Officer",
    "Deputy Sheriff",
    "Sheriff",
    "Investigator",
    "Criminal Investigator",
    "Inspector",
    "Chief Inspector",
    "Superintendent",
    "Chief of Police",
    "Kriminalhauptkommissar",
    "Kriminalkommissar",
    "Kriminaloberkommissar",
    "United States Magistrate Judge",
    "United States District Judge",
    "Magistrate Judge",
    "District Judge",
    "Judge of the Superior Court",
    "Superior Court Judge",
    "Circuit Judge",
    "Judge",
    "Justice of the Peace",
    "Clerk of Court",
    "Deputy Clerk",
    "Clerk",
    "Attorney for Plaintiff",
    "Attorney for Plaintiffs",
    "Counsel for Plaintiff",
    "Counsel for Plaintiffs",
    "Attorney for Defendant",
    "Attorneys for Plaintiff",
    "Partner",
    "Associate",
    "Attorney at Law",
    "Attorney",
    "Inspector General",
    "Deputy Inspector General",
    "Assistant Inspector General for Investigations",
)
_TITLE_RE = re.compile(
    r"\b(?:Acting\s+|Interim\s+)?(?:" + "|".join(re.escape(t) for t in sorted(TITLES, key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)
_CLOSING = re.compile(
    r"^\s*(?:Sincerely|Respectfully(?: submitted)?|Regards|Kind regards|Best regards|Very truly yours|Yours (?:truly|sincerely|faithfully)|"
    r"Thank you|Thanks|Issued by|Signed|Signature|BY THE COURT|IT IS SO ORDERED|SO ORDERED|Approved|Authorized by|"
    r"Mit freundlichen Gr[üu](?:ß|ss)en|Cordialement|Atentamente|"
    r"Issuing (?:Officer|Official)|By)\b[^\n]{0,60}$|^\s*/s/[^\n]{0,60}$",
    re.IGNORECASE | re.MULTILINE,
)
_UPPER = "A-ZÀ-ÖØ-Þ"
_LETTER = "a-zß-öø-ÿA-ZÀ-ÖØ-Þ"
_NAME_LINE = re.compile(
    rf"^(?:/s/\s*|s/\s*|By:\s*)?(?P<name>(?:Hon\.\s+|HHJ\s+|Dr\.\s+|Det\.\s+|Sgt\.\s+|Lt\.\s+|SA\s+|DI\s+|DC\s+|Agent\s+)?"
    rf"[{_UPPER}][{_LETTER}'’-]+(?:\s+[{_UPPER}]\.)?(?:\s+[{_UPPER}][{_LETTER}'’-]+){{1,3}}(?:,?\s+(?:Jr\.|Sr\.|II|III|Esq\.))?)\s*(?:,\s*(?P<title>.+))?$"
)
_RANK_PREFIX = re.compile(
    r"^(?P<rank>Detective|Det\.|Sergeant|Sgt\.|Lieutenant|Lt\.|Officer|Special Agent|SA|DC|DI|Agent|Inspector)\s+(?P<rest>.+)$"
)


def _split_rank(name: str, title: str | None) -> tuple[str, str | None]:
    """ "Detective Robert Kline" is Robert Kline, a detective (when no other title is given)."""
    match = _RANK_PREFIX.match(name)
    if not match or len(match.group("rest").split()) < 2:
        return name, title
    ranks = {
        "det.": "Detective",
        "sgt.": "Sergeant",
        "lt.": "Lieutenant",
        "sa": "Special Agent",
        "dc": "Detective Constable",
        "di": "Detective Inspector",
        "agent": None,
    }
    rank = match.group("rank")
    written = ranks.get(rank.lower(), rank)
    return match.group("rest"), title or written


@dataclass(frozen=True)
class Signer:
    name: str | None
    title: str | None
    start: int
    end: int
    confidence: float


def find_signer(corpus: Corpus) -> Signer | None:
    text = corpus.text
    labeled_name = re.search(
        r"^\s*(?:Name of (?:issuing )?(?:officer|official|agent)|Issuing (?:officer|official)|Signed by|Requesting officer|Officer|Agent name)\s*:\s*(?P<v>[^\n]+)$",
        text,
        re.IGNORECASE | re.MULTILINE,
    )
    labeled_title = re.search(r"^\s*(?:Title|Rank|Position)\s*:\s*(?P<v>[^\n]+)$", text, re.IGNORECASE | re.MULTILINE)
    if labeled_name:
        value = labeled_name.group("v").strip()
        name, _, rest = value.partition(",")
        title = rest.strip() or (labeled_title.group("v").strip() if labeled_title else None)
        title_match = _TITLE_RE.search(title or "")
        return Signer(
            name.strip() or None,
            (title_match.group(0) if title_match else title) or None,
            labeled_name.start("v"),
            labeled_name.end("v"),
            0.85 if title else 0.7,
        )
    candidates: list[Signer] = []
    for closing in _CLOSING.finditer(text):
        lines_after = text[closing.end() : closing.end() + 400].split("\n")
        offset = closing.end()
        same_line = text[closing.start() : closing.end()]
        inline = re.search(r"(?:/s/|By:)\s*(?P<rest>[A-Z].+)$", same_line)
        window: list[tuple[str, int]] = []
        if inline:
            window.append((inline.group("rest"), closing.start() + inline.start("rest")))
        for line in lines_after:
            window.append((line, offset))
            offset += len(line) + 1
        found_name: tuple[str, int, int] | None = None
        for line, start in window[:8]:
            stripped = line.strip().strip("_").strip()
            if not stripped:
                continue
            if found_name is None:
                match = _NAME_LINE.match(stripped)
                if match and not _TITLE_RE.fullmatch(match.group("name")):
                    name = match.group("name")
                    begin = start + line.find(stripped)
                    found_name = (name, begin, begin + len(stripped))
                    if match.group("title"):
                        title_match = _TITLE_RE.search(match.group("title"))
                        if title_match:
                            candidates.append(Signer(name, title_match.group(0), begin, begin + len(stripped), 0.85))
                            break
                    continue
                if _TITLE_RE.search(stripped):
                    continue
                continue
            title_match = _TITLE_RE.search(stripped)
            if title_match:
                candidates.append(Signer(found_name[0], title_match.group(0), found_name[1], start + len(line), 0.85))
                break
            candidates.append(Signer(found_name[0], None, found_name[1], found_name[2], 0.6))
            break
        else:
            if found_name:
                candidates.append(Signer(found_name[0], None, found_name[1], found_name[2], 0.6))
    if not candidates:
        # No closing words: a short line holding only a title, right under a name line; the
        # document's own signature first, then the covering e-mail's.
        for _, source_start, source_end in corpus.ranges:
            found = _title_under_name(text, source_start, source_end)
            if found is not None:
                candidates.append(found)
                break
    if not candidates:
        return None
    with_title = [c for c in candidates if c.title]
    chosen = (with_title or candidates)[0]
    if chosen.name:
        name, title = _split_rank(chosen.name, chosen.title)
        chosen = Signer(name, title, chosen.start, chosen.end, chosen.confidence)
    return chosen


def _title_under_name(text: str, source_start: int, source_end: int) -> Signer | None:
    offsets: list[tuple[str, int]] = []
    position = source_start
    for line in text[source_start:source_end].split("\n"):
        offsets.append((line, position))
        position += len(line) + 1
    for index in range(len(offsets) - 1, 0, -1):
        line, start = offsets[index]
        stripped = line.strip()
        title_match = _TITLE_RE.search(stripped)
        if not title_match or len(stripped) > 70 or title_match.start() > 10:
            continue
        previous, previous_start = offsets[index - 1]
        name_match = _NAME_LINE.match(previous.strip().strip("_").strip())
        if name_match and not _TITLE_RE.search(name_match.group("name")) and not find_dates(previous):
            return Signer(name_match.group("name"), title_match.group(0), previous_start, start + len(line), 0.75)
    return None


# --- targets ------------------------------------------------------------------------------------------

_EMAIL = re.compile(r"(?<![\w.+-])[\w.+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?![\w-])")
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


# --- data categories -------------------------------------------------------------------------------------

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
        r"\bpublic(?:ly)? (?:posts?|tweets?|content|profile|messages|photos|videos|available (?:posts|content|information)|visible (?:posts|content))\b",
        0.9,
    ),
    (
        DataCategory.LOCATION_HISTORY,
        r"\b(?:historical |past |current |last known |recent |precise )?(?:location|geo-?location) (?:history|information|data|records)\b|\bhistorical (?:cell[- ]site )?location\b|\bgeo-?location\b|\bGPS\b|\bcell[- ]site\b|\blatitude\b|\bcheck-?ins?\b|\blocation history\b|\b(?:current|last known|physical|historical) location\b",
        0.9,
    ),
    (
        DataCategory.NON_CONTENT_RECORDS,
        r"\b(?:accounts|users|persons|people) with (?:which|whom) [^.;]{0,60}?(?:exchanged|communicated|corresponded|sent|received)[^.;]{0,20}?(?:direct messages|messages|communications|e-?mails)\b|\b(?:I\.?P\.?|login|log-in|access|connection|session|activity|transactional|audit|usage|traffic) (?:address )?(?:logs?|histor(?:y|ies)|records)\b|\bIP address (?:logs?|history|records)\b|\blogs? of (?:all )?(?:I\.?P\.? addresses|logins|access)\b|\blog-?in histor(?:y|ies)\b|\bdevice (?:identifiers?|information|data|IDs?)\b|\bIMEI\b|\bMAC address(?:es)?\b|\badvertising (?:ID|identifiers?)\b|\bcontacts?(?: lists?)?\b|\bfriends?(?: lists?)\b|\bfollowers?\b|\bfollowing list\b|\bcorrespondents?\b|\bheader information\b|\bmetadata\b|\brecords of (?:all )?(?:communications|messages)\b|\bcall (?:detail )?(?:records|logs)\b|\bbuddy lists?\b|\bnon-?content (?:records|information|data)\b|\btransactional (?:records|data|information)\b|\buser[- ]agent\b|\bcookies?\b|\b(?:source|destination) (?:IP )?addresses\b|\bsender and recipient\b|\bdates? and times? of (?:all )?(?:communications|messages)\b",
        0.9,
    ),
    (
        DataCategory.STORED_CONTENT,
        r"\bdirect messages?\b|\bDMs?\b|\bprivate messages?\b|\bcontents? of (?:all |any |the )?(?:communications|messages|e-?mails|the account|direct messages|posts)\b|\b(?:stored|private|account|user) content\b|\be-?mails?\b(?!\s*address)|\bchats?(?: logs| messages)?\b|\bphotos?\b|\bphotographs?\b|\bvideos?\b|\bimages\b|\bmedia files\b|\bprivate posts?\b|\bdrafts\b|\bvoicemails?\b|\bmessages\b|\bposts\b|\btweets\b|\bcontents? of communications\b|\bcommunications content\b",
        0.85,
    ),
    (
        DataCategory.BASIC_SUBSCRIBER,
        r"\b(?:basic )?subscriber (?:information|records|info|data|details|identity)\b|\bBSI\b|\buser ?names?\b|\baccount log-?in\b|\blog-?in (?:name|ID)s?\b|\b(?:mailing|physical|street|billing|residential|home|postal) address(?:es)?\b|\b(?:tele)?phone numbers?\b|\be-?mail address(?:es)?\b|\bI\.?\s?P\.? address(?:es)?\b|\blength of service\b|\b(?:means|source)s? (?:and source )?of payment\b|\bcredit card\b|\bbilling (?:information|records|details)\b|\baccount (?:creation|registration) (?:date|information)\b|\bdate (?:the )?account (?:was )?(?:created|opened)\b|\bsession times\b|\bregistration (?:IP|information|details)\b|\bname(?:s)?(?:,| and) (?:mailing |physical )?address(?:es)?\b|\bsubscriber name\b|\bfull name\b|\baccount holder['’]?s? name\b|\bnames?\b(?= of the (?:account holder|subscriber|user))",
        0.9,
    ),
)
_DEMAND = re.compile(
    r"\b(?:produce|provide|furnish|preserve|turn over|deliver|seek(?:s|ing)?|request(?:s|ing|ed)?|demand(?:s|ed)?|"
    r"commanded to|disclose the following|records? (?:of|for|regarding|pertaining to|relating to|concerning|associated with|related to)|"
    r"information (?:of|for|regarding|pertaining to|relating to|concerning|associated with|related to)|data (?:of|for|regarding|associated with)|"
    r"to include|including|namely|items to be seized|(?:property|information|records) to be (?:seized|disclosed|produced|preserved)|"
    r"following (?:records|information|data|items|categories)|records requested|information requested|data requested|"
    r"records sought|information sought|disclosure of|attachment [ab]\b)",
    re.IGNORECASE,
)
_NEGATED = re.compile(
    r"(?:\bnot\b|\bexcluding\b|\bexcept\b|\bother than\b|\bno\b|\bnor\b|\bwithout\b)[^.;:\n]{0,45}$", re.IGNORECASE
)
_NDO_CONTEXT = re.compile(
    r"not (?:to )?disclose|nondisclosure|non-disclosure|refrain from|do not notify|not notify", re.IGNORECASE
)


# --- the extractor --------------------------------------------------------------------------------------


@dataclass
class _Fields:
    evidence: dict[str, Evidence] = field(default_factory=dict)
    reasons: list[TriageReason] = field(default_factory=list)

    def put(self, name: str, ev: Evidence) -> Any:
        self.evidence[name] = ev
        return ev.value


def _default_zone(message: ParsedMessage, forward: Forward | None) -> tzinfo:
    embedded = message.embedded[0] if message.embedded else None
    when = (forward.date if forward and forward.date else None) or (embedded.date if embedded else None) or message.date
    if when is not None and when.tzinfo is not None:
        return when.tzinfo
    return UTC


def extract_case(
    message: ParsedMessage,
    *,
    documents: Sequence[DocumentText] = (),
    auth_results: Sequence[AuthResult] = (),
    registry: AgencyRegistry,
    received_at: datetime,
    data: AuthenticityData | None = None,
) -> Extraction:
    """Read the message into a case. Never raises on odd input; unreadable parts become triage reasons."""
    data = data or authenticity_data()
    out = _Fields()
    forward = find_forward(message.body, message.subject, message.date.tzinfo if message.date else None)
    embedded = message.embedded[0] if message.embedded else None
    forwarded = (
        forward is not None or embedded is not None or bool(re.match(r"^\s*(?:fwd?|fw|wg)\s*:", message.subject, re.I))
    )

    # Texts: documents first (the demand itself), then the body and any attached message.
    sources: list[tuple[str, str]] = []
    for document in documents:
        if document.text.strip():
            sources.append((document.name, tidy_text(document.text)))
    body_sources: list[tuple[str, str]] = []
    if message.body.strip():
        body_sources.append(("body", message.body))
    if embedded is not None:
        if embedded.body.strip():
            body_sources.append(("attached message", embedded.body))
        for attachment in embedded.attachments:
            if attachment.kind in ("text",):
                body_sources.append(
                    (
                        f"attached message: {attachment.filename or 'text'}",
                        attachment.data.decode("utf-8", errors="replace"),
                    )
                )
    sources.extend(body_sources)
    corpus = Corpus(sources)
    text = corpus.text
    subject = (
        (embedded.subject if embedded is not None and embedded.subject else None)
        or (forward.subject if forward and forward.subject else None)
        or message.subject
    )
    subject = re.sub(r"^\s*(?:(?:fwd?|fw|re|wg|aw)\s*:\s*)+", "", subject or "", flags=re.I)

    for document in documents:
        if document.status == "image_only":
            out.reasons.append(
                TriageReason(
                    "SCAN_IMAGE_ONLY",
                    f"{document.name} is an image-only scan with no text "
                    "layer; OCR is not available, so a person must read it",
                )
            )
        elif document.status == "unreadable":
            out.reasons.append(
                TriageReason(
                    "DOCUMENT_UNREADABLE", f"{document.name} could not be read ({document.detail or 'unreadable'})"
                )
            )
        elif document.status == "truncated":
            out.reasons.append(
                TriageReason("DOCUMENT_TRUNCATED", f"{document.name} was only partly read ({document.detail})")
            )
        elif document.status == "unsupported":
            out.reasons.append(
                TriageReason(
                    "DOCUMENT_UNSUPPORTED",
                    f"{document.name} is not read automatically ({document.detail}); a person checks it",
                )
            )
    if not text.strip():
        out.reasons.append(TriageReason("NO_READABLE_TEXT", "the message has no readable text"))

    # Sender: the original sender of a forward, else From.
    if embedded is not None and embedded.from_address:
        sender, sender_name = embedded.from_address, embedded.from_name
    elif forward is not None and forward.sender:
        sender, sender_name = forward.sender, forward.sender_name
    else:
        sender, sender_name = message.from_address, message.from_name
    sender_domain = domain_of(sender)
    domain_info = classify_domain(sender_domain, registry, data)
    zone = _default_zone(message, forward)
    citations = find_citations(text)

    # --- requester --------------------------------------------------------------------------
    agency_hits = find_agencies(text, registry)
    display_hits = find_agencies(sender_name or "", registry) if sender_name else []
    org_hits: list[tuple[re.Match[str], RequesterKind]] = []
    for pattern, kind in _ORG_PATTERNS:
        for match in re.finditer(pattern, text):
            words = match.group(0).strip()
            if _TITLE_RE.fullmatch(words) or re.match(r"(?:Assistant|Deputy|Chief Deputy|Special)\b", words):
                continue
            if (
                any(h.start < match.end() and match.start() < h.end for h in agency_hits)
                and kind is not RequesterKind.FEDERAL
            ):
                continue  # "Justice Federal Bureau of Investigation": the registry's name wins
            org_hits.append((match, kind))
    org_hits.sort(key=lambda item: (0 if corpus.in_title(item[0].start(), 900) else 1, item[0].start()))
    # "County Sheriff's Office" where "Alameda County Sheriff's Office" is written too: the longer name.
    names = [" ".join(m.group(0).split()) for m, _ in org_hits]
    org_hits = [
        (
            next(
                (m2 for (m2, _), n2 in zip(org_hits, names) if len(n2) > len(n) and n2.lower().endswith(n.lower())), m
            ),
            k,
        )
        for (m, k), n in zip(org_hits, names)
    ]
    domain_agency = domain_info.agency if domain_info.domain_class is DomainClass.REGISTRY else None

    claimed: Agency | None = None
    claimed_hit: AgencyHit | None = None
    if agency_hits:
        titled = [h for h in agency_hits if corpus.in_title(h.start, 900)] or agency_hits
        ids = {h.agency.id for h in titled}
        # The most specific agency named: a child wins over its parent department.
        children = [h for h in titled if not any(o.agency.parent == h.agency.id for o in titled if o.agency.id in ids)]
        if domain_agency is not None:
            matching = [
                h
                for h in children
                if h.agency.id in {a.id for a in registry.lineage(domain_agency)}
                or domain_agency.id in {a.id for a in registry.lineage(h.agency)}
            ]
            claimed_hit = (matching or children or titled)[0]
        else:
            claimed_hit = (children or titled)[0]
        claimed = claimed_hit.agency
    elif display_hits:
        claimed = display_hits[0].agency

    requester_kind: RequesterKind
    country: str | None = None
    org_name: str | None = None
    org_span: tuple[int, int] | None = None
    org_kind: RequesterKind | None = None
    if org_hits:
        match, org_kind = org_hits[0]
        org_name = " ".join(match.group(0).split()).strip(" ,")
        org_span = (match.start(), match.end())
    foreign_country = None
    if (
        domain_info.country
        and domain_info.country not in ("US", "EU")
        and domain_info.domain_class in (DomainClass.GOVERNMENT, DomainClass.ORDINARY)
    ):
        foreign_country = (
            domain_info.country
            if domain_info.domain_class is DomainClass.GOVERNMENT or org_kind is RequesterKind.FOREIGN_GOVERNMENT
            else None
        )
    if org_kind is RequesterKind.FOREIGN_GOVERNMENT and foreign_country is None:
        for pattern, code in _FOREIGN_COUNTRY_WORDS:
            if re.search(pattern, text):
                foreign_country = code
                break
    if claimed is not None and (
        org_kind is None
        or org_kind is RequesterKind.FEDERAL
        or (claimed_hit is not None and org_span is not None and claimed_hit.start <= org_span[0])
    ):
        name, requester_kind, country = claimed.name, claimed.kind, "US"
        if (
            org_kind is RequesterKind.FEDERAL
            and org_name
            and claimed.parent is None
            and org_span is not None
            and corpus.in_title(org_span[0], 900)
        ):
            name = org_name  # "United States Attorney's Office for ..." is more precise than "DOJ"
        confidence = (
            0.95
            if (
                domain_agency is not None
                and claimed.id
                in {a.id for a in registry.lineage(domain_agency)}
                | {a.id for a in registry.lineage(claimed) if a.id == domain_agency.id}
            )
            else 0.85
        )
        start, end = (claimed_hit.start, claimed_hit.end) if claimed_hit else (None, None)
        out.put("requester.name", _ev(corpus, name, confidence, start, end))
    elif org_name is not None and org_kind is not None:
        requester_kind = org_kind
        if foreign_country and org_kind is not RequesterKind.PRIVATE_PARTY:
            requester_kind = RequesterKind.FOREIGN_GOVERNMENT
        country = (
            foreign_country
            if requester_kind is RequesterKind.FOREIGN_GOVERNMENT
            else ("US" if requester_kind is not RequesterKind.PRIVATE_PARTY else (domain_info.country or "US"))
        )
        assert org_span is not None
        out.put("requester.name", _ev(corpus, org_name, 0.8, *org_span))
        if org_kind is RequesterKind.FEDERAL and domain_agency is not None:
            claimed = domain_agency
    elif domain_agency is not None:
        claimed = domain_agency
        requester_kind, country = domain_agency.kind, "US"
        out.put(
            "requester.name", _ev(corpus, domain_agency.name, 0.8, note=f"from the sender's domain {sender_domain}")
        )
    else:
        fallback = sender_name or sender or "Unknown requester"
        if domain_info.domain_class is DomainClass.GOVERNMENT:
            requester_kind = (
                RequesterKind.FOREIGN_GOVERNMENT
                if domain_info.country not in (None, "US")
                else RequesterKind.STATE_LOCAL
            )
            country = domain_info.country
            confidence = 0.5
        else:
            requester_kind, country = RequesterKind.PRIVATE_PARTY, domain_info.country
            confidence = 0.3
        out.put(
            "requester.name",
            _ev(corpus, fallback[:500], confidence, note="no issuer named in the text; the sender's name"),
        )
    if foreign_country and requester_kind is not RequesterKind.PRIVATE_PARTY:
        requester_kind, country = RequesterKind.FOREIGN_GOVERNMENT, foreign_country
    kind_confidence = min(0.95, out.evidence["requester.name"].confidence + 0.05)
    out.put("requester.kind", _ev(corpus, requester_kind, kind_confidence))
    out.put("requester.country", _ev(corpus, country, kind_confidence))
    out.put(
        "requester.email",
        _ev(
            corpus,
            sender,
            0.95 if sender else 0.0,
            note="original sender of a forwarded message" if forwarded else "From header",
        ),
    )

    signer = find_signer(corpus)
    if signer is not None:
        out.put("requester.signer", _ev(corpus, signer.name, signer.confidence, signer.start, signer.end))
        out.put(
            "requester.signer_title",
            _ev(corpus, signer.title, signer.confidence if signer.title else 0.0, signer.start, signer.end),
        )
    else:
        out.put("requester.signer", Evidence(None, 0.0, note="no signature block found"))
        out.put("requester.signer_title", Evidence(None, 0.0))

    authenticity = assess_authenticity(
        sender=sender,
        claimed_agency=claimed,
        requester_kind=requester_kind,
        results=auth_results,
        forwarded=forwarded,
        registry=registry,
        data=data,
    )
    out.put(
        "requester.verified",
        Evidence(authenticity.verified, 0.95, note="; ".join(authenticity.reasons) or "; ".join(authenticity.passed)),
    )

    # --- process type and statute -------------------------------------------------------------
    process, p_conf, p_start, p_end, p_note = classify_process(
        corpus, subject, citations, foreign=requester_kind is RequesterKind.FOREIGN_GOVERNMENT
    )
    out.put("process_type", _ev(corpus, process, p_conf, p_start, p_end, p_note))
    _statute(out, corpus, process, citations)

    # --- targets, categories -------------------------------------------------------------------
    excluded = {a.lower() for a in (message.from_address, sender) if a}
    _targets(
        out,
        corpus,
        excluded,
        requester_domains=set(claimed.email_domains) if claimed else set(),
        sender_domain=sender_domain,
    )
    _categories(out, corpus, process)

    # --- dates -----------------------------------------------------------------------------------
    day_first = country not in (None, "US")
    served = _served_at(out, corpus, message, forward, zone, day_first)
    _return_by(out, corpus, zone, served or received_at, day_first)
    _date_range(out, corpus, day_first)

    # --- nondisclosure, emergency, purpose, numbers, court, mechanism ----------------------------
    _nondisclosure(out, corpus, process, zone, message, day_first)
    _emergency(out, corpus, process, subject)
    _purpose(out, corpus)
    _case_number(out, corpus, subject)
    _court(out, corpus, process)
    _mechanism(out, corpus, process)

    raw_text = "\n\n".join(text for _, text in sources[: len(sources) - len(body_sources)]) or "\n\n".join(
        text for _, text in body_sources
    )
    case, problems = _build_case(out, raw_text)
    reasons = list(out.reasons)
    reasons.extend(problems)
    reasons.extend(_low_confidence(out, process))
    return Extraction(
        case=case, evidence=out.evidence, triage=unique_reasons(reasons), authenticity=authenticity, forwarded=forwarded
    )


# --- field readers --------------------------------------------------------------------------------

_ADMIN_STATUTES = {key for key, process in _STATUTE_PROCESS.items() if process is ProcessType.SUBPOENA_ADMINISTRATIVE}
_NOT_AUTHORITY = {
    "18 U.S.C. § 2705",
    "18 U.S.C. § 2702",
    "18 U.S.C. § 2703",
    "18 U.S.C. § 2701",
    "18 U.S.C. § 2711",
    "18 U.S.C. § 2707",
    "18 U.S.C. § 2510",
}


def _statute(out: _Fields, corpus: Corpus, process: ProcessType, citations: Sequence[Citation]) -> None:
    chosen: Citation | None = None
    for citation in citations:
        keys = _citation_keys(citation)
        if any(_STATUTE_PROCESS.get(k) is process for k in keys):
            chosen = citation
            break
    if chosen is None and process is ProcessType.SUBPOENA_ADMINISTRATIVE:
        for citation in citations:
            if citation.code == "USC" and citation.key not in _NOT_AUTHORITY:
                chosen = citation
                break
    if chosen is None and process is ProcessType.SEARCH_WARRANT:
        for citation in citations:
            if citation.key == "18 U.S.C. § 2703" and citation.subsections[:1] in (("a",), ("b",), ("c",)):
                chosen = citation
                break
    if chosen is None:
        out.put(
            "statute",
            Evidence(
                None,
                0.9 if process is not ProcessType.SUBPOENA_ADMINISTRATIVE else 0.4,
                note="no statute cited for this kind of process",
            ),
        )
        return
    value = chosen.key if process is ProcessType.SUBPOENA_ADMINISTRATIVE else chosen.canonical
    out.put("statute", _ev(corpus, value, 0.95, chosen.start, chosen.end))


def _targets(
    out: _Fields, corpus: Corpus, excluded: set[str], *, requester_domains: set[str], sender_domain: str | None
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
            email = _EMAIL.search(item)
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
        handle = match.group("h")
        if handle.isdigit():
            continue
        add(handle, 0.9, match.start(), match.end())
    for match in _NAMED_ACCOUNT.finditer(text):
        add(match.group("h"), 0.85, match.start("h"), match.end("h"))
    for match in _ID.finditer(text):
        add(match.group("id"), 0.85, match.start("id"), match.end("id"))
    lines = text.split("\n")
    offset = 0
    for line in lines:
        for match in _EMAIL.finditer(line):
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
    out.put("targets", _ev(corpus, values, confidence, first[1], first[2]))


def _demand_windows(text: str) -> list[tuple[int, int]]:
    windows: list[tuple[int, int]] = []
    for match in _DEMAND.finditer(text):
        before = text[max(0, match.start() - 120) : match.start()]
        if _NDO_CONTEXT.search(before) and not re.search(r"[.;]\s", before[-40:]):
            continue
        start = match.start()
        end = start
        limit = min(len(text), start + 700)
        blank = text.find("\n\n", start, limit)
        # Keep a list that follows a colon together, even across one blank line.
        end = limit if blank == -1 else blank
        if blank != -1 and text[max(start, blank - 2) : blank].rstrip().endswith(":"):
            second = text.find("\n\n", blank + 2, limit)
            end = limit if second == -1 else second
        windows.append((start, end))
    merged: list[tuple[int, int]] = []
    for start, end in sorted(windows):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _categories(out: _Fields, corpus: Corpus, process: ProcessType) -> None:
    text = corpus.flat
    found: dict[DataCategory, tuple[float, int, int]] = {}
    for start, end in _demand_windows(corpus.text):
        window = list(text[start:end])
        for category, pattern, confidence in _CATEGORY_PATTERNS:
            for match in re.finditer(pattern, "".join(window), re.IGNORECASE):
                s, e = match.start(), match.end()
                preceding = "".join(window[max(0, s - 60) : s])
                if _NEGATED.search(preceding) or re.search(r"non-$", preceding, re.I):
                    for i in range(s, e):
                        window[i] = " "
                    continue
                if _NDO_CONTEXT.search("".join(window[max(0, s - 100) : s])):
                    continue
                found.setdefault(category, (confidence, start + s, start + e))
                for i in range(s, e):
                    window[i] = " "
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
    first = min((v for v in found.values() if v[2] > v[1]), key=lambda item: item[1], default=None)
    if first:
        out.put("data_categories", _ev(corpus, values, confidence, first[1], first[2]))
    else:
        out.put("data_categories", Evidence(values, confidence, note="implied by the kind of process"))


_SERVED_LABEL = re.compile(
    r"\b(?:date (?:and time )?of service|served (?:on|at|upon)|service date|date served|time of service|served by (?:e-?mail|fax|facsimile) on)\s*[:\-]?\s*",
    re.IGNORECASE,
)
_RETURN_LABEL = re.compile(
    r"\b(?:return date|return by|date (?:and time )?(?:of|for) (?:return|compliance|production|appearance)|"
    r"(?:produce|provide|deliver|furnish|respond|comply|reply)\w*\b[^.\n]{0,120}?\b(?:on or before|no later than|not later than|by)|"
    r"compliance date|response (?:due|date|deadline)|due (?:date|by|on)|deadline|place,? date,? and time|date and time|"
    r"(?:place and )?time (?:and place )?(?:for|of) appearance|on or before|no later than|not later than|at (?:the )?(?:trial|hearing) on|"
    r"to appear (?:before|at)[^.\n]{0,160}?\bon|return (?:the (?:records|information|documents) )?(?:on or before|by|no later than))\s*[:\-]?\s*",
    re.IGNORECASE,
)
_RELATIVE_RETURN = re.compile(
    r"\bwithin\s+(?P<n>[a-z-]+|\d+)\s*(?:\(\d+\)\s*)?(?P<unit>(?:business |calendar )?days?)\s+(?:of|from|after)\s+(?:(?:the\s+)?(?:date of\s+)?(?:service|receipt)|(?:the\s+)?date of this (?:letter|summons|subpoena|request))",
    re.IGNORECASE,
)


def _first_date_after(corpus: Corpus, position: int, span: int, day_first: bool) -> DateHit | None:
    hits = find_dates(corpus.flat, day_first=day_first, start=position, end=min(len(corpus.text), position + span + 60))
    hits = [hit for hit in hits if hit.start <= position + span]
    return hits[0] if hits else None


def _served_at(
    out: _Fields, corpus: Corpus, message: ParsedMessage, forward: Forward | None, zone: tzinfo, day_first: bool
) -> datetime | None:
    for match in _SERVED_LABEL.finditer(corpus.text):
        hit = _first_date_after(corpus, match.end(), 60, day_first)
        if hit:
            value = hit.moment(zone, time(12, 0) if hit.at is None else hit.at)
            return out.put("served_at", _ev(corpus, value, 0.9 if hit.at else 0.75, match.start(), hit.end))
    embedded = message.embedded[0] if message.embedded else None
    when = (forward.date if forward and forward.date else None) or (embedded.date if embedded else None) or message.date
    if when is not None:
        return out.put("served_at", Evidence(when, 0.7, note="the e-mail's Date header: service by e-mail"))
    out.put("served_at", Evidence(None, 0.5, note="no service date; the receipt time stands in"))
    return None


def _return_by(out: _Fields, corpus: Corpus, zone: tzinfo, served: datetime, day_first: bool) -> None:
    text = corpus.flat
    for match in _RETURN_LABEL.finditer(text):
        hit = _first_date_after(corpus, match.end(), 80, day_first)
        if hit is None:
            continue
        value = hit.moment(zone)
        return_ev = _ev(corpus, value, 0.9 if hit.at else 0.8, match.start(), hit.end)
        out.put("return_by", return_ev)
        return
    relative = _RELATIVE_RETURN.search(text)
    if relative:
        amount = number_value(relative.group("n"))
        if amount:
            value = datetime.combine((served.astimezone(zone) + timedelta(days=amount)).date(), time(17, 0)).replace(
                tzinfo=zone
            )
            out.put(
                "return_by",
                _ev(corpus, value, 0.7, relative.start(), relative.end(), note=f"{amount} days after service"),
            )
            return
    mentions = re.search(r"\breturn date\b|\bon or before\b|\bno later than\b", text, re.IGNORECASE)
    if mentions:
        out.put(
            "return_by",
            _ev(
                corpus,
                None,
                0.3,
                mentions.start(),
                mentions.end(),
                note="a return date is mentioned but could not be read",
            ),
        )
    else:
        out.put("return_by", Evidence(None, 0.8, note="no return date"))


_RANGE = re.compile(
    r"\b(?:for the (?:time )?period(?: of)?|time period|date range|period|from|between|beginning(?: on)?|covering|since|dated|during)\s*[:\-]?\s*",
    re.IGNORECASE,
)
_RANGE_JOIN = re.compile(
    r"^\s*,?\s*(?:through|thru|to|until|till|and|up to|-|–|—)\s*(?:and including\s+)?(?:the\s+)?", re.IGNORECASE
)
_PRESENT = re.compile(
    r"^\s*,?\s*(?:through|to|until|up to)\s+(?:the\s+)?(?:present|date of (?:this|the) \w+|today|now)\b", re.IGNORECASE
)


def _date_range(out: _Fields, corpus: Corpus, day_first: bool) -> None:
    text = corpus.flat
    for match in _RANGE.finditer(text):
        first = _first_date_after(corpus, match.end(), 40, day_first)
        if first is None or first.start - match.end() > 4:
            continue
        rest = text[first.end : first.end + 60]
        joined = _RANGE_JOIN.match(rest)
        if joined:
            second = _first_date_after(corpus, first.end + joined.end(), 40, day_first)
            if second is not None and second.start - (first.end + joined.end()) <= 2:
                if second.day >= first.day:
                    out.put(
                        "date_range",
                        _ev(
                            corpus,
                            {"start": first.day.isoformat(), "end": second.day.isoformat()},
                            0.85,
                            match.start(),
                            second.end,
                        ),
                    )
                    return
        if _PRESENT.match(rest) or match.group(0).lower().startswith("since"):
            out.put(
                "date_range", _ev(corpus, {"start": first.day.isoformat(), "end": None}, 0.8, match.start(), first.end)
            )
            return
    out.put("date_range", Evidence(None, 0.7, note="no date range"))


_COURT_NDO = re.compile(
    r"2705\s*\(\s*b\s*\)|(?:it is (?:further )?ordered|the court (?:finds|orders)|ordered that|hereby ordered)[^.]{0,300}?(?:not (?:to )?disclose|shall not disclose|shall not notify|nondisclosure|non-disclosure)"
    r"|\b(?:order|preclusion order) (?:of|for|precluding|commanding|directing) (?:non-?disclosure|notice)|\bnon-?disclosure order\b|\bshall not disclose the existence\b",
    re.IGNORECASE,
)
_NSL_NDO = re.compile(
    r"2709\s*\(\s*c\s*\)|nondisclosure (?:requirement|certification)|certif(?:y|ied|ies|ication)[^.]{0,200}?disclos",
    re.IGNORECASE,
)
_LETTER_NDO = re.compile(
    r"(?:request(?:s|ed)?|ask(?:s|ed)?|urge(?:s|d)?)(?: that)? (?:you )?(?:do )?not (?:to )?(?:disclose|notify|inform|alert)|please (?:do not|don['’]t|refrain from) (?:disclos|notify|inform|alert|tell)\w*|"
    r"refrain from (?:notifying|disclosing|informing)|not to notify the (?:user|subscriber|account holder|customer)|"
    r"(?:keep|treat) (?:this|the) (?:request|letter|matter) (?:strictly )?confidential|do not (?:notify|inform|alert) the (?:user|subscriber|account holder|customer)",
    re.IGNORECASE,
)
_NO_NDO = re.compile(
    r"(?:\bno\b|not accompanied by (?:a|any)|without (?:a|any)|there is no)\s+(?:non-?disclosure|gag)(?: order)?",
    re.IGNORECASE,
)
_NDO_PERIOD = re.compile(
    r"(?:for (?:a period of )?|period of )(?P<n>[a-z-]+(?: hundred(?: and)? [a-z-]+)?|\d+)\s*(?:\(\s*\d+\s*\)\s*)?(?P<unit>days?|months?|years?)\s*"
    r"(?:from|after|following|beginning (?:on|with))\s+(?:the\s+)?(?:date of (?:this|the) (?:order|entry|letter)|entry of (?:this|the) order|date (?:hereof|of issuance|this order is (?:signed|entered))|issuance of this order)",
    re.IGNORECASE,
)
_NDO_UNTIL = re.compile(r"\buntil\s+(?:and including\s+)?", re.IGNORECASE)
_NDO_INDEFINITE = re.compile(
    r"until (?:further|otherwise) order(?:ed)?(?: of (?:the|this) court)?|indefinite(?:ly)?|until (?:the court|otherwise) orders",
    re.IGNORECASE,
)
_ORDER_DATE = re.compile(
    r"(?:\bdated|\bdate(?:d)? of (?:this )?order|\bentered(?: on)?|\bsigned(?: on| this)?|\bissued(?: on)?|\bso ordered(?: this| on)?|\bordered this|\bdone (?:and ordered )?(?:this|on)|^date)\s*[:,]?\s*",
    re.IGNORECASE | re.MULTILINE,
)


def _nondisclosure(
    out: _Fields, corpus: Corpus, process: ProcessType, zone: tzinfo, message: ParsedMessage, day_first: bool
) -> None:
    text = corpus.flat
    court = _COURT_NDO.search(text)
    nsl = _NSL_NDO.search(text) if process is ProcessType.NATIONAL_SECURITY_LETTER else None
    letter = _LETTER_NDO.search(text)
    denied = _NO_NDO.search(text)
    if nsl:
        kind, match, confidence = NondisclosureKind.NSL_CERTIFICATION, nsl, 0.9
    elif court and not (denied and denied.start() <= court.start() <= denied.end() + 5):
        kind, match, confidence = NondisclosureKind.COURT_ORDER_2705B, court, 0.9
    elif letter:
        kind, match, confidence = NondisclosureKind.LETTER_REQUEST, letter, 0.85
    else:
        out.put(
            "nondisclosure",
            Evidence(
                {"present": False, "kind": None, "expires_at": None},
                0.85,
                note="no nondisclosure language" if not denied else "the text says there is none",
            ),
        )
        return
    expires: datetime | None = None
    note = None
    expiry_confidence = 0.9
    if kind is not NondisclosureKind.LETTER_REQUEST:
        period = _NDO_PERIOD.search(text)
        indefinite = _NDO_INDEFINITE.search(text)
        until_date = None
        for until in _NDO_UNTIL.finditer(text):
            hit = _first_date_after(corpus, until.end(), 30, day_first)
            if hit is not None and hit.start - until.end() <= 3:
                until_date = hit
                break
        if period:
            amount = number_value(period.group("n"))
            order_day = None
            for label in _ORDER_DATE.finditer(text):
                hit = _first_date_after(corpus, label.end(), 40, day_first)
                if hit is not None and hit.start - label.end() <= 12:
                    order_day = hit
                    break
            if amount and order_day is not None:
                base = datetime.combine(order_day.day, time(23, 59, 59)).replace(tzinfo=zone)
                expires = add_period(base, amount, period.group("unit"))
                note = f"{amount} {period.group('unit')} from the order's date {order_day.day.isoformat()}"
            elif amount and message.date is not None:
                base = datetime.combine(message.date.astimezone(zone).date(), time(23, 59, 59)).replace(tzinfo=zone)
                expires = add_period(base, amount, period.group("unit"))
                note = f"{amount} {period.group('unit')} from the e-mail's date: the order's own date was not found"
                expiry_confidence = 0.5
            else:
                expiry_confidence = 0.4
                note = "a period is given but its start could not be read"
            match = period
        elif until_date is not None:
            expires = datetime.combine(until_date.day, time(23, 59, 59)).replace(tzinfo=zone)
            note = "until a date"
        elif indefinite:
            note = "until further order: indefinite"
            match = indefinite
        else:
            note = "no expiry written: indefinite"
            expiry_confidence = 0.7
    value = {"present": True, "kind": kind.value, "expires_at": expires.isoformat() if expires else None}
    out.put("nondisclosure", _ev(corpus, value, min(confidence, expiry_confidence), match.start(), match.end(), note))


_DANGER = re.compile(
    r"\b(?:kill\w*|murder\w*|suicid\w*|self-harm|bomb\w*|explosive\w*|shoot\w*|gun\w*|firearm\w*|weapon\w*|kidnap\w*|abduct\w*|"
    r"missing (?:child|juvenile|minor|person|teen\w*)|hostage\w*|threat\w*|imminent|overdose\w*|serious (?:physical|bodily) injury|"
    r"death|die|dying|harm|attack\w*|trafficking|exploitation|sextortion)\b",
    re.IGNORECASE,
)
_EMERGENCY_LABEL = re.compile(
    r"^\s*(?:nature of (?:the )?emergency|description of (?:the )?emergency|emergency (?:situation|details|narrative|description)|"
    r"(?:summary of )?facts|circumstances|details of (?:the )?emergency|why (?:is )?this (?:is )?an emergency)\s*[:\-]\s*",
    re.IGNORECASE | re.MULTILINE,
)


def _emergency(out: _Fields, corpus: Corpus, process: ProcessType, subject: str) -> None:
    text = corpus.text
    if process is not ProcessType.EMERGENCY_REQUEST:
        out.put("emergency", Evidence(None, 0.85, note="not an emergency request"))
        return
    label = _EMERGENCY_LABEL.search(text)
    if label:
        end = text.find("\n\n", label.end())
        end = len(text) if end == -1 else end
        narrative = " ".join(text[label.end() : end].split())[:4000]
        if narrative:
            out.put(
                "emergency",
                _ev(corpus, {"narrative": narrative, "verified_out_of_band": False}, 0.9, label.start(), end),
            )
            return
    sentences = []
    first_start = None
    last_end = None
    for match in re.finditer(r"[^.!?\n]+(?:[.!?]|\n|$)", text):
        sentence = match.group(0).strip()
        if (
            _DANGER.search(sentence)
            and len(sentence) > 20
            and not re.search(r"2702|voluntar|legal process", sentence, re.I)
        ):
            sentences.append(sentence)
            first_start = match.start() if first_start is None else first_start
            last_end = match.end()
        if len(sentences) >= 4:
            break
    if sentences:
        out.put(
            "emergency",
            _ev(
                corpus,
                {"narrative": " ".join(sentences)[:4000], "verified_out_of_band": False},
                0.75,
                first_start,
                last_end,
            ),
        )
        return
    out.put(
        "emergency",
        Evidence(
            {"narrative": subject or "", "verified_out_of_band": False},
            0.5,
            note="an emergency request that describes no danger",
        ),
    )


_PURPOSE_LABEL = re.compile(
    r"^\s*(?:purpose(?: of (?:the|this) (?:request|inquiry|investigation|summons|subpoena|letter))?|reason for (?:the |this )?request|"
    r"nature of (?:the )?(?:investigation|inquiry)|investigation (?:type|description)|offen[cs]e(?:s)? under investigation|"
    r"(?:this )?(?:summons|subpoena|request) is issued (?:for|in connection with))\s*[:\-]\s*(?P<v>[^\n]{3,500})",
    re.IGNORECASE | re.MULTILINE,
)
_PURPOSE_PHRASE = re.compile(
    r"\b(?:in connection with|relevant to|in furtherance of|as part of|in the course of|in|for)\s+(?:an?|the|our)\s+(?:official\s+|ongoing\s+|pending\s+|criminal\s+|civil\s+|federal\s+)*"
    r"(?:investigation|inquiry|examination)\s+(?:into|of|concerning|regarding|relating to|involving)\s+(?P<v>[^.(]{5,300})"
    r"|\b(?:the purpose of (?:this|the) (?:request|summons|subpoena|inquiry) is to|(?:is|are) (?:sought|requested|needed) (?:in order )?to)\s+(?P<w>[^.]{3,300})"
    r"|^\s*In the matter of\s+(?P<m>the (?!application|search|order|subpoena|warrant|extradition|request)[^\n]{5,200})",
    re.IGNORECASE | re.MULTILINE,
)


def _purpose(out: _Fields, corpus: Corpus) -> None:
    text = corpus.text
    label = _PURPOSE_LABEL.search(text)
    if label:
        value = label.group("v").strip().rstrip(".")
        out.put("stated_purpose", _ev(corpus, value, 0.9, label.start("v"), label.end("v")))
        return
    phrase = _PURPOSE_PHRASE.search(text)
    if phrase:
        value = " ".join(phrase.group(0).split()).strip().rstrip(".,;")
        out.put("stated_purpose", _ev(corpus, value, 0.7, phrase.start(), phrase.end()))
        return
    out.put("stated_purpose", Evidence(None, 0.7, note="no purpose stated"))


_CASE_NUMBER = re.compile(
    r"(?P<label>\b(?:(?P<agency>CBP|DEA|FBI|IRS|ICE|HSI|DHS|DOJ|USCIS|OIG|ATF|USSS|NCA)[ \t]+)?(?P<kind>(?i:Summons|Subpoena|Warrant|NSL|Order|Request|Case|Docket|File|Reference|Ref|Investigation|Matter|"
    r"Misc(?:ellaneous)?|Mag(?:istrate)?|Cause|Index|Incident|Report|Control|Crim(?:inal)?|Civil|Complaint|Serial|Action))\.?"
    r"(?:[ \t]+(?i:Action|Case|Docket))?[ \t]*(?i:No\.?|Number|Num\.?|#|Nr\.?)[ \t]*[:.]?|\b(?i:Our|Your)[ \t]+(?i:ref(?:erence)?)[ \t]*[:.]|\b(?:Reference|Ref)[ \t]*:|\bCase[ \t]*:|\bNo\.(?=[ \t]*\d))"
    r"[ \t]*(?P<value>[A-Z0-9][A-Za-z0-9:\-/._]*\d[A-Za-z0-9:\-/._]*|\d[A-Za-z0-9:\-/._]*)",
)


def _case_number(out: _Fields, corpus: Corpus, subject: str) -> None:
    text = corpus.text
    candidates = [m for m in _CASE_NUMBER.finditer(text)]
    if not candidates:
        subject_match = _CASE_NUMBER.search(subject)
        if subject_match:
            value = _case_value(subject_match)
            out.put(
                "case_number",
                Evidence(
                    value,
                    0.7,
                    Span("subject", subject_match.start(), subject_match.end(), subject_match.group(0)),
                    note="from the subject",
                ),
            )
            return
        out.put("case_number", Evidence(None, 0.7, note="no case number"))
        return
    match = candidates[0]
    out.put("case_number", _ev(corpus, _case_value(match), 0.85, match.start(), match.end()))


def _case_value(match: re.Match[str]) -> str:
    value = match.group("value").rstrip(".,;:)")
    kind = match.group("kind")
    if kind and kind.lower() in ("summons", "subpoena", "warrant", "nsl"):
        prefix = f"{match.group('agency')} " if match.group("agency") else ""
        written = kind if not kind.isupper() or kind == "NSL" else kind.capitalize()
        return f"{prefix}{written} No. {value}"
    return value


_COURT = re.compile(
    r"(?i:(?P<court>(?:United States|U\.S\.) District Court|United States Bankruptcy Court|Superior Court|Circuit Court|District Court|"
    r"County Court|Court of Common Pleas|Magistrate['’]?s?[ \t]+Court|Crown Court|Supreme Court|Justice Court|Municipal Court|Amtsgericht))"
)
_COURT_CONNECTORS = {"of", "for", "the", "in", "and", "at", "county", "district", "division", "city", "state"}
_GENERIC_COURTS = {
    "superior court",
    "circuit court",
    "district court",
    "county court",
    "supreme court",
    "justice court",
    "municipal court",
    "crown court",
    "magistrate's court",
    "magistrates court",
    "magistrate court",
}


def _court_name(text: str, match: re.Match[str]) -> str | None:
    """The court's full name: its words, then "for/of/at ..." on the same line or the next."""
    line_end = text.find("\n", match.end())
    line_end = len(text) if line_end == -1 else line_end
    rest = text[match.end() : line_end]
    if not rest.strip():
        following_end = text.find("\n", line_end + 1)
        following = text[line_end + 1 : len(text) if following_end == -1 else following_end]
        if re.match(r"\s*(?:for|of|in and for|at)\b", following, re.IGNORECASE):
            rest = " " + following
    tokens = re.findall(r",|[^\s,]+", rest)
    kept: list[str] = []
    for token in tokens:
        bare = token.strip(".'’")
        if token == ",":
            kept.append(token)
            continue
        if bare.lower() in _COURT_CONNECTORS or (bare[:1].isupper() and re.fullmatch(r"[\w.'’-]+", bare)):
            if bare.lower() in ("v", "vs") or bare.isdigit():
                break
            kept.append(token)
            continue
        break
    while kept and (kept[-1] == "," or kept[-1].strip(".").lower() in {"of", "for", "the", "in", "and", "at"}):
        kept.pop()
    tail = " ".join(kept).replace(" ,", ",")
    name = " ".join(f"{match.group('court')} {tail}".split()).strip(" ,")
    if name.lower() in _GENERIC_COURTS:
        return None  # "the Superior Court" names no court in particular
    return name


_COURT_PROCESS = {
    ProcessType.SEARCH_WARRANT,
    ProcessType.COURT_ORDER_2703D,
    ProcessType.SUBPOENA_GRAND_JURY,
    ProcessType.SUBPOENA_TRIAL,
    ProcessType.SUBPOENA_CIVIL,
    ProcessType.SUBPOENA_DMCA_512H,
    ProcessType.PEN_REGISTER_ORDER,
    ProcessType.WIRETAP_ORDER,
    ProcessType.FOREIGN_REQUEST,
}


def _court(out: _Fields, corpus: Corpus, process: ProcessType) -> None:
    if process not in _COURT_PROCESS:
        out.put("issuing_court", Evidence(None, 0.8, note=f"{process.value} is not issued by a court"))
        return
    for match in _COURT.finditer(corpus.text):
        value = _court_name(corpus.text, match)
        if value is None:
            continue
        words = value.split()
        if sum(w.isupper() for w in words) >= len(words) / 2:
            value = _title_case(value)
        out.put(
            "issuing_court",
            _ev(corpus, value, 0.85 if corpus.in_title(match.start(), 900) else 0.65, match.start(), match.end()),
        )
        return
    out.put("issuing_court", Evidence(None, 0.6, note="no court named"))


def _title_case(value: str) -> str:
    small = {"of", "for", "the", "and", "in", "at"}
    words = value.lower().split()
    return " ".join(
        w if (i and w in small) else (w.upper() if w in {"u.s."} else w.capitalize()) for i, w in enumerate(words)
    )


def _mechanism(out: _Fields, corpus: Corpus, process: ProcessType) -> None:
    if process is not ProcessType.FOREIGN_REQUEST:
        out.put("mechanism", Evidence(None, 0.9))
        return
    cloud = re.search(
        r"\bCLOUD Act\b|\boverseas production order\b|\bCOPOA\b|\bData Access Agreement\b", corpus.text, re.I
    )
    mlat = re.search(r"\bmutual legal assistance\b|\bMLAT\b|\bletters? rogatory\b", corpus.text, re.I)
    if cloud:
        out.put("mechanism", _ev(corpus, ForeignMechanism.CLOUD_ACT_AGREEMENT, 0.85, cloud.start(), cloud.end()))
    elif mlat:
        out.put("mechanism", _ev(corpus, ForeignMechanism.MLAT, 0.85, mlat.start(), mlat.end()))
    else:
        out.put("mechanism", Evidence(ForeignMechanism.NONE, 0.8, note="no treaty or agreement invoked"))


# --- the case and its triage reasons ----------------------------------------------------------------------


def _value(out: _Fields, name: str) -> Any:
    ev = out.evidence.get(name)
    return ev.value if ev else None


def _build_case(out: _Fields, raw_text: str) -> tuple[LegalProcessCase, list[TriageReason]]:
    def enum_value(value: Any) -> Any:
        return value.value if hasattr(value, "value") else value

    date_range = _value(out, "date_range")
    document: dict[str, Any] = {
        "process_type": enum_value(_value(out, "process_type")),
        "statute": _value(out, "statute"),
        "requester": {
            "name": (_value(out, "requester.name") or "Unknown requester")[:500],
            "kind": enum_value(_value(out, "requester.kind")),
            "country": _value(out, "requester.country"),
            "email": (_value(out, "requester.email") or None),
            "verified": bool(_value(out, "requester.verified")),
            "signer": _value(out, "requester.signer"),
            "signer_title": _value(out, "requester.signer_title"),
        },
        "targets": list(_value(out, "targets") or []),
        "data_categories": [enum_value(c) for c in _value(out, "data_categories") or []],
        "stated_purpose": _value(out, "stated_purpose"),
        "date_range": date_range,
        "served_at": _jsonable(_value(out, "served_at")),
        "return_by": _jsonable(_value(out, "return_by")),
        "nondisclosure": _value(out, "nondisclosure") or {"present": False, "kind": None, "expires_at": None},
        "emergency": _value(out, "emergency"),
        "mechanism": enum_value(_value(out, "mechanism")),
        "case_number": _value(out, "case_number"),
        "issuing_court": _value(out, "issuing_court"),
        "raw_text": raw_text[:2_000_000] or None,
    }
    problems: list[TriageReason] = []
    for _ in range(6):
        try:
            return LegalProcessCase.model_validate(document), problems
        except ValidationError as exc:
            for error in exc.errors():
                location = [str(part) for part in error["loc"]]
                problems.append(
                    TriageReason(
                        "FIELD_INVALID",
                        f"extracted {'.'.join(location)} was invalid ({error['msg']}) and was left empty",
                        field_path(location),
                    )
                )
                _blank(document, location)
    document = {
        "process_type": "UNKNOWN",
        "requester": {"name": "Unknown requester", "kind": "PRIVATE_PARTY"},
        "raw_text": raw_text[:2_000_000] or None,
    }
    problems.append(
        TriageReason("NO_CASE_FORMED", "the extracted fields could not form a case; only the text was kept")
    )
    return LegalProcessCase.model_validate(document), problems


def _blank(document: dict[str, Any], location: list[str]) -> None:
    top = location[0]
    if top == "requester" and len(location) > 1:
        field_name = location[1]
        requester = document["requester"]
        if field_name == "name":
            requester["name"] = "Unknown requester"
        elif field_name == "kind":
            requester["kind"] = "PRIVATE_PARTY"
        else:
            requester[field_name] = None if field_name != "verified" else False
        return
    defaults: dict[str, Any] = {
        "targets": [],
        "data_categories": [],
        "process_type": "UNKNOWN",
        "nondisclosure": {"present": False, "kind": None, "expires_at": None},
    }
    document[top] = defaults.get(top)


#: Each deciding field in words, as the low-confidence triage reasons name it.
FIELD_LABELS = {
    "process_type": "the kind of legal process",
    "requester.name": "who sent it",
    "requester.kind": "what kind of requester it is",
    "targets": "which accounts it targets",
    "data_categories": "which data it demands",
    "nondisclosure": "the nondisclosure order",
    "return_by": "the return date",
    "emergency": "the emergency narrative",
    "statute": "the statute it is issued under",
}


def _low_confidence(out: _Fields, process: ProcessType) -> Iterable[TriageReason]:
    labels = FIELD_LABELS
    for name in DECIDING_FIELDS:
        ev = out.evidence.get(name)
        if ev is None:
            continue
        if name == "data_categories" and process is ProcessType.PRESERVATION_REQUEST:
            continue
        if name == "statute" and process is not ProcessType.SUBPOENA_ADMINISTRATIVE:
            continue
        if ev.confidence < CONFIDENT:
            note = f": {ev.note}" if ev.note else ""
            yield TriageReason("LOW_CONFIDENCE", f"not confident of {labels[name]} ({ev.confidence:.2f}{note})", name)

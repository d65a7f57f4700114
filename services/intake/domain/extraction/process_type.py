"""Which kind of legal process it is: weighted words and the statutes cited, the document's
title and the subject counting double. Pure."""

from __future__ import annotations

import re
from collections.abc import Sequence

from services.intake.domain.extraction.context import Reading
from services.intake.domain.extraction.corpus import Corpus, ev, fold, may_match
from shared.citations import Citation
from shared.vocabulary import ProcessType, RequesterKind

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
    # "a subpoena duces tecum issued by the Office of Inspector General", "the Inspector General Act of 1978".
    (ProcessType.SUBPOENA_ADMINISTRATIVE, r"\bsubpoena\b[^.\n]{0,60}\b(?:office of (?:the )?)?inspector general\b", 3),
    (ProcessType.SUBPOENA_ADMINISTRATIVE, r"\binspector general act\b", 3),
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
STATUTE_PROCESS: dict[str, ProcessType] = {
    "18 U.S.C. § 2709": ProcessType.NATIONAL_SECURITY_LETTER,
    "18 U.S.C. § 2703(d)": ProcessType.COURT_ORDER_2703D,
    "18 U.S.C. § 2703(a)": ProcessType.SEARCH_WARRANT,  # contents by a warrant
    "18 U.S.C. § 2703(f)": ProcessType.PRESERVATION_REQUEST,
    "18 U.S.C. § 2702(b)": ProcessType.EMERGENCY_REQUEST,
    "18 U.S.C. § 2702(c)": ProcessType.EMERGENCY_REQUEST,
    "18 U.S.C. § 2702": ProcessType.EMERGENCY_REQUEST,
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
#: The subsections of 18 U.S.C. § 2702 that allow disclosure in an emergency (contents, records).
_EMERGENCY_CLAUSES = (("b", "8"), ("c", "4"))


def citation_keys(citation: Citation) -> list[str]:
    keys = [citation.key]
    if citation.subsections:
        keys.insert(0, f"{citation.key}({citation.subsections[0]})")
    return keys


_COMPILED_SIGNALS = tuple((process, re.compile(p, re.IGNORECASE), w) for process, p, w in _PROCESS_SIGNALS)


# A sentence about an earlier letter: "a preservation request for the account was sent on 11/02/2026", "our prior
# preservation letter", "the account, already preserved under 18 U.S.C. 2703(f)".
_EARLIER_LETTER = re.compile(
    r"\b(?:was|were|has\s+been|had\s+been|have\s+been)\s+(?:sent|served|submitted|made|issued|faxed|e-?mailed|"
    r"received|acknowledged|preserved)\b|\b(?:earlier|previous|prior|already|original|initial)\b",
    re.IGNORECASE,
)
_SENTENCE_BREAK = re.compile(r"[.!?](?=\s+[A-Z])|;|\n\s*\n")


def _earlier(flat: str, at: int) -> bool:
    """Whether the sentence around ``at`` speaks of an earlier letter."""
    starts = [m.end() for m in _SENTENCE_BREAK.finditer(flat, max(0, at - 300), at)]
    start = starts[-1] if starts else max(0, at - 300)
    stop = _SENTENCE_BREAK.search(flat, at, at + 300)
    return bool(_EARLIER_LETTER.search(flat, start, stop.start() if stop else min(len(flat), at + 300)))


def classify_process(
    corpus: Corpus,
    subject: str,
    citations: Sequence[Citation],
    foreign: bool,
    signals: Sequence[tuple[ProcessType, re.Pattern[str], float]] = (),
) -> tuple[ProcessType, float, int | None, int | None, str]:
    """The kind of process, its confidence, where it is said, and a note with the scores.
    ``signals`` are the vocabulary's words (:mod:`.vocabulary`), weighed like the patterns here."""
    scores: dict[ProcessType, float] = {}
    first: dict[ProcessType, tuple[int, int]] = {}
    subject_lower = subject
    folded = (corpus.folded, fold(subject))
    for process, regex, weight in (*_COMPILED_SIGNALS, *signals):
        if not may_match(regex, *folded):
            continue  # none of its words is written: no bonus and no match below
        bonus = weight if regex.search(subject_lower) else 0.0
        for match in regex.finditer(corpus.flat):
            if process is ProcessType.PRESERVATION_REQUEST and _earlier(corpus.flat, match.start()):
                continue  # "a preservation request ... was sent on 11/02": an earlier letter, not this one
            gained = weight * (2 if corpus.in_title(match.start()) else 1)
            scores[process] = scores.get(process, 0.0) + gained
            first.setdefault(process, (match.start(), match.end()))
            break
        if bonus:
            scores[process] = scores.get(process, 0.0) + bonus * 2
    for citation in citations:
        for key in citation_keys(citation):
            cited = STATUTE_PROCESS.get(key)
            if cited is None:
                continue
            if cited is ProcessType.PRESERVATION_REQUEST and _earlier(corpus.flat, citation.start):
                continue
            weight = _STATUTE_WEIGHT * (1.5 if corpus.in_title(citation.start) else 1)
            if cited is ProcessType.EMERGENCY_REQUEST and citation.subsections[:2] not in _EMERGENCY_CLAUSES:
                # § 2702 as a whole is the provider's bar on disclosure, cited as often to refuse ("the SCA,
                # 18 U.S.C. 2702, does not allow ...") as to ask; only (b)(8) and (c)(4) are the emergency.
                weight /= 4
            scores[cited] = scores.get(cited, 0.0) + weight
            first.setdefault(cited, (citation.start, citation.end))
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
    if foreign:
        # A foreign government's request is FOREIGN_REQUEST, whether it asks to preserve, to disclose
        # in an emergency or to produce (docs/domain.md): its own kind is only a detail of it.
        top_other = max((v for k, v in scores.items() if k is not ProcessType.FOREIGN_REQUEST), default=0.0)
        scores[ProcessType.FOREIGN_REQUEST] = max(scores[ProcessType.FOREIGN_REQUEST], 2 * top_other, 8.0)
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


def read_process_type(r: Reading) -> None:
    """``process_type``: a foreign government's demand leans to FOREIGN_REQUEST."""
    process, confidence, start, end, note = classify_process(
        r.corpus,
        r.subject,
        r.citations,
        foreign=r.requester_kind is RequesterKind.FOREIGN_GOVERNMENT,
        signals=r.vocab.process_types,
    )
    r.out.put("process_type", ev(r.corpus, process, confidence, start, end, note))

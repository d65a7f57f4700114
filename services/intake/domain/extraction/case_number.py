"""The demand's own number (summons, docket, case or reference number). Pure."""

from __future__ import annotations

import re

from services.intake.domain.extraction.context import Reading
from services.intake.domain.extraction.corpus import Corpus, Evidence, Fields, Span, ev

_CASE_NUMBER = re.compile(
    r"(?P<label>\b(?:(?P<agency>CBP|DEA|FBI|IRS|ICE|HSI|DHS|DOJ|USCIS|OIG|ATF|USSS|NCA)[ \t]+)?(?P<kind>(?i:Summons|Subpoena|Warrant|NSL|Order|Request|Case|Docket|File|Reference|Ref|Investigation|Matter|"
    r"Misc(?:ellaneous)?|Mag(?:istrate)?|Cause|Index|Incident|Report|Control|Crim(?:inal)?|Civil|Complaint|Serial|Action))\.?"
    r"(?:[ \t]+(?i:Action|Case|Docket))?[ \t]*(?i:No\.?|Number|Num\.?|#|Nr\.?)[ \t]*[:.]?|\b(?i:Our|Your)[ \t]+(?i:ref(?:erence)?)[ \t]*[:.]|\b(?:Reference|Ref)[ \t]*:|\bCase[ \t]*:|\bNo\.(?=[ \t]*\d))"
    r"[ \t]*\n?[ \t]*(?P<value>(?:[A-Z0-9][A-Za-z0-9:\-/._]*\d[A-Za-z0-9:\-/._]*|\d[A-Za-z0-9:\-/._]*)"
    r"(?:[ \t](?:[A-Z]{1,4}[ \t]\d[\w\-/.]*|\d[\w\-/.]*)(?=[ \t]*$|[ \t]|[,;)]))*)",
    re.MULTILINE,
)


# Other labels of a demand's number, in the six languages (tried when the labels above find none).
_OTHER_LABEL = re.compile(
    r"\b(?:Civil Investigative Demand|Cause(?:/GJ)?|Grand Jury|(?:Subpoena )?Duces Tecum(?: for the Grand Jury)?|"
    r"(?:OPO |our |your )?reference|Ref\.|case|file|No\.(?=\s*[A-Z]{1,4}\d)|CID|FIR|Event|Incident|Occurrence|Crime|CRIS|Folio|Oficio|Of[íi]cio|Az\.|Aktenzeichen|Gesch[äa]ftszeichen|"
    r"Diligencias(?: Previas| policiales)?|Carpeta de investigaci[óo]n|Sumario|Atestado|Inqu[ée]rito(?: Policial)?|Processo|Procedimento|"
    r"Proc[èe]s-verbal|PV|Proc[ée]dure|N° de proc[ée]dure|Proc\.? ?pen\.|Procedimento penale|R\.?G\.?N\.?R\.?)"
    r"(?:[ \t]*(?:No\.?|N[º°o]\.?|n\.?[º°]?|nº|Nr\.?|#|number|núm\.?|n\.))?[ \t]*[:.,]?[ \t]*"
    r"(?P<value>(?:[A-Z]{1,4}[ \t](?=\d))?[A-Z0-9][A-Za-z0-9\-/._]*\d[A-Za-z0-9\-/._]*(?:[ \t](?:[A-Z]{1,5}|\d[\w\-/.]*|R\.?G\.?N\.?R\.?)(?=[ \t]*$|[ \t]|[,;)]))*)",
    re.IGNORECASE | re.MULTILINE,
)


# A German court's or prosecutor's file number needs no label: "502 Gs 2291/26", "121 UJs 4471/26".
_AKTENZEICHEN = re.compile(r"\b\d{1,4}\s+(?:Gs|Js|UJs|Ds|Ls|Qs|Ks|KLs|Ns|Cs|AR|BRs|VRs|Zs)\s+\d{1,6}/\d{2}\b")
# Brazil's unified proceeding number (CNJ): NNNNNNN-DD.AAAA.J.TR.OOOO.
_CNJ = re.compile(r"\b\d{7}-\d{2}\.\d{4}\.\d\.\d{2}\.\d{4}\b")
_LETTER_REFERENCE = re.compile(r"(?i)\s*(?:of[íi]cio|folio|(?:our |your )?ref(?:erence)?\b)")
# A subject ending in an identifier: "Request for data - PS-20261127-0441", "warrant KCSO-SW-2026-88" (whole:
# never only its tail after a hyphen inside it).
_SUBJECT_TAIL = re.compile(r"(?:^|(?<=[\s:–]))(?P<value>(?:[A-Z0-9]{1,6}-)*[A-Z]{1,6}-\d[\w\-/]*\d)\s*$")


def _case_number(out: Fields, corpus: Corpus, subject: str) -> None:
    text = corpus.text
    candidates = list(_CASE_NUMBER.finditer(text))
    if not candidates:
        file_number = _AKTENZEICHEN.search(text)
        if file_number:
            out.put("case_number", ev(corpus, file_number.group(0), 0.75, file_number.start(), file_number.end()))
            return
        cnj = _CNJ.search(text)
        if cnj:
            out.put("case_number", ev(corpus, cnj.group(0), 0.8, cnj.start(), cnj.end()))
            return
        others = list(_OTHER_LABEL.finditer(text))
        # A proceeding's number before the number of the letter that carries it ("Ofício nº 771/2026").
        other = next((m for m in others if not _LETTER_REFERENCE.match(m.group(0))), others[0] if others else None)
        if other:
            value = other.group("value").rstrip(".,;:)")
            out.put("case_number", ev(corpus, value, 0.75, other.start("value"), other.end("value")))
            return
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
        in_subject = _OTHER_LABEL.search(subject) or _SUBJECT_TAIL.search(subject)
        if in_subject:
            value = in_subject.group("value").rstrip(".,;:)")
            span = Span("subject", in_subject.start("value"), in_subject.end("value"), value)
            out.put("case_number", Evidence(value, 0.65, span, note="from the subject"))
            return
        out.put("case_number", Evidence(None, 0.7, note="no case number"))
        return
    match = candidates[0]
    out.put("case_number", ev(corpus, _case_value(match), 0.85, match.start(), match.end()))


def _case_value(match: re.Match[str]) -> str:
    # The identifier itself, without its label ("Summons No. 2026-0417" is recorded as "2026-0417").
    return match.group("value").rstrip(".,;:)")


def read_case_number(r: Reading) -> None:
    _case_number(r.out, r.corpus, r.subject)

"""The statute a demand is issued under (an administrative subpoena's names its authority). Pure."""

from __future__ import annotations

import re
from collections.abc import Sequence

from services.intake.domain.extraction.context import Reading
from services.intake.domain.extraction.corpus import Corpus, Evidence, Fields, ev
from services.intake.domain.extraction.foreign_statute import as_written, foreign_authority
from services.intake.domain.extraction.process_type import STATUTE_PROCESS, citation_keys
from shared.citations import Citation
from shared.reference.government import US_STATES
from shared.vocabulary import ProcessType

_ADMIN_STATUTES = {key for key, process in STATUTE_PROCESS.items() if process is ProcessType.SUBPOENA_ADMINISTRATIVE}
_NOT_AUTHORITY = {
    "18 U.S.C. § 2705",
    "18 U.S.C. § 2702",
    "18 U.S.C. § 2703",
    "18 U.S.C. § 2701",
    "18 U.S.C. § 2711",
    "18 U.S.C. § 2707",
    "18 U.S.C. § 2510",
}


_STATES = (
    r"Ala|Alaska|Ariz|Ark|Cal|Colo|Conn|Del|D\.C|Fla|Ga|Haw|Idaho|Ill|Ind|Iowa|Kan|Ky|La|Me|Md|Mass|Mich|Minn|Miss|Mo|Mont|"
    r"Neb|Nev|N\.\s?H|N\.\s?J|N\.\s?M|N\.\s?Y|N\.\s?C|N\.\s?D|Ohio|Okla|Or|Pa|R\.\s?I|S\.\s?C|S\.\s?D|Tenn|Tex|Utah|Vt|Va|Wash|W\.\s?Va|Wis|Wyo"
)
_STATE_WORDS = "|".join(re.escape(name) for name in US_STATES.values())
_SECTION = r"§+\s*\d[\w.\-:]*(?:\(\w{1,4}\))*"
# "Tex. Bus. & Com. Code § 17.61", "N.C. Gen. Stat. § 75-10", "815 ILCS 505/3", "A.R.S. § 44-1524",
# "M.G.L. c. 271, § 17B", "Fla. Stat. § 27.04"; the UK's Overseas Production Orders Act, India's BNSS,
# Canada's Criminal Code.
_STATE_OR_FOREIGN = re.compile(
    rf"\b(?:{_STATES})\.?\s+(?:[A-Z][a-z]*\.?\s+(?:&\s+)?){{0,4}}(?:Code|Stat(?:utes)?\.?|Laws?|Comp\.\s+Laws|Ann\.)"
    rf"(?:\s+Ann\.)?\s*(?:c(?:h)?\.\s*\d+[A-Z]?,?\s*)?{_SECTION}"
    rf"|\b\d+\s+ILCS\s+\d+/[\d.\-]+"
    rf"|\b(?:A\.R\.S\.|N\.C\.G\.S\.|M\.G\.L\.|G\.L\.|O\.R\.S\.|ORS|RCW|NRS|MCL|KRS|O\.C\.G\.A\.)\s*(?:c\.\s*\d+[A-Z]?,?\s*)?(?:{_SECTION}|\d[\w.\-]*)"
    rf"|\b[Ss]ection\s+\d[\w.\-]*,?\s+(?:{_STATE_WORDS})\s+(?:Statutes|Code|General Statutes|Revised Statutes|Compiled Statutes|General Laws)\b"
    rf"|\b[Ss]ections?\s+\d{{4}}(?:,\s*\d{{4}})*(?:,?\s+and\s+\d{{4}})?\s+of the Internal Revenue Code"
    rf"|\bCrime \(Overseas Production Orders\) Act 2019"
    rf"|\b(?:[Ss]ection|[Ss]\.)\s*\d+[A-Z]?\s+(?:of the\s+)?(?:Bharatiya Nagarik Suraksha Sanhita(?:,\s*2023)?|BNSS)"
    rf"|\b(?:[Ss]ection|[Ss]\.)\s*\d+(?:\.\d+)*\s+of the Criminal Code|\bCriminal Code,?\s+s\.\s*\d+(?:\.\d+)*"
)


# Processes whose statute is named by its section alone (an NSL's "§ 2709(b)" is § 2709).
_KEY_ONLY = frozenset(
    {ProcessType.SUBPOENA_ADMINISTRATIVE, ProcessType.NATIONAL_SECURITY_LETTER, ProcessType.PEN_REGISTER_ORDER}
)
# The authorizing section first where a process cites two ("§§ 3122 and 3123": the order is under § 3123).
_PREFERRED = {ProcessType.PEN_REGISTER_ORDER: "18 U.S.C. § 3123", ProcessType.WIRETAP_ORDER: "18 U.S.C. § 2518"}


def _statute(out: Fields, corpus: Corpus, process: ProcessType, citations: Sequence[Citation]) -> None:
    chosen: Citation | None = None
    preferred = _PREFERRED.get(process)
    ordered = sorted(citations, key=lambda c: 0 if c.key == preferred else 1) if preferred else list(citations)
    for citation in ordered:
        keys = citation_keys(citation)
        if any(STATUTE_PROCESS.get(k) is process for k in keys):
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
    if chosen is None and process is ProcessType.SUBPOENA_ADMINISTRATIVE:
        # A state's statute (an attorney general's civil investigative demand), as written.
        written = _STATE_OR_FOREIGN.search(corpus.flat)
        if written is not None:
            value = " ".join(written.group(0).split()).rstrip(".,;:)")
            code = re.search(r"(\d{4})\b.*Internal Revenue Code", value)
            if code:
                value = f"26 U.S.C. § {code.group(1)}"  # the Internal Revenue Code is Title 26
            out.put("statute", ev(corpus, value, 0.85, written.start(), written.end()))
            return
    if chosen is None and process is ProcessType.FOREIGN_REQUEST:
        # A foreign request's governing law is recorded as written (its procedural authority only).
        foreign = foreign_authority(corpus.flat)
        if foreign is not None:
            out.put("statute", ev(corpus, as_written(foreign), 0.85, foreign.start(), foreign.end()))
            return
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
    value = chosen.key if process in _KEY_ONLY else chosen.canonical
    out.put("statute", ev(corpus, value, 0.95, chosen.start, chosen.end))


def read_statute(r: Reading) -> None:
    _statute(r.out, r.corpus, r.process, r.citations)

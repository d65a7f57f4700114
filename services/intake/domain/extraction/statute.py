"""The statute a demand is issued under (an administrative subpoena's names its authority). Pure."""

from __future__ import annotations

from collections.abc import Sequence

from services.intake.domain.extraction.context import Reading
from services.intake.domain.extraction.corpus import Corpus, Evidence, Fields, ev
from services.intake.domain.extraction.process_type import STATUTE_PROCESS, citation_keys
from shared.citations import Citation
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


def _statute(out: Fields, corpus: Corpus, process: ProcessType, citations: Sequence[Citation]) -> None:
    chosen: Citation | None = None
    for citation in citations:
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
    out.put("statute", ev(corpus, value, 0.95, chosen.start, chosen.end))


def read_statute(r: Reading) -> None:
    _statute(r.out, r.corpus, r.process, r.citations)

"""Whether a message is legal process at all. Pure.

Newsletters about legal process, complaints and support mail from users, spam, DMCA takedown
notices (a notice, not a subpoena) and out-of-office replies use the words of legal process
without being a demand. Each kind has marks (the vocabulary's ``not_process`` patterns, and the
headers of bulk mail and automatic replies); a demand has its own (a kind of process read with
confidence, words that direct the recipient to act, a statute of legal process, a government or
court requester). A message whose marks outweigh the demand's is held with the reason
NOT_LEGAL_PROCESS so that legal ops can dismiss it, and nothing is invented for it: its kind of
process, targets, data, gag, deadline and emergency are left empty.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from services.intake.domain.extraction.context import Reading
from services.intake.domain.extraction.corpus import Evidence, fold, may_match
from services.intake.domain.extraction.process_type import STATUTE_PROCESS, citation_keys
from services.intake.domain.triage import TriageReason
from shared.vocabulary import ProcessType, RequesterKind

_AUTO_SUBJECT = re.compile(
    r"^\s*(?:automatic reply|auto(?:matic)?[- ]?(?:reply|response)|out of (?:the )?office|abwesenheitsnotiz|"
    r"automatische antwort|réponse automatique|respuesta automática|resposta automática|risposta automatica|"
    r"fuori ufficio|absence)\b",
    re.IGNORECASE,
)
# "subpoena" or § 512(h) anywhere: a takedown notice it quotes is an exhibit of a demand.
_SUBPOENA = re.compile(r"\bsubpoena\b|512\s*\(\s*h\s*\)", re.IGNORECASE)
_GOVERNMENT = frozenset({RequesterKind.FEDERAL, RequesterKind.STATE_LOCAL, RequesterKind.FOREIGN_GOVERNMENT})
_KINDS = {
    "invitation": "an invitation to an event",
    "business": "an invoice or other business mail",
    "press": "a journalist's question",
    "privacy": "a user's own data-access request",
    "court_notice": "a court's notice of a filing",
    "inquiry": "a question about how to send legal process",
    "counsel_notice": "a notice from a user's counsel",
    "newsletter": "a newsletter or marketing mail",
    "auto_reply": "an automatic reply",
    "takedown": "a copyright takedown notice",
    "complaint": "a user's complaint or support request",
    "spam": "spam",
}
#: Marks of another kind of mail at least this heavy, and heavier than the demand's, mean "not legal process".
THRESHOLD = 5.0
#: Fields left empty for a message that is not legal process (what would otherwise be invented).
BLANKED: dict[str, object] = {
    "process_type": ProcessType.UNKNOWN,
    "statute": None,
    "targets": [],
    "data_categories": [],
    "date_range": None,
    "return_by": None,
    "nondisclosure": {"present": False, "kind": None, "expires_at": None},
    "emergency": None,
    "mechanism": None,
    "issuing_court": None,
    "stated_purpose": None,
    "case_number": None,
    "requester.country": None,
    "requester.signer": None,
    "requester.signer_title": None,
}


@dataclass(frozen=True)
class Relevance:
    legal_process: bool
    other: float  # the weight of the other kind's marks
    demand: float  # the weight of the demand's marks
    kind: str | None  # newsletter, auto_reply, takedown, complaint, spam
    marks: tuple[str, ...]


def weigh(r: Reading) -> Relevance:
    body = r.corpus.text
    if len(body) > 8000:
        body = f"{body[:5000]}\n{body[-3000:]}"  # the marks of other mail sit at its top and bottom
    text = f"{r.message.subject}\n{r.subject}\n{body}"
    by_kind: dict[str, float] = {}
    marks: list[str] = []
    quoted_subpoena = bool(_SUBPOENA.search(text) or _SUBPOENA.search(r.subject))
    folded = fold(text)
    for mark, pattern, weight in r.vocab.not_process:
        if mark == "takedown" and quoted_subpoena:
            continue
        if not may_match(pattern, folded):
            continue  # none of its words is written: it cannot match
        found = pattern.search(text)
        if found:
            by_kind[mark] = by_kind.get(mark, 0.0) + weight
            marks.append(f"{mark}: {found.group(0)!r}")
    headers = {name.lower() for name, _ in r.message.headers}
    if headers & {"list-unsubscribe", "list-id"} or any(
        v.strip().lower() in ("bulk", "list") for v in r.message.header_values("Precedence")
    ):
        by_kind["newsletter"] = by_kind.get("newsletter", 0.0) + 4
        marks.append("newsletter: bulk-mail headers")
    auto = [v for v in r.message.header_values("Auto-Submitted") if v.strip().lower() != "no"]
    automatic = bool(auto or headers & {"x-autoreply", "x-autorespond"} or _AUTO_SUBJECT.match(r.message.subject or ""))
    if automatic:
        by_kind["auto_reply"] = by_kind.get("auto_reply", 0.0) + 6
        marks.append("auto_reply: automatic-reply header or subject")
    demand = _demand_weight(r)
    kind: str | None = None
    other = 0.0
    if by_kind:
        kind, other = max(by_kind.items(), key=lambda item: item[1])
    # Heavy marks that outweigh the demand's; a clear mark where the demand is weak (no directive, no
    # statute, no government requester); or readable text that demands nothing at all.
    readable = len(r.corpus.text.strip()) >= 80 and not r.out.reasons
    not_process = (other >= THRESHOLD and other > demand) or (other >= 3 and demand <= 4) or (readable and demand < 2)
    if automatic:
        not_process, kind = True, "auto_reply"  # an automatic reply never carries a demand of its own
    return Relevance(not not_process, other, demand, kind, tuple(marks))


def _demand_weight(r: Reading) -> float:
    weight = 0.0
    process = r.out.evidence.get("process_type")
    if process is not None and process.value is not ProcessType.UNKNOWN:
        weight += 4 if process.confidence >= 0.8 else 2 if process.confidence >= 0.6 else 0
    if r.vocab.first(r.vocab.directives, r.corpus.text):
        weight += 3
    if any(STATUTE_PROCESS.get(key) for c in r.citations for key in citation_keys(c)):
        weight += 2
    name = r.out.evidence.get("requester.name")
    if name is not None and name.confidence >= 0.8 and r.requester_kind in _GOVERNMENT:
        weight += 2
    return weight


def read_relevance(r: Reading) -> None:
    """``legal_process``; for a message that is not, the fields it would invent are left empty."""
    relevance = weigh(r)
    note = f"{relevance.kind or 'no other kind'} {relevance.other:.0f} against demand {relevance.demand:.0f}"
    if relevance.marks:
        note += "; " + "; ".join(relevance.marks[:4])
    r.out.put("legal_process", Evidence(relevance.legal_process, 0.9, note=note))
    if relevance.legal_process:
        return
    for name, value in BLANKED.items():
        r.out.put(name, Evidence(value, 0.95, note="not legal process"))
    r.out.reasons.append(
        TriageReason(
            "NOT_LEGAL_PROCESS",
            f"it reads as no kind of legal process but as {_KINDS.get(relevance.kind or '', 'other mail')}: "
            "dismiss it as not legal process, or confirm its fields",
        )
    )

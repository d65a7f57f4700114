"""Authenticity and facial validity: an unauthenticated requester, targets that name no account or
none on the platform, the return date, over-broad date ranges, extraction to triage, a demand
received before."""

from __future__ import annotations

from services.review.domain.history import (
    EarlierCase,
    document_fingerprint,
    folded_targets,
    message_id_of,
    normalized_case_number,
)
from services.review.domain.rules.context import Hit, RuleContext
from services.review.domain.rules.dates import counted, when
from services.review.domain.rules.wording import categories_text, is_or_are, minute, service_phrase
from shared.reference import normalize_words
from shared.vocabulary import ProcessType


def requester_unverified(ctx: RuleContext) -> list[Hit]:
    """REQUESTER_UNVERIFIED: intake could not authenticate the sender (``requester.verified`` false)."""
    requester = ctx.case.requester
    if requester.verified:
        return []
    facts = [f"{requester.name} ({requester.kind.value})"]
    if requester.email:
        domain = requester.email.rsplit("@", 1)[-1].lower()
        facts.append(f"sent from {requester.email}")
        if ctx.issuer is not None:
            known = ", ".join(ctx.issuer.email_domains) or "none listed"
            if ctx.book.registry.lists_domain(ctx.issuer, requester.email):
                facts.append(
                    f"{domain} is a known {ctx.issuer.id} domain, but the message's authentication did not pass"
                )
            else:
                facts.append(f"{domain} is not among {ctx.issuer.id}'s known domains ({known})")
    else:
        facts.append("no sender address on record")
    return [
        Hit(
            "REQUESTER_UNVERIFIED",
            "The requester is not authenticated: " + "; ".join(facts) + ". Confirm the request out of band "
            "before acting on it.",
        )
    ]


def targets(ctx: RuleContext) -> list[Hit]:
    """TARGET_NOT_PARTICULAR (no specific account identifier at all) and TARGET_NOT_FOUND."""
    hits: list[Hit] = []
    particular = [t for t in ctx.targets if t.particular]
    if not particular:
        written = ", ".join(f'"{t.text}"' for t in ctx.targets)
        hits.append(
            Hit(
                "TARGET_NOT_PARTICULAR",
                (
                    "The demand names no account."
                    if not ctx.targets
                    else f"The demand names no specific account identifier (it says {written})."
                ),
            )
        )
    if ctx.directory.complete:
        missing = [t for t in particular if t.account is None]
        if missing:
            hits.append(
                Hit(
                    "TARGET_NOT_FOUND",
                    f'No account on the platform matches {", ".join(t.text for t in missing)}: answer "no records" for '
                    f"{'it' if len(missing) == 1 else 'them'}.",
                )
            )
    return hits


def return_date(ctx: RuleContext) -> list[Hit]:
    """RETURN_DATE_DEFECT: return date before service, or before the end of ``min_return_days``
    after service counted under Fed. R. Civ. P. 6(a)(1) in the case's calendar (a period ending on a
    weekend or legal holiday runs to the next day that is neither; dates in the service's time
    zone), unless an emergency."""
    case = ctx.case
    if case.return_by is None or ctx.service_time is None or ctx.process is ProcessType.PRESERVATION_REQUEST:
        return []
    served = ctx.service_time
    if case.return_by < served:
        return [
            Hit(
                "RETURN_DATE_DEFECT",
                f"The return date {minute(case.return_by)} is before the process was {service_phrase(ctx)}: "
                "it could not be complied with as issued. Ask the issuer for a new return date.",
            )
        ]
    if ctx.emergency:
        return []
    minimum = ctx.policy.min_return_days
    earliest = counted(
        ctx.calendar,
        what="earliest return date policy allows",
        trigger=served,
        days=minimum,
        rule="policy min_return_days",
        law="RETURN_DATE_DEFECT; policy min_return_days",
    )
    returned = case.return_by.astimezone(served.tzinfo).date()
    if returned >= earliest.due:
        return []
    days = (returned - served.date()).days
    return [
        Hit(
            "RETURN_DATE_DEFECT",
            f"The return date {minute(case.return_by)} is {days} days after the process was {service_phrase(ctx)}; "
            f"policy allows no less than {minimum} days, so no return date before {when(earliest)} "
            f"({earliest.explanation}). Ask for an extension.",
            dates=(earliest,),
        )
    ]


def overbroad_time_range(ctx: RuleContext) -> list[Hit]:
    """OVERBROAD_TIME_RANGE: records over time with no date range, or one wider than policy."""
    if ctx.process is ProcessType.PRESERVATION_REQUEST:
        return []
    timed = [c for c in ctx.requested if c in ctx.policy.time_bound_categories]
    if not timed:
        return []
    date_range = ctx.case.date_range
    limit = ctx.policy.max_date_range_days
    if date_range is None or date_range.start is None:
        return [
            Hit(
                "OVERBROAD_TIME_RANGE",
                f"{categories_text(timed, ctx.requested)} {is_or_are(timed)} requested with no {'start of the ' if date_range else ''}date range; "
                f"narrow production to at most {limit} days.",
            )
        ]
    end = date_range.end or (ctx.service_time or ctx.now).date()
    width = (end - date_range.start).days
    if width <= limit:
        return []
    return [
        Hit(
            "OVERBROAD_TIME_RANGE",
            f"{categories_text(timed, ctx.requested)} {is_or_are(timed)} requested for {date_range.start.isoformat()} to {end.isoformat()}, "
            f"{width} days; "
            f"policy allows at most {limit}. Narrow the range.",
        )
    ]


def needs_triage(ctx: RuleContext) -> list[Hit]:
    """NEEDS_TRIAGE: the extraction is not to be trusted without a person. Conservative: only

    * the process could not be classified (UNKNOWN is never dropped);
    * no data categories were extracted (every category rule is silent on an empty list),
      except for process types that need none (policy.yaml, preservation);
    * no targets and no document text: nothing to confirm the case against.
    """
    reasons: list[str] = []
    if ctx.process is ProcessType.UNKNOWN:
        reasons.append("the kind of legal process could not be determined")
    if not ctx.requested and ctx.process not in ctx.policy.triage_categories_optional_process_types:
        reasons.append("no data categories were extracted, so no rule could check what is sought")
    if not ctx.targets and not ctx.document_words:
        reasons.append("the case names no target and carries no document text to find one in")
    if not reasons:
        return []
    text = "; ".join(reasons)
    return [
        Hit(
            "NEEDS_TRIAGE",
            text[0].upper() + text[1:] + ". A person confirms the fields before the review is relied on.",
        )
    ]


def _same_requester(ctx: RuleContext, name: str | None) -> bool:
    if not name:
        return False
    registry = ctx.book.registry
    mine = ctx.issuer or registry.resolve(ctx.case.requester.name)
    theirs = registry.resolve(name)
    if mine is not None and theirs is not None:
        return mine.id == theirs.id
    return normalize_words(name) == normalize_words(ctx.case.requester.name)


def duplicate_request(ctx: RuleContext) -> list[Hit]:
    """DUPLICATE_REQUEST: this demand was received before (``assess(..., earlier_cases=...)``).

    A match is an earlier case (received strictly before this one) with the same document
    text (normalised fingerprint, texts of at least ``duplicate_min_text_chars``), the same
    Message-ID, or the same case number from the same requester for the same targets (a
    case number alone is not enough: one investigation sends many subpoenas). The
    explanation names the first such case.
    """
    if not ctx.earlier_cases:
        return []
    cutoff = ctx.received_at or ctx.now
    long_enough = len(ctx.document_words) >= ctx.policy.duplicate_min_text_chars
    fingerprint = document_fingerprint(ctx.document_text) if long_enough else None
    message_id = message_id_of(ctx.document_text)
    number = normalized_case_number(ctx.case.case_number)
    targets = folded_targets(ctx.case.targets)
    matches: list[tuple[EarlierCase, list[str]]] = []
    for earlier in sorted(ctx.earlier_cases, key=lambda e: e.received_at):
        if earlier.received_at >= cutoff:
            continue
        why: list[str] = []
        if fingerprint is not None and earlier.fingerprint == fingerprint:
            why.append("the same document text")
        if message_id is not None and earlier.message_id == message_id:
            why.append(f"the same Message-ID {message_id}")
        if (
            number is not None
            and normalized_case_number(earlier.case_number) == number
            and _same_requester(ctx, earlier.requester_name)
            and targets
            and frozenset(earlier.targets) == targets
        ):
            why.append(f"the same case number ({ctx.case.case_number}) from the same requester for the same targets")
        if why:
            matches.append((earlier, why))
    if not matches:
        return []
    first, why = matches[0]
    more = len(matches) - 1
    others = f" ({more} more earlier cop{'y' if more == 1 else 'ies'} on file)" if more else ""
    return [
        Hit(
            "DUPLICATE_REQUEST",
            f"This demand repeats case {first.case_id}, received {minute(first.received_at)}: "
            + " and ".join(why)
            + f"{others}. Link it to case {first.case_id} and do not process it twice.",
        )
    ]

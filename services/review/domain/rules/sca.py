"""Stored Communications Act rules: what each process may compel, preservation (§ 2703(f)) and
nondisclosure orders (§ 2705(b), NSL certifications)."""

from __future__ import annotations

from datetime import timedelta

from services.review.domain.rules.context import Hit, NdoState, RuleContext
from services.review.domain.rules.wording import categories_text, day, minute, target_labels
from shared.reference import contains_phrase, normalize_words
from shared.vocabulary import DataCategory, NondisclosureKind, ProcessType


def sca_disclosure(ctx: RuleContext) -> list[Hit]:
    """SCA_BSI_SUBPOENA_OK and the category-against-process rows (rules.yaml sca_requirements).

    Skipped for preservation, emergency, NSL and foreign requests (policy.yaml says why).
    """
    if ctx.process in ctx.policy.sca_disclosure_exempt_process_types:
        return []
    hits: list[Hit] = []
    requested = set(ctx.requested)
    if ctx.process in ctx.policy.subpoena_process_types and requested and requested <= {DataCategory.BASIC_SUBSCRIBER}:
        hits.append(
            Hit(
                "SCA_BSI_SUBPOENA_OK",
                f"The {ctx.process.value} asks only for BASIC_SUBSCRIBER records, which a subpoena may "
                "compel under § 2703(c)(2); whether to produce them depends on the other findings.",
            )
        )
    for requirement in ctx.book.sca_requirements:
        if requirement.category in requested and ctx.process not in requirement.sufficient_process:
            hits.append(
                Hit(
                    requirement.code,
                    f"{requirement.category.value} is requested under a {ctx.process.value}; it requires "
                    f"{requirement.demand}. Produce none of it without that; ask for {requirement.demand}.",
                    blocks=frozenset({requirement.category}),
                )
            )
    return hits


def is_renewal(ctx: RuleContext) -> bool:
    """Whether a preservation letter reads as a § 2703(f)(2) renewal (policy.yaml phrases)."""
    normalized = normalize_words(ctx.document_text)
    return any(contains_phrase(normalized, phrase) for phrase in ctx.policy.preservation_renewal_phrases)


def preservation(ctx: RuleContext) -> list[Hit]:
    """SCA_PRESERVE_OK / SCA_PRESERVE_EXPIRED / SCA_PRESERVE_PROSPECTIVE for § 2703(f) requests.

    Each letter (the first or a renewal) preserves for ``preservation_days`` from its own
    service (receipt if unknown). A letter whose text reads as a renewal is the one
    permitted extension; the 180-day total cannot be checked without the first letter's
    date, which ``missing_facts`` then asks for.
    """
    if ctx.process is not ProcessType.PRESERVATION_REQUEST:
        return []
    policy = ctx.policy
    start = ctx.service_time or ctx.now
    normalized = normalize_words(ctx.document_text)
    renewal = is_renewal(ctx)
    period = policy.preservation_renewal_days if renewal else policy.preservation_days
    ends = start + timedelta(days=period)
    what = "renewed preservation request" if renewal else "preservation request"
    hits: list[Hit] = []
    if ctx.now > ends:
        age = (ctx.now - start).days
        hits.append(
            Hit(
                "SCA_PRESERVE_EXPIRED",
                f"The {what} dated {day(start)} is {age} days old; § 2703(f)(2) preserves for {period} days "
                f"(until {day(ends)}) {'and allows one renewal only' if renewal else 'unless renewed, and no renewal is on file'}. "
                "Counsel releases the hold.",
            )
        )
    else:
        targets = target_labels(ctx.targets) or "the named accounts"
        hits.append(
            Hit(
                "SCA_PRESERVE_OK",
                f"Preserve the existing records of {targets} for {period} days from {day(start)} (until {day(ends)}); "
                "a preservation request discloses nothing: produce only on further legal process.",
            )
        )
    reasons: list[str] = []
    forward = sorted(set(ctx.requested) & policy.prospective_categories)
    if forward:
        reasons.append(f"it asks for {categories_text(forward)}")
    date_range = ctx.case.date_range
    if date_range is not None and date_range.end is not None and date_range.end > start.date():
        reasons.append(f"its date range runs to {date_range.end.isoformat()}, after the request ({day(start)})")
    phrases = [p for p in policy.preservation_prospective_phrases if contains_phrase(normalized, p)]
    if phrases:
        reasons.append("its text says " + ", ".join(f'"{p}"' for p in phrases[:3]))
    if reasons:
        hits.append(
            Hit(
                "SCA_PRESERVE_PROSPECTIVE",
                "The request asks to keep future data (" + "; ".join(reasons) + "). § 2703(f) reaches only records "
                "already in existence: preserve existing data and refuse the forward-looking part.",
            )
        )
    return hits


def nondisclosure(ctx: RuleContext) -> list[Hit]:
    """SCA_NDO_LETTER_ONLY, SCA_NDO_INVALID_TERM, SCA_NDO_EXPIRED and NSL_NDO_REVIEW."""
    ndo = ctx.ndo
    if ndo.state is NdoState.LETTER_ONLY:
        return [
            Hit(
                "SCA_NDO_LETTER_ONLY",
                "Confidentiality is requested by letter, not ordered by a court under § 2705(b); a letter does not "
                "bind the platform. Per policy the user is notified now; the requester may seek a court order.",
            )
        ]
    if ndo.state is NdoState.INDEFINITE:
        return [
            Hit(
                "SCA_NDO_INVALID_TERM",
                "The § 2705(b) nondisclosure order has no expiry date (indefinite). Withhold user notice until "
                "counsel decides whether to move to modify it.",
            )
        ]
    if ndo.state is NdoState.OVER_LONG:
        assert ndo.expires_at is not None and ndo.starts_at is not None
        return [
            Hit(
                "SCA_NDO_INVALID_TERM",
                f"The federal § 2705(b) order runs {ndo.term_days} days, from {day(ndo.starts_at)} to "
                f"{day(ndo.expires_at)}, beyond the {ctx.policy.ndo_federal_max_days}-day limit of DOJ policy. "
                "Withhold user notice until counsel decides whether to move to modify it.",
            )
        ]
    if ndo.state is NdoState.EXPIRED:
        assert ndo.expires_at is not None
        kind = (
            "NSL nondisclosure certification"
            if ndo.kind is NondisclosureKind.NSL_CERTIFICATION
            else "nondisclosure order"
        )
        return [
            Hit(
                "SCA_NDO_EXPIRED",
                f"The {kind} expired on {minute(ndo.expires_at)} (now {minute(ctx.now)}); nothing bars notifying the user now.",
                citation="18 U.S.C. § 2709(c)" if ndo.kind is NondisclosureKind.NSL_CERTIFICATION else None,
            )
        ]
    if ndo.state is NdoState.NSL_GAG:
        until = f" until {minute(ndo.expires_at)}" if ndo.expires_at else " with no end date"
        return [
            Hit(
                "NSL_NDO_REVIEW",
                f"The request carries an NSL nondisclosure certification{until}. Withhold user notice pending counsel; "
                "diary the 30-day window to ask for judicial review (§ 3511(b)) and the 3-year re-review.",
            )
        ]
    return []

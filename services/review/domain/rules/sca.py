"""Stored Communications Act rules: what each process may compel, preservation (§ 2703(f)) and
nondisclosure orders (§ 2705(b), NSL certifications)."""

from __future__ import annotations

from datetime import timedelta

from services.review.domain.rules.context import Hit, NdoState, RuleContext
from services.review.domain.rules.dates import counted, day_of, fixed, local, when
from services.review.domain.rules.wording import categories_text, day, minute, target_labels
from shared.calendars import long_day
from shared.contracts import ComputedDate
from shared.reference import contains_phrase, normalize_words
from shared.vocabulary import DataCategory, NondisclosureKind, ProcessType, RequesterKind


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
    receipt (service if receipt is unknown: :attr:`RuleContext.preservation_start`, the moment
    the hold counts from). A letter whose text reads as a renewal is the one permitted
    extension; the 180-day total cannot be checked without the first letter's date, which
    ``missing_facts`` then asks for. With neither receipt nor service known the term cannot be
    dated (``missing_facts`` asks for the date of receipt) and is not counted from the review.
    """
    if ctx.process is not ProcessType.PRESERVATION_REQUEST:
        return []
    policy = ctx.policy
    start = ctx.preservation_start
    normalized = normalize_words(ctx.document_text)
    renewal = is_renewal(ctx)
    period = policy.preservation_renewal_days if renewal else policy.preservation_days
    what = "renewed preservation request" if renewal else "preservation request"
    hits: list[Hit] = []
    ends = None if start is None else start + timedelta(days=period)
    counted_from = "receipt" if ctx.received_at is not None else "service (receipt unknown)"
    if start is not None and ends is not None and ctx.now > ends:
        age = (ctx.now - start).days
        hits.append(
            Hit(
                "SCA_PRESERVE_EXPIRED",
                f"The {what} of {day(start)} ({counted_from}) is {age} days old; § 2703(f)(2) preserves for {period} "
                f"days from its receipt (until {day(ends)}) "
                f"{'and allows one renewal only' if renewal else 'unless renewed, and no renewal is on file'}. "
                "It came too late: no hold is placed. Tell the requester so; a new preservation request keeps only "
                "the records in existence when it is received, and only legal process compels disclosure.",
            )
        )
    else:
        targets = target_labels(ctx.targets) or "the named accounts"
        term = (
            f"from the request's {counted_from} on {day(start)} (until {day(ends)})"
            if start is not None and ends is not None
            else "from the request's receipt (its date is unknown: the term cannot be dated)"
        )
        if renewal:  # § 2703(f)(2): the extension runs on from the end of the first term, not from this letter
            text = (
                f"Keep preserving the existing records of {targets} for a further {period} days after the first "
                f"term ends (§ 2703(f)(2): one renewal; the hold's new expiry is on the hold, counted from its "
                f"current expiry, not from this letter of {day(start) if start is not None else 'unknown date'})"
            )
        else:
            text = f"Preserve the existing records of {targets} for {period} days {term}"
        hits.append(
            Hit(
                "SCA_PRESERVE_OK",
                f"{text}; a preservation request discloses nothing: produce only on further legal process.",
                dates=() if renewal else hold_dates(ctx),
            )
        )
    reasons: list[str] = []
    forward = sorted(set(ctx.requested) & policy.prospective_categories)
    if forward:
        reasons.append(f"it asks for {categories_text(forward)}")
    date_range = ctx.case.date_range
    asked = start or ctx.now  # records "in existence" when the request came (the review's day if unknown)
    if date_range is not None and date_range.end is not None and date_range.end > asked.date():
        reasons.append(f"its date range runs to {date_range.end.isoformat()}, after the request ({day(asked)})")
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


def hold_dates(ctx: RuleContext) -> tuple[ComputedDate, ...]:
    """The dates of the hold a first preservation request opens (services/review/domain/holds.py):
    it expires ``preservation_days`` after the request's receipt (else its service), and legal ops
    are reminded ``preservation_reminder_days`` before. A term, not a period to act in court: not
    moved. None when neither date is known; a renewal's dates are its hold's (from that expiry)."""
    start = ctx.preservation_start
    if start is None:
        return ()
    policy = ctx.policy
    counted_from = "receipt" if ctx.received_at is not None else "service"
    expires = start + timedelta(days=policy.preservation_days)
    term = (
        f"{policy.preservation_days} days after the request's {counted_from} on {long_day(day_of(start))} "
        f"({minute(start)}): {minute(expires)}"
    )
    dates = [
        fixed(
            what="preservation hold expires (unless renewed once, or legal process from the requester arrives)",
            on=expires,
            rule="SCA_PRESERVE_OK; policy preservation_days (18 U.S.C. § 2703(f)(2))",
            explanation=f"{term}. A term, not a period to act in court: not moved off weekends or holidays.",
        )
    ]
    for before in sorted(policy.preservation_reminder_days, reverse=True):
        dates.append(
            fixed(
                what=f"legal ops reminded: the preservation hold expires in {before} days",
                on=expires - timedelta(days=before),
                rule="policy preservation_reminder_days",
                explanation=f"{before} days before the hold's expiry ({term}): not moved.",
            )
        )
    return tuple(dates)


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
        federal = (
            " DOJ's policy of 19 October 2017 limits federal applications for § 2705(b) orders to one year absent "
            "exceptional circumstances, and an order of no fixed term is the indefinite gag it ended."
            if ctx.case.requester.kind is RequesterKind.FEDERAL
            else ""
        )
        return [
            Hit(
                "SCA_NDO_INVALID_TERM",
                "The § 2705(b) nondisclosure order has no expiry date (indefinite): § 2705(b) allows delay only "
                f'"for such period as the court deems appropriate".{federal} Withhold user notice until counsel '
                "decides whether to ask the government to limit it or move to modify it.",
            )
        ]
    if ndo.state is NdoState.OVER_LONG:
        assert ndo.expires_at is not None and ndo.starts_at is not None and ndo.term_days is not None
        months = round(ndo.term_days / (365.25 / 12))
        limit = ctx.policy.ndo_federal_max_days
        return [
            Hit(
                "SCA_NDO_INVALID_TERM",
                f"The federal § 2705(b) order runs {ndo.term_days} days (about {months} months), from "
                f"{day(ndo.starts_at)} to {day(ndo.expires_at)}: over one year. DOJ's policy of 19 October 2017 "
                "(Policy Regarding Applications for Protective Orders Pursuant to 18 U.S.C. § 2705(b)) limits "
                f"federal applications to one year ({limit} days, policy ndo_federal_max_days) absent exceptional "
                "circumstances, which the order does not state. Withhold user notice until counsel decides whether "
                "to ask the government to shorten it or move to modify it.",
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
        notice = reciprocal_notice(ctx)
        return [
            Hit(
                "NSL_NDO_REVIEW",
                f"The request carries an NSL nondisclosure certification{until}. Withhold user notice pending counsel. "
                f"Counsel's reciprocal notice asking the government to seek judicial review of the gag "
                f"(18 U.S.C. § 3511(b)(1)) is drafted: send it by {when(notice)} ({notice.explanation}); the "
                "government must then apply to a court within 30 days of receiving it. Diary the 3-year re-review.",
                dates=(notice,),
            )
        ]
    return []


def reciprocal_notice(ctx: RuleContext) -> ComputedDate:
    """NSL_NDO_REVIEW's draft for counsel: the recipient's notice that it wishes a court to review
    the NSL's nondisclosure requirement (18 U.S.C. § 3511(b)(1)(A)), due ``nsl_reciprocal_notice_days``
    after service (receipt if unknown; the review's time only when neither is known)."""
    case = ctx.case
    start = ctx.service_time or local(ctx.now, ctx.policy)
    counted_from = (
        "the review (service and receipt unknown)"
        if ctx.service_time is None
        else ("receipt (service date unknown)" if ctx.service_is_proxy else "service")
    )
    letter = f"National Security Letter{f' {case.case_number}' if case.case_number else ''} served {day(start)}"
    signer = f", signed by {case.requester.signer}" if case.requester.signer else ""
    draft = (
        f"To: {case.requester.name}{signer}.\n"
        f"Re: {letter}.\n\n"
        "Pursuant to 18 U.S.C. § 3511(b)(1)(A), the recipient notifies the Government that it wishes to have a "
        "court review the nondisclosure requirement imposed under 18 U.S.C. § 2709(c) with the letter above. "
        "Under § 3511(b)(1)(B) the Government must, within 30 days of receiving this notice, apply for an order "
        "prohibiting the disclosure of the existence or contents of the letter, and that order must comply with "
        "§ 3511(b)(2)-(3). The recipient continues to comply with the requirement in the meantime. "
        "Please acknowledge receipt."
    )
    return counted(
        ctx.calendar,
        what="reciprocal notice to the government (NSL gag: seek judicial review)",
        trigger=start,
        days=ctx.policy.nsl_reciprocal_notice_days,
        rule=f"policy nsl_reciprocal_notice_days from {counted_from}",
        law="NSL_NDO_REVIEW; 18 U.S.C. § 3511(b)(1); policy nsl_reciprocal_notice_days",
        draft=draft,
    )

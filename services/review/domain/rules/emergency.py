"""Emergency disclosure requests (18 U.S.C. § 2702(b)(8)): out-of-band confirmation, a specific
danger, and the user's notice after the emergency."""

from __future__ import annotations

from services.review.domain.rulebook import remove_phrases
from services.review.domain.rules.context import Hit, RuleContext
from services.review.domain.rules.dates import day_of, fixed
from services.review.domain.rules.wording import clip, minute
from shared.calendars import long_day
from shared.contracts import ComputedDate
from shared.reference import contains_phrase, normalize_words


def edr_unverified(ctx: RuleContext) -> list[Hit]:
    """EDR_UNVERIFIED: an emergency request not confirmed out of band."""
    if not ctx.emergency:
        return []
    emergency = ctx.case.emergency
    if emergency is not None and emergency.verified_out_of_band:
        return []
    return [
        Hit(
            "EDR_UNVERIFIED",
            f"The emergency request from {ctx.case.requester.name} has not been confirmed out of band. Call the "
            "agency back on an independently known number before disclosing anything (forged emergency requests "
            "came from compromised police mailboxes in 2021–22).",
        )
    ]


def emergency_danger(ctx: RuleContext) -> list[str]:
    """The danger phrases in the emergency narrative and stated purpose, after the statute's own
    formula is taken out (policy.yaml ``emergency_danger_phrases``, ``emergency_boilerplate_phrases``)."""
    policy = ctx.policy
    narrative = ctx.case.emergency.narrative if ctx.case.emergency is not None else ""
    words = normalize_words(" . ".join(part for part in (narrative, ctx.case.stated_purpose or "") if part))
    words = remove_phrases(words, policy.emergency_boilerplate_phrases)
    return [phrase for phrase in policy.emergency_danger_phrases if contains_phrase(words, phrase)]


def edr_thin_facts(ctx: RuleContext) -> list[Hit]:
    """EDR_THIN_FACTS: the emergency narrative names no specific danger of death or serious physical injury."""
    if not ctx.emergency or emergency_danger(ctx):
        return []
    narrative = ctx.case.emergency.narrative.strip() if ctx.case.emergency is not None else ""
    said = (
        f'The emergency narrative ("{clip(narrative, 120)}")'
        if narrative
        else "The emergency request gives no narrative and"
    )
    return [
        Hit(
            "EDR_THIN_FACTS",
            f"{said} states no specific danger of death or serious physical injury (repeating the statute's words is "
            "not a fact). Ask the requester what the danger is, to whom, and why it cannot wait for legal process.",
        )
    ]


def emergency_end_date(ctx: RuleContext) -> ComputedDate | None:
    """The emergency's end for the user's notice, with its rule: received (else served) + policy days."""
    start, ends = ctx.emergency_start, ctx.emergency_ends()
    if start is None or ends is None:
        return None
    counted_from = "receipt" if ctx.received_at is not None else "service"
    days = ctx.policy.emergency_notice_delay_days
    return fixed(
        what="emergency ends: user notice not before",
        on=ends,
        rule="EDR_POST_NOTICE; policy emergency_notice_delay_days (18 U.S.C. § 2702(b)(8))",
        explanation=(
            f"{days} days after the request's {counted_from} on {long_day(day_of(start))} "
            f"({minute(start)}), not after the review: {minute(ends)}. A wait before telling the user, not a "
            "period to act in court: not moved off weekends or holidays."
        ),
    )


def edr_post_notice(ctx: RuleContext) -> list[Hit]:
    """EDR_POST_NOTICE: an emergency request confirmed out of band, so a disclosure may be made:
    the user is told after the emergency (received, else served, + ``emergency_notice_delay_days``;
    never counted from the review)."""
    emergency = ctx.case.emergency
    if not ctx.emergency or emergency is None or not emergency.verified_out_of_band:
        return []
    end = emergency_end_date(ctx)
    days = ctx.policy.emergency_notice_delay_days
    when = (
        f"not before {minute(end.at)} (received + {days} days, policy)"
        if end is not None and end.at is not None
        else f"{days} days after the request was received (policy; the date of receipt is not known yet)"
    )
    return [
        Hit(
            "EDR_POST_NOTICE",
            f"The emergency request was confirmed out of band, so a disclosure may be made. If it is, notify the user "
            f"after the emergency: {when}, with what was disclosed and to whom.",
            dates=(end,) if end is not None else (),
        )
    ]

"""Emergency disclosure requests (18 U.S.C. § 2702(b)(8)): out-of-band confirmation, a specific
danger, and the user's notice after the emergency."""

from __future__ import annotations

from services.review.domain.rulebook import remove_phrases
from services.review.domain.rules.context import Hit, RuleContext
from services.review.domain.rules.wording import clip, minute
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


def edr_post_notice(ctx: RuleContext) -> list[Hit]:
    """EDR_POST_NOTICE: an emergency request confirmed out of band, so a disclosure may be made:
    the user is told after the emergency (received + ``emergency_notice_delay_days``)."""
    emergency = ctx.case.emergency
    if not ctx.emergency or emergency is None or not emergency.verified_out_of_band:
        return []
    return [
        Hit(
            "EDR_POST_NOTICE",
            f"The emergency request was confirmed out of band, so a disclosure may be made. If it is, notify the user "
            f"after the emergency: not before {minute(ctx.emergency_ends())} (received + "
            f"{ctx.policy.emergency_notice_delay_days} days, policy), with what was disclosed and to whom.",
        )
    ]

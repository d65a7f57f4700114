"""The user's notice: NOTICE_REQUIRED when no valid gag and no emergency stands in the way."""

from __future__ import annotations

from datetime import timedelta

from services.review.domain.rules.context import Hit, NdoState, RuleContext
from services.review.domain.rules.wording import day, target_labels
from shared.vocabulary import ProcessType


def notice_required(ctx: RuleContext) -> list[Hit]:
    """NOTICE_REQUIRED: no valid NDO and not an emergency request."""
    if ctx.emergency or ctx.ndo.gags:
        return []
    wait_until = ctx.now + timedelta(days=ctx.policy.notice_wait_days)
    earliest = max(wait_until, ctx.case.return_by) if ctx.case.return_by else wait_until
    why = {
        NdoState.LETTER_ONLY: "confidentiality was only requested by letter",
        NdoState.EXPIRED: "the nondisclosure order has expired",
    }.get(ctx.ndo.state, "no nondisclosure order accompanies the demand")
    whom = target_labels(ctx.found) or target_labels([t for t in ctx.targets if t.particular]) or "the account holder"
    if ctx.process is ProcessType.PRESERVATION_REQUEST:
        then = "A preservation request itself produces nothing."
    else:
        then = (
            f"Produce nothing before {day(earliest)} ({ctx.policy.notice_wait_days} days after notice or the "
            "return date, whichever is later), and hold if the user says they will challenge."
        )
    return [Hit("NOTICE_REQUIRED", f"Notify {whom} now with a copy of the demand ({why}). {then}")]

"""The user's notice: NOTICE_REQUIRED when no valid gag and no emergency stands in the way."""

from __future__ import annotations

from services.review.domain.rules.context import Hit, NdoState, RuleContext
from services.review.domain.rules.dates import counted, local, when
from services.review.domain.rules.wording import day, target_labels
from shared.vocabulary import ProcessType


def notice_required(ctx: RuleContext) -> list[Hit]:
    """NOTICE_REQUIRED: no valid NDO and not an emergency request."""
    if ctx.emergency or ctx.ndo.gags:
        return []
    wait = counted(
        ctx.calendar,
        what="production not before (the user's notice wait)",
        trigger=local(ctx.now, ctx.policy),
        days=ctx.policy.notice_wait_days,
        rule="policy notice_wait_days",
        law="NOTICE_REQUIRED; policy notice_wait_days (after the user's notice, sent with this review)",
    )
    earliest = wait
    if ctx.case.return_by is not None and ctx.case.return_by.date() > wait.due:
        earliest = wait.model_copy(
            update={
                "due": ctx.case.return_by.date(),
                "explanation": f"the return date {day(ctx.case.return_by)}, later than {wait.explanation}",
            }
        )
    why = {
        NdoState.LETTER_ONLY: "confidentiality was only requested by letter",
        NdoState.EXPIRED: "the nondisclosure order has expired",
    }.get(ctx.ndo.state, "no nondisclosure order accompanies the demand")
    whom = target_labels(ctx.found) or target_labels([t for t in ctx.targets if t.particular]) or "the account holder"
    if ctx.process is ProcessType.PRESERVATION_REQUEST:
        then = "A preservation request itself produces nothing."
    else:
        then = (
            f"Produce nothing before {when(earliest)} ({ctx.policy.notice_wait_days} days after notice or the "
            f"return date, whichever is later: {earliest.explanation}), and hold if the user says they will challenge."
        )
    dates = () if ctx.process is ProcessType.PRESERVATION_REQUEST else (earliest,)
    return [Hit("NOTICE_REQUIRED", f"Notify {whom} now with a copy of the demand ({why}). {then}", dates=dates)]

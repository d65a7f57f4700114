"""Civil process, DMCA § 512(h) subpoenas and foreign requests: the SCA's bar on content for civil
litigants, Rule 45 defects, incomplete § 512(h) subpoenas, § 2702 and CLOUD Act agreements."""

from __future__ import annotations

from datetime import date

from services.review.domain.rules.context import Hit, RuleContext
from services.review.domain.rules.dates import counted, last_open_before, when
from services.review.domain.rules.wording import categories_text, minute, service_phrase
from shared.calendars import long_day
from shared.contracts import ComputedDate
from shared.vocabulary import DataCategory, ForeignMechanism, ProcessType


def civil_content(ctx: RuleContext) -> list[Hit]:
    """CIVIL_CONTENT_BAR (non-public content: blocked) and CIVIL_PUBLIC_CONTENT (public content: may produce)."""
    if not ctx.civil:
        return []
    hits: list[Hit] = []
    private = frozenset(c for c in ctx.requested if c in ctx.policy.content_categories)
    if private:
        hits.append(
            Hit(
                "CIVIL_CONTENT_BAR",
                f"Civil process ({ctx.process.value}) from {ctx.case.requester.name} asks for {categories_text(private, ctx.requested)}; "
                "the Stored Communications Act lets no civil litigant compel a provider to disclose the content of "
                "communications. Produce none of it: the party may seek it from the user.",
                blocks=private,
            )
        )
    if DataCategory.PUBLIC_CONTENT in ctx.requested:
        hits.append(
            Hit(
                "CIVIL_PUBLIC_CONTENT",
                f"Civil process ({ctx.process.value}) asks for PUBLIC_CONTENT: what the user made public is outside the "
                "SCA's bar (lawful consent) and may be produced, subject to the other findings.",
            )
        )
    return hits


def rule45_defect(ctx: RuleContext) -> list[Hit]:
    """RULE45_DEFECT for civil subpoenas (policy.yaml ``rule45_process_types``), on what can be known:

    * no pending case: no case_number, no issuing_court, and no case-number phrase in the text;
    * no reasonable time: the return date is under ``rule45_min_return_days`` after service.

    The 100-mile limit cannot be judged (the case has no place of compliance): never fired on.
    """
    if ctx.process not in ctx.policy.rule45_process_types:
        return []
    case, policy = ctx.case, ctx.policy
    problems: list[str] = []
    if case.case_number is None and case.issuing_court is None and not ctx.text_phrases(policy.pending_case_phrases):
        problems.append("it names no pending case (no case number, no issuing court)")
    objections = None
    if case.return_by is not None and ctx.service_time is not None:
        served = ctx.service_time
        reasonable = counted(
            ctx.calendar,
            what="earliest reasonable return date (Rule 45)",
            trigger=served,
            days=policy.rule45_min_return_days,
            rule="Rule 45",
            law="RULE45_DEFECT; policy rule45_min_return_days (Fed. R. Civ. P. 45(d)(3)(A)(i))",
        )
        window = counted(
            ctx.calendar,
            what="written objections due (Rule 45(d)(2)(B))",
            trigger=served,
            days=policy.rule45_objection_days,
            rule="Rule 45(d)(2)(B)",
            law="RULE45_DEFECT; Fed. R. Civ. P. 45(d)(2)(B) (the earlier of the return date and 14 days after service)",
        )
        returned = case.return_by.astimezone(served.tzinfo).date()
        objections = window
        if returned < window.due:
            objections = return_date_objections(ctx, window, on=returned)
        days = (returned - served.date()).days
        if returned < reasonable.due:
            problems.append(
                f"its return date {minute(case.return_by)} is {days} days after it was {service_phrase(ctx)}, "
                f"before {when(reasonable)}, the end of the {policy.rule45_min_return_days} days policy takes as a "
                f"reasonable time ({reasonable.explanation})"
            )
    if not problems:
        return []
    days_to_object = policy.rule45_objection_days
    if objections is None:
        due = ""
    elif objections.at is not None:  # the subpoena's own return date comes first
        due = f" (before {minute(objections.at)}: {objections.explanation})"
    else:
        due = (
            f" (by {when(objections)}: the earlier of the return date and {days_to_object} days after service, "
            f"{objections.explanation})"
        )
    return [
        Hit(
            "RULE45_DEFECT",
            "The civil subpoena is defective under Rule 45: " + "; ".join(problems) + ". Counsel decides on written "
            f"objections, due within {days_to_object} days of service{due}.",
            dates=(objections,) if objections else (),
        )
    ]


def return_date_objections(ctx: RuleContext, window: ComputedDate, *, on: date) -> ComputedDate:
    """Rule 45(d)(2)(B)'s objection deadline when the subpoena's own return date comes before the
    end of the 14 days (``window``): objections "must be served before the earlier of the time
    specified for compliance or 14 days after the subpoena is served", so the deadline is the time
    the subpoena set. That is a fixed time, not a period: Rule 6(a)(1)(C) carries only a period
    stated in days past a weekend or legal holiday (Rule 6(a) does not apply when a fixed time to act
    is set: 2009 Committee Note), so a return date on a closed day is not moved; the explanation
    names the last open day before it."""
    assert ctx.case.return_by is not None
    returned = ctx.case.return_by
    closed = ctx.calendar.closed_because(on)
    explanation = (
        f"the return date the subpoena set, {long_day(on)} ({minute(returned)}), is earlier than the end of the "
        f"14 days ({window.explanation}): objections must be served before it (Rule 45(d)(2)(B))"
    )
    if closed is not None:
        explanation += (
            f"; {on.day} {on:%b} is {closed}, but Rule 6(a)(1)(C), which runs a period stated in days on to the next "
            "open day, does not move a date the subpoena fixes (Rule 6(a) does not apply when a fixed time to act is "
            f"set: 2009 Committee Note): serve them by {long_day(last_open_before(ctx.calendar, on))}, the last open "
            "day before it"
        )
    return ComputedDate(
        what=window.what,
        due=on,
        at=returned,
        rule="RULE45_DEFECT; Fed. R. Civ. P. 45(d)(2)(B): the time specified for compliance (the subpoena's return "
        "date), earlier than 14 days after service; a date the subpoena set, not counted or moved under "
        "Fed. R. Civ. P. 6(a)",
        explanation=explanation,
    )


def dmca_512h_incomplete(ctx: RuleContext) -> list[Hit]:
    """DMCA512H_INCOMPLETE: a § 512(h) subpoena without a takedown notice, a sworn declaration, or
    the clerk's issuance (policy.yaml ``dmca_512h_elements``, looked for in the document's text)."""
    if ctx.process is not ProcessType.SUBPOENA_DMCA_512H:
        return []
    missing = [
        element
        for element in ctx.policy.dmca_512h_elements
        if not ctx.text_phrases(element.phrases) and not (element.satisfied_by_issuing_court and ctx.case.issuing_court)
    ]
    if not missing:
        return []
    where = "the document's text" if ctx.document_words else "the case (no document text is on file)"
    return [
        Hit(
            "DMCA512H_INCOMPLETE",
            f"Nothing in {where} shows " + "; nor ".join(e.description for e in missing) + ". A § 512(h) subpoena is "
            "issued by the clerk on a request that includes the takedown notice and a sworn declaration. Object: produce "
            "nothing until a complete subpoena is served.",
        )
    ]


def foreign(ctx: RuleContext) -> list[Hit]:
    """FOREIGN_CONTENT_NO_AGREEMENT, FOREIGN_CLOUD_ORDER, FOREIGN_NONCONTENT."""
    if ctx.process is not ProcessType.FOREIGN_REQUEST:
        return []
    case, policy = ctx.case, ctx.policy
    mechanism = case.mechanism or ForeignMechanism.NONE
    who = f"{case.requester.name}" + (f" ({case.requester.country})" if case.requester.country else "")
    on = (ctx.service_time or ctx.now).date()
    agreement = ctx.book.cloud_act_agreement(case.requester.country, on=on)
    claimed = mechanism is ForeignMechanism.CLOUD_ACT_AGREEMENT
    bogus = ""
    if claimed and agreement is None:
        country = case.requester.country or "an unstated country"
        bogus = (
            f" It invokes a CLOUD Act agreement, but no agreement with {country} is in force on {on.isoformat()} "
            "(agreements.yaml): it is not a valid agreement order."
        )
    hits: list[Hit] = []
    content = [c for c in ctx.requested if c in policy.content_categories]
    valid_agreement = claimed and agreement is not None
    if content and not valid_agreement:
        hits.append(
            Hit(
                "FOREIGN_CONTENT_NO_AGREEMENT",
                f"{who} asks for {categories_text(content)} by mechanism {mechanism.value}; § 2702(a) bars disclosing content to a "
                f"foreign government except under a CLOUD Act agreement in force.{bogus} Refer the requester to the MLAT process.",
            )
        )
    if valid_agreement:
        assert agreement is not None
        unconfirmed = "" if agreement.confirmed else " (the agreement's dates are marked for counsel to confirm)"
        hits.append(
            Hit(
                "FOREIGN_CLOUD_ORDER",
                f"{who} invokes the CLOUD Act agreement {agreement.id} with {agreement.partner}, in force since "
                f"{agreement.in_force_from.isoformat() if agreement.in_force_from else '?'}{unconfirmed}; counsel checks that "
                "the order is within the agreement's scope (serious crime), targets no U.S. person or person in the "
                "United States, and respects its free-speech limits.",
                citation=agreement.citation,
            )
        )
    noncontent = [c for c in ctx.requested if c in policy.foreign_noncontent_categories]
    if noncontent:
        hits.append(
            Hit(
                "FOREIGN_NONCONTENT",
                f"{who} asks for {categories_text(noncontent)}; disclosure of non-content to a foreign government is voluntary "
                f"(§ 2702(c)(6)) and needs a policy and human-rights review.{bogus if not content else ''}",
            )
        )
    return hits

"""Administrative subpoenas and summonses: data beyond basic subscriber information, purpose
against the statute's purposes, the signer's rank, indefinite demands, the IRS § 7609 notice gap."""

from __future__ import annotations

from services.review.domain.rulebook import remove_phrases
from services.review.domain.rules.context import Hit, RuleContext, anonymous_political_targets
from services.review.domain.rules.dates import counted, when
from services.review.domain.rules.signers import signer_qualifies
from services.review.domain.rules.wording import categories_text, clip, minute, quoted, service_phrase, target_labels
from shared.reference import contains_phrase


def admin_data_beyond_bsi(ctx: RuleContext) -> list[Hit]:
    """ADMIN_DATA_BEYOND_BSI: administrative process reaches only BASIC_SUBSCRIBER (§ 2703(c)(2))."""
    if ctx.process not in ctx.policy.administrative_process_types:
        return []
    beyond = frozenset(c for c in ctx.requested if c not in ctx.policy.administrative_allowed_categories)
    if not beyond:
        return []
    return [
        Hit(
            "ADMIN_DATA_BEYOND_BSI",
            f"An administrative subpoena under {ctx.statute_label} asks for {categories_text(beyond, ctx.requested)}; "
            "administrative process may compel only basic subscriber information. Narrow to BASIC_SUBSCRIBER.",
            blocks=beyond,
        )
    ]


def admin_purpose(ctx: RuleContext) -> list[Hit]:
    """ADMIN_PURPOSE_OUT_OF_SCOPE / ADMIN_PURPOSE_UNSTATED: purpose against the statute's purposes.

    * A stated purpose is judged on its words: it is out of scope when it fits none of the
      statute's purposes (statutes.yaml phrases).
    * No stated purpose: ADMIN_PURPOSE_UNSTATED, unless the purpose is *evident* and out of
      scope (policy.yaml ``evident_purpose_heuristic``): a target is anonymous and tagged
      political, and nothing in the document's text fits any of the statute's purposes.
      Then ADMIN_PURPOSE_OUT_OF_SCOPE replaces it (one purpose finding per case).
    * A statute missing from statutes.yaml cannot be judged: only UNSTATED can fire.
    """
    if ctx.process not in ctx.policy.administrative_process_types:
        return []
    statute = ctx.statute
    stated = (ctx.case.stated_purpose or "").strip()
    cite = statute.citation if statute else None
    if stated:
        if statute is None or statute.fitting_purposes(stated):
            return []
        return [
            Hit(
                "ADMIN_PURPOSE_OUT_OF_SCOPE",
                f'The stated purpose ("{clip(stated)}") fits none of the purposes {statute.key} serves: '
                f"{statute.purpose_list()}. A summons used outside its statute's purpose is unenforceable.",
                citation=cite,
            )
        ]
    if statute is not None and ctx.policy.evident_purpose_heuristic:
        speakers = anonymous_political_targets(ctx)
        in_text = statute.fitting_purposes(ctx.document_text) if ctx.document_text else {}
        if speakers and not in_text:
            return [
                Hit(
                    "ADMIN_PURPOSE_OUT_OF_SCOPE",
                    f"No purpose is stated, and the evident one is outside {statute.key}: the demand seeks to identify "
                    f"{target_labels(speakers)}, an anonymous account tagged political, and nothing in the document points to "
                    f"any of the statute's purposes ({statute.purpose_list()}). "
                    "(Evident-purpose heuristic, policy.yaml.)",
                    citation=cite,
                )
            ]
    allowed = f" {statute.key} may be used only for: {statute.purpose_list()}." if statute else ""
    return [
        Hit(
            "ADMIN_PURPOSE_UNSTATED",
            f"The administrative subpoena under {ctx.statute_label} states no purpose.{allowed} "
            "Ask the agency to state the purpose of its inquiry before producing anything.",
            citation=cite,
        )
    ]


def admin_issuer_rank(ctx: RuleContext) -> list[Hit]:
    """ADMIN_ISSUER_RANK: the signer's title is below the statute's minimum (statutes.yaml signer)."""
    statute = ctx.statute
    title = ctx.case.requester.signer_title
    if ctx.process not in ctx.policy.administrative_process_types or statute is None or not title:
        return []
    if not statute.signer.checked or signer_qualifies(title, statute.signer, ctx.policy.signer_subordinate_prefixes):
        return []
    signer = ctx.case.requester.signer
    who = f"{signer}, {title}" if signer else title
    return [
        Hit(
            "ADMIN_ISSUER_RANK",
            f"The summons is signed by {who}; {statute.key} process must be issued by at least a "
            f"{statute.signer.minimum}. Object in writing.",
            citation=statute.signer.citation,
        )
    ]


def admin_indefinite(ctx: RuleContext) -> list[Hit]:
    """ADMIN_INDEFINITE: sweeping "all records" language with no date range and no statement of
    which records are wanted (policy.yaml admin_* phrases; the choice is documented there)."""
    if ctx.process not in ctx.policy.administrative_process_types or not ctx.document_words:
        return []
    date_range = ctx.case.date_range
    if date_range is not None and date_range.start is not None:
        return []
    policy = ctx.policy
    sweeping = ctx.text_phrases(policy.admin_indefinite_phrases)
    if not sweeping:
        return []
    limiting = remove_phrases(ctx.document_words, policy.admin_non_limiting_phrases)
    if any(contains_phrase(limiting, phrase) for phrase in policy.admin_specificity_phrases):
        return []
    return [
        Hit(
            "ADMIN_INDEFINITE",
            f"The demand under {ctx.statute_label} asks for {quoted(sweeping)} with no date range and without saying "
            "which records it wants: not reasonably specific. Produce only basic subscriber information for the named "
            "account and ask the agency to specify the records and the period.",
        )
    ]


def irs_7609_notice_gap(ctx: RuleContext) -> list[Hit]:
    """IRS_7609_NOTICE_GAP: an IRS third-party summons naming a user whose return date is fewer than
    ``notice_days`` (statutes.yaml, 23 for § 7602) after service.

    The IRS's own notice date is not in the case: service on the platform is the earliest
    date it can be assumed (§ 7609(a)(1) allows notice within 3 days after service), so a
    shorter gap asks the IRS to confirm when it gave notice. The § 7609(c) exceptions
    (collection, John Doe summonses, ...) are not modelled: counsel weighs them.
    """
    statute = ctx.statute
    case = ctx.case
    if (
        ctx.process not in ctx.policy.administrative_process_types
        or statute is None
        or statute.notice_days is None
        or case.return_by is None
        or ctx.service_time is None
    ):
        return []
    named = [t for t in ctx.targets if t.particular]
    if not named:
        return []
    served = ctx.service_time
    days = (case.return_by.astimezone(served.tzinfo).date() - served.date()).days
    if days >= statute.notice_days:
        return []
    latest = counted(
        ctx.calendar,
        what="latest day the person named could be given notice",
        trigger=case.return_by.astimezone(served.tzinfo),
        days=statute.notice_days,
        rule=f"the notice period of a {statute.key} summons",
        law=f"IRS_7609_NOTICE_GAP; 26 U.S.C. § 7609(a)(1) (notice at least {statute.notice_days} days before the "
        "return date), counted back as Rule 6(a)(5) counts a period before an event",
        backward=True,
    )
    return [
        Hit(
            "IRS_7609_NOTICE_GAP",
            f"The third-party summons under {statute.key} names {target_labels(named)} and its return date "
            f"{minute(case.return_by)} is {days} days after it was {service_phrase(ctx)}; the person named must get "
            f"notice at least {statute.notice_days} days before the return date (by {when(latest)}: "
            f"{latest.explanation}), and may petition to quash within 20 days. "
            "Ask the IRS to confirm when it gave notice (or to reset the return date) before producing.",
            citation=statute.citation,
            dates=(latest,),
        )
    ]

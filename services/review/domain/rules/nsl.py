"""National Security Letters (18 U.S.C. § 2709): the four fields, a specific selector, the issuer and its rank."""

from __future__ import annotations

from services.review.domain.rules.context import Hit, RuleContext
from services.review.domain.rules.signers import signer_qualifies
from services.review.domain.rules.wording import and_list, categories_text
from shared.vocabulary import ProcessType, RequesterKind


def nsl_scope(ctx: RuleContext) -> list[Hit]:
    """NSL_CONTENT_OR_BEYOND_4: an NSL reaches only the four fields (statutes.yaml
    ``national_security_letter``): every other requested category is blocked."""
    nsl = ctx.book.national_security_letter
    if ctx.process is not ProcessType.NATIONAL_SECURITY_LETTER or nsl is None:
        return []
    beyond = frozenset(c for c in ctx.requested if c not in nsl.categories)
    if not beyond:
        return []
    allowed = categories_text(sorted(nsl.categories))
    return [
        Hit(
            "NSL_CONTENT_OR_BEYOND_4",
            f"The National Security Letter asks for {categories_text(beyond, ctx.requested)}; an NSL may obtain only "
            f"{and_list(nsl.fields)}. Produce at most those four from {allowed}.",
            blocks=beyond,
        )
    ]


def nsl_no_selector(ctx: RuleContext) -> list[Hit]:
    """NSL_NO_SELECTOR: an NSL must name a specific person, entity, telephone number or account."""
    if ctx.process is not ProcessType.NATIONAL_SECURITY_LETTER or any(t.particular for t in ctx.targets):
        return []
    written = ", ".join(f'"{t.text}"' for t in ctx.targets)
    return [
        Hit(
            "NSL_NO_SELECTOR",
            (
                "The National Security Letter names no account"
                if not ctx.targets
                else f"The National Security Letter names no specific account (it says {written})"
            )
            + "; since 2015 an NSL must use a term that specifically identifies a person, entity, telephone number "
            "or account. Object in writing; produce nothing.",
        )
    ]


def nsl_issuer_rank(ctx: RuleContext) -> list[Hit]:
    """NSL_ISSUER_RANK: only the FBI issues NSLs (§ 2709), signed at Deputy Assistant Director /
    Special Agent in Charge or above (statutes.yaml). A missing title is a missing fact, not a finding;
    an issuer the registry cannot identify (by name or sender domain) as a listed issuer is flagged."""
    nsl = ctx.book.national_security_letter
    if ctx.process is not ProcessType.NATIONAL_SECURITY_LETTER or nsl is None:
        return []
    requester = ctx.case.requester
    problems: list[str] = []
    if requester.kind is not RequesterKind.FEDERAL:
        problems.append(f"it comes from {requester.name} ({requester.kind.value}); only the FBI may issue one")
    elif ctx.issuer is None:
        problems.append(
            f'it does not identify the FBI as its issuer ("{requester.name}" matches no agency in the '
            "registry by name or sender domain)"
        )
    elif ctx.issuer.id not in nsl.issuers:
        problems.append(f"it comes from {ctx.issuer.label}; only {', '.join(nsl.issuers)} may issue one under § 2709")
    title = requester.signer_title
    below = (
        bool(title)
        and nsl.signer.checked
        and not signer_qualifies(title or "", nsl.signer, ctx.policy.signer_subordinate_prefixes)
    )
    if below:
        who = f"{requester.signer}, {title}" if requester.signer else title
        problems.append(f"it is signed by {who}, below {nsl.signer.minimum}")
    if not problems:
        return []
    return [
        Hit(
            "NSL_ISSUER_RANK",
            "The National Security Letter is not issued as § 2709(b) requires: "
            + "; ".join(problems)
            + ". Object in writing.",
            citation=nsl.signer.citation if below else None,
        )
    ]

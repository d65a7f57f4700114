"""First Amendment rules: unmasking anonymous speakers (civil, non-party, political speech
against government process) and signs of retaliation against an agency's critics."""

from __future__ import annotations

from services.review.domain.rules.context import Hit, RuleContext, anonymous_political_targets, anonymous_targets
from services.review.domain.rules.wording import issuer_label, target_labels
from shared.reference import Agency, normalize_words


def anon_unmask_civil(ctx: RuleContext) -> list[Hit]:
    """ANON_UNMASK_CIVIL: civil process (or a private requester) for an anonymous account."""
    if not ctx.civil:
        return []
    anonymous = anonymous_targets(ctx)
    if not anonymous:
        return []
    return [
        Hit(
            "ANON_UNMASK_CIVIL",
            f"Civil process ({ctx.process.value}) from {ctx.case.requester.name} would identify {target_labels(anonymous)}, "
            "an anonymous account. Hold: notify the user now, and produce only after a court applies "
            "Dendrite/Cahill or the user does not object.",
        )
    ]


def anon_unmask_nonparty(ctx: RuleContext) -> list[Hit]:
    """ANON_UNMASK_NONPARTY: civil process would identify an anonymous speaker who is not a party.

    The case has no party list: the speaker counts as a party only when the document's text
    names Doe defendants (policy.yaml ``doe_party_phrases``); otherwise, and when there is
    no text, the stricter non-party test (2TheMart) is applied.
    """
    if not ctx.civil:
        return []
    anonymous = anonymous_targets(ctx)
    if not anonymous:
        return []
    party = ctx.text_phrases(ctx.policy.doe_party_phrases)
    if party:
        return []
    why = "nothing in the document names Doe defendants" if ctx.document_words else "the document's text is not on file"
    return [
        Hit(
            "ANON_UNMASK_NONPARTY",
            f"{target_labels(anonymous)} is an anonymous speaker who does not appear to be a party to the matter ({why}). "
            "Hold: identifying a non-party speaker needs a compelling need that goes to the heart of the claim and "
            "is unavailable elsewhere (the 2TheMart factors).",
        )
    ]


def anon_political_gov(ctx: RuleContext) -> list[Hit]:
    """ANON_POLITICAL_GOV: government process, target anonymous and tagged political."""
    if not ctx.government_process:
        return []
    speakers = anonymous_political_targets(ctx)
    if not speakers:
        return []
    tags = sorted({tag for t in speakers if t.account for tag in t.account.has_tag(ctx.policy.political_speech_tags)})
    return [
        Hit(
            "ANON_POLITICAL_GOV",
            f"Government process ({ctx.process.value}, {ctx.case.requester.kind.value}) from {issuer_label(ctx)} "
            f"targets {target_labels(speakers)}, "
            f"an anonymous account tagged {', '.join(tags)}: anonymous political speech gets the most protection, and "
            "the government must show a compelling interest and a substantial nexus. Prepare a challenge.",
        )
    ]


def _criticised_match(ctx: RuleContext, entry: str) -> Agency | str | None:
    """What ``entry`` (one item of an account's ``criticizes``) matches in the issuer's lineage."""
    registry = ctx.book.registry
    named = registry.resolve(entry)
    if ctx.issuer is not None:
        if named is not None and any(named.id == agency.id for agency in ctx.issuer_lineage):
            return named
        return None
    # Issuer not in the registry: compare names as written.
    if named is None and ctx.government_process and normalize_words(entry) == normalize_words(ctx.case.requester.name):
        return entry
    return None


def anon_retaliation_signal(ctx: RuleContext) -> list[Hit]:
    """ANON_RETALIATION_SIGNAL: a target criticises the issuing agency or a parent department.

    Names are matched through the registry's aliases (an account criticising "DHS" matches
    a CBP summons: CBP's parent is DHS). A component's critics do not implicate its parent's
    siblings (criticising USCIS is no signal against CBP).
    """
    details: list[str] = []
    for target in ctx.found:
        assert target.account is not None
        for entry in target.account.criticizes:
            matched = _criticised_match(ctx, entry)
            if matched is None:
                continue
            if isinstance(matched, Agency) and ctx.issuer is not None and matched.id != ctx.issuer.id:
                relation = f"the issuer, {ctx.issuer.label}, is part of {matched.label}"
            else:
                relation = f"{entry} is the issuer"
            details.append(f'{target.label} criticises "{entry}" ({relation})')
    if not details:
        return []
    return [
        Hit(
            "ANON_RETALIATION_SIGNAL",
            "; ".join(dict.fromkeys(details)) + ". Process from an agency its target criticises signals retaliation: "
            "general counsel decides on a challenge.",
        )
    ]

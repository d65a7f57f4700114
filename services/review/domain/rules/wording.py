"""How findings word the case's facts: dates, category lists, target labels. Pure."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from services.review.domain.rules.context import RuleContext, TargetView
from shared.vocabulary import DataCategory


def minute(moment: datetime) -> str:
    return moment.isoformat(timespec="minutes")


def day(moment: datetime | date) -> str:
    return (moment.date() if isinstance(moment, datetime) else moment).isoformat()


def categories_text(
    categories: Sequence[DataCategory] | frozenset[DataCategory], order: Sequence[DataCategory] = ()
) -> str:
    ordered = [c for c in order if c in categories] + sorted(c for c in categories if c not in order)
    return ", ".join(c.value for c in ordered)


def is_or_are(items: Sequence[object] | frozenset[object]) -> str:
    return "is" if len(items) == 1 else "are"


def and_list(items: Sequence[str]) -> str:
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def quoted(phrases: Sequence[str], limit: int = 3) -> str:
    return ", ".join(f'"{p}"' for p in phrases[:limit])


def clip(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def target_labels(targets: Sequence[TargetView]) -> str:
    return ", ".join(target.label for target in targets)


def issuer_label(ctx: RuleContext) -> str:
    return ctx.issuer.label if ctx.issuer else ctx.case.requester.name


def service_phrase(ctx: RuleContext) -> str:
    assert ctx.service_time is not None
    if ctx.service_is_proxy:
        return f"received {minute(ctx.service_time)} (service date unknown; receipt used)"
    return f"served {minute(ctx.service_time)}"

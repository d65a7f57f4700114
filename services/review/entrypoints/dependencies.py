"""What review's entrypoints are given, wired once (``bootstrap``): the pool, the clock, the
rule book and the escalation ladder. The HTTP routes read it from ``app.state.services``; the
Kafka handlers are given it when ``consumers.register`` attaches them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Annotated

import asyncpg
from fastapi import Depends, Request

from services.review.domain.assessment import RuleBook, load_rule_book
from services.review.domain.escalation import EscalationPolicy


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class ReviewServices:
    pool: asyncpg.Pool
    clock: Callable[[], datetime] = utc_now
    rule_book: RuleBook = field(default_factory=load_rule_book)
    policy: EscalationPolicy = field(default_factory=EscalationPolicy)


async def get_services(request: Request) -> ReviewServices:
    """The wired services of the app serving ``request``."""
    services: ReviewServices = request.app.state.services
    return services


Services = Annotated[ReviewServices, Depends(get_services)]

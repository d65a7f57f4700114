"""What the notices need to know of the deployment (``NoticePolicy``), and the use cases' refusals."""

from __future__ import annotations

import random
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from services.notify.domain.holds import HoldLinks, StewardPolicy
from services.notify.domain.links import CounselLinks
from shared.calendars import SlaClock
from shared.vocabulary import EscalationTier

#: The producer named in the events notify publishes.
PRODUCER = "notify"


class NoticeNotFound(LookupError):
    """No notice with that id."""


class RetryRefused(ValueError):
    """Only a FAILED or DEAD_LETTER notice is retried by hand."""


@dataclass(frozen=True)
class NoticePolicy:
    """Configuration the notices need: who our counsel are, whom to refer users to, links,
    how hard to try, and the gag lifecycle's numbers."""

    counsel_by_tier: Mapping[EscalationTier, str]
    legal_aid_contacts: Sequence[str]
    public_base_url: str
    sender: str
    max_attempts: int = 8
    base_backoff_seconds: float = 5.0
    max_backoff_seconds: float = 3600.0
    ndo_reminder_before: timedelta = timedelta(days=30)
    ndo_federal_max_days: int = 365
    links: CounselLinks | None = None
    # How long a send whose outcome is unknown waits for its delivery report before it goes again.
    confirmation_wait: timedelta = timedelta(minutes=10)
    # How long a case held for triage may wait for legal ops to confirm it after its alert
    # before the triage reminder is due: an emergency, anything else (Settings.sla_*).
    sla_emergency: timedelta = timedelta(minutes=15)
    sla_legal_ops: timedelta = timedelta(hours=24)
    # The deployment's business hours (None: around the clock): sla_legal_ops counts only them.
    sla_clock: SlaClock | None = None
    # The data stewards mailed each preservation hold change, and their acknowledgement links.
    stewards: StewardPolicy = field(default_factory=StewardPolicy)
    hold_links: HoldLinks | None = None

    def case_url(self, case_id: uuid.UUID) -> str:
        return f"{self.public_base_url.rstrip('/')}/cases/{case_id}"

    def retry_at(self, attempts: int, now: datetime) -> datetime | None:
        """When to try again after ``attempts`` failed attempts; None: give up (DEAD_LETTER).

        Exponential backoff from the base, capped, with ±50 % jitter so that many notices
        failing together do not retry together.
        """
        if attempts >= self.max_attempts:
            return None
        delay = min(self.max_backoff_seconds, self.base_backoff_seconds * 2 ** (attempts - 1))
        return now + timedelta(seconds=delay * random.uniform(0.5, 1.5))

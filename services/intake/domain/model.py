"""Intake's domain: a received demand, its fingerprint, and the rule for retried submissions."""

from __future__ import annotations

import hashlib
import json
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

from shared.contracts import LegalProcessCase, LegalProcessReceived

Channel = Literal["api", "web", "email", "cli"]


class IdempotencyKeyReused(ValueError):
    """The same Idempotency-Key was sent earlier with a different case."""


def fingerprint(case: LegalProcessCase) -> str:
    """A stable hash of the case's content (key order and whitespace do not matter)."""
    canonical = json.dumps(case.model_dump(mode="json"), sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode()).hexdigest()


@dataclass(frozen=True)
class ReceivedCase:
    """A demand as intake took it in. Never dropped: even an UNKNOWN process type is kept."""

    case: LegalProcessCase
    channel: Channel
    received_at: datetime
    trace_id: str
    idempotency_key: str | None = None
    case_id: uuid.UUID = field(default_factory=uuid.uuid4)
    submitted_by: str | None = None  # the staff member's actor; None for the SMTP mailbox

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.case)

    def received_event(self) -> LegalProcessReceived:
        return LegalProcessReceived(channel=self.channel, received_at=self.received_at, case=self.case)

    def replay_of(self, *, earlier_fingerprint: str) -> bool:
        """True when this retry carries the same case as the earlier submission with its key.

        Raises IdempotencyKeyReused when the key comes back with a different case.
        """
        if earlier_fingerprint != self.fingerprint:
            raise IdempotencyKeyReused(
                "this Idempotency-Key was already used for a different case; use a new key for a new case"
            )
        return True

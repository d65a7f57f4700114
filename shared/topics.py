"""The Kafka topics the services share (names and settings), part of the contracts."""

from __future__ import annotations

from typing import ClassVar


class Topics:
    """Topic names. A consumer's dead-letter topic is ``dead_letter(group)``."""

    RECEIVED = "legal-process.received.v1"
    REVIEWED = "legal-process.reviewed.v1"
    ESCALATED = "legal-process.escalated.v1"
    DECIDED = "legal-process.decided.v1"
    NOTICE_PLANNED = "notice.planned.v1"
    NOTICE_DISPATCHED = "notice.dispatched.v1"
    # Staff's requests from the web app and API (intake), and their outcome (review or notify).
    ACTION_REQUESTED = "legal-process.action-requested.v1"
    ACTION_OUTCOME = "legal-process.action-outcome.v1"
    # A demand intake could not read with confidence waits in triage (intake → notify).
    HELD = "legal-process.held.v1"
    # A held case legal ops found not to be legal process at all, dismissed in triage (intake → notify).
    DISMISSED = "legal-process.dismissed.v1"
    # Each service's signed audit-chain checkpoints (keyed by service, compacted, kept forever).
    AUDIT_CHECKPOINTS = "audit.checkpoints.v1"
    # Preservation holds (18 U.S.C. § 2703(f)) for the platform's data systems (review → data
    # systems, notify); keyed by the hold id, so one hold's changes stay in order.
    LEGAL_HOLDS = "legal-hold.v1"

    ALL: ClassVar[tuple[str, ...]] = (
        RECEIVED,
        REVIEWED,
        ESCALATED,
        DECIDED,
        NOTICE_PLANNED,
        NOTICE_DISPATCHED,
        ACTION_REQUESTED,
        ACTION_OUTCOME,
        HELD,
        DISMISSED,
        AUDIT_CHECKPOINTS,
        LEGAL_HOLDS,
    )
    # Topic settings other than the broker's defaults (ensure_topics creates and keeps them).
    CONFIGS: ClassVar[dict[str, dict[str, str]]] = {
        AUDIT_CHECKPOINTS: {"cleanup.policy": "compact", "retention.ms": "-1"},
    }

    @staticmethod
    def dead_letter(consumer_group: str) -> str:
        return f"dlq.{consumer_group}.v1"

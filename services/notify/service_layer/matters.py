"""A case as notify knows it (``Matter``): what every notice about it is worded from."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

from services.notify.domain.lifecycle import GagRecord, MatterUpdate
from services.notify.domain.verification import RequesterCheck
from services.notify.service_layer.repositories import MatterRepository
from shared.contracts import LegalProcessReviewed


@dataclass(frozen=True)
class Matter:
    """A case as notify knows it: the review (with the current return date), the gag, the updates,
    and what legal ops recorded about an unverified requester (confirmed, or the demand dismissed)."""

    case_id: uuid.UUID
    reviewed: LegalProcessReviewed
    gag: GagRecord
    updates: tuple[MatterUpdate, ...] = field(default_factory=tuple)
    requester: RequesterCheck = field(default_factory=RequesterCheck)


async def load_matter(matters: MatterRepository, case_id: uuid.UUID, *, lock: bool = False) -> Matter | None:
    """The case as notify knows it, None before its review arrived (``lock``: its gag FOR UPDATE)."""
    reviewed = await matters.review_of(case_id)
    if reviewed is None:
        return None
    gag = await matters.gag_of(case_id, lock=lock) or GagRecord.from_review(reviewed.review)
    return await matter_of(matters, case_id, reviewed=reviewed, gag=gag)


async def matter_of(
    matters: MatterRepository, case_id: uuid.UUID, *, reviewed: LegalProcessReviewed, gag: GagRecord
) -> Matter:
    """The case from its review and gag as the caller holds them, with its staff decisions."""
    decisions = await matters.applied_decisions(case_id)
    return Matter(
        case_id=case_id,
        reviewed=reviewed,
        gag=gag,
        updates=tuple(update for _, update in decisions if update is not None),
        requester=RequesterCheck.from_decisions(decided for decided, _ in decisions),
    )

"""A demand whose requester nobody verified, and what its user notice may say. Pure.

docs/domain.md ("User notice and counsel"): a notice about a demand whose requester is not verified
(findings REQUESTER_UNVERIFIED, EDR_UNVERIFIED) waits until legal ops confirm the requester out
of band (CONFIRM_REQUESTER) or dismiss the demand (DISMISS_DEMAND): an unverified sender must
never be able to make the platform e-mail its users (a phishing channel). The review's
``user_notice`` stays as derived; notify holds the sending.

And a notice never quotes free text the sender controls (the requester's name, its case number,
court, statute, dates) unless somebody confirmed it: the sender was authenticated (the review
found the requester verified), or legal ops recorded the facts the requester confirmed.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from shared.contracts import LegalProcessDecided, LegalProcessReviewed, RequesterConfirmation, Review
from shared.vocabulary import CounselAction, requester_unverified

#: Why a user-side notice waits, beside a gag: the requester is not verified yet.
AWAITING_REQUESTER = "REQUESTER_VERIFICATION"


@dataclass(frozen=True, slots=True)
class RequesterCheck:
    """What legal ops recorded about the case's requester: a confirmation, or a dismissal."""

    confirmation: RequesterConfirmation | None = None
    confirmed_by: str | None = None
    dismissed_by: str | None = None
    dismissed_at: datetime | None = None

    @property
    def confirmed(self) -> bool:
        return self.confirmation is not None

    @property
    def dismissed(self) -> bool:
        return self.dismissed_by is not None

    def with_decision(self, decided: LegalProcessDecided) -> RequesterCheck:
        """This record after a staff action (only CONFIRM_REQUESTER and DISMISS_DEMAND change it;
        the first of them wins: a dismissed demand is never confirmed later, nor the reverse)."""
        if self.confirmed or self.dismissed:
            return self
        if decided.action is CounselAction.CONFIRM_REQUESTER and decided.confirmation is not None:
            return RequesterCheck(confirmation=decided.confirmation, confirmed_by=decided.decided_by)
        if decided.action is CounselAction.DISMISS_DEMAND:
            return RequesterCheck(dismissed_by=decided.decided_by, dismissed_at=decided.decided_at)
        return self

    @classmethod
    def from_decisions(cls, decisions: Iterable[LegalProcessDecided]) -> RequesterCheck:
        """The record from the case's staff actions, oldest first."""
        check = cls()
        for decided in decisions:
            check = check.with_decision(decided)
        return check


def needs_verification(review: Review) -> bool:
    """Whether nobody has authenticated the demand's requester: the review found the sender
    unverified, or found an emergency request not confirmed out of band. Fails safe: a review
    saying the requester is not verified needs verification whatever its findings say."""
    return requester_unverified(verified=review.requester.verified, finding_codes=(f.code for f in review.findings))


def awaiting_requester(review: Review, check: RequesterCheck | None) -> bool:
    """Whether the notices to the user and their counsel wait for legal ops (confirm or dismiss).
    A dismissed demand waits too (for ever): its notices are cancelled, never sent."""
    if not needs_verification(review):
        return False
    return check is None or not check.confirmed


@dataclass(frozen=True, slots=True)
class QuotedFacts:
    """What a notice to the user or their counsel may quote of the demand's own text.

    ``requester_name`` None: not confirmed, not quoted (the notice says so). ``sender_unverified``:
    the sender was not authenticated, so a fact missing here may be one nobody confirmed (not one
    the demand lacks). ``confirmed_out_of_band``: legal ops confirmed the requester."""

    sender_unverified: bool
    requester_name: str | None
    requester_confirmed: bool
    confirmed_out_of_band: bool
    statute: str | None
    issuing_court: str | None
    case_number: str | None
    served_at: datetime | None
    return_by: datetime | None


def quoted_facts(
    reviewed: LegalProcessReviewed,
    check: RequesterCheck | None,
    *,
    moved_return_by: Sequence[datetime] = (),
) -> QuotedFacts:
    """The demand's facts a user-side notice may quote.

    An authenticated requester's demand: everything as the review gives it. Otherwise only what
    legal ops recorded as confirmed by the requester: the requester's name, its case number and
    response date if confirmed (a return date staff recorded later, ``moved_return_by``, oldest
    first, is staff's own and counts as confirmed); never the sender's statute, court or service
    date. Before any confirmation: nothing the sender wrote.
    """
    review = reviewed.review
    if not needs_verification(review):
        return QuotedFacts(
            sender_unverified=False,
            requester_name=review.requester.name,
            requester_confirmed=True,
            confirmed_out_of_band=False,
            statute=review.statute,
            issuing_court=reviewed.issuing_court,
            case_number=reviewed.case_number,
            served_at=reviewed.served_at,
            return_by=reviewed.return_by,
        )
    confirmation = check.confirmation if check is not None else None
    if confirmation is None:
        return QuotedFacts(
            sender_unverified=True,
            requester_name=None,
            requester_confirmed=False,
            confirmed_out_of_band=False,
            statute=None,
            issuing_court=None,
            case_number=None,
            served_at=None,
            return_by=None,
        )
    return QuotedFacts(
        sender_unverified=True,
        requester_name=confirmation.requester_name,
        requester_confirmed=True,
        confirmed_out_of_band=True,
        statute=None,
        issuing_court=None,
        case_number=confirmation.case_number,
        served_at=None,
        return_by=moved_return_by[-1] if moved_return_by else confirmation.return_by,
    )

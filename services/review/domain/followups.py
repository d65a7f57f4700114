"""The follow-up an emergency disclosure owes (18 U.S.C. § 2702(b)(8), (c)(4)), pure.

A disclosure made on an emergency request is voluntary and provisional: the requester owes the
formal legal process that would have compelled it. From the disclosure (the PRODUCTION_MADE
recorded on the emergency case) it is expected within ``formal_process_within`` (30 days by
policy); legal ops are reminded ``reminders`` before that date and on it, until compulsory legal
process from the same requester for one of the same accounts arrives (``holds.converts_hold``,
``holds.requester_identity``: the same tests as a preservation hold's conversion).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from shared.vocabulary import CounselAction, ProcessType


@dataclass(frozen=True)
class FollowUpPolicy:
    formal_process_within: timedelta = timedelta(days=30)
    reminders: tuple[timedelta, ...] = (timedelta(days=7), timedelta(0))


def owes_follow_up(process: ProcessType) -> bool:
    """An emergency request may lead to a disclosure that owes formal process afterwards."""
    return process is ProcessType.EMERGENCY_REQUEST


def is_disclosure(action: CounselAction) -> bool:
    return action is CounselAction.PRODUCTION_MADE


def expected_by(disclosed_at: datetime, policy: FollowUpPolicy) -> datetime:
    return disclosed_at + policy.formal_process_within


def next_reminder(*, expected: datetime, after: datetime | None, policy: FollowUpPolicy) -> datetime | None:
    """The first reminder time later than ``after`` (None: the first of all), or None when all went."""
    times = sorted(expected - before for before in policy.reminders)
    return next((t for t in times if after is None or t > after), None)


def reminder_text(*, expected: datetime, now: datetime) -> str:
    left = (expected - now).days
    when = f"by {expected:%d %b %Y}" + (f" ({left} days from now)" if left > 0 else " (today)")
    return (
        "Emergency disclosure follow-up (18 U.S.C. § 2702(b)(8)): the requester's formal legal process "
        f"for the disclosed records is expected {when} and has not arrived. Remind the requester; "
        "the user is told after the emergency unless a court order forbids it."
    )


def no_address_text(*, expected: datetime) -> str:
    """Legal ops' alert at a disclosure whose requester gave no e-mail address: nobody can mail it."""
    return (
        "Emergency disclosure follow-up (18 U.S.C. § 2702(b)(8)): the requester owes formal legal process "
        f"for the disclosed records by {expected:%d %b %Y}, and its demand gave no e-mail address to tell it "
        "so. Tell the requester by other means (the number it was confirmed on)."
    )

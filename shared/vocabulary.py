"""The exact identifiers of docs/domain.md's vocabulary.

These are names, not rules: which finding implies what lives in the review service.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum


class ProcessType(StrEnum):
    SEARCH_WARRANT = "SEARCH_WARRANT"
    COURT_ORDER_2703D = "COURT_ORDER_2703D"
    SUBPOENA_GRAND_JURY = "SUBPOENA_GRAND_JURY"
    SUBPOENA_TRIAL = "SUBPOENA_TRIAL"
    SUBPOENA_ADMINISTRATIVE = "SUBPOENA_ADMINISTRATIVE"
    SUBPOENA_CIVIL = "SUBPOENA_CIVIL"
    SUBPOENA_DMCA_512H = "SUBPOENA_DMCA_512H"
    NATIONAL_SECURITY_LETTER = "NATIONAL_SECURITY_LETTER"
    PEN_REGISTER_ORDER = "PEN_REGISTER_ORDER"
    WIRETAP_ORDER = "WIRETAP_ORDER"
    PRESERVATION_REQUEST = "PRESERVATION_REQUEST"
    EMERGENCY_REQUEST = "EMERGENCY_REQUEST"
    FOREIGN_REQUEST = "FOREIGN_REQUEST"
    UNKNOWN = "UNKNOWN"


class DataCategory(StrEnum):
    BASIC_SUBSCRIBER = "BASIC_SUBSCRIBER"
    NON_CONTENT_RECORDS = "NON_CONTENT_RECORDS"
    LOCATION_HISTORY = "LOCATION_HISTORY"
    STORED_CONTENT = "STORED_CONTENT"
    PUBLIC_CONTENT = "PUBLIC_CONTENT"
    REALTIME_METADATA = "REALTIME_METADATA"
    REALTIME_CONTENT = "REALTIME_CONTENT"


class RequesterKind(StrEnum):
    FEDERAL = "FEDERAL"
    STATE_LOCAL = "STATE_LOCAL"
    FOREIGN_GOVERNMENT = "FOREIGN_GOVERNMENT"
    PRIVATE_PARTY = "PRIVATE_PARTY"
    COURT = "COURT"


class Severity(StrEnum):
    INFO = "info"
    WARN = "warn"
    BLOCK = "block"


class Disposition(StrEnum):
    """Recommendations, declared strongest first (see ``DISPOSITION_STRENGTH``)."""

    CHALLENGE = "CHALLENGE"
    OBJECT = "OBJECT"
    REFER_MLAT = "REFER_MLAT"
    VERIFY_REQUESTER = "VERIFY_REQUESTER"
    HOLD = "HOLD"
    COMPLY_NARROWED = "COMPLY_NARROWED"
    REQUEST_INFO = "REQUEST_INFO"
    PRESERVE_ONLY = "PRESERVE_ONLY"
    COMPLY = "COMPLY"


class EscalationTier(StrEnum):
    LEGAL_OPS = "LEGAL_OPS"
    COUNSEL = "COUNSEL"
    LITIGATION = "LITIGATION"


#: The escalation ladder, lowest tier first: an unacknowledged case climbs it one tier at a time.
ESCALATION_LADDER: tuple[EscalationTier, ...] = (
    EscalationTier.LEGAL_OPS,
    EscalationTier.COUNSEL,
    EscalationTier.LITIGATION,
)


class UserNoticeAction(StrEnum):
    NOTIFY_NOW = "NOTIFY_NOW"
    NOTIFY_AFTER = "NOTIFY_AFTER"
    WITHHOLD_PENDING_COUNSEL = "WITHHOLD_PENDING_COUNSEL"


class NondisclosureKind(StrEnum):
    COURT_ORDER_2705B = "COURT_ORDER_2705B"
    NSL_CERTIFICATION = "NSL_CERTIFICATION"
    LETTER_REQUEST = "LETTER_REQUEST"


#: The nondisclosure kinds that gag the user notice: a court's order under 18 U.S.C. § 2705(b)
#: and an NSL's certification under § 2709(c). A letter request only asks not to tell.
GAGGING_KINDS: frozenset[NondisclosureKind] = frozenset(
    {NondisclosureKind.COURT_ORDER_2705B, NondisclosureKind.NSL_CERTIFICATION}
)


class ForeignMechanism(StrEnum):
    NONE = "NONE"
    MLAT = "MLAT"
    CLOUD_ACT_AGREEMENT = "CLOUD_ACT_AGREEMENT"


class NoticeRole(StrEnum):
    """Who a notice is for: the affected user, their counsel of record, our own counsel, the
    requester (the formal process an emergency disclosure owes)."""

    USER = "USER"
    COUNSEL = "COUNSEL"
    INTERNAL_COUNSEL = "INTERNAL_COUNSEL"
    REQUESTER = "REQUESTER"


class NoticeStatus(StrEnum):
    PENDING = "PENDING"  # owed and due: the dispatcher sends it
    SCHEDULED = "SCHEDULED"  # owed, not before `not_before`
    WITHHELD = "WITHHELD"  # owed, but counsel must release it first
    SENT = "SENT"
    FAILED = "FAILED"  # permanent failure; still owed
    DEAD_LETTER = "DEAD_LETTER"  # gave up after the configured attempts; still owed, retried by hand
    CANCELLED = "CANCELLED"  # no longer owed (a reminder for a superseded expiry, a replaced counsel)


class CounselAction(StrEnum):
    """What staff record on a case; each is published on legal-process.decided.v1."""

    ACKNOWLEDGE = "ACKNOWLEDGE"
    DECIDE = "DECIDE"
    USER_OBJECTED = "USER_OBJECTED"  # holds production
    CHALLENGE_FILED = "CHALLENGE_FILED"  # holds production
    RELEASE_NOTICE = "RELEASE_NOTICE"  # counsel lets a withheld user notice go
    NDO_CHANGED = "NDO_CHANGED"  # the nondisclosure order was issued, extended, modified or lifted
    RETURN_DATE_MOVED = "RETURN_DATE_MOVED"  # the requester or a court moved the return date
    PRODUCTION_MADE = "PRODUCTION_MADE"  # we produced records in response
    CONFIRM_REQUESTER = "CONFIRM_REQUESTER"  # legal ops confirmed an unverified requester out of band
    DISMISS_DEMAND = "DISMISS_DEMAND"  # legal ops found the demand not genuine: nothing is owed for it


#: The findings of a demand whose requester nobody has verified (docs/domain.md "User notice and
#: counsel"): its user notice waits until legal ops confirm the requester out of band
#: (CONFIRM_REQUESTER) or dismiss the demand (DISMISS_DEMAND).
REQUESTER_UNVERIFIED_FINDINGS: frozenset[str] = frozenset({"REQUESTER_UNVERIFIED", "EDR_UNVERIFIED"})


def requester_unverified(*, verified: bool, finding_codes: Iterable[str]) -> bool:
    """Whether nobody has authenticated a reviewed demand's requester: the sender was not
    verified, or the review found it unverified (an emergency never confirmed out of band)."""
    return not verified or any(code in REQUESTER_UNVERIFIED_FINDINGS for code in finding_codes)


class ConfirmationMethod(StrEnum):
    """How legal ops confirmed a requester out of band: always through a channel they found
    themselves, never one the demand gave."""

    PHONE_CALLBACK = "PHONE_CALLBACK"  # called a number found independently (the agency's own site, a directory)
    OFFICIAL_EMAIL = "OFFICIAL_EMAIL"  # wrote to an address found independently, and had an answer
    IN_PERSON = "IN_PERSON"
    COURT_RECORD = "COURT_RECORD"  # the court's own docket or clerk
    OTHER = "OTHER"  # said in the reason


class StaffRequest(StrEnum):
    """What staff may ask for from the web app or API: every CounselAction (carried out by
    review), and naming the user's counsel of record (carried out by notify)."""

    ACKNOWLEDGE = "ACKNOWLEDGE"
    DECIDE = "DECIDE"
    USER_OBJECTED = "USER_OBJECTED"
    CHALLENGE_FILED = "CHALLENGE_FILED"
    RELEASE_NOTICE = "RELEASE_NOTICE"
    NDO_CHANGED = "NDO_CHANGED"
    RETURN_DATE_MOVED = "RETURN_DATE_MOVED"
    PRODUCTION_MADE = "PRODUCTION_MADE"
    CONFIRM_REQUESTER = "CONFIRM_REQUESTER"
    DISMISS_DEMAND = "DISMISS_DEMAND"
    NAME_COUNSEL = "NAME_COUNSEL"

    @property
    def counsel_action(self) -> CounselAction | None:
        return CounselAction(self.value) if self.value in CounselAction.__members__ else None

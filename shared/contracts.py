"""Versioned message contracts: the only thing the services share.

Every event travels in an :class:`Envelope` serialized as JSON and keyed by its case id,
so that one case's events stay in order on every topic.
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from typing import Annotated, Any, ClassVar, Generic, Literal, TypeVar

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, StringConstraints, ValidationInfo, model_validator
from pydantic_core import to_json

from shared.event_sealing import (
    PERSONAL,
    SEALED_PREFIX,
    SEALING_CONTEXT,
    EventKeyRing,
    EventSealing,
    Sealed,
    note_event_id,
    open_sealed_fields,
    personal_fields,
    seal_fields,
)
from shared.topics import Topics
from shared.vocabulary import (
    ConfirmationMethod,
    CounselAction,
    DataCategory,
    Disposition,
    EscalationTier,
    ForeignMechanism,
    NondisclosureKind,
    NoticeRole,
    NoticeStatus,
    ProcessType,
    RequesterKind,
    Severity,
    StaffRequest,
    UserNoticeAction,
)

__all__ = [  # re-exported: the topic names and the sealing of personal fields belong to the contracts
    "PERSONAL",
    "SEALED_PREFIX",
    "EventKeyRing",
    "Sealed",
    "Topics",
    "personal_fields",
]

SHORT_TEXT = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=500)]
LONG_TEXT = Annotated[str, StringConstraints(max_length=20_000)]
RAW_TEXT = Annotated[str, StringConstraints(max_length=2_000_000)]
TARGET = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=320)]


class _Contract(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, use_enum_values=False)

    @model_validator(mode="before")
    @classmethod
    def _open_sealed_fields(cls, data: Any, info: ValidationInfo) -> Any:
        """Open the sealed personal fields of an event being parsed (``parse_envelope``)."""
        return open_sealed_fields(cls, data, info)


# --- the case, as docs/domain.md's "What the engine reads" describes it -----------------------


class Requester(_Contract):
    name: Sealed[SHORT_TEXT]
    kind: RequesterKind
    country: Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}$")] | None = None
    email: Sealed[Annotated[str, StringConstraints(max_length=320)] | None] = None
    verified: bool = False
    signer: Sealed[SHORT_TEXT | None] = None
    signer_title: Sealed[SHORT_TEXT | None] = None


class DateRange(_Contract):
    start: date | None = None
    end: date | None = None

    @model_validator(mode="after")
    def _ordered(self) -> DateRange:
        if self.start and self.end and self.end < self.start:
            raise ValueError("date_range.end is before date_range.start")
        return self


class Nondisclosure(_Contract):
    """A gag on telling the user. ``expires_at`` null with a court order means indefinite."""

    present: bool = False
    kind: NondisclosureKind | None = None
    expires_at: AwareDatetime | None = None

    @model_validator(mode="after")
    def _kind_when_present(self) -> Nondisclosure:
        if self.present and self.kind is None:
            raise ValueError("nondisclosure.kind is required when nondisclosure.present is true")
        return self


class Emergency(_Contract):
    narrative: Sealed[LONG_TEXT]
    verified_out_of_band: bool = False


class LegalProcessCase(_Contract):
    """One demand for user data, whatever channel it came in by."""

    process_type: ProcessType
    statute: SHORT_TEXT | None = None
    requester: Requester
    targets: Sealed[Annotated[list[TARGET], Field(max_length=1000)]] = Field(default_factory=list)
    data_categories: Annotated[list[DataCategory], Field(max_length=20)] = Field(default_factory=list)
    stated_purpose: Sealed[LONG_TEXT | None] = None
    date_range: DateRange | None = None
    served_at: AwareDatetime | None = None
    return_by: AwareDatetime | None = None
    nondisclosure: Nondisclosure = Field(default_factory=Nondisclosure)
    emergency: Emergency | None = None
    mechanism: ForeignMechanism | None = None
    case_number: SHORT_TEXT | None = None
    issuing_court: SHORT_TEXT | None = None
    raw_text: Sealed[RAW_TEXT | None] = None

    @model_validator(mode="after")
    def _normalise_targets(self) -> LegalProcessCase:
        # Handles are written without '@'; keep the order, drop repeats.
        seen: dict[str, None] = {}
        for target in self.targets:
            seen.setdefault(target.removeprefix("@"), None)
        object.__setattr__(self, "targets", list(seen))
        return self


# --- the review, shaped like `dueprocess assess` ------------------------------------------


class Finding(_Contract):
    code: str
    severity: Severity
    citation: str
    explanation: Sealed[str]  # may name the targets


class UserNotice(_Contract):
    action: UserNoticeAction
    not_before: AwareDatetime | None = None


class RequesterSummary(_Contract):
    name: Sealed[str]
    kind: RequesterKind
    verified: bool


class ComputedDate(_Contract):
    """A date the review computed, with the rule that produced it and how it was counted
    ("14 days under Rule 45 after ..., moved to Monday 4 Jan 2027: 1 Jan is New Year's Day, ...")."""

    what: str  # what falls due: "written objections due", "user notice not before", ...
    due: date
    at: AwareDatetime | None = None  # the moment, when the date is one (the emergency's end)
    rule: str  # the finding code or policy setting, and the law it applies
    explanation: Sealed[str]
    draft: Sealed[str | None] = None  # a text counsel may send by that date (an NSL's reciprocal notice)


class Review(_Contract):
    """docs/domain.md's offline-assessment output; the review service stamps every one."""

    process_type: ProcessType
    statute: str | None
    requester: RequesterSummary
    targets: Sealed[list[str]]
    data_categories: list[DataCategory]
    nondisclosure: Nondisclosure
    findings: list[Finding]
    disposition: Disposition
    escalation_tier: EscalationTier
    user_notice: UserNotice
    rule_set_version: str
    missing_facts: list[str] = Field(default_factory=list)
    # Every date the review computed, each with its rule (added compatibly: absent = none computed).
    computed_dates: list[ComputedDate] = Field(default_factory=list)


# --- events ---------------------------------------------------------------------------------

P = TypeVar("P", bound=BaseModel)


def _now() -> datetime:
    return datetime.now(UTC)


class Envelope(_Contract, Generic[P]):
    """What travels on every topic. ``event_id`` is the consumers' idempotency key."""

    event_id: uuid.UUID = Field(default_factory=uuid.uuid4)
    event_type: str
    schema_version: int = 1
    occurred_at: AwareDatetime = Field(default_factory=_now)
    case_id: uuid.UUID
    trace_id: str
    producer: str
    payload: P

    @model_validator(mode="before")
    @classmethod
    def _note_event_id(cls, data: Any, info: ValidationInfo) -> Any:
        """While parsing (``parse_envelope``): the event id the payload's sealed fields are bound
        to, read from the message itself before pydantic validates the payload."""
        note_event_id(data, info)
        return data


class LegalProcessReceived(_Contract):
    EVENT_TYPE: ClassVar[str] = "legal-process.received"
    TOPIC: ClassVar[str] = Topics.RECEIVED

    channel: Literal["api", "web", "email", "cli"]
    received_at: AwareDatetime
    case: LegalProcessCase


#: A triage reason as a code: UPPER_SNAKE, optionally ``:field.path`` (e.g. ``LOW_CONFIDENCE:targets``).
#: Never free text, so it can carry no name, handle, address or file name.
HELD_REASON = Annotated[str, StringConstraints(pattern=r"^[A-Z][A-Z_]{0,39}(:[a-z][a-z_.]{0,39})?$")]


class LegalProcessHeld(_Contract):
    """A demand intake could not read with confidence is stored as a case held for triage
    (NEEDS_TRIAGE): not published as received until legal ops confirm its fields.

    Carries no personal data: not the case, its targets, requester, addresses or text; only
    what legal ops need to know how urgently to look (the case id is the envelope's).
    """

    EVENT_TYPE: ClassVar[str] = "legal-process.held"
    TOPIC: ClassVar[str] = Topics.HELD

    channel: Literal["api", "web", "email", "cli"]
    source: Literal["smtp", "api", "web", "cli"]  # how the message came in (the mailbox, an upload)
    received_at: AwareDatetime
    process_type: ProcessType  # as extracted; UNKNOWN when it could not be classified
    emergency: bool  # read as an emergency disclosure request (18 U.S.C. § 2702(b)(8))
    reasons: Annotated[list[HELD_REASON], Field(min_length=1, max_length=50)]


class LegalProcessDismissed(_Contract):
    """Legal ops found a case held for triage not to be legal process at all (spam, a newsletter,
    a user's complaint, a misdirected message) and dismissed it: it is never published as
    received, and nothing more is owed for it (notify cancels the triage reminders still owed).
    The message and its attachments stay stored in intake.

    Carries no personal data: not the reason (free text, kept sealed in intake), nothing of the
    message; only who on the staff dismissed it and when (the case id is the envelope's).
    """

    EVENT_TYPE: ClassVar[str] = "legal-process.dismissed"
    TOPIC: ClassVar[str] = Topics.DISMISSED

    dismissed_by: Sealed[SHORT_TEXT]  # the staff member (as in audit trails: "Name <e-mail>")
    dismissed_at: AwareDatetime


class LegalProcessReviewed(_Contract):
    EVENT_TYPE: ClassVar[str] = "legal-process.reviewed"
    TOPIC: ClassVar[str] = Topics.REVIEWED

    received_at: AwareDatetime
    reviewed_at: AwareDatetime
    review: Review
    # What a notice must say: who asked, under what authority, by when.
    case_number: str | None = None
    issuing_court: str | None = None
    served_at: AwareDatetime | None = None
    return_by: AwareDatetime | None = None
    # When the acknowledgement SLA of the case's tier runs out (the ladder climbs after it).
    acknowledge_by: AwareDatetime | None = None
    # The rule book's gag_reexamination_days: counsel re-examines a gag in force this often (notify reminds).
    gag_reexamine_every_days: int | None = Field(default=None, gt=0)


class FormalProcessOwed(_Contract):
    """After an emergency disclosure, the formal legal process the requester owes (by policy)."""

    expected_by: AwareDatetime
    requester_email: Sealed[Annotated[str, StringConstraints(max_length=320)] | None] = None


class LegalProcessEscalated(_Contract):
    EVENT_TYPE: ClassVar[str] = "legal-process.escalated"
    TOPIC: ClassVar[str] = Topics.ESCALATED

    tier: EscalationTier
    reason: Sealed[str]
    disposition: Disposition
    sequence: int = 0  # the case's nth escalation: a re-alert at the same tier is a new alert
    finding_codes: list[str]
    findings: list[Finding] = Field(default_factory=list)
    return_by: AwareDatetime | None = None
    escalated_at: AwareDatetime
    # The acknowledgement SLA from now on (none when this escalation is a return-date warning).
    acknowledge_by: AwareDatetime | None = None
    # An emergency follow-up reminder: the formal process still owed (its requester is reminded too).
    formal_process: FormalProcessOwed | None = None


class RequesterConfirmation(_Contract):
    """CONFIRM_REQUESTER: legal ops confirmed out of band that the demand comes from its requester.

    Who confirmed and why are the action's (``decided_by``/``requested_by`` and ``reason``: whom
    they reached, at what number or address found where). The fields below are the facts the
    requester confirmed: a user notice quotes these, never the sender's own text, about a demand
    whose sender was not verified. A fact left out (None) was not confirmed and is not quoted.
    """

    requester_name: Sealed[SHORT_TEXT]  # the requester as confirmed
    method: ConfirmationMethod
    confirmed_at: AwareDatetime  # when the requester confirmed it
    case_number: SHORT_TEXT | None = None  # the requester's case number, if they confirmed it
    return_by: AwareDatetime | None = None  # the response date, if they confirmed it


class LegalProcessDecided(_Contract):
    """A staff action on a case: who, when, what and why."""

    EVENT_TYPE: ClassVar[str] = "legal-process.decided"
    TOPIC: ClassVar[str] = Topics.DECIDED

    action: CounselAction
    decided_by: Sealed[str]
    reason: Sealed[str]
    decided_at: AwareDatetime
    disposition: Disposition | None = None  # DECIDE only: the disposition counsel chose
    overrides_recommendation: bool = False
    production_hold: bool = False  # after this action, is production held?
    # NDO_CHANGED only: the order's terms from now on (kind null, or present false: lifted).
    nondisclosure: Nondisclosure | None = None
    # RETURN_DATE_MOVED only: the new return date.
    return_by: AwareDatetime | None = None
    # PRODUCTION_MADE only: what was produced (empty: as described in the review).
    produced: list[DataCategory] = Field(default_factory=list)
    # CONFIRM_REQUESTER only: what legal ops confirmed, how and when.
    confirmation: RequesterConfirmation | None = None
    # PRODUCTION_MADE on an emergency request: the formal process the requester now owes.
    formal_process: FormalProcessOwed | None = None
    # Set when the action was asked for on legal-process.action-requested.v1.
    request_id: uuid.UUID | None = None


class CounselNaming(_Contract):
    """NAME_COUNSEL: the attorney who represents the account holder (by handle) from now on."""

    account: Sealed[str] = Field(min_length=1, max_length=200)
    name: Sealed[str] = Field(min_length=1, max_length=500)
    email: Sealed[str] = Field(min_length=3, max_length=320)
    organization: Sealed[str | None] = Field(default=None, max_length=500)


class StaffActionRequested(_Contract):
    """A staff member, authenticated and authorised by intake, asks for an action on a case.

    Review carries out the CounselAction kinds (and publishes legal-process.decided.v1 with the
    same request_id); notify carries out NAME_COUNSEL. Both answer on the outcome topic.
    """

    EVENT_TYPE: ClassVar[str] = "legal-process.action-requested"
    TOPIC: ClassVar[str] = Topics.ACTION_REQUESTED

    request_id: uuid.UUID
    action: StaffRequest
    requested_by: Sealed[str] = Field(min_length=1, max_length=400)
    requested_at: AwareDatetime
    reason: Sealed[str | None] = Field(default=None, max_length=10_000)
    disposition: Disposition | None = None
    nondisclosure: Nondisclosure | None = None
    return_by: AwareDatetime | None = None
    produced: list[DataCategory] = Field(default_factory=list)
    counsel: CounselNaming | None = None
    confirmation: RequesterConfirmation | None = None  # CONFIRM_REQUESTER


class StaffActionOutcome(_Contract):
    """The answer to a StaffActionRequested: done, or refused and why."""

    EVENT_TYPE: ClassVar[str] = "legal-process.action-outcome"
    TOPIC: ClassVar[str] = Topics.ACTION_OUTCOME

    request_id: uuid.UUID
    action: StaffRequest
    outcome: Literal["DONE", "REFUSED"]
    detail: Sealed[str]
    answered_by: Sealed[str]
    answered_at: AwareDatetime


class NoticePlanned(_Contract):
    """A notice is owed. Its status says whether it waits, and for what."""

    EVENT_TYPE: ClassVar[str] = "notice.planned"
    TOPIC: ClassVar[str] = Topics.NOTICE_PLANNED

    notice_id: uuid.UUID
    role: NoticeRole
    recipient: Sealed[str]
    status: NoticeStatus
    not_before: AwareDatetime | None = None
    # What occasioned it: initial, update, escalation, ndo-reminder, ndo-flag, delivery-alert,
    # triage-alert, triage-reminder.
    kind: str | None = None


class NoticeDispatched(_Contract):
    EVENT_TYPE: ClassVar[str] = "notice.dispatched"
    TOPIC: ClassVar[str] = Topics.NOTICE_DISPATCHED

    notice_id: uuid.UUID
    role: NoticeRole
    recipient: Sealed[str]
    status: NoticeStatus
    message_id: Sealed[str | None] = None  # names our mail domain, and looks like an address
    dispatched_at: AwareDatetime
    attempts: int = 1
    kind: str | None = None


#: The case id of an event that is about no case (an audit checkpoint).
NO_CASE = uuid.UUID(int=0)
HEX_SHA256 = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]


class AuditCheckpoint(_Contract):
    """A service's audit-chain head, signed (Ed25519, the audit export's key): the entry with
    sequence number ``seq`` of schema ``service`` has hash ``entry_hash``, as of ``signed_at``.
    The signature covers every other field (``shared.audit_checkpoint.signed_bytes``).

    Keyed by the service (the topic is compacted: the newest checkpoint of each service stays);
    the envelope's case id is NO_CASE. Carries no personal data.
    """

    EVENT_TYPE: ClassVar[str] = "audit.checkpoint"
    TOPIC: ClassVar[str] = Topics.AUDIT_CHECKPOINTS

    service: Annotated[str, StringConstraints(pattern=r"^[a-z_]{1,63}$")]
    seq: int = Field(ge=1)
    entry_hash: HEX_SHA256
    signed_at: AwareDatetime
    public_key: Annotated[str, StringConstraints(max_length=100)]  # base64 of the raw Ed25519 key
    signature: Annotated[str, StringConstraints(max_length=200)]  # base64


class LegalHoldChanged(_Contract):
    """A preservation hold (18 U.S.C. § 2703(f)) PLACED, EXTENDED, CONVERTED (it now follows a
    case for the same accounts, with no expiry of its own until that case is closed) or RELEASED.

    For the platform's data systems: keep the records of ``accounts`` in ``data_categories`` that
    existed at ``records_as_of`` (never records created later: prospective preservation is
    refused) until RELEASED. Keyed by ``hold_id`` (one hold's changes stay in order, numbered by
    ``sequence``); the envelope's case id is the case that made the change. Carries the accounts
    (handles as the directory keys them), the categories and dates: no other personal data.
    """

    EVENT_TYPE: ClassVar[str] = "legal-hold.changed"
    TOPIC: ClassVar[str] = Topics.LEGAL_HOLDS

    hold_id: uuid.UUID
    change: Literal["PLACED", "EXTENDED", "CONVERTED", "RELEASED"]
    sequence: int = Field(ge=1)
    accounts: Annotated[list[TARGET], Field(min_length=1, max_length=1000)]
    data_categories: list[DataCategory]
    records_as_of: AwareDatetime
    expires_at: AwareDatetime | None  # None while the hold follows a case, and once released
    extended: bool
    follows_case_id: uuid.UUID | None = None
    release_reason: Literal["EXPIRED", "CASE_CLOSED"] | None = None
    changed_at: AwareDatetime


EVENT_PAYLOADS: dict[str, type[BaseModel]] = {
    model.EVENT_TYPE: model
    for model in (
        LegalProcessReceived,
        LegalProcessHeld,
        LegalProcessDismissed,
        LegalProcessReviewed,
        LegalProcessEscalated,
        LegalProcessDecided,
        NoticePlanned,
        NoticeDispatched,
        StaffActionRequested,
        StaffActionOutcome,
        AuditCheckpoint,
        LegalHoldChanged,
    )
}


def envelope(payload: P, *, case_id: uuid.UUID, trace_id: str, producer: str) -> Envelope[P]:
    """Wrap a payload whose class declares EVENT_TYPE in a new envelope (parametrised by the payload's
    own class, so that it serialises all of the payload's fields)."""
    payload_type = type(payload)
    return Envelope[payload_type](  # type: ignore[valid-type]  # parametrised at run time, as parse_envelope
        event_type=payload.EVENT_TYPE,  # type: ignore[attr-defined]
        case_id=case_id,
        trace_id=trace_id,
        producer=producer,
        payload=payload,
    )


def _topic_of(payload_type: type[BaseModel]) -> str:
    return str(getattr(payload_type, "TOPIC", payload_type.__name__))


def seal_event(event: Envelope[Any], keys: EventKeyRing) -> bytes:
    """``event`` as JSON with every personal field (``Sealed``) sealed under ``keys``' current
    key, bound to the event's topic, the field and the event id: what goes on Kafka."""
    sealing = EventSealing(keys, _topic_of(type(event.payload)), str(event.event_id))
    data = event.model_dump(mode="json")
    seal_fields(event.payload, data["payload"], sealing)
    return to_json(data)


def parse_envelope(raw: bytes | str, payload_type: type[P], keys: EventKeyRing | None = None) -> Envelope[P]:
    """Decode one message, opening its sealed personal fields with ``keys`` (the event key
    ring); raises ``pydantic.ValidationError`` for anything malformed, a sealed field without
    keys, or one that does not open (tampered, another event's, a key no longer in the ring)."""
    sealing = EventSealing(keys, _topic_of(payload_type))  # its event id: Envelope._note_event_id
    return Envelope[payload_type].model_validate_json(raw, context={SEALING_CONTEXT: sealing})  # type: ignore[valid-type]

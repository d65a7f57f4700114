"""The dispatcher: sends the due notices exactly once (with several dispatchers), checking the
gag again at the moment of sending; retries with backoff; FAILED and DEAD_LETTER alert legal ops.
Delivery reports settle a hand-over whose outcome is unknown."""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import Callable, Sequence
from datetime import datetime
from email.message import EmailMessage
from typing import Protocol

from services.notify.adapters.mime import WireMessage, compose, message_id_for, message_id_of
from services.notify.adapters.smtp import DeliveryError, PermanentDeliveryError, UnconfirmedDeliveryError
from services.notify.domain.delivery_reports import ReportOutcome
from services.notify.domain.lifecycle import dispatch_verdict
from services.notify.domain.model import NoticeKind
from services.notify.domain.records import StoredNotice
from services.notify.service_layer.gag import reexamination_at_dispatch
from services.notify.service_layer.matters import Matter, load_matter
from services.notify.service_layer.owing import alert_legal_ops, publish_dispatched, publish_moved
from services.notify.service_layer.policy import NoticePolicy
from services.notify.service_layer.repositories import AcceptanceRepository
from services.notify.service_layer.unit_of_work import AbstractUnitOfWork
from services.notify.service_layer.wording import word
from shared import metrics
from shared.logging import get_logger
from shared.vocabulary import NoticeStatus

log = get_logger(__name__)
# Still owed, not sent: what the owed-notices gauge counts, by status.
OWED_STATUSES = (
    NoticeStatus.PENDING,
    NoticeStatus.SCHEDULED,
    NoticeStatus.WITHHELD,
    NoticeStatus.FAILED,
    NoticeStatus.DEAD_LETTER,
)
OWED_GAUGE_SECONDS = 5.0


class UnitOfWorkFactory(Protocol):
    """A fresh unit of work (``for_dispatch``: with the acceptance records beside its transaction)."""

    def __call__(self, *, for_dispatch: bool = False) -> AbstractUnitOfWork: ...


class NoticeSender(Protocol):
    """What the dispatcher needs of the SMTP adapter (``adapters.smtp.SmtpSender``)."""

    @property
    def dsn_expected(self) -> bool: ...

    async def probe(self) -> None: ...

    async def send(self, message: EmailMessage | WireMessage, *, envelope_id: str | None = None) -> bool: ...


class Dispatcher:
    """Sends due notices: the durable scheduler. Notices are records with ``not_before`` and
    ``next_attempt_at``; each batch locks its records with SKIP LOCKED, so with several
    instances each notice is sent once, and a restart loses nothing.

    A batch is one transaction, but each message the SMTP server accepts is recorded at once,
    in a transaction of its own (its SENT delivery attempt): when the batch never commits (the
    process or the database died), the next dispatcher finds those notices handed over and
    marks them sent without sending them again. When that record cannot be written (the
    database went away) while this process lives on, the acceptance is remembered here and
    recorded by the next batch instead of a second send.

    That leaves a message the server accepted in the instant before the process died, and one
    whose session broke while the server's answer was awaited: their outcome is unknown. When
    the server offers delivery reports (RFC 3461), each message asks for one, and the batch's
    messages are recorded as HANDING_OVER (committed) before the first goes; a notice found so
    is not sent again blindly: it waits up to ``policy.confirmation_wait`` for its report
    (DELIVERED: sent, no second message; FAILED: FAILED, legal ops alerted), and goes again
    only if none came. Without delivery reports it goes again at once (at least once; the
    repeat carries the same Message-ID and X-Dueprocess-Notice-Key)."""

    def __init__(
        self,
        *,
        uow: UnitOfWorkFactory,
        sender: NoticeSender,
        policy: NoticePolicy,
        clock: Callable[[], datetime],
        batch_size: int = 20,
    ) -> None:
        self._uow = uow
        self._sender = sender
        self._policy = policy
        self._clock = clock
        self._batch_size = batch_size
        self._owed_measured_at = float("-inf")
        # Notices the SMTP server accepted whose SENT record could not be written yet.
        self._unrecorded: set[uuid.UUID] = set()
        self._probed = False

    async def dispatch_due(self) -> int:
        """Send one batch of due notices; returns how many were handled (sent, failed or held).

        The gag is checked for every notice first; then the batch's messages go out at once
        over the sender's sessions, each recipient's one after the other in the batch's order
        (oldest first), and the outcomes are recorded in the batch's transaction. Delivery
        metrics are counted once the batch committed. Several batches may run at once (``workers``):
        each locks its own notices, and a user's or their counsel's notice still waits for an earlier
        one to them about the case that another batch holds."""
        handled = 0
        outcomes: list[tuple[str, str]] = []  # (role, outcome) for the metrics, once committed
        if not self._probed:  # learn whether the server offers delivery reports before the first batch
            self._probed = True
            await self._sender.probe()
        # The acceptances are recorded outside the batch's transaction (``uow.acceptances``).
        async with self._uow(for_dispatch=True) as uow:
            now = self._clock()
            matters: dict[uuid.UUID, Matter | None] = {}
            outgoing: list[StoredNotice] = []
            remembered: list[uuid.UUID] = []
            for notice in await uow.deliveries.lock_due(now=now, limit=self._batch_size):
                handled += 1
                if notice.handed_over or notice.notice_id in self._unrecorded:
                    await self._record_handed_over(uow, notice, now, outcomes, record_attempt=not notice.handed_over)
                    remembered.append(notice.notice_id)
                    continue
                if (
                    notice.unconfirmed_until is not None or notice.handing_over_lost
                ) and await self._settle_unconfirmed(uow, notice, now, outcomes):
                    continue
                if notice.kind is NoticeKind.NDO_REEXAMINE and not await reexamination_at_dispatch(
                    uow, notice, policy=self._policy, now=now
                ):
                    continue  # the gag no longer binds: nothing to re-examine
                if notice.user_side:
                    if notice.case_id not in matters:
                        matters[notice.case_id] = await load_matter(uow.matters, notice.case_id)
                    matter = matters[notice.case_id]
                    verdict = dispatch_verdict(
                        role=notice.role,
                        review=matter.reviewed.review if matter else None,
                        gag=matter.gag if matter else None,
                        now=now,
                        requester=matter.requester if matter else None,
                    )
                    if verdict is not None:
                        await self._hold(uow, notice, matter, verdict, now)
                        continue
                outgoing.append(notice)
            if outgoing and self._sender.dsn_expected:
                await uow.acceptances.record_handing_over(
                    notices=[(notice.notice_id, notice.total_attempts + 1) for notice in outgoing], at=now
                )
            handed = await self._hand_over_all(outgoing, now, uow.acceptances, asyncio.Lock())
            for notice in outgoing:
                message, error = handed[notice.notice_id]
                await self._record_delivery(uow, notice, message, error, now, outcomes)
        self._unrecorded.difference_update(remembered)  # recorded now: the batch committed
        for role, outcome in outcomes:
            metrics.NOTICES.labels(role=role, outcome=outcome).inc()
        # After a batch that sent or settled something, measure at once: the gauge must not keep
        # counting as owed the notices just sent (the throttle is for idle polls).
        await self._measure_owed(force=bool(outcomes))
        return handled

    async def _settle_unconfirmed(
        self, uow: AbstractUnitOfWork, notice: StoredNotice, now: datetime, outcomes: list[tuple[str, str]]
    ) -> bool:
        """A notice whose last hand-over has an unknown outcome. Its delivery report settles it
        (True: sent or failed, not sent now); without one it waits (True) until its time is up,
        then it may go again (False)."""
        reported = await uow.reports.settling_report(notice.notice_id)
        if reported == ReportOutcome.DELIVERED:
            await self._record_handed_over(
                uow, notice, now, outcomes, record_attempt=True, detail="confirmed by its delivery report"
            )
            return True
        if reported == ReportOutcome.FAILED:
            error = PermanentDeliveryError("delivery report: failed")
            await self._record_delivery(
                uow, notice, compose(notice.content(), sender=self._policy.sender, now=now), error, now, outcomes
            )
            return True
        if notice.unconfirmed_until is None:  # a batch died while handing it over
            await self._await_confirmation(uow, notice, now, outcomes, cause="batch lost during hand-over")
            return True
        if now < notice.unconfirmed_until:
            return True
        log.warning(
            "no delivery report for a notice of unknown outcome; sending it again",
            case_id=str(notice.case_id),
            trace_id=notice.trace_id,
            role=notice.role,
        )
        return False

    async def _await_confirmation(
        self,
        uow: AbstractUnitOfWork,
        notice: StoredNotice,
        now: datetime,
        outcomes: list[tuple[str, str]],
        *,
        cause: str,
    ) -> None:
        repo = uow.deliveries
        until = now + self._policy.confirmation_wait
        await repo.await_confirmation(notice_id=notice.notice_id, until=until, now=now)
        await repo.record_attempt(
            notice_id=notice.notice_id, attempt=notice.total_attempts + 1, at=now, outcome="UNCONFIRMED", detail=cause
        )
        outcomes.append((notice.role, "UNCONFIRMED"))
        log.warning(
            "notice hand-over outcome unknown; waiting for its delivery report",
            case_id=str(notice.case_id),
            trace_id=notice.trace_id,
            role=notice.role,
            cause=cause,
            wait_seconds=self._policy.confirmation_wait.total_seconds(),
        )

    async def _measure_owed(self, *, force: bool = False) -> None:
        """The owed-notices gauge, at most every few seconds (one grouped count) unless ``force``."""
        now = time.monotonic()
        if not force and now - self._owed_measured_at < OWED_GAUGE_SECONDS:
            return
        self._owed_measured_at = now
        owed = {status.value: 0 for status in OWED_STATUSES}
        async with self._uow() as uow:
            for status, count in await uow.notices.count_by_status(list(owed)):
                owed[status] = count
        for status, count in owed.items():
            metrics.NOTICES_OWED.labels(status=status).set(count)

    async def _hold(
        self,
        uow: AbstractUnitOfWork,
        notice: StoredNotice,
        matter: Matter | None,
        verdict: tuple[NoticeStatus, datetime | None],
        now: datetime,
    ) -> None:
        """A gag is in force now, or the requester is not verified yet: the notice waits again
        instead of going out."""
        status, not_before = verdict
        rendered = None
        if matter is not None:
            planned = notice.planned().model_copy(update={"status": status, "not_before": not_before})
            rendered = word(planned, policy=self._policy, matter=matter, context=notice.context, now=now)
        await uow.notices.move(
            notice_id=notice.notice_id, status=status, not_before=not_before, now=now, rendered=rendered
        )
        await uow.deliveries.record_attempt(
            notice_id=notice.notice_id, attempt=notice.total_attempts, at=now, outcome="GAGGED"
        )
        await publish_moved(uow, notice, status=status, not_before=not_before, trace_id=notice.trace_id)
        log.warning(
            "notice held at dispatch: a gag is in force or the requester is not verified",
            case_id=str(notice.case_id),
            role=notice.role,
            status=status.value,
        )

    async def _hand_over_all(
        self,
        notices: Sequence[StoredNotice],
        now: datetime,
        records: AcceptanceRepository,
        recording: asyncio.Lock,
    ) -> dict[uuid.UUID, tuple[EmailMessage | WireMessage, DeliveryError | None]]:
        """Send the messages, concurrently across recipients and in order for each recipient
        (a recipient's next message goes once the server accepted the previous one). Returns
        each notice's message and its delivery error (None: accepted). Anything else raised
        is raised once every send in flight has finished (each acceptance is recorded)."""
        by_recipient: dict[str, list[StoredNotice]] = {}
        for notice in notices:
            by_recipient.setdefault(str(notice.recipient).strip().lower(), []).append(notice)
        handed: dict[uuid.UUID, tuple[EmailMessage | WireMessage, DeliveryError | None]] = {}

        async def in_order(queue: list[StoredNotice]) -> None:
            for notice in queue:
                handed[notice.notice_id] = await self._hand_over(notice, now, records, recording)

        results = await asyncio.gather(*(in_order(queue) for queue in by_recipient.values()), return_exceptions=True)
        for result in results:
            if isinstance(result, BaseException):
                raise result
        return handed

    async def _hand_over(
        self, notice: StoredNotice, now: datetime, records: AcceptanceRepository, recording: asyncio.Lock
    ) -> tuple[EmailMessage | WireMessage, DeliveryError | None]:
        """Give the message to the SMTP server; an acceptance is recorded at once, outside the
        batch: should the batch never commit, this notice is known to be handed over and is not
        sent again (see the class docstring). Without waiting for the WAL flush: losing this
        record in a crash of PostgreSQL itself costs a duplicate (the batch is lost too), never
        a notice."""
        message = compose(notice.content(), sender=self._policy.sender, now=now)
        try:
            await self._sender.send(message, envelope_id=str(notice.notice_id))
        except DeliveryError as exc:
            return message, exc
        self._unrecorded.add(notice.notice_id)  # until the record is written
        async with recording:  # one statement at a time on the batch's record connection
            await records.record_handed_over(notice_id=notice.notice_id, attempt=notice.total_attempts + 1, at=now)
        self._unrecorded.discard(notice.notice_id)
        return message, None

    async def _record_delivery(
        self,
        uow: AbstractUnitOfWork,
        notice: StoredNotice,
        message: EmailMessage | WireMessage,
        error: DeliveryError | None,
        now: datetime,
        outcomes: list[tuple[str, str]],
    ) -> None:
        """The notice's outcome in the batch: sent, or failed (retry later, FAILED, DEAD_LETTER)."""
        repo = uow.deliveries
        attempt = notice.total_attempts + 1
        if isinstance(error, UnconfirmedDeliveryError) and error.dsn_requested:
            await self._await_confirmation(uow, notice, now, outcomes, cause=str(error))
            return
        if error is not None:
            exc = error
            attempts = notice.attempts + 1
            permanent = isinstance(exc, PermanentDeliveryError)
            retry_at = None if permanent else self._policy.retry_at(attempts, now)
            final = NoticeStatus.FAILED if permanent else (NoticeStatus.DEAD_LETTER if retry_at is None else None)
            await repo.mark_attempt_failed(
                notice_id=notice.notice_id, error=str(exc), retry_at=retry_at, status=final, now=now
            )
            await repo.record_attempt(
                notice_id=notice.notice_id,
                attempt=attempt,
                at=now,
                outcome="PERMANENT" if permanent else "TRANSIENT",
                smtp_code=exc.code,
                detail=type(exc.__cause__ or exc).__name__,
            )
            # Never the reply text: it may quote the recipient's address.
            log.warning(
                "notice delivery failed",
                case_id=str(notice.case_id),
                role=notice.role,
                attempts=attempts,
                permanent=permanent,
                status=final.value if final else notice.status,
                error=type(exc.__cause__ or exc).__name__,
                smtp_code=exc.code,
            )
            outcomes.append((notice.role, final.value if final else "RETRYING"))
            if final is not None:
                await publish_dispatched(uow, notice, status=final, message_id=None, now=now, attempts=attempt)
                await alert_legal_ops(
                    uow, notice, policy=self._policy, outcome=final, attempts=attempt, smtp_code=exc.code, now=now
                )
            return
        outcomes.append((notice.role, NoticeStatus.SENT.value))
        await repo.mark_sent(notice_id=notice.notice_id, message_id=message_id_of(message), sent_at=now)
        await publish_dispatched(
            uow, notice, status=NoticeStatus.SENT, message_id=message_id_of(message), now=now, attempts=attempt
        )
        log.info(
            "notice sent", case_id=str(notice.case_id), trace_id=notice.trace_id, role=notice.role, kind=notice.kind
        )

    async def _record_handed_over(
        self,
        uow: AbstractUnitOfWork,
        notice: StoredNotice,
        now: datetime,
        outcomes: list[tuple[str, str]],
        *,
        record_attempt: bool,
        detail: str | None = None,
    ) -> None:
        """The SMTP server accepted this notice before its batch was lost: sent, not sent again
        (``record_attempt``: its SENT attempt was never written, this process remembered it or
        its delivery report told)."""
        message_id = message_id_for(notice.notice_id)
        attempt = notice.total_attempts + 1
        repo = uow.deliveries
        if record_attempt:
            await repo.record_attempt(
                notice_id=notice.notice_id, attempt=attempt, at=now, outcome="SENT", detail=detail
            )
        await repo.mark_sent(notice_id=notice.notice_id, message_id=message_id, sent_at=now)
        await publish_dispatched(
            uow, notice, status=NoticeStatus.SENT, message_id=message_id, now=now, attempts=attempt
        )
        outcomes.append((notice.role, NoticeStatus.SENT.value))
        log.info(
            "notice sent (recorded after a lost batch)",
            case_id=str(notice.case_id),
            trace_id=notice.trace_id,
            role=notice.role,
            kind=notice.kind,
            known_from=detail or "the acceptance record",
        )

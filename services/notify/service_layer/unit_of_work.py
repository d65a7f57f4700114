"""The unit of work: one transaction, the repositories that work in it, its inbox and its outbox.

``async with uow:`` opens it; leaving the block commits, an exception rolls back (``commit``
and ``rollback`` end it early). Events staged with ``publish`` go out (outbox relay) only if it
commits; an inbox claim is undone with everything else by a rollback.

A protocol, not a base class: the PostgreSQL unit of work (``adapters.unit_of_work``) and the
tests' fake satisfy it without the adapters importing the service layer (imports point down).
"""

from __future__ import annotations

from types import TracebackType
from typing import Any, Protocol, Self

from services.notify.service_layer.repositories import (
    AcceptanceRepository,
    ContactRepository,
    DeliveryReportRepository,
    DeliveryRepository,
    Inbox,
    MatterRepository,
    NoticeRepository,
    TriageRepository,
)
from shared.contracts import Envelope


class AbstractUnitOfWork(Protocol):
    @property
    def notices(self) -> NoticeRepository: ...

    @property
    def deliveries(self) -> DeliveryRepository: ...

    @property
    def reports(self) -> DeliveryReportRepository: ...

    @property
    def matters(self) -> MatterRepository: ...

    @property
    def triage(self) -> TriageRepository: ...

    @property
    def contacts(self) -> ContactRepository: ...

    @property
    def inbox(self) -> Inbox: ...

    @property
    def acceptances(self) -> AcceptanceRepository:
        """The dispatcher's acceptance records, written at once, outside this unit's transaction
        (only in a unit opened for dispatch)."""
        ...

    async def __aenter__(self) -> Self: ...

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None: ...

    async def commit(self) -> None: ...

    async def rollback(self) -> None: ...

    async def publish(self, topic: str, event: Envelope[Any]) -> None:
        """Stage ``event`` for ``topic`` (sent once this unit commits)."""
        ...

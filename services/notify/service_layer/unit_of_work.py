"""The unit of work: one transaction, the repositories that work in it, its inbox and its outbox.

``async with uow:`` opens it; leaving the block commits (unless ``rollback`` was called), an
exception rolls back. Events staged with ``publish`` go out (outbox relay) only if it commits;
an inbox claim is undone with everything else by a rollback.
"""

from __future__ import annotations

import abc
from types import TracebackType
from typing import Any, Self

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


class AbstractUnitOfWork(abc.ABC):
    notices: NoticeRepository
    deliveries: DeliveryRepository
    reports: DeliveryReportRepository
    matters: MatterRepository
    triage: TriageRepository
    contacts: ContactRepository
    inbox: Inbox

    async def __aenter__(self) -> Self:
        await self._begin()
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if exc_type is None:
            await self.commit()
        else:
            await self.rollback()

    @property
    def acceptances(self) -> AcceptanceRepository:
        """The dispatcher's acceptance records, outside this unit's transaction (only in a unit
        opened for dispatch)."""
        raise NotImplementedError("this unit of work was not opened for dispatch")

    @abc.abstractmethod
    async def _begin(self) -> None: ...

    @abc.abstractmethod
    async def commit(self) -> None: ...

    @abc.abstractmethod
    async def rollback(self) -> None: ...

    @abc.abstractmethod
    async def publish(self, topic: str, event: Envelope[Any]) -> None:
        """Stage ``event`` for ``topic`` (sent once this unit commits)."""

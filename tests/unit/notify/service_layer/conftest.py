"""Fixtures of the notify service-layer tests: a fake unit of work with the account directory
loaded, the policy, and envelopes."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest
from pydantic import BaseModel

from services.notify.domain.links import CounselLinks
from services.notify.service_layer.policy import NoticePolicy
from shared.contracts import Envelope, envelope
from shared.vocabulary import EscalationTier
from tests.unit.notify.service_layer.fakes import COUNSEL, DIRECTORY, LEGAL_OPS, LITIGATION, FakeUnitOfWork


@pytest.fixture
def policy() -> NoticePolicy:
    return NoticePolicy(
        counsel_by_tier={
            EscalationTier.LEGAL_OPS: LEGAL_OPS,
            EscalationTier.COUNSEL: COUNSEL,
            EscalationTier.LITIGATION: LITIGATION,
        },
        legal_aid_contacts=["ACLU, https://www.aclu.org/, (212) 549-2500"],
        public_base_url="https://intake.dueprocess.test",
        sender="legal-notices@dueprocess.test",
        max_attempts=3,
        base_backoff_seconds=60,
        max_backoff_seconds=600,
        links=CounselLinks(secret="s" * 32, base_url="https://notify.dueprocess.test", ttl=timedelta(days=30)),
    )


@pytest.fixture
async def uow() -> FakeUnitOfWork:
    fake = FakeUnitOfWork()
    async with fake:
        await fake.contacts.upsert(DIRECTORY)
    fake.commits = 0
    return fake


@pytest.fixture
def event(case_id: uuid.UUID) -> Callable[..., Envelope[Any]]:
    def wrap(payload: BaseModel, *, case: uuid.UUID | None = None) -> Envelope[Any]:
        return envelope(payload, case_id=case or case_id, trace_id="trace-1", producer="test")

    return wrap

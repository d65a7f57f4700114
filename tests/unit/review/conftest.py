"""Fixtures for the review domain's unit tests: the seed case, a neutral case, a directory."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

import pytest
from review_support import ACCOUNTS, NEUTRAL_CASE, NOW, RECEIVED, SEED_CASE, with_changes

from services.review.domain import AccountDirectory, RuleBook, assess, load_rule_book
from shared.contracts import LegalProcessCase, Review

CaseBuilder = Callable[..., LegalProcessCase]
Runner = Callable[..., Review]


@pytest.fixture(scope="session")
def book() -> RuleBook:
    return load_rule_book()


@pytest.fixture()
def directory() -> AccountDirectory:
    return AccountDirectory.from_entries(ACCOUNTS)


@pytest.fixture()
def seed_case() -> CaseBuilder:
    def build(**changes: Any) -> LegalProcessCase:
        return LegalProcessCase.model_validate(with_changes(SEED_CASE, changes))

    return build


@pytest.fixture()
def neutral_case() -> CaseBuilder:
    def build(**changes: Any) -> LegalProcessCase:
        return LegalProcessCase.model_validate(with_changes(NEUTRAL_CASE, changes))

    return build


@pytest.fixture()
def run(book: RuleBook, directory: AccountDirectory) -> Runner:
    """Assess a case with the test directory at NOW (received at RECEIVED) unless told otherwise."""

    def _run(
        case: LegalProcessCase,
        *,
        accounts: AccountDirectory | None = None,
        now: datetime = NOW,
        received_at: datetime | None = RECEIVED,
        rule_book: RuleBook | None = None,
    ) -> Review:
        return assess(
            case,
            accounts=directory if accounts is None else accounts,
            rule_book=rule_book or book,
            now=now,
            received_at=received_at,
        )

    return _run

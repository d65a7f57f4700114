"""The notify timelines property's oracle and generators, shared by the unit simulation
(tests/unit/notify/test_notify_timelines.py) and the run against PostgreSQL and SMTP
(tests/integration/test_notify_timelines.py): the order's true history, written independently of
the domain code, the orders served with a demand and the steps of a timeline."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from hypothesis import strategies as st

from shared.contracts import Nondisclosure
from shared.vocabulary import NondisclosureKind, UserNoticeAction

T0 = datetime(2026, 1, 5, 12, 0, tzinfo=UTC)
GAGGING = {NondisclosureKind.COURT_ORDER_2705B, NondisclosureKind.NSL_CERTIFICATION}


# --- the oracle: the order's true history, independent of the domain code ------------------------------


TICK = iter(range(10**9))  # orders what happens at the same instant


@dataclass
class Truth:
    """What the law says at each moment: (since, tick, terms, released by counsel)."""

    history: list[tuple[datetime, int, Nondisclosure, bool]] = field(default_factory=list)

    def gagged(self, at: datetime, tick: int) -> bool:
        current = [entry for entry in self.history if (entry[0], entry[1]) <= (at, tick)]
        if not current:
            return False
        _, _, terms, released = current[-1]
        if released or terms.kind not in GAGGING:
            return False
        return terms.expires_at is None or at < terms.expires_at

    def now(self) -> tuple[Nondisclosure, bool]:
        _, _, terms, released = self.history[-1]
        return terms, released


# --- timelines ------------------------------------------------------------------------------------------------


@st.composite
def initial_orders(draw: st.DrawFn) -> tuple[Nondisclosure, UserNoticeAction, datetime | None]:
    """An order as served with the demand, and the user-notice action a review gives it
    (sometimes a careless NOTIFY_NOW, which the notify service must not trust)."""
    shape = draw(st.sampled_from(["none", "definite", "over-long", "indefinite", "nsl", "letter"]))
    careless = draw(st.booleans()) and draw(st.booleans())
    if shape == "none":
        return Nondisclosure(), UserNoticeAction.NOTIFY_NOW, None
    if shape == "letter":
        return Nondisclosure(present=True, kind=NondisclosureKind.LETTER_REQUEST), UserNoticeAction.NOTIFY_NOW, None
    if shape in ("definite", "over-long"):
        days = draw(st.integers(1, 300)) if shape == "definite" else draw(st.integers(366, 900))
        expiry = T0 + timedelta(days=days, minutes=draw(st.integers(0, 1439)))
        terms = Nondisclosure(present=True, kind=NondisclosureKind.COURT_ORDER_2705B, expires_at=expiry)
        if careless:
            return terms, UserNoticeAction.NOTIFY_NOW, None
        if shape == "definite":
            return terms, UserNoticeAction.NOTIFY_AFTER, expiry
        return terms, UserNoticeAction.WITHHOLD_PENDING_COUNSEL, None
    kind = NondisclosureKind.NSL_CERTIFICATION if shape == "nsl" else NondisclosureKind.COURT_ORDER_2705B
    action = UserNoticeAction.NOTIFY_NOW if careless else UserNoticeAction.WITHHOLD_PENDING_COUNSEL
    return Nondisclosure(present=True, kind=kind, expires_at=None), action, None


STEP = st.one_of(
    st.tuples(st.just("advance"), st.integers(1, 24 * 200)),  # hours
    st.tuples(st.just("dispatch"), st.integers(1, 5)),  # batch size
    st.tuples(st.just("two-dispatchers"), st.integers(1, 3)),
    st.tuples(st.just("restart"), st.just(0)),
    st.tuples(st.just("smtp-down"), st.just(0)),
    st.tuples(st.just("smtp-up"), st.just(0)),
    st.tuples(st.just("extend"), st.integers(1, 400)),  # days past the current expiry
    st.tuples(st.just("issue"), st.integers(0, 400)),  # 0: indefinite
    st.tuples(st.just("lift"), st.just(0)),
    st.tuples(st.just("release"), st.just(0)),
    st.tuples(st.just("decide"), st.just(0)),
)

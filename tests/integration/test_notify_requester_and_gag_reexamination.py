"""Issue 16 in notify on a real PostgreSQL and SMTP receiver, with the test clock: the requester
of an emergency disclosure is mailed what formal process it owes (once, at its own address,
sealed at rest), and counsel re-examines a gag in force on each anniversary, once a year."""

from __future__ import annotations

from datetime import timedelta

import pytest

from deploy.localinfra.smtp_sink import SmtpSink
from shared.contracts import FormalProcessOwed
from shared.vocabulary import CounselAction, DataCategory, UserNoticeAction
from tests.integration.notify_support import COUNSEL, T0, Notify, gag, reviewed, text, to

pytestmark = pytest.mark.integration

AGENT = "duty.agent@fbi.gov"


async def test_the_requester_of_an_emergency_disclosure_is_told_once(notify: Notify, sink: SmtpSink) -> None:
    case_id = await notify.review(reviewed(targets=["harbor_freight_fan"]))
    owed = FormalProcessOwed(expected_by=notify.clock() + timedelta(days=30), requester_email=AGENT)
    for _ in range(2):  # the same disclosure published twice
        await notify.decide(
            case_id,
            CounselAction.PRODUCTION_MADE,
            produced=[DataCategory.BASIC_SUBSCRIBER],
            formal_process=owed,
            reason="Disclosed to the duty agent",
        )
    await notify.dispatch()
    [mail] = to(sink, AGENT, case_id)
    assert mail["Subject"] == f"Formal legal process owed by {owed.expected_by:%d %b %Y} - ref {case_id}"
    assert f"{owed.expected_by:%A %d %B %Y}" in text(mail)
    stored = await notify.pool.fetchval(
        "SELECT recipient FROM notify.notices WHERE case_id = $1 AND role = 'REQUESTER'", case_id
    )
    assert stored and "fbi.gov" not in stored, "the requester's address is sealed at rest"
    kept = await notify.pool.fetchval(
        "SELECT decided::text FROM notify.case_decisions WHERE case_id = $1 AND action = 'PRODUCTION_MADE' LIMIT 1",
        case_id,
    )
    assert "fbi.gov" not in kept


async def test_a_gag_in_force_is_re_examined_once_a_year(notify: Notify, sink: SmtpSink) -> None:
    event = reviewed(
        targets=["harbor_freight_fan"], action=UserNoticeAction.WITHHOLD_PENDING_COUNSEL, nondisclosure=gag(None)
    ).model_copy(update={"gag_reexamine_every_days": 365})
    case_id = await notify.review(event)
    await notify.dispatch()  # the flag of an indefinite order
    before = len(to(sink, COUNSEL, case_id))
    notify.clock.advance(days=364)
    await notify.dispatch()
    assert len(to(sink, COUNSEL, case_id)) == before
    notify.clock.advance(days=2)
    await notify.dispatch()
    await notify.dispatch()
    yearly = [m for m in to(sink, COUNSEL, case_id) if "re-examination" in m["Subject"]]
    assert len(yearly) == 1 and f"since {T0:%d %b %Y}" in text(yearly[0])
    notify.clock.advance(days=365)
    await notify.dispatch()
    assert len([m for m in to(sink, COUNSEL, case_id) if "re-examination" in m["Subject"]]) == 2
    await notify.decide(case_id, CounselAction.RELEASE_NOTICE, reason="the court vacated the order")
    notify.clock.advance(days=365)
    await notify.dispatch()
    assert len([m for m in to(sink, COUNSEL, case_id) if "re-examination" in m["Subject"]]) == 2, "released: no more"

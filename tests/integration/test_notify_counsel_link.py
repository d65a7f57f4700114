"""Issue 15, finding 4 on a real PostgreSQL and SMTP receiver: the counsel-of-record link names
counsel once (two concurrent uses: exactly one), a reused link changes nothing and gives nobody
the case, the account holder is told of every change at their own address, and a fresh link is
sent there (only there) on request."""

from __future__ import annotations

import asyncio
import uuid

import httpx
import pytest

from deploy.localinfra.smtp_sink import SmtpSink
from services.notify.adapters.contacts import PostgresContactRepository
from services.notify.entrypoints.http import create_app
from tests.conftest import INTERNAL_API_TOKEN
from tests.integration.notify_support import HFF, Notify, reviewed, text, to

pytestmark = pytest.mark.integration
BASE = "https://notify.dueprocess.test"


def browser(notify: Notify) -> httpx.AsyncClient:
    """The user's browser: no service credential, the signed link is enough."""
    app = create_app(pool=notify.pool, policy=notify.policy, clock=notify.clock, internal_api_token=INTERNAL_API_TOKEN)
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://notify")


def link_in(message: object) -> str:
    line = next(line for line in text(message).splitlines() if "/counsel/" in line)  # type: ignore[arg-type]
    return line.strip().removeprefix(BASE)


async def noticed(notify: Notify, sink: SmtpSink) -> tuple[uuid.UUID, str]:
    case_id = await notify.review(reviewed(targets=["harbor_freight_fan"]))
    await notify.dispatch()
    (notice,) = to(sink, HFF)
    return case_id, link_in(notice)


async def test_concurrent_uses_of_one_link_name_exactly_one_counsel(notify: Notify, sink: SmtpSink) -> None:
    case_id, path = await noticed(notify, sink)
    async with browser(notify) as client:
        answers = await asyncio.gather(
            *(client.post(path, data={"name": f"Lawyer {i}", "email": f"lawyer{i}@law.example"}) for i in range(8))
        )
    assert sorted(a.status_code for a in answers) == [201] + [404] * 7
    winner = next(i for i, a in enumerate(answers) if a.status_code == 201)
    assert await notify.pool.fetchval("SELECT count(*) FROM notify.counsel_appointments") == 1
    assert await notify.pool.fetchval("SELECT count(*) FROM notify.single_use_links") == 1
    await notify.dispatch()
    got_the_case = {m["To"] for m in sink.messages() if m["To"].endswith("@law.example")}
    assert got_the_case == {f"lawyer{winner}@law.example"}, "only the one named receives the case"
    (changed,) = [m for m in to(sink, HFF, case_id) if "lawyer of record" in m["Subject"]]
    assert f"Lawyer {winner}" in text(changed) and f"lawyer{winner}@law.example" in text(changed)


async def test_a_reused_link_is_refused_and_the_user_is_told_of_each_change(notify: Notify, sink: SmtpSink) -> None:
    """The probe named "Jane Lawyer", then "Mallory", then another with one link, each got the
    case details, and the user was never told."""
    case_id, path = await noticed(notify, sink)
    async with browser(notify) as client:
        jane = await client.post(path, data={"name": "Jane Lawyer", "email": "jane@law.example"})
        assert jane.status_code == 201
        for name, email in (("Mallory", "mallory@evil.example"), ("Another", "another@evil.example")):
            refused = await client.post(path, data={"name": name, "email": email})
            assert refused.status_code == 404 and "This link is not valid or has expired." in refused.text
            assert (await client.get(path)).status_code == 404
        await notify.dispatch()
        assert not [m for m in sink.messages() if m["To"].endswith("@evil.example")], "no case details to them"
        assert len(to(sink, "jane@law.example")) == 1
        (changed,) = [m for m in to(sink, HFF, case_id) if "lawyer of record" in m["Subject"]]
        body = text(changed)
        assert "Jane Lawyer" in body and "jane@law.example" in body and "IF IT WAS NOT YOU" in body
        assert changed["X-Dueprocess-Case"] == str(case_id)

        # A later change needs a fresh link: asked for from the used link's page, sent to the account.
        assert (await client.post(f"{path}/renew")).status_code == 202
        assert (await client.post(f"{path[:-3]}xyz/renew")).status_code == 202
        await notify.dispatch()
        (fresh,) = [m for m in to(sink, HFF, case_id) if "new link" in m["Subject"]]
        new_path = link_in(fresh)
        assert new_path != path
        named = await client.post(new_path, data={"name": "Bob Barrister", "email": "bob@law.example"})
        assert named.status_code == 201
        again = await client.post(new_path, data={"name": "Mallory", "email": "mallory@evil.example"})
        assert again.status_code == 404
    await notify.dispatch()
    assert len(to(sink, "bob@law.example")) == 1 and not to(sink, "mallory@evil.example")
    changes = [m for m in to(sink, HFF, case_id) if "lawyer of record" in m["Subject"]]
    assert len(changes) == 2 and "Bob Barrister" in text(changes[1]) and "has changed" in text(changes[1])
    sources = [r["source"] for r in await notify.pool.fetch("SELECT source FROM notify.counsel_appointments")]
    assert sources == ["USER_LINK", "USER_LINK"]


async def test_the_release_before_still_uses_links_once_through_the_old_table_name(notify: Notify) -> None:
    """Notify migration 0008 renamed counsel_link_uses to single_use_links. During a rolling upgrade
    the processes of the release before still use the old name (a view now): a link they use counts
    once, in the new table, and this release sees it used (and the other way round)."""
    old_sql = (
        "INSERT INTO notify.counsel_link_uses (notice_id, appointment_id, used_at) VALUES ($1, $2, now())"
        " ON CONFLICT (notice_id) DO NOTHING RETURNING true"
    )
    before, after = uuid.uuid4(), uuid.uuid4()
    async with notify.pool.acquire() as conn:
        contacts = PostgresContactRepository(conn)
        assert await conn.fetchval(old_sql, before, None) is True
        assert await conn.fetchval(old_sql, before, None) is None, "used once"
        assert await contacts.link_used(before)
        assert not await contacts.consume_link(notice_id=before, appointment_id=None, at=notify.clock())
        assert await contacts.consume_link(notice_id=after, appointment_id=None, at=notify.clock())
        assert await conn.fetchval(old_sql, after, None) is None, "used by this release"
    rows = await notify.pool.fetch("SELECT notice_id FROM notify.single_use_links ORDER BY used_at")
    assert {row["notice_id"] for row in rows} == {before, after}

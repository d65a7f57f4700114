"""Notify's pages on fakes (issue 15): every response carries a strict Content-Security-Policy,
nosniff and no referrer (finding 8); a link not ours, tampered with, expired or used gets one
answer (finding 12); a link names counsel once, and a new one is asked for without learning
anything (finding 4)."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

import pytest
from fastapi.testclient import TestClient

from services.notify.domain.model import NoticeKind
from services.notify.entrypoints import consumers
from services.notify.entrypoints.http import create_app
from services.notify.entrypoints.http.dependencies import PAGE_STYLE
from services.notify.service_layer.dispatch import Dispatcher
from services.notify.service_layer.policy import NoticePolicy
from services.notify.service_layer.services import NotifyServices
from shared.contracts import Envelope, LegalProcessReviewed
from shared.http_security import style_hash
from shared.vocabulary import NoticeRole
from tests.unit.notify.service_layer.fakes import ROGUE, FakeSender, FakeUnitOfWork

TOKEN = "internal-token-for-tests"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
async def site(
    uow: FakeUnitOfWork,
    policy: NoticePolicy,
    make_reviewed: Callable[..., LegalProcessReviewed],
    event: Callable[..., Envelope[Any]],
    now: datetime,
) -> tuple[TestClient, Clock, str, str]:
    """The app on fakes, with the user notices sent: (client, clock, ROGUE_NASA's link path, ALT_USCIS's)."""
    clock = Clock(now)
    notify = NotifyServices(uow=uow, policy=policy, clock=clock)
    await consumers.on_reviewed(event(make_reviewed()), services=notify)
    await Dispatcher(uow=uow, sender=FakeSender(), policy=policy, clock=clock).dispatch_due()
    paths = {}
    for notice in uow.store.notices.values():
        if notice.role is NoticeRole.USER and notice.handle:
            link = next(line for line in notice.body_text.splitlines() if "/counsel/" in line).strip()
            paths[notice.handle] = link.removeprefix("https://notify.dueprocess.test")
    app = create_app(pool=None, policy=policy, clock=clock, internal_api_token=TOKEN, services=notify)
    return TestClient(app), clock, paths["ROGUE_NASA"], paths["ALT_USCIS"]


def tampered(path: str) -> str:
    return path[:-2] + ("AA" if not path.endswith("AA") else "BB")


def csp(response: Any) -> dict[str, str]:
    directives = [d.strip().split(" ", 1) for d in response.headers["content-security-policy"].split(";")]
    return {d[0]: d[1] if len(d) > 1 else "" for d in directives}


async def test_every_notify_response_carries_a_strict_csp_nosniff_and_no_referrer(
    site: tuple[TestClient, Clock, str, str],
) -> None:
    """Finding 8: the probe found notify's pages without Content-Security-Policy or nosniff."""
    client, _, path, _ = site
    with client:
        responses = {
            "link form": client.get(path),
            "link error": client.get(tampered(path)),
            "form error (422)": client.post(path, data={"name": "Ann", "email": "not an address"}),
            "dashboard": client.get("/dashboard", headers=AUTH),
            "dashboard without credential": client.get("/dashboard"),
            "unknown page": client.get("/no-such-page"),
            "api": client.get("/api/v1/notices", headers=AUTH),
            "health": client.get("/healthz"),
        }
        renewed = client.post(f"{tampered(path)}/renew")
    responses["new link asked for"] = renewed
    assert [r.status_code for r in responses.values()] == [200, 404, 422, 200, 401, 404, 200, 200, 202]
    for what, response in responses.items():
        policy = csp(response)
        assert policy["default-src"] == "'none'", what
        assert policy["form-action"] == "'self'" and policy["frame-ancestors"] == "'none'", what
        assert "unsafe-inline" not in response.headers["content-security-policy"], what
        assert "script-src" not in policy, f"{what}: no script at all (default-src 'none')"
        assert response.headers["x-content-type-options"] == "nosniff", what
        assert response.headers["referrer-policy"] == "no-referrer", what
        assert response.headers["x-frame-options"] == "DENY", what
        assert response.headers["cache-control"] == "no-store", what
    for what in ("link form", "link error", "form error (422)", "dashboard", "new link asked for"):
        html = responses[what].text
        assert responses[what].headers["content-type"].startswith("text/html"), what
        assert "<script" not in html and not re.search(r"\sstyle=|\son[a-z]+=", html), f"{what}: nothing inline"
        (style,) = re.findall(r"<style>(.*?)</style>", html, flags=re.S)
        assert style == PAGE_STYLE and csp(responses[what])["style-src"] == style_hash(style), what


async def test_a_link_not_ours_tampered_expired_or_used_gets_one_answer(
    site: tuple[TestClient, Clock, str, str], policy: NoticePolicy
) -> None:
    """Finding 12: an invalid link answered 404 and an expired genuine one 410."""
    assert policy.links is not None
    client, clock, path, used = site
    with client:
        assert client.post(used, data={"name": "Ann Advocate", "email": "ann@advocates.example"}).status_code == 201
        answers = {
            "not ours": client.get("/counsel/not-a-token"),
            "tampered": client.get(tampered(path)),
            "used": client.get(used),
            "used, posted again": client.post(used, data={"name": "Mallory", "email": "m@evil.example"}),
        }
        clock.now += policy.links.ttl + timedelta(seconds=1)
        answers["expired"] = client.get(path)
        answers["expired, posted"] = client.post(path, data={"name": "Mallory", "email": "m@evil.example"})
    bodies = set()
    for what, response in answers.items():
        assert response.status_code == 404, what
        token = response.url.path.removeprefix("/counsel/")
        bodies.add(response.text.replace(token, "TOKEN"))
        assert "This link is not valid or has expired." in response.text, what
    assert len(bodies) == 1, "one page, whatever the reason"


async def test_a_used_link_cannot_name_counsel_again_and_a_new_one_goes_to_the_account(
    site: tuple[TestClient, Clock, str, str], uow: FakeUnitOfWork
) -> None:
    """Finding 4 through HTTP: the second POST is refused and changes nothing; asking for a new
    link answers the same for any link, and the new link goes to the account's own address."""
    client, _, path, _ = site
    with client:
        first = client.post(path, data={"name": "Jane Lawyer", "email": "jane@law.example"})
        assert first.status_code == 201
        appointments = list(uow.store.appointments)
        again = client.post(path, data={"name": "Mallory", "email": "mallory@evil.example"})
        assert again.status_code == 404 and uow.store.appointments == appointments
        assert not [n for n in uow.store.notices.values() if n.recipient == "mallory@evil.example"]
        [changed] = [n for n in uow.store.notices.values() if n.kind is NoticeKind.COUNSEL_CHANGED]
        assert changed.recipient == ROGUE and "Jane Lawyer" in changed.body_text
        asked = {what: client.post(f"{link}/renew") for what, link in (("bogus", tampered(path)), ("used", path))}
        assert {r.status_code for r in asked.values()} == {202}
        assert asked["bogus"].text == asked["used"].text, "the answer never tells"
    [fresh] = [n for n in uow.store.notices.values() if n.kind is NoticeKind.COUNSEL_LINK]
    assert (fresh.recipient, fresh.handle) == (ROGUE, "ROGUE_NASA"), "the account's own address, never the asker's"
    assert "jane@law.example" not in fresh.body_text

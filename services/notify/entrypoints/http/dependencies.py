"""What every route reads from the application: the notify services (set by ``create_app``), and
how pages are rendered, with the security headers every response of notify carries."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from services.notify.service_layer.services import NotifyServices
from shared.http_security import content_security_policy, style_hash

#: The pages' only style: one inline ``<style>`` element, allowed by its hash (no inline script,
#: no style attribute, nothing loaded from anywhere).
PAGE_STYLE = "body { font-family: sans-serif; line-height: 1.4; max-width: 48em; margin: 2em auto; padding: 0 1em; }"

#: Every response of notify (pages, errors, JSON): nothing may load, run, frame it or sniff it;
#: forms post back to notify only; no referrer (a link's URL is its credential); never cached.
SECURITY_HEADERS = {
    "Content-Security-Policy": content_security_policy(
        {
            "default-src": "'none'",
            "style-src": style_hash(PAGE_STYLE),
            "form-action": "'self'",
            "frame-ancestors": "'none'",
            "base-uri": "'none'",
        }
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cache-Control": "no-store",
}


async def services(request: Request) -> NotifyServices:
    """FastAPI dependency: the notify services this application was assembled with."""
    found: NotifyServices = request.app.state.services
    return found


@lru_cache(maxsize=1)
def _pages() -> Environment:
    env = Environment(
        loader=PackageLoader("services.notify.entrypoints", "templates"),
        autoescape=select_autoescape(["html", "j2"]),
        undefined=StrictUndefined,
        auto_reload=False,
    )
    env.globals["page_style"] = PAGE_STYLE
    return env


def page(template: str, status: int = 200, /, **context: Any) -> HTMLResponse:
    """An HTML page that browsers neither cache, frame, sniff nor refer on (links carry a token)."""
    return HTMLResponse(_pages().get_template(template).render(**context), status_code=status, headers=SECURITY_HEADERS)

"""What every route reads from the application: the notify services (set by ``create_app``)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from services.notify.service_layer.services import NotifyServices

_PAGE_HEADERS = {"Referrer-Policy": "no-referrer", "Cache-Control": "no-store", "X-Frame-Options": "DENY"}


def services(request: Request) -> NotifyServices:
    """FastAPI dependency: the notify services this application was assembled with."""
    found: NotifyServices = request.app.state.services
    return found


@lru_cache(maxsize=1)
def _pages() -> Environment:
    return Environment(
        loader=PackageLoader("services.notify.entrypoints", "templates"),
        autoescape=select_autoescape(["html", "j2"]),
        undefined=StrictUndefined,
        auto_reload=False,
    )


def page(template: str, status: int = 200, /, **context: Any) -> HTMLResponse:
    """An HTML page that browsers neither cache, frame, nor refer on (links carry a token)."""
    return HTMLResponse(_pages().get_template(template).render(**context), status_code=status, headers=_PAGE_HEADERS)

"""The transparency report over HTTP: a page for people, JSON and CSV for machines.

Routes only translate; the counting is in ``domain/transparency.py``. Every route depends on
the ``authorize`` dependency the app supplies (login and role). Only banded counts leave here.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any, Literal

import asyncpg
from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.templating import Jinja2Templates

from services.intake.domain.transparency import DEFAULT_BAND, SECTION_TITLES, PublishedReport
from services.intake.service_layer.reports import transparency_report

TEMPLATES = Jinja2Templates(directory=str(Path(__file__).parent / "templates"))


def last_month(today: date) -> tuple[date, date]:
    """The calendar month before ``today``'s: [its first day, this month's first day)."""
    this_month = today.replace(day=1)
    return (this_month - timedelta(days=1)).replace(day=1), this_month


def _parse_date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


def report_router(*, pool: asyncpg.Pool, authorize: Callable[..., Any], band: int = DEFAULT_BAND) -> APIRouter:
    """GET /reports/transparency (the page) and GET /api/v1/reports/transparency (JSON or CSV)."""
    if band < 1:
        raise ValueError("the band width must be at least 1")
    router = APIRouter(dependencies=[Depends(authorize)])

    async def build(period_from: date, period_to: date) -> PublishedReport:
        return await transparency_report(pool=pool, period_from=period_from, period_to=period_to, band=band)

    @router.get("/reports/transparency", response_class=HTMLResponse, include_in_schema=False)
    async def report_page(request: Request) -> Response:
        raw_from, raw_to = request.query_params.get("from"), request.query_params.get("to")
        default_from, default_to = last_month(datetime.now(UTC).date())
        context: dict[str, Any] = {
            "period_from": raw_from or default_from.isoformat(),
            "period_to": raw_to or default_to.isoformat(),
            "report": None,
            "errors": [],
            "titles": SECTION_TITLES,
        }
        if raw_from is None and raw_to is None:
            return TEMPLATES.TemplateResponse(request, "report.html", context)
        period_from, period_to = _parse_date(raw_from), _parse_date(raw_to)
        if period_from is None:
            context["errors"].append({"field": "from", "message": "give the first day as a date (YYYY-MM-DD)"})
        if period_to is None:
            context["errors"].append({"field": "to", "message": "give the day after the last as a date (YYYY-MM-DD)"})
        if period_from and period_to and period_to <= period_from:
            context["errors"].append({"field": "to", "message": "must be after the first day"})
        if context["errors"]:
            return TEMPLATES.TemplateResponse(request, "report.html", context, status_code=422)
        assert period_from is not None and period_to is not None
        context["report"] = await build(period_from, period_to)
        return TEMPLATES.TemplateResponse(request, "report.html", context)

    @router.get("/api/v1/reports/transparency", responses={200: {"content": {"text/csv": {}}}})
    async def report_api(
        period_from: date = Query(alias="from", description="first day received (included)"),
        period_to: date = Query(alias="to", description="day after the last one received (not included)"),
        format: Literal["json", "csv"] = Query("json"),
    ) -> Response:
        """The transparency report of the demands received in [from, to): banded counts, medians in hours."""
        if period_to <= period_from:
            return JSONResponse(
                {
                    "error": "'to' must be after 'from' (it is not included)",
                    "fields": [{"field": "to", "message": "must be after 'from'"}],
                },
                status_code=422,
            )
        report = await build(period_from, period_to)
        if format == "csv":
            name = f"transparency-{period_from.isoformat()}-{period_to.isoformat()}.csv"
            return Response(
                report.csv(),
                media_type="text/csv; charset=utf-8",
                headers={"Content-Disposition": f'attachment; filename="{name}"'},
            )
        return JSONResponse(report.as_json())

    return router

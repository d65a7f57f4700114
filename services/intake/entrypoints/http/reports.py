"""The transparency report over HTTP: a page for people, JSON and CSV for machines.

Routes only translate; the counting is in ``domain/transparency.py``. Every route needs
``Permission.VIEW_REPORTS`` (the router's dependency). Only banded counts leave here, in bands
of ``IntakeServices.report_band``.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any, Literal

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response

from services.intake.domain.staff import Permission
from services.intake.domain.transparency import SECTION_TITLES
from services.intake.entrypoints.http.auth import require
from services.intake.entrypoints.http.dependencies import Services
from services.intake.entrypoints.http.templating import TEMPLATES
from services.intake.service_layer.reports import transparency_report

router = APIRouter(dependencies=[Depends(require(Permission.VIEW_REPORTS))])


def last_month(today: date) -> tuple[date, date]:
    """The calendar month before ``today``'s: [its first day, this month's first day)."""
    this_month = today.replace(day=1)
    return (this_month - timedelta(days=1)).replace(day=1), this_month


def _parse_date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


@router.get("/reports/transparency", response_class=HTMLResponse, include_in_schema=False)
async def report_page(request: Request, svc: Services) -> Response:
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
    context["report"] = await transparency_report(
        pool=svc.pool, period_from=period_from, period_to=period_to, band=svc.report_band
    )
    return TEMPLATES.TemplateResponse(request, "report.html", context)


@router.get("/api/v1/reports/transparency", responses={200: {"content": {"text/csv": {}}}})
async def report_api(
    svc: Services,
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
    report = await transparency_report(
        pool=svc.pool, period_from=period_from, period_to=period_to, band=svc.report_band
    )
    if format == "csv":
        name = f"transparency-{period_from.isoformat()}-{period_to.isoformat()}.csv"
        return Response(
            report.csv(),
            media_type="text/csv; charset=utf-8",
            headers={"Content-Disposition": f'attachment; filename="{name}"'},
        )
    return JSONResponse(report.as_json())

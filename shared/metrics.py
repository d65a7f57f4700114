"""Prometheus metrics: one registry per process, FastStream's consumer metrics and our domain metrics.

Names are the contract with the Grafana dashboards in deploy/ (a test checks every metric a
dashboard queries is exported). Labels never carry personal data or case ids.

The counters are exact (e.g. national security letters received, which the transparency report
publishes only in bands): each service serves them on a listener of its own (:func:`metrics_app`
on DUEPROCESS_METRICS_HOST and the service's DUEPROCESS_<SERVICE>_METRICS_PORT), for Prometheus
only, never on the staff-facing web app or the internal APIs.
"""

from __future__ import annotations

from fastapi import FastAPI
from fastapi.responses import Response
from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest
from prometheus_client.exposition import CONTENT_TYPE_LATEST

REGISTRY = CollectorRegistry(auto_describe=True)

CASES_RECEIVED = Counter(
    "dueprocess_cases_received", "Demands accepted by intake", ["process_type", "channel"], registry=REGISTRY
)
FINDINGS = Counter("dueprocess_findings", "Findings produced by reviews", ["code", "severity"], registry=REGISTRY)
REVIEWS = Counter("dueprocess_reviews", "Reviews by disposition and tier", ["disposition", "tier"], registry=REGISTRY)
REVIEW_LATENCY = Histogram(
    "dueprocess_review_latency_seconds",
    "From intake's receipt to the stored review",
    buckets=(0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60),
    registry=REGISTRY,
)
ESCALATIONS = Counter("dueprocess_escalations", "Escalations by tier", ["tier", "re_alert"], registry=REGISTRY)
SLA_BREACHES = Counter(
    "dueprocess_sla_breaches",
    "Acknowledgement SLAs that ran out, by the tier that missed it",
    ["tier"],
    registry=REGISTRY,
)
NOTICES = Counter("dueprocess_notices", "Notice delivery outcomes by role", ["role", "outcome"], registry=REGISTRY)
DELIVERY_REPORTS = Counter(
    "dueprocess_delivery_reports",
    "Delivery status notifications received at the return path, by outcome and effect",
    ["outcome", "effect"],
    registry=REGISTRY,
)
NOTICES_OWED = Gauge(
    "dueprocess_notices_owed", "Notices owed and not yet sent, by status", ["status"], registry=REGISTRY
)
OUTBOX_BACKLOG = Gauge("dueprocess_outbox_backlog", "Outbox rows not yet published", ["schema"], registry=REGISTRY)
CONSUMER_LAG = Gauge(
    "dueprocess_consumer_lag",
    "Records behind the end of the topic, by consumer group",
    ["group", "topic"],
    registry=REGISTRY,
)


def exposition() -> tuple[bytes, str]:
    """The registry in Prometheus' text format, with its content type."""
    return generate_latest(REGISTRY), CONTENT_TYPE_LATEST


def metrics_app(service: str) -> FastAPI:
    """The metrics listener's app: GET /metrics and nothing else (no docs, no OpenAPI; 404)."""
    app = FastAPI(title=f"dueprocess {service} metrics", docs_url=None, redoc_url=None, openapi_url=None)

    @app.get("/metrics", include_in_schema=False)
    async def metrics() -> Response:
        body, content_type = exposition()
        return Response(body, media_type=content_type)

    return app

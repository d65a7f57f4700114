"""Every metric the Grafana dashboards query is one the services export, and Prometheus scrapes them all
(on their metrics listeners)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import yaml
from prometheus_client import CollectorRegistry

from shared.metrics import REGISTRY
from shared.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
MONITORING = ROOT / "deploy" / "monitoring"
METRIC = re.compile(r"\b((?:dueprocess|faststream)_[a-z0-9_]+)")
SUFFIXES = {
    "counter": ("_total", "_created"),
    "histogram": ("_bucket", "_count", "_sum", "_created"),
    "gauge": ("",),
    "summary": ("_count", "_sum", "_created"),
}


def exported_sample_names() -> set[str]:
    from faststream.kafka.prometheus import KafkaPrometheusMiddleware

    faststream = CollectorRegistry()
    KafkaPrometheusMiddleware(registry=faststream)  # the same middleware shared/kafka.py installs
    return {
        family.name + suffix
        for registry in (REGISTRY, faststream)
        for family in registry.collect()
        for suffix in SUFFIXES.get(family.type, ("",))
    }


def queried_metrics() -> dict[str, set[str]]:
    queried: dict[str, set[str]] = {}
    for path in (MONITORING / "grafana" / "dashboards").glob("*.json"):
        dashboard = json.loads(path.read_text())
        exprs = [t["expr"] for panel in dashboard["panels"] for t in panel.get("targets", [])]
        queried[path.name] = {name for expr in exprs for name in METRIC.findall(expr)}
    return queried


def missing(queried: dict[str, set[str]], exported: set[str]) -> dict[str, set[str]]:
    return {name: names - exported for name, names in queried.items() if names - exported}


def test_every_metric_a_dashboard_queries_is_exported() -> None:
    queried = queried_metrics()
    assert queried and all(queried.values())
    assert missing(queried, exported_sample_names()) == {}


def test_the_check_catches_a_metric_nobody_exports() -> None:
    assert missing({"x.json": {"dueprocess_cases_recieved_total"}}, exported_sample_names()) == {
        "x.json": {"dueprocess_cases_recieved_total"}
    }


def default(field: str) -> object:
    return Settings.model_fields[field].default


def test_prometheus_scrapes_every_service_on_its_metrics_listener() -> None:
    """Each service's metrics port (its web app or API port answers /metrics with a 404)."""
    config = yaml.safe_load((MONITORING / "prometheus.yml").read_text())
    targets = {t for job in config["scrape_configs"] for sc in job["static_configs"] for t in sc["targets"]}
    assert targets == {f"{s}:{default(f'{s}_metrics_port')}" for s in ("intake", "review", "notify")}
    app_ports = {default("http_port"), default("review_http_port"), default("notify_http_port")}
    assert not {int(t.rsplit(":", 1)[1]) for t in targets} & app_ports
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    assert {"prometheus", "grafana"} <= set(compose["services"])

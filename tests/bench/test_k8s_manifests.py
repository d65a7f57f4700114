"""deploy/k8s against the code: ports, probes, graceful shutdown, autoscaling and settings."""

from __future__ import annotations

from pathlib import Path

import yaml

from shared.settings import Settings

K8S = Path(__file__).resolve().parent.parent.parent / "deploy" / "k8s"
PORTS = {"intake": 8080, "review": 8081, "notify": 8082}
BROKER_GRACEFUL_SECONDS = 15  # shared/kafka.py make_broker(graceful_timeout=…)


def documents(name: str) -> dict[str, dict]:
    return {doc["kind"]: doc for doc in yaml.safe_load_all((K8S / name).read_text()) if doc}


def test_every_manifest_is_listed_by_the_kustomization() -> None:
    listed = set(documents("kustomization.yaml")["Kustomization"]["resources"])
    assert listed == {p.name for p in K8S.glob("*.yaml")} - {"kustomization.yaml"}


def test_each_service_has_probes_a_drain_an_autoscaler_and_a_disruption_budget() -> None:
    for service, port in PORTS.items():
        docs = documents(f"{service}.yaml")
        assert {"Deployment", "Service", "HorizontalPodAutoscaler", "PodDisruptionBudget"} <= set(docs)
        pod = docs["Deployment"]["spec"]["template"]["spec"]
        (container,) = pod["containers"]
        assert container["command"] == ["dueprocess", "serve", service]
        assert {"name": "http", "containerPort": port} in container["ports"]
        assert container["livenessProbe"]["httpGet"]["path"] == "/healthz"
        assert container["readinessProbe"]["httpGet"]["path"] == "/readyz"
        pre_stop = int(container["lifecycle"]["preStop"]["exec"]["command"][-1])
        assert pod["terminationGracePeriodSeconds"] >= pre_stop + BROKER_GRACEFUL_SECONDS + 10
        hpa = docs["HorizontalPodAutoscaler"]["spec"]
        assert hpa["scaleTargetRef"]["name"] == docs["Deployment"]["metadata"]["name"]
        assert 1 < hpa["minReplicas"] <= hpa["maxReplicas"]
        selector = docs["PodDisruptionBudget"]["spec"]["selector"]["matchLabels"]
        assert selector.items() <= docs["Deployment"]["spec"]["template"]["metadata"]["labels"].items()


def test_consumer_services_never_scale_past_the_partitions() -> None:
    partitions = int(documents("config.yaml")["ConfigMap"]["data"]["DUEPROCESS_KAFKA_PARTITIONS"])
    for service in ("review", "notify"):
        assert documents(f"{service}.yaml")["HorizontalPodAutoscaler"]["spec"]["maxReplicas"] <= partitions


def test_every_setting_named_is_a_setting_and_the_ports_match_the_code() -> None:
    config = documents("config.yaml")
    names = set(config["ConfigMap"]["data"]) | set(config["Secret"]["stringData"])
    fields = {f"DUEPROCESS_{name.upper()}" for name in Settings.model_fields}
    assert names <= fields, names - fields
    data = config["ConfigMap"]["data"]
    assert {
        int(data["DUEPROCESS_HTTP_PORT"]),
        int(data["DUEPROCESS_REVIEW_HTTP_PORT"]),
        int(data["DUEPROCESS_NOTIFY_HTTP_PORT"]),
    } == set(PORTS.values())

"""deploy/k8s against the code: ports, probes, graceful shutdown, autoscaling and settings."""

from __future__ import annotations

from pathlib import Path

import yaml

from shared.settings import Settings

K8S = Path(__file__).resolve().parent.parent.parent / "deploy" / "k8s"
PORTS = {"intake": 8080, "review": 8081, "notify": 8082}
METRICS_PORTS = {"intake": 9180, "review": 9181, "notify": 9182}
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
    assert data["DUEPROCESS_METRICS_HOST"] == "0.0.0.0"  # the pod's address; the NetworkPolicy guards it
    assert {s: int(data[f"DUEPROCESS_{s.upper()}_METRICS_PORT"]) for s in METRICS_PORTS} == METRICS_PORTS


def test_metrics_are_on_a_port_of_their_own_that_only_prometheus_reaches() -> None:
    """The exact counts (issue 15, finding 5): each pod's `metrics` port is what Prometheus scrapes,
    no Service exposes it, and the NetworkPolicy lets only Prometheus connect to it while the
    app ports stay open as their Services offer them."""
    (policy,) = [d for d in yaml.safe_load_all((K8S / "networkpolicy.yaml").read_text()) if d]
    assert policy["kind"] == "NetworkPolicy" and policy["spec"]["policyTypes"] == ["Ingress"]
    (selected,) = policy["spec"]["podSelector"]["matchExpressions"]
    rules = policy["spec"]["ingress"]
    for rule in rules:
        assert all(port["protocol"] == "TCP" for port in rule["ports"])
    metrics_rules = [rule for rule in rules if {"port": "metrics", "protocol": "TCP"} in rule["ports"]]
    assert len(metrics_rules) == 1 and metrics_rules[0]["ports"] == [{"port": "metrics", "protocol": "TCP"}]
    (prometheus,) = metrics_rules[0]["from"]  # one peer: namespace AND pod, not either
    assert prometheus["namespaceSelector"]["matchLabels"] and prometheus["podSelector"]["matchLabels"]
    for service, port in METRICS_PORTS.items():
        docs = documents(f"{service}.yaml")
        template = docs["Deployment"]["spec"]["template"]
        (container,) = template["spec"]["containers"]
        assert {"name": "metrics", "containerPort": port} in container["ports"]
        assert template["metadata"]["annotations"]["prometheus.io/port"] == str(port)
        assert template["metadata"]["annotations"]["prometheus.io/path"] == "/metrics"
        assert all(p["targetPort"] != "metrics" and p["port"] != port for p in docs["Service"]["spec"]["ports"])
        # The policy selects the pod; each of its other ports is open to anyone, metrics only to Prometheus.
        assert selected["key"] in template["metadata"]["labels"] and selected["operator"] == "In"
        assert template["metadata"]["labels"][selected["key"]] in selected["values"]
        open_ports = {p["port"] for rule in rules if "from" not in rule for p in rule["ports"]}
        assert {p["name"] for p in container["ports"]} - {"metrics"} <= open_ports
        assert "metrics" not in open_ports and port not in open_ports

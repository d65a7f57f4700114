"""deploy/k8s gives each service its own database role and only that role's password; the
owner's URL goes to the migrate Job alone, which creates the roles. (docker-compose.yml:
tests/unit/test_compose.py, check_addresses and test_environment_is_shared.)"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any
from unittest import mock

import yaml

from deploy.operations import SERVICES
from shared.settings import Settings

K8S = Path(__file__).resolve().parents[2] / "deploy" / "k8s"


def manifests(name: str) -> list[dict[str, Any]]:
    return [doc for doc in yaml.safe_load_all((K8S / name).read_text()) if doc]


def secrets() -> dict[str, dict[str, str]]:
    found = {}
    for path in K8S.glob("*.yaml"):
        for doc in manifests(path.name):
            if doc["kind"] == "Secret":
                found[doc["metadata"]["name"]] = doc["stringData"]
    return found


def config_map() -> dict[str, str]:
    (config,) = [doc for doc in manifests("config.yaml") if doc["kind"] == "ConfigMap"]
    return config["data"]


def pod_environment(container: dict[str, Any]) -> tuple[dict[str, str], list[str]]:
    """The environment envFrom gives the container, and the Secrets it names."""
    env: dict[str, str] = {}
    named = []
    for source in container["envFrom"]:
        if "configMapRef" in source:
            env.update(config_map())
        else:
            named.append(source["secretRef"]["name"])
            env.update(secrets()[source["secretRef"]["name"]])
    return env, named


def settings_from(env: dict[str, str]) -> Settings:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("DUEPROCESS_")}
    with mock.patch.dict(os.environ, {**clean, **env}, clear=True):
        return Settings(_env_file=None)


def test_each_service_pod_has_its_own_role_and_nothing_else() -> None:
    for service in SERVICES:
        (deployment,) = [d for d in manifests(f"{service}.yaml") if d["kind"] == "Deployment"]
        (container,) = deployment["spec"]["template"]["spec"]["containers"]
        env, named = pod_environment(container)
        database_secrets = {name for name in named if name.endswith("-db")}
        assert database_secrets == {f"dueprocess-{service}-db"}, service
        assert "DUEPROCESS_DATABASE_URL" not in env, f"{service} must not have the owner's URL"
        settings = settings_from(env)
        role = settings.service_role(service)
        assert role is not None and role.name == f"dueprocess_{service}" and role.password == f"CHANGE-ME-{service}"
        assert settings.service_database_url(service).startswith(f"postgresql://dueprocess_{service}:CHANGE-ME-")
        assert settings.data_keys is not None and settings.blind_index_key is not None, "the data keys"


def test_the_migrate_job_is_the_owner_and_knows_every_role() -> None:
    (job,) = manifests("migrate-job.yaml")
    (container,) = job["spec"]["template"]["spec"]["containers"]
    assert container["command"][-1] == "dueprocess migrate && dueprocess keys rotate"
    env, named = pod_environment(container)
    assert {"dueprocess-owner-db", *(f"dueprocess-{s}-db" for s in SERVICES)} <= set(named)
    settings = settings_from(env)
    assert settings.database_url.startswith("postgresql://dueprocess:")
    assert [settings.service_role(s).name for s in SERVICES] == [f"dueprocess_{s}" for s in SERVICES]  # type: ignore[union-attr]
    fields = {f"DUEPROCESS_{name.upper()}" for name in Settings.model_fields}
    for name, data in secrets().items():
        assert set(data) <= fields, (name, set(data) - fields)

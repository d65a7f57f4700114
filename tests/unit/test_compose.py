"""docker-compose.yml and deploy/docker/ checked against the code they run.

No Docker engine is needed (nor available where the suite runs): instead of `docker compose up`,
these tests check what would make the stack fail at start-up or misbehave quietly, against the
sources of truth, shared/settings.py (configuration fields, ports), deploy/cli.py (commands) and
the Dockerfile (what is in the image):

- every DUEPROCESS_* variable is a Settings field, and Settings accepts each service's environment;
- each service's health check probes /readyz on the port its settings give it, in exec form;
- each service's metrics listener is on a port of its own, unpublished, and is what Prometheus
  scrapes (deploy/monitoring/prometheus.yml), never the web app or API port;
- the database, Kafka and SMTP addresses name services of the file, on the ports they listen on;
- start-up order (depends_on conditions); commands the CLI accepts, matching the service name;
- one image built from deploy/docker/Dockerfile, with what the compose file expects inside it.

Each check is a function returning a list of problems (empty: fine), so the negative tests at the
end can break a copy of the file and assert that the right check notices.
"""

from __future__ import annotations

import json
import os
import posixpath
import re
import shlex
import socket
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator, Mapping
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from unittest import mock
from urllib.parse import unquote, urlsplit

import pytest
import yaml
from pydantic import ValidationError

from deploy.cli import build_parser
from deploy.operations import SERVICES, read_accounts_file
from shared.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
COMPOSE_FILE = ROOT / "docker-compose.yml"
DOCKER_DIR = ROOT / "deploy" / "docker"
HEALTHCHECK_SCRIPT = DOCKER_DIR / "healthcheck.py"

ENV_PREFIX = "DUEPROCESS_"
# The Settings field holding the HTTP port each service serves /healthz and /readyz on.
PORT_FIELD = {"intake": "http_port", "review": "review_http_port", "notify": "notify_http_port"}
assert set(PORT_FIELD) == set(SERVICES), "a service was added to deploy/cli.py: give it a port field here"
# The Settings field holding the port of each service's metrics listener (GET /metrics).
METRICS_PORT_FIELD = {s: f"{s}_metrics_port" for s in SERVICES}
PROMETHEUS_CONFIG_IN_CONTAINER = "/etc/prometheus/prometheus.yml"
# Dependencies every service needs before it starts, and with which condition.
APP_DEPENDENCIES = {
    "postgres": "service_healthy",
    "kafka": "service_healthy",
    "migrate": "service_completed_successfully",
}
EXTRA_DEPENDENCIES = {"notify": {"mailpit": "service_healthy"}}
LOOPBACK = {"127.0.0.1", "localhost", "::1"}

Compose = dict[str, Any]
Problems = list[str]


# --- reading the files ---------------------------------------------------------------------------


def load_compose(path: Path = COMPOSE_FILE) -> Compose:
    """The compose file with YAML anchors, aliases and merge keys resolved.

    The JSON round trip gives every service its own copy of what anchors share (as Compose itself
    does), so a test can change one service without changing the others.
    """
    return json.loads(json.dumps(yaml.safe_load(path.read_text(encoding="utf-8"))))


def services(compose: Compose) -> dict[str, dict[str, Any]]:
    return compose.get("services") or {}


def app_services(compose: Compose) -> dict[str, dict[str, Any]]:
    return {name: svc for name, svc in services(compose).items() if name in SERVICES}


def service_environment(service: Mapping[str, Any]) -> dict[str, Any]:
    """`environment:` in either syntax (mapping, or a list of NAME=value) as a mapping."""
    env = service.get("environment") or {}
    if isinstance(env, list):
        pairs = (item.split("=", 1) if "=" in item else (item, None) for item in env)
        return dict(pairs)
    return dict(env)


def dueprocess_environment(service: Mapping[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in service_environment(service).items() if k.upper().startswith(ENV_PREFIX)}


def settings_from_environment(env: Mapping[str, Any]) -> Settings:
    """Settings as a container with exactly ``env`` would build them (through the same env source).

    Isolated from this machine: its DUEPROCESS_* variables are hidden and no .env file is read.
    A ``None`` value (Compose: pass the host's value through) is treated as unset.
    """
    clean = {k: v for k, v in os.environ.items() if not k.upper().startswith(ENV_PREFIX)}
    clean.update({k: str(v) for k, v in env.items() if v is not None})
    with mock.patch.dict(os.environ, clean, clear=True):
        return Settings(_env_file=None)


def healthcheck_test(service: Mapping[str, Any]) -> Any:
    return (service.get("healthcheck") or {}).get("test")


def healthcheck_enabled(service: Mapping[str, Any]) -> bool:
    healthcheck = service.get("healthcheck") or {}
    return bool(healthcheck.get("test")) and not healthcheck.get("disable") and healthcheck.get("test") != ["NONE"]


def one_shot_services(compose: Compose) -> set[str]:
    """Services that others wait for to *exit* (service_completed_successfully): jobs, not daemons."""
    return {
        dependency
        for svc in services(compose).values()
        for dependency, spec in _depends_on(svc).items()
        if isinstance(spec, Mapping) and spec.get("condition") == "service_completed_successfully"
    }


def _depends_on(service: Mapping[str, Any]) -> dict[str, Any]:
    depends = service.get("depends_on") or {}
    return dict.fromkeys(depends) if isinstance(depends, list) else dict(depends)


def dueprocess_invocations(command: Any) -> list[list[str]]:
    """The argument lists of every `dueprocess ...` a compose `command:` runs.

    Understands exec form (``["dueprocess", ...]``), a string (Compose splits it like a shell
    would, without running one) and ``sh -c "a && b; c"``.
    """
    argv = shlex.split(command) if isinstance(command, str) else list(command or [])
    if len(argv) >= 3 and argv[0] in ("sh", "/bin/sh", "bash", "/bin/bash") and argv[1] in ("-c", "-ec", "-euc"):
        segments = [shlex.split(part) for part in re.split(r"&&|;|\|\|", argv[2])]
    else:
        segments = [argv]
    return [segment[1:] for segment in segments if segment and segment[0] == "dueprocess"]


def parse_cli(args: list[str]) -> Any:
    """deploy/cli.py's own parser on ``args``; raises ValueError when it would refuse them."""
    try:
        return build_parser().parse_args(args)
    except SystemExit as exc:
        raise ValueError(f"`dueprocess {' '.join(args)}` is refused by deploy/cli.py") from exc


# --- Dockerfile and build context ------------------------------------------------------------------


def dockerfile_instructions(text: str) -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) pairs: comments dropped, continuation lines joined. No heredocs."""
    instructions: list[tuple[str, str]] = []
    pending = ""
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue  # Docker also skips comment and blank lines inside a continuation
        if stripped.endswith("\\"):
            pending += stripped[:-1] + " "
            continue
        keyword, _, arguments = (pending + stripped).partition(" ")
        instructions.append((keyword.upper(), arguments.strip()))
        pending = ""
    return instructions


def final_stage(text: str) -> tuple[str, list[tuple[str, str]]]:
    """The final stage's base image (ARG defaults substituted) and its instructions."""
    instructions = dockerfile_instructions(text)
    defaults = {}
    for keyword, arguments in instructions:
        if keyword == "FROM":
            break
        if keyword == "ARG" and "=" in arguments:
            name, value = arguments.split("=", 1)
            defaults[name.strip()] = value.strip().strip('"')
    last_from = max(i for i, (keyword, _) in enumerate(instructions) if keyword == "FROM")
    base = instructions[last_from][1].split()[0]
    base = re.sub(r"\$\{?(\w+)\}?", lambda m: defaults.get(m.group(1), m.group(0)), base)
    return base, instructions[last_from + 1 :]


def _exec_form(arguments: str) -> list[str] | None:
    try:
        value = json.loads(arguments)
    except ValueError:
        return None
    return value if isinstance(value, list) and all(isinstance(v, str) for v in value) else None


def image_copies(text: str) -> list[tuple[list[str], str]]:
    """(sources, destination) of the final stage's COPY/ADD from the build context (no --from)."""
    copies = []
    workdir = "/"
    for keyword, arguments in final_stage(text)[1]:
        if keyword == "WORKDIR":
            workdir = posixpath.join(workdir, arguments)
        if keyword not in ("COPY", "ADD"):
            continue
        words = _exec_form(arguments) if arguments.startswith("[") else arguments.split()
        flags = [w for w in words if w.startswith("--")]
        paths = [w for w in words if not w.startswith("--")]
        if any(flag.startswith("--from") for flag in flags) or len(paths) < 2:
            continue
        destination = paths[-1] if paths[-1].startswith("/") else posixpath.join(workdir, paths[-1])
        copies.append((paths[:-1], destination))
    return copies


def image_path_source(text: str, image_path: str, context: Path) -> Path | None:
    """The build-context file that the final stage copies to ``image_path``, if any."""
    for sources, destination in reversed(image_copies(text)):
        for source in sources:
            local = context / source
            if image_path == destination.rstrip("/") and not destination.endswith("/"):
                return local
            if destination.endswith("/") and image_path.startswith(destination):
                rest = image_path[len(destination) :]
                candidate = (
                    local / rest
                    if (source.endswith("/") or local.is_dir())
                    else (local if rest == posixpath.basename(source) else None)
                )
                if candidate is not None and candidate.is_file():
                    return candidate
    return None


def _glob_regex(pattern: str) -> re.Pattern[str]:
    """A .dockerignore pattern (Go filepath.Match plus `**`) as a regular expression."""
    out, i = "", 0
    while i < len(pattern):
        if pattern.startswith("**/", i):
            out, i = out + "(?:.*/)?", i + 3
        elif pattern.startswith("**", i):
            out, i = out + ".*", i + 2
        elif pattern[i] == "*":
            out, i = out + "[^/]*", i + 1
        elif pattern[i] == "?":
            out, i = out + "[^/]", i + 1
        elif pattern[i] == "[":
            end = pattern.index("]", i)
            out, i = out + "[" + pattern[i + 1 : end].replace("!", "^", 1) + "]", end + 1
        else:
            out, i = out + re.escape(pattern[i]), i + 1
    return re.compile(out)


def dockerignore_rules(text: str) -> list[tuple[bool, re.Pattern[str]]]:
    """(re-include?, pattern) per rule of a .dockerignore, in order."""
    rules = []
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        negate = line.startswith("!")
        pattern = posixpath.normpath(line[1:].strip() if negate else line).lstrip("/")
        rules.append((negate, _glob_regex(pattern)))
    return rules


def context_admits(rules: list[tuple[bool, re.Pattern[str]]], path: str) -> bool:
    """Docker's rule: the last pattern matching the path or one of its parents decides."""
    parts = path.split("/")
    candidates = ["/".join(parts[: n + 1]) for n in range(len(parts))]
    excluded = False
    for negate, pattern in rules:
        if any(pattern.fullmatch(candidate) for candidate in candidates):
            excluded = not negate
    return not excluded


def dockerignore_for(dockerfile: Path, context: Path) -> Path | None:
    """The ignore file BuildKit uses: <Dockerfile>.dockerignore beside it, else <context>/.dockerignore."""
    for candidate in (dockerfile.with_name(dockerfile.name + ".dockerignore"), context / ".dockerignore"):
        if candidate.is_file():
            return candidate
    return None


def build_of(compose_file: Path, service: Mapping[str, Any]) -> tuple[Path, Path] | None:
    """(context, Dockerfile) of a service built from this repository, else None."""
    build = service.get("build")
    if build is None:
        return None
    if isinstance(build, str):
        build = {"context": build}
    context = (compose_file.parent / build.get("context", ".")).resolve()
    return context, (context / build.get("dockerfile", "Dockerfile")).resolve()


# --- the checks --------------------------------------------------------------------------------------


def check_env_fields(compose: Compose) -> Problems:
    """Every DUEPROCESS_* variable names a Settings field (a typo would be silently ignored)."""
    problems = []
    for name, svc in services(compose).items():
        for key, value in dueprocess_environment(svc).items():
            field = key[len(ENV_PREFIX) :].lower()
            if field not in Settings.model_fields:
                problems.append(f"{name}: {key} is not a field of shared.settings.Settings")
            if isinstance(value, (bool, dict, list)):
                problems.append(f"{name}: {key} must be a string or a number (quote it), not {value!r}")
    return problems


def check_settings_construct(compose: Compose) -> Problems:
    """Settings() succeeds in every service that has DUEPROCESS_* configuration."""
    problems = []
    for name, svc in services(compose).items():
        env = dueprocess_environment(svc)
        if name in SERVICES or env:
            try:
                settings_from_environment(env)
            except ValidationError as exc:
                problems.append(f"{name}: Settings() fails on its environment: {exc}")
    return problems


def _settings_or_none(service: Mapping[str, Any]) -> Settings | None:
    try:
        return settings_from_environment(dueprocess_environment(service))
    except ValidationError:
        return None  # reported by check_settings_construct


def check_bind_host(compose: Compose) -> Problems:
    """Inside a container the services must listen on all interfaces, or nothing reaches them."""
    problems = []
    for name, svc in app_services(compose).items():
        settings = _settings_or_none(svc)
        if settings is not None and settings.http_host != "0.0.0.0":
            problems.append(f"{name}: DUEPROCESS_HTTP_HOST is {settings.http_host!r}, must be 0.0.0.0 in a container")
    return problems


def check_healthchecks_exec_form(compose: Compose) -> Problems:
    """Health checks are exec form (["CMD", ...]): no shell, no quoting or injection surprises.

    Every long-running service has one; one-shot jobs (waited on with
    service_completed_successfully) may disable theirs.
    """
    problems = []
    jobs = one_shot_services(compose)
    for name, svc in services(compose).items():
        healthcheck = svc.get("healthcheck")
        if healthcheck is None or healthcheck.get("disable"):
            if name not in jobs:
                problems.append(f"{name}: a long-running service without a health check")
            continue
        test = healthcheck.get("test")
        exec_form = isinstance(test, list) and len(test) > 1 and all(isinstance(t, str) for t in test)
        if not (exec_form and test[0] == "CMD"):
            problems.append(f'{name}: health check must be a list starting with "CMD" (exec form), not {test!r}')
    return problems


def healthcheck_urls(test: Any) -> list[str]:
    words = [test] if isinstance(test, str) else list(test or [])
    return [url for word in words for url in re.findall(r"https?://[^\s'\"]+", str(word))]


def check_healthcheck_ports(compose: Compose) -> Problems:
    """Each service's health check asks /readyz of the port its own settings give it."""
    problems = []
    for name, svc in app_services(compose).items():
        settings = _settings_or_none(svc)
        if settings is None:
            continue
        expected = getattr(settings, PORT_FIELD[name])
        urls = healthcheck_urls(healthcheck_test(svc))
        if len(urls) != 1:
            problems.append(f"{name}: health check should probe exactly one URL, found {urls}")
            continue
        url = urlsplit(urls[0])
        if url.port != expected:
            problems.append(
                f"{name}: health check probes port {url.port}, the service listens on "
                f"{expected} ({ENV_PREFIX}{PORT_FIELD[name].upper()})"
            )
        if url.hostname not in LOOPBACK:
            problems.append(f"{name}: health check should probe the container itself, not {url.hostname}")
        if url.path != "/readyz":
            problems.append(f"{name}: health check should probe /readyz, not {url.path or '/'}")
    return problems


def _published(port: Any) -> tuple[int | None, int]:
    """(host port, container port) of a `ports:` entry, short or long syntax."""
    if isinstance(port, Mapping):
        return (int(port["published"]) if port.get("published") else None), int(port["target"])
    parts = str(port).split("/")[0].rsplit(":", 2)
    container = int(parts[-1])
    return (int(parts[-2]) if len(parts) > 1 else None), container


def check_published_ports(compose: Compose) -> Problems:
    """Published ports reach the service's own port; intake is published where PUBLIC_BASE_URL says."""
    problems = []
    for name, svc in app_services(compose).items():
        settings = _settings_or_none(svc)
        if settings is None:
            continue
        own = getattr(settings, PORT_FIELD[name])
        published = [_published(port) for port in svc.get("ports") or []]
        for _host, container in published:
            if container != own:
                problems.append(f"{name}: publishes container port {container}, the service listens on {own}")
        if name == "intake":
            base = urlsplit(settings.public_base_url)
            base_port = base.port or (443 if base.scheme == "https" else 80)
            if not any(host == base_port and container == own for host, container in published):
                problems.append(
                    f"intake: DUEPROCESS_PUBLIC_BASE_URL is {settings.public_base_url} but the host "
                    f"port {base_port} is not published to the container's {own}"
                )
    return problems


def prometheus_targets(compose: Compose) -> dict[str, set[str]] | None:
    """Scrape targets by job of the Prometheus config the prometheus service mounts (None: none)."""
    for volume in services(compose).get("prometheus", {}).get("volumes") or []:
        source, _, rest = str(volume).partition(":")
        if rest.split(":")[0] == PROMETHEUS_CONFIG_IN_CONTAINER and (ROOT / source).is_file():
            config = yaml.safe_load((ROOT / source).read_text(encoding="utf-8"))
            return {
                job["job_name"]: {t for sc in job.get("static_configs") or [] for t in sc.get("targets") or []}
                for job in config.get("scrape_configs") or []
            }
    return None


def check_metrics_listener(compose: Compose) -> Problems:
    """Exact counts only on each service's metrics listener: a port of its own, bound for the
    compose network, never published to the host, and the one Prometheus scrapes."""
    problems = []
    targets = prometheus_targets(compose)
    if targets is None:
        problems.append(f"prometheus: no config mounted at {PROMETHEUS_CONFIG_IN_CONTAINER}")
    for name, svc in app_services(compose).items():
        settings = _settings_or_none(svc)
        if settings is None:
            continue
        port, http_port = getattr(settings, METRICS_PORT_FIELD[name]), getattr(settings, PORT_FIELD[name])
        field = f"{ENV_PREFIX}{METRICS_PORT_FIELD[name].upper()}"
        if not port:
            problems.append(f"{name}: {field} is 0: no metrics listener for Prometheus")
        if port == http_port:
            problems.append(f"{name}: {field} is the app port {http_port}: the counts would be on the web app/API")
        if settings.metrics_host != "0.0.0.0":
            problems.append(
                f"{name}: DUEPROCESS_METRICS_HOST is {settings.metrics_host!r}, must be 0.0.0.0 "
                "(prometheus scrapes it over the compose network)"
            )
        if any(container == port for _, container in (_published(p) for p in svc.get("ports") or [])):
            problems.append(f"{name}: publishes its metrics port {port} to the host")
        if targets is not None and targets.get(name) != {f"{name}:{port}"}:
            problems.append(f"{name}: Prometheus scrapes {sorted(targets.get(name) or [])}, not {name}:{port}")
    return problems


def _image(service: Mapping[str, Any]) -> str:
    return str(service.get("image") or "")


def _listen_port(value: str | None, default: int) -> int:
    return int(value.rsplit(":", 1)[-1]) if value else default


def _postgres_endpoint(service: Mapping[str, Any]) -> dict[str, Any]:
    env = service_environment(service)
    user = env.get("POSTGRES_USER") or "postgres"
    return {
        "ports": {int(env.get("PGPORT") or 5432)},
        "user": user,
        "password": env.get("POSTGRES_PASSWORD"),
        "database": env.get("POSTGRES_DB") or user,
    }


def _kafka_advertised(service: Mapping[str, Any]) -> set[tuple[str, int]]:
    env = service_environment(service)
    controllers = set((env.get("KAFKA_CONTROLLER_LISTENER_NAMES") or "").split(","))
    addresses = set()
    for listener in (env.get("KAFKA_ADVERTISED_LISTENERS") or "").split(","):
        listener_name, _, address = listener.strip().partition("://")
        if address and listener_name not in controllers:
            host, _, port = address.rpartition(":")
            addresses.add((host, int(port)))
    return addresses


def check_addresses(compose: Compose) -> Problems:
    """DATABASE_URL, KAFKA_BOOTSTRAP and SMTP_URL name services of this file, on their ports.

    postgres: 5432 (PGPORT) and the credentials it is initialised with; kafka: one of its
    advertised (client) listeners, the address clients are sent back to; mailpit: SMTP on 1025
    (MP_SMTP_BIND_ADDR).
    """
    problems = []
    known = services(compose)
    for name, svc in services(compose).items():
        if not dueprocess_environment(svc) and name not in SERVICES:
            continue
        settings = _settings_or_none(svc)
        if settings is None:
            continue

        # An app service connects as its own role (its <SERVICE>_DATABASE_URL); the others (migrate)
        # as the owner postgres is initialised with (DATABASE_URL).
        own = getattr(settings, f"{name}_database_url", None) if name in SERVICES else None
        setting_name = f"{name.upper()}_DATABASE_URL" if own is not None else "DATABASE_URL"
        db = urlsplit(own.get_secret_value() if own is not None else settings.database_url)
        target = known.get(db.hostname or "")
        if target is None or not _image(target).startswith("postgres"):
            problems.append(f"{name}: {setting_name} host {db.hostname!r} is not a postgres service of this file")
        else:
            endpoint = _postgres_endpoint(target)
            if (db.port or 5432) not in endpoint["ports"]:
                problems.append(f"{name}: {setting_name} port {db.port} is not postgres's {endpoint['ports']}")
            credentials = (unquote(db.username or ""), unquote(db.password or ""))
            if own is None and credentials != (endpoint["user"], endpoint["password"] or ""):
                problems.append(f"{name}: DATABASE_URL credentials differ from POSTGRES_USER/POSTGRES_PASSWORD")
            if own is not None and credentials[0] in ("", endpoint["user"]):
                problems.append(f"{name}: {setting_name} must name the service's own role, not the owner")
            if db.path.lstrip("/") != endpoint["database"]:
                problems.append(
                    f"{name}: {setting_name} database {db.path!r} is not POSTGRES_DB {endpoint['database']!r}"
                )

        for address in settings.kafka_bootstrap.split(","):
            host, _, port = address.strip().rpartition(":")
            target = known.get(host)
            if target is None or not _image(target).startswith("apache/kafka"):
                problems.append(f"{name}: KAFKA_BOOTSTRAP host {host!r} is not a Kafka service of this file")
            elif (host, int(port)) not in _kafka_advertised(target):
                problems.append(
                    f"{name}: KAFKA_BOOTSTRAP {address} is not an advertised client listener of "
                    f"{host} {sorted(_kafka_advertised(target))}"
                )

        smtp = urlsplit(settings.smtp_url)
        target = known.get(smtp.hostname or "")
        if target is None or "mailpit" not in _image(target):
            problems.append(f"{name}: SMTP_URL host {smtp.hostname!r} is not the mailpit service of this file")
        else:
            port = _listen_port(service_environment(target).get("MP_SMTP_BIND_ADDR"), 1025)
            if (smtp.port or 25) != port:
                problems.append(f"{name}: SMTP_URL port {smtp.port} is not mailpit's SMTP port {port}")
    return problems


def check_kafka_partitions(compose: Compose) -> Problems:
    """Auto-created topics get the partition count the services create theirs with."""
    problems = []
    for broker_name, broker in services(compose).items():
        partitions = service_environment(broker).get("KAFKA_NUM_PARTITIONS")
        if not _image(broker).startswith("apache/kafka") or partitions is None:
            continue
        for name, svc in app_services(compose).items():
            settings = _settings_or_none(svc)
            if settings is not None and settings.kafka_partitions != int(partitions):
                problems.append(
                    f"{name}: KAFKA_PARTITIONS {settings.kafka_partitions} but {broker_name} "
                    f"auto-creates topics with {partitions}"
                )
    return problems


def check_depends_on(compose: Compose) -> Problems:
    """Start-up order: infrastructure healthy and migrations done before a service starts."""
    problems = []
    known = services(compose)
    for name, svc in services(compose).items():
        if isinstance(svc.get("depends_on"), list):
            problems.append(
                f"{name}: depends_on must use the long syntax with conditions (a list only waits for the start)"
            )
        for dependency, spec in _depends_on(svc).items():
            condition = (spec or {}).get("condition", "service_started")
            if dependency not in known:
                problems.append(f"{name}: depends on {dependency!r}, which is not a service of this file")
            elif condition == "service_healthy" and not healthcheck_enabled(known[dependency]):
                problems.append(f"{name}: waits for {dependency} to be healthy, but {dependency} has no health check")
    for name in SERVICES:
        svc = known.get(name)
        if svc is None:
            continue
        depends = _depends_on(svc)
        for dependency, condition in {**APP_DEPENDENCIES, **EXTRA_DEPENDENCIES.get(name, {})}.items():
            actual = (depends.get(dependency) or {}).get("condition") if dependency in depends else None
            if actual != condition:
                problems.append(f"{name}: depends_on {dependency} should have condition {condition}, has {actual}")
    migrate = known.get("migrate")
    if migrate is not None and (_depends_on(migrate).get("postgres") or {}).get("condition") != "service_healthy":
        problems.append("migrate: depends_on postgres should have condition service_healthy")
    return problems


def check_app_services_present(compose: Compose) -> Problems:
    expected = {*SERVICES, "migrate", "postgres", "kafka", "mailpit"}
    return [f"service {name!r} is missing" for name in sorted(expected - set(services(compose)))]


def check_commands(compose: Compose) -> Problems:
    """Each service runs `dueprocess serve <its name>`, in exec form, and the CLI accepts it."""
    problems = []
    for name, svc in app_services(compose).items():
        command = svc.get("command")
        if command != ["dueprocess", "serve", name]:
            problems.append(f'{name}: command should be ["dueprocess", "serve", "{name}"], is {command!r}')
        for args in dueprocess_invocations(command):
            try:
                parsed = parse_cli(args)
            except ValueError as exc:
                problems.append(f"{name}: {exc}")
                continue
            if parsed.command != "serve" or parsed.service != name:
                problems.append(f"{name}: runs `dueprocess {' '.join(args)}`, not `dueprocess serve {name}`")
    return problems


def check_builds(compose: Compose, compose_file: Path = COMPOSE_FILE) -> Problems:
    """The services and the migrate job are one image, built from the repository with an existing Dockerfile."""
    problems = []
    builds = {}
    for name in (*SERVICES, "migrate"):
        svc = services(compose).get(name)
        if svc is None:
            continue
        build = build_of(compose_file, svc)
        if build is None:
            problems.append(f"{name}: has no build section (it must run the project's image)")
            continue
        context, dockerfile = build
        if context != ROOT:
            problems.append(f"{name}: build context {context} is not the repository root {ROOT}")
        if not dockerfile.is_file():
            problems.append(f"{name}: Dockerfile {dockerfile} does not exist")
        builds[name] = (context, dockerfile, svc.get("image"))
    if len(set(builds.values())) > 1:
        problems.append(f"the services should share one image and build: {builds}")
    return problems


def check_migrate_job(compose: Compose, compose_file: Path = COMPOSE_FILE) -> Problems:
    """migrate runs `dueprocess migrate`, then loads an account directory that is in the image."""
    svc = services(compose).get("migrate")
    if svc is None:
        return ["service 'migrate' is missing"]
    problems = []
    invocations = dueprocess_invocations(svc.get("command"))
    parsed = []
    for args in invocations:
        try:
            parsed.append(parse_cli(args))
        except ValueError as exc:
            problems.append(f"migrate: {exc}")
    if not any(p.command == "migrate" for p in parsed):
        problems.append(f"migrate: does not run `dueprocess migrate` ({svc.get('command')!r})")
    loads = [p for p in parsed if p.command == "accounts" and p.accounts_command == "load"]
    if not loads:
        problems.append("migrate: does not run `dueprocess accounts load`")
    build = build_of(compose_file, svc)
    for load in loads:
        settings = _settings_or_none(svc)
        accounts = load.file or (settings.accounts_file if settings is not None else None)
        if not accounts:
            problems.append("migrate: `accounts load` has neither a FILE nor DUEPROCESS_ACCOUNTS_FILE")
            continue
        if build is None or not build[1].is_file():
            continue  # reported by check_builds
        context, dockerfile = build
        source = image_path_source(dockerfile.read_text(encoding="utf-8"), str(accounts), context)
        if source is None:
            problems.append(f"migrate: {accounts} is not copied into the image by {dockerfile.name}")
            continue
        try:
            read_accounts_file(source)
        except SystemExit as exc:
            problems.append(f"migrate: {exc}")
    return problems


def check_dockerfile(text: str, context: Path = ROOT) -> Problems:
    """The final stage: Python 3.11 slim, a non-root user, exec-form HEALTHCHECK and CMD, probe installed."""
    problems = []
    base, stage = final_stage(text)
    if not base.startswith("python:3.11") or "slim" not in base:
        problems.append(f"final stage is based on {base}, expected python:3.11-slim (pyproject: Python 3.11)")
    users = [arguments for keyword, arguments in stage if keyword == "USER"]
    if not users or users[-1].split(":")[0] in ("root", "0"):
        problems.append(f"the image must run as a non-root user (USER: {users[-1] if users else 'none'})")
    for keyword, arguments in stage:
        if keyword == "CMD" and _exec_form(arguments) is None:
            problems.append(f"CMD should be exec form (a JSON list): {arguments}")
        if keyword == "HEALTHCHECK" and arguments.strip().upper() != "NONE":
            command = re.split(r"\bCMD\b", arguments, maxsplit=1)
            argv = _exec_form(command[1].strip()) if len(command) == 2 else None
            if argv is None:
                problems.append(f"HEALTHCHECK should be exec form: {arguments}")
            else:
                problems += check_probe_installed(text, argv[0], "the Dockerfile's HEALTHCHECK", context)
    return problems


def check_probe_installed(dockerfile_text: str, executable: str, user: str, context: Path = ROOT) -> Problems:
    """An executable a health check runs is the image's Python/CLI, or a file the image copies in."""
    if executable in ("dueprocess", "python", "python3") or executable.startswith("/opt/venv/bin/"):
        return []
    on_path = ("/usr/local/bin", "/usr/bin")
    targets = [executable] if executable.startswith("/") else [f"{directory}/{executable}" for directory in on_path]
    if any(image_path_source(dockerfile_text, target, context) for target in targets):
        return []
    return [f"{user} runs {executable!r}, which the Dockerfile does not install"]


def check_healthcheck_tools(compose: Compose, compose_file: Path = COMPOSE_FILE) -> Problems:
    problems = []
    for name, svc in app_services(compose).items():
        test = healthcheck_test(svc)
        build = build_of(compose_file, svc)
        if isinstance(test, list) and len(test) > 1 and build is not None and build[1].is_file():
            problems += check_probe_installed(
                build[1].read_text(encoding="utf-8"), test[1], f"{name}'s health check", build[0]
            )
    return problems


def check_build_context(dockerfile: Path, context: Path = ROOT) -> Problems:
    """The ignore file keeps out local clutter and secrets, and lets in all the image needs."""
    ignore = dockerignore_for(dockerfile, context)
    if ignore is None:
        return [f"no {dockerfile.name}.dockerignore beside the Dockerfile nor .dockerignore in {context}"]
    rules = dockerignore_rules(ignore.read_text(encoding="utf-8"))
    problems = []
    for path in (
        ".git/HEAD",
        ".venv/bin/python",
        ".env",
        "tests/conftest.py",
        ".dueprocess/postgres/PG_VERSION",
        "shared/__pycache__/settings.cpython-311.pyc",
        "dueprocess.egg-info/PKG-INFO",
    ):
        if context_admits(rules, path):
            problems.append(f"{ignore.name} lets {path} into the build context")
    needed = ["pyproject.toml"]
    for top in ("shared", "services", "deploy"):
        for path in sorted((context / top).rglob("*")):
            rel = path.relative_to(context).as_posix()
            if path.is_file() and not re.search(r"__pycache__|\.pyc$|\.egg-info|\.pytest_cache|^deploy/docker/", rel):
                needed.append(rel)
    # What the Dockerfile copies: a file must be admitted; a directory must not be emptied (the
    # ignore file may well filter inside it: that is what it is for).
    text = dockerfile.read_text(encoding="utf-8")
    for sources, _ in image_copies(text) + _build_stage_copies(text):
        for source in sources:
            local = context / source
            if local.is_file():
                needed.append(local.relative_to(context).as_posix())
                continue
            inside = [p.relative_to(context).as_posix() for p in local.rglob("*") if p.is_file()]
            if not any(context_admits(rules, rel) for rel in inside):
                problems.append(
                    f"{ignore.name} keeps all of {source} out of the build context, but the image copies it"
                )
    for rel in dict.fromkeys(needed):
        if not context_admits(rules, rel):
            problems.append(f"{ignore.name} keeps {rel} out of the build context, but the image needs it")
    return problems


def _build_stage_copies(text: str) -> list[tuple[list[str], str]]:
    copies = []
    for keyword, arguments in dockerfile_instructions(text):
        if keyword == "COPY" and "--from" not in arguments:
            words = [w for w in arguments.split() if not w.startswith("--")]
            copies.append((words[:-1], words[-1]))
    return copies


ALL_COMPOSE_CHECKS: list[Callable[[Compose], Problems]] = [
    check_app_services_present,
    check_env_fields,
    check_settings_construct,
    check_bind_host,
    check_healthchecks_exec_form,
    check_healthcheck_ports,
    check_published_ports,
    check_metrics_listener,
    check_addresses,
    check_kafka_partitions,
    check_depends_on,
    check_commands,
    check_builds,
    check_migrate_job,
    check_healthcheck_tools,
]


# --- the real files pass -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def compose() -> Compose:
    return load_compose()


@pytest.mark.parametrize("check", ALL_COMPOSE_CHECKS, ids=lambda check: check.__name__)
def test_compose_file(compose: Compose, check: Callable[[Compose], Problems]) -> None:
    assert check(compose) == []


def test_environment_is_shared(compose: Compose) -> None:
    """One set of addresses for every process of the stack (the x-dueprocess-env anchor); the
    owner's database URL only for migrate, each service's own role for every process."""
    keys = [
        ENV_PREFIX + key
        for key in ("KAFKA_BOOTSTRAP", "SMTP_URL", "HTTP_HOST", *(f"{s.upper()}_DATABASE_URL" for s in SERVICES))
    ]
    assert "DUEPROCESS_DATABASE_URL" in dueprocess_environment(services(compose)["migrate"])
    for name in SERVICES:
        assert "DUEPROCESS_DATABASE_URL" not in dueprocess_environment(services(compose)[name]), name
    for name in (*SERVICES, "migrate"):
        env = dueprocess_environment(services(compose)[name])
        assert {key: env.get(key) for key in keys} == {
            key: dueprocess_environment(services(compose)["intake"]).get(key) for key in keys
        }, name
        assert all(env.get(key) for key in keys), name


def test_dockerfile() -> None:
    assert check_dockerfile((DOCKER_DIR / "Dockerfile").read_text(encoding="utf-8")) == []


def test_build_context() -> None:
    assert check_build_context(DOCKER_DIR / "Dockerfile") == []


# --- the checks notice breakage ------------------------------------------------------------------------


def _at(compose: Compose, path: str) -> tuple[Any, str]:
    *parents, last = path.split(".")
    node = compose
    for key in parents:
        node = node[int(key)] if isinstance(node, list) else node[key]
    return node, last


def setting(path: str, value: Any) -> Callable[[Compose], None]:
    def mutate(compose: Compose) -> None:
        node, key = _at(compose, path)
        node[int(key) if isinstance(node, list) else key] = value

    return mutate


def removing(path: str) -> Callable[[Compose], None]:
    def mutate(compose: Compose) -> None:
        node, key = _at(compose, path)
        del node[key]

    return mutate


BREAKAGES = [
    (
        "typo in a variable",
        setting("services.review.environment.DUEPROCESS_DATABSE_URL", "x"),
        check_env_fields,
        "DUEPROCESS_DATABSE_URL is not a field",
    ),
    (
        "boolean value",
        setting("services.notify.environment.DUEPROCESS_KAFKA_IDEMPOTENCE", True),
        check_env_fields,
        "must be a string",
    ),
    (
        "unparseable value",
        setting("services.intake.environment.DUEPROCESS_HTTP_PORT", "eighty"),
        check_settings_construct,
        "Settings() fails",
    ),
    (
        "loopback bind",
        setting("services.notify.environment.DUEPROCESS_HTTP_HOST", "127.0.0.1"),
        check_bind_host,
        "must be 0.0.0.0",
    ),
    (
        "probe on another port",
        setting("services.review.healthcheck.test.2", "http://127.0.0.1:8080/readyz"),
        check_healthcheck_ports,
        "probes port 8080",
    ),
    (
        "port moved, probe not",
        setting("services.notify.environment.DUEPROCESS_NOTIFY_HTTP_PORT", "9000"),
        check_healthcheck_ports,
        "listens on 9000",
    ),
    (
        "probe on /healthz",
        setting("services.intake.healthcheck.test.2", "http://127.0.0.1:8080/healthz"),
        check_healthcheck_ports,
        "/readyz",
    ),
    (
        "shell-form probe",
        setting("services.review.healthcheck.test", "CMD-SHELL curl -f localhost:8081/readyz"),
        check_healthchecks_exec_form,
        "exec form",
    ),
    (
        "string probe",
        setting("services.kafka.healthcheck.test", "kafka-broker-api-versions.sh"),
        check_healthchecks_exec_form,
        "exec form",
    ),
    (
        "daemon without probe",
        removing("services.postgres.healthcheck"),
        check_healthchecks_exec_form,
        "postgres: a long-running service without a health check",
    ),
    (
        "database host",
        setting(
            "services.intake.environment.DUEPROCESS_INTAKE_DATABASE_URL",
            "postgresql://dueprocess_intake@db:5432/dueprocess",
        ),
        check_addresses,
        "'db'",
    ),
    (
        "service as the owner",
        setting(
            "services.review.environment.DUEPROCESS_REVIEW_DATABASE_URL",
            "postgresql://postgres:postgres@postgres:5432/dueprocess",
        ),
        check_addresses,
        "own role",
    ),
    (
        "owner's database host",
        setting(
            "services.migrate.environment.DUEPROCESS_DATABASE_URL", "postgresql://postgres:postgres@db:5432/dueprocess"
        ),
        check_addresses,
        "'db'",
    ),
    (
        "database password",
        setting("services.postgres.environment.POSTGRES_PASSWORD", "secret"),
        check_addresses,
        "credentials",
    ),
    (
        "controller port",
        setting("services.review.environment.DUEPROCESS_KAFKA_BOOTSTRAP", "kafka:9093"),
        check_addresses,
        "not an advertised client listener",
    ),
    (
        "advertised localhost",
        setting("services.kafka.environment.KAFKA_ADVERTISED_LISTENERS", "PLAINTEXT://localhost:9092"),
        check_addresses,
        "advertised",
    ),
    (
        "smtp host",
        setting("services.notify.environment.DUEPROCESS_SMTP_URL", "smtp://mail:1025"),
        check_addresses,
        "'mail'",
    ),
    (
        "smtp port",
        setting("services.notify.environment.DUEPROCESS_SMTP_URL", "smtp://mailpit:25"),
        check_addresses,
        "port 25",
    ),
    (
        "partitions",
        setting("services.review.environment.DUEPROCESS_KAFKA_PARTITIONS", "3"),
        check_kafka_partitions,
        "KAFKA_PARTITIONS 3",
    ),
    (
        "migrate only started",
        setting("services.intake.depends_on.migrate.condition", "service_started"),
        check_depends_on,
        "migrate should have condition service_completed_successfully",
    ),
    ("no kafka wait", removing("services.review.depends_on.kafka"), check_depends_on, "kafka should have condition"),
    ("mailpit forgotten", removing("services.notify.depends_on.mailpit"), check_depends_on, "mailpit"),
    (
        "short depends_on",
        setting("services.intake.depends_on", ["kafka", "postgres", "migrate"]),
        check_depends_on,
        "long syntax",
    ),
    (
        "healthy without probe",
        removing("services.mailpit.healthcheck"),
        check_depends_on,
        "mailpit has no health check",
    ),
    (
        "wrong service served",
        setting("services.review.command", ["dueprocess", "serve", "intake"]),
        check_commands,
        "review: command",
    ),
    (
        "unknown service",
        setting("services.notify.command", ["dueprocess", "serve", "notfy"]),
        check_commands,
        "refused by deploy/cli.py",
    ),
    (
        "missing Dockerfile",
        setting("services.intake.build.dockerfile", "deploy/docker/Dockerfile.gone"),
        check_builds,
        "does not exist",
    ),
    ("diverging builds", setting("services.review.image", "dueprocess:other"), check_builds, "share one image"),
    (
        "accounts outside the image",
        setting("services.migrate.command", ["sh", "-c", "dueprocess migrate && dueprocess accounts load /srv/a.json"]),
        check_migrate_job,
        "not copied into the image",
    ),
    (
        "no migration",
        setting("services.migrate.command", ["dueprocess", "accounts", "load", "/app/demo/accounts.json"]),
        check_migrate_job,
        "does not run `dueprocess migrate`",
    ),
    ("probe not installed", setting("services.intake.healthcheck.test.1", "curl"), check_healthcheck_tools, "'curl'"),
    ("intake not published", removing("services.intake.ports"), check_published_ports, "not published"),
    (
        "published to the wrong port",
        setting("services.review.ports", ["8081:8080"]),
        check_published_ports,
        "container port 8080",
    ),
    ("service removed", removing("services.mailpit"), check_app_services_present, "'mailpit'"),
    (
        "metrics published",
        setting("services.review.ports", ["127.0.0.1:9181:9181"]),
        check_metrics_listener,
        "publishes its metrics port 9181",
    ),
    (
        "metrics port moved, scrape not",
        setting("services.notify.environment.DUEPROCESS_NOTIFY_METRICS_PORT", "9999"),
        check_metrics_listener,
        "not notify:9999",
    ),
    (
        "metrics on the app port",
        setting("services.intake.environment.DUEPROCESS_INTAKE_METRICS_PORT", "8080"),
        check_metrics_listener,
        "the app port 8080",
    ),
    (
        "metrics on loopback",
        setting("services.intake.environment.DUEPROCESS_METRICS_HOST", "127.0.0.1"),
        check_metrics_listener,
        "must be 0.0.0.0",
    ),
    (
        "metrics off",
        setting("services.review.environment.DUEPROCESS_REVIEW_METRICS_PORT", "0"),
        check_metrics_listener,
        "no metrics listener",
    ),
    ("no Prometheus config", removing("services.prometheus.volumes"), check_metrics_listener, "no config mounted"),
]


@pytest.mark.parametrize(("mutate", "check", "expected"), [b[1:] for b in BREAKAGES], ids=[b[0] for b in BREAKAGES])
def test_checks_catch(
    compose: Compose, mutate: Callable[[Compose], None], check: Callable[[Compose], Problems], expected: str
) -> None:
    broken = json.loads(json.dumps(compose))
    mutate(broken)
    problems = check(broken)
    assert any(expected in problem for problem in problems), problems


def test_load_compose_unshares_anchors(compose: Compose) -> None:
    broken = json.loads(json.dumps(compose))
    broken["services"]["review"]["environment"]["DUEPROCESS_LOG_LEVEL"] = "DEBUG"
    assert broken["services"]["intake"]["environment"]["DUEPROCESS_LOG_LEVEL"] != "DEBUG"


DOCKERFILE_BREAKAGES = [
    ("root user", lambda t: t.replace("USER 10001:10001", "USER root"), "non-root"),
    ("no user", lambda t: t.replace("USER 10001:10001", ""), "non-root"),
    ("other python", lambda t: t.replace("python:3.11-slim", "python:3.12-slim"), "python:3.12-slim"),
    ("shell CMD", lambda t: t.replace('CMD ["dueprocess", "--help"]', "CMD dueprocess --help"), "CMD should be exec"),
    (
        "shell HEALTHCHECK",
        lambda t: t.replace('CMD ["dueprocess-healthcheck"]', "CMD dueprocess-healthcheck"),
        "HEALTHCHECK should be exec",
    ),
    (
        "probe not copied",
        lambda t: t.replace("/usr/local/bin/dueprocess-healthcheck", "/usr/local/bin/probe"),
        "does not install",
    ),
]


@pytest.mark.parametrize(
    ("mutate", "expected"), [b[1:] for b in DOCKERFILE_BREAKAGES], ids=[b[0] for b in DOCKERFILE_BREAKAGES]
)
def test_dockerfile_checks_catch(mutate: Callable[[str], str], expected: str) -> None:
    text = (DOCKER_DIR / "Dockerfile").read_text(encoding="utf-8")
    broken = mutate(text)
    assert broken != text, "the mutation no longer applies to the Dockerfile: update it"
    assert any(expected in problem for problem in check_dockerfile(broken)), check_dockerfile(broken)


@pytest.mark.parametrize(
    ("ignore", "expected"),
    [
        ("*\n!pyproject.toml\n!shared/\n!services/\n", "keeps deploy/cli.py out"),
        ("**/__pycache__\n", "lets .git/HEAD into"),
        (
            "*\n!pyproject.toml\n!shared/\n!services/\n!deploy/\ndeploy/docker/*\n",
            "keeps deploy/docker/healthcheck.py out",
        ),
    ],
)
def test_build_context_check_catches(tmp_path: Path, ignore: str, expected: str) -> None:
    context = tmp_path / "repo"
    for rel in (
        "pyproject.toml",
        "shared/settings.py",
        "services/__init__.py",
        "deploy/cli.py",
        "deploy/demo/accounts.json",
        "deploy/docker/healthcheck.py",
    ):
        (context / rel).parent.mkdir(parents=True, exist_ok=True)
        (context / rel).write_text("[]\n")
    dockerfile = context / "deploy" / "docker" / "Dockerfile"
    dockerfile.write_text((DOCKER_DIR / "Dockerfile").read_text(encoding="utf-8"))
    dockerfile.with_name("Dockerfile.dockerignore").write_text(ignore)
    problems = check_build_context(dockerfile, context)
    assert any(expected in problem for problem in problems), problems


def test_dockerignore_matching_follows_docker_rules() -> None:
    rules = dockerignore_rules(
        "*\n!deploy/\ndeploy/docker/*\n!deploy/docker/healthcheck.py\n**/__pycache__\n**/*.py[cod]\n"
    )
    assert context_admits(rules, "deploy/cli.py")
    assert context_admits(rules, "deploy/docker/healthcheck.py")
    assert not context_admits(rules, "deploy/docker/Dockerfile")
    assert not context_admits(rules, "deploy/localinfra/__pycache__/kafka.cpython-311.pyc")
    assert not context_admits(rules, "deploy/x.pyc")
    assert not context_admits(rules, "README.md")


def test_dueprocess_invocations() -> None:
    assert dueprocess_invocations(["dueprocess", "serve", "review"]) == [["serve", "review"]]
    assert dueprocess_invocations("dueprocess serve notify") == [["serve", "notify"]]
    assert dueprocess_invocations(["sh", "-c", "dueprocess migrate && dueprocess accounts load '/a b.json'"]) == [
        ["migrate"],
        ["accounts", "load", "/a b.json"],
    ]
    assert dueprocess_invocations(None) == []


# --- the image's health probe ------------------------------------------------------------------------


@pytest.fixture()
def readiness_server() -> Iterator[tuple[int, dict[str, int]]]:
    """A local HTTP server answering /readyz with state["status"] (and 404 elsewhere)."""
    state = {"status": 200}

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            status = state["status"] if self.path == "/readyz" else 404
            self.send_response(status)
            self.end_headers()
            self.wfile.write(b"{}")

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server.server_address[1], state
    finally:
        server.shutdown()
        server.server_close()


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _probe(*urls: str, env: Mapping[str, str] | None = None, cwd: Path | None = None) -> int:
    clean = {k: v for k, v in os.environ.items() if not k.upper().startswith(ENV_PREFIX) and "proxy" not in k.lower()}
    return subprocess.run(
        [sys.executable, str(HEALTHCHECK_SCRIPT), *urls],
        env={**clean, **(env or {})},
        cwd=cwd,
        capture_output=True,
        timeout=30,
    ).returncode


def test_probe_url(readiness_server: tuple[int, dict[str, int]]) -> None:
    port, state = readiness_server
    assert _probe(f"http://127.0.0.1:{port}/readyz") == 0
    state["status"] = 503
    assert _probe(f"http://127.0.0.1:{port}/readyz") == 1
    assert _probe(f"http://127.0.0.1:{_closed_port()}/readyz") == 1


def test_probe_ignores_proxies(readiness_server: tuple[int, dict[str, int]]) -> None:
    port, _ = readiness_server
    proxy = f"http://127.0.0.1:{_closed_port()}"
    assert _probe(f"http://127.0.0.1:{port}/readyz", env={"http_proxy": proxy, "HTTP_PROXY": proxy}) == 0


def test_probe_defaults_to_the_settings_ports(readiness_server: tuple[int, dict[str, int]], tmp_path: Path) -> None:
    """Without a URL it asks the three services' ports; the one listening decides."""
    port, state = readiness_server
    env = {
        "DUEPROCESS_HTTP_PORT": str(_closed_port()),
        "DUEPROCESS_REVIEW_HTTP_PORT": str(port),
        "DUEPROCESS_NOTIFY_HTTP_PORT": str(_closed_port()),
    }
    assert _probe(env=env, cwd=tmp_path) == 0
    state["status"] = 503
    assert _probe(env=env, cwd=tmp_path) == 1
    assert _probe(env={"DUEPROCESS_HTTP_PORT": "not-a-port"}, cwd=tmp_path) == 1

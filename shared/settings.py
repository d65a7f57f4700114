"""Configuration, read once from the environment (prefix ``DUEPROCESS_``) or a ``.env`` file."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="DUEPROCESS_", env_file=".env", extra="ignore")

    database_url: str = "postgresql://postgres@127.0.0.1:5432/dueprocess"
    kafka_bootstrap: str = "127.0.0.1:9092"
    # Idempotent producers need a broker that supports InitProducerId (Apache Kafka does,
    # the embedded Tansu broker does not).
    kafka_idempotence: bool = True
    smtp_url: str = "smtp://127.0.0.1:1025"
    smtp_from: str = "legal-notices@dueprocess.local"
    http_host: str = "127.0.0.1"
    http_port: int = 8080
    review_http_port: int = 8081
    notify_http_port: int = 8082
    public_base_url: str = "http://127.0.0.1:8080"
    accounts_file: Path | None = None

    # Platform counsel alerted on escalation, by tier (addresses are configuration).
    counsel_legal_ops_email: str = "legal-ops@dueprocess.local"
    counsel_counsel_email: str = "counsel@dueprocess.local"
    counsel_litigation_email: str = "litigation@dueprocess.local"
    # Legal-aid contacts listed in every user notice.
    legal_aid_contacts: list[str] = Field(
        default_factory=lambda: ["ACLU, https://www.aclu.org/, (212) 549-2500"]
    )

    # Acknowledgement SLAs of the escalation ladder (ISO 8601 durations such as PT8H or PT15M).
    sla_legal_ops: timedelta = timedelta(hours=24)
    sla_counsel: timedelta = timedelta(hours=8)
    sla_litigation: timedelta = timedelta(hours=2)
    sla_emergency: timedelta = timedelta(minutes=15)
    timer_poll_seconds: float = 1.0

    max_request_bytes: int = 4 * 1024 * 1024
    dispatcher_poll_seconds: float = 2.0
    outbox_poll_seconds: float = 2.0
    consumer_max_attempts: int = 5
    kafka_partitions: int = 6
    # Namespaces topics and consumer groups, e.g. per environment or per test run.
    kafka_topic_prefix: str = ""
    # The embedded Tansu broker answers joins after half the session timeout: `up` shortens both.
    kafka_session_timeout_ms: int = 10_000
    kafka_heartbeat_interval_ms: int = 3_000
    log_level: str = "INFO"


def load_settings() -> Settings:
    return Settings()

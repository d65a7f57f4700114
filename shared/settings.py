"""Configuration, read once from the environment (prefix ``DUEPROCESS_``) or a ``.env`` file."""

from __future__ import annotations

import secrets
from datetime import timedelta
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, model_validator
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

    # --- notify: delivery, dead letters, the gag-order lifecycle, counsel links -------------
    # TLS to the SMTP server: smtps:// in smtp_url for implicit TLS, ?starttls=true|false to
    # force or forbid STARTTLS (default: use it when offered). Certificates are verified against
    # the system store, or smtp_tls_ca_file; turning verification off is for local test servers.
    smtp_tls_verify: bool = True
    smtp_tls_ca_file: Path | None = None
    smtp_timeout_seconds: float = 30.0
    # Retries: exponential backoff from the base, capped, with jitter; after this many
    # attempts a notice is DEAD_LETTER (still owed; legal ops retry it by hand).
    notice_max_attempts: int = Field(default=8, ge=1)
    notice_backoff_base_seconds: float = Field(default=5.0, gt=0)
    notice_backoff_max_seconds: float = Field(default=3600.0, gt=0)
    # Counsel is reminded this long before a nondisclosure order expires.
    ndo_reminder_before: timedelta = timedelta(days=30)
    # A federal order recorded with a longer term than this is flagged to counsel (DOJ policy, 2017).
    ndo_federal_max_days: int = Field(default=365, gt=0)
    # Signs the "name your counsel" links in user notices. Set it in every deployment (all
    # notify instances share it); the random default only suits a local run, and links die
    # with the process.
    notice_link_secret: SecretStr = Field(default_factory=lambda: SecretStr(secrets.token_urlsafe(32)))
    # How long such a link works after its notice was sent.
    notice_link_ttl: timedelta = timedelta(days=30)
    # Where recipients reach the notify service (the counsel link); default: its local port.
    notify_public_base_url: str | None = None

    max_request_bytes: int = 4 * 1024 * 1024

    # E-mail intake: the legal-process mailbox (SMTP) and .eml uploads.
    smtp_inbound_host: str = "127.0.0.1"
    smtp_inbound_port: int = 2525  # 0 turns the listener off
    # Recipients the listener accepts (empty: any address at this listener).
    smtp_inbound_mailboxes: list[str] = Field(default_factory=list)
    # Authentication-Results headers are trusted only from these authserv-ids (our own MX).
    authserv_ids: list[str] = Field(default_factory=lambda: ["mx.dueprocess.local"])
    max_message_bytes: int = 25 * 1024 * 1024  # SMTP 552 / HTTP 413 above this
    max_attachment_bytes: int = 20 * 1024 * 1024
    max_mime_parts: int = 100
    max_mime_depth: int = 5
    pdf_max_pages: int = 50
    pdf_timeout_seconds: float = 20.0
    pdf_max_memory_bytes: int = 1024 * 1024 * 1024
    pdf_workers: int = 1
    dispatcher_poll_seconds: float = 2.0
    outbox_poll_seconds: float = 2.0
    consumer_max_attempts: int = 5
    kafka_partitions: int = 6
    # Namespaces topics and consumer groups, e.g. per environment or per test run.
    kafka_topic_prefix: str = ""
    # Broker security: PLAINTEXT (local), SASL_PLAINTEXT, SSL or SASL_SSL; SASL is SCRAM.
    kafka_security_protocol: Literal["PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL"] = "PLAINTEXT"
    kafka_sasl_mechanism: Literal["SCRAM-SHA-256", "SCRAM-SHA-512"] = "SCRAM-SHA-512"
    kafka_sasl_username: str | None = None
    kafka_sasl_password: SecretStr | None = None
    kafka_ssl_cafile: Path | None = None  # CA bundle for SSL/SASL_SSL; the system's when unset
    # The embedded Tansu broker answers joins after half the session timeout: `up` shortens both.
    kafka_session_timeout_ms: int = 10_000
    kafka_heartbeat_interval_ms: int = 3_000
    # Signs `dueprocess audit export` (base64 of a 32-byte Ed25519 seed); a one-off key if unset.
    audit_signing_key: SecretStr | None = None
    log_level: str = "INFO"

    # --- who may call the HTTP APIs ---------------------------------------------------------
    # The CLI's intake API token (`dueprocess staff token EMAIL`), sent as a Bearer token by
    # `dueprocess submit/status`; or a file holding it.
    api_token: SecretStr | None = None
    api_token_file: Path | None = None
    # The service credential of review's and notify's internal APIs (every route but health,
    # metrics and notify's /counsel/{token} pages); unset, those routes answer 401. Or a file.
    internal_api_token: SecretStr | None = None
    internal_api_token_file: Path | None = None

    @model_validator(mode="after")
    def _tokens_from_files(self) -> "Settings":
        """A token given as a file is read once; an empty value counts as unset."""
        for name in ("api_token", "internal_api_token"):
            value: SecretStr | None = getattr(self, name)
            if value is not None and not value.get_secret_value().strip():
                value = None
            path: Path | None = getattr(self, f"{name}_file")
            if value is None and path is not None:
                try:
                    text = path.read_text(encoding="utf-8").strip()
                except OSError as exc:
                    raise ValueError(f"cannot read DUEPROCESS_{name.upper()}_FILE {path}: {exc}") from exc
                value = SecretStr(text) if text else None
            object.__setattr__(self, name, value)
        return self


    @property
    def notify_base_url(self) -> str:
        return (self.notify_public_base_url or f"http://127.0.0.1:{self.notify_http_port}").rstrip("/")


def load_settings() -> Settings:
    return Settings()

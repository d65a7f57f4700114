"""Configuration, read once from the environment (prefix ``DUEPROCESS_``) or a ``.env`` file."""

from __future__ import annotations

import json
import re
import secrets
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Annotated, Literal
from urllib.parse import quote, unquote, urlsplit, urlunsplit

from pydantic import Field, IPvAnyNetwork, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from shared.crypto import EventKeys, Vault

# A Tesseract language (traineddata) code: eng, deu, chi_sim, deu_latf.
_TESSERACT_CODE = re.compile(r"[a-z]{3}(?:_[a-z]+)*")


@dataclass(frozen=True)
class ServiceRole:
    """A service's own PostgreSQL role: USAGE and read/write on its schema, nothing else."""

    schema: str
    name: str
    password: str | None = None


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
    # Prometheus metrics: each service serves /metrics on a listener of its own, never on its web
    # app or API port (the counts are exact). Bind it where only Prometheus reaches it (0.0.0.0
    # in a container or pod, with the port unpublished / behind a NetworkPolicy). 0: no listener.
    metrics_host: str = "127.0.0.1"
    intake_metrics_port: int = Field(default=9180, ge=0, le=65535)
    review_metrics_port: int = Field(default=9181, ge=0, le=65535)
    notify_metrics_port: int = Field(default=9182, ge=0, le=65535)
    public_base_url: str = "http://127.0.0.1:8080"
    accounts_file: Path | None = None

    # Platform counsel alerted on escalation, by tier (addresses are configuration).
    counsel_legal_ops_email: str = "legal-ops@dueprocess.local"
    counsel_counsel_email: str = "counsel@dueprocess.local"
    counsel_litigation_email: str = "litigation@dueprocess.local"
    # The platform's data stewards: each preservation hold change (legal-hold.v1) is mailed to
    # them, with a signed link to acknowledge it; reminded, then legal ops told, if they do not.
    data_stewards: list[str] = Field(default_factory=list)
    hold_ack_remind_after: timedelta = timedelta(days=2)
    hold_ack_escalate_after: timedelta = timedelta(days=4)
    # Legal-aid contacts listed in every user notice.
    legal_aid_contacts: list[str] = Field(default_factory=lambda: ["ACLU, https://www.aclu.org/, (212) 549-2500"])

    # Acknowledgement SLAs of the escalation ladder (ISO 8601 durations such as PT8H or PT15M);
    # notify's triage reminder falls due sla_emergency (an emergency) or sla_legal_ops after a held
    # case's triage alert.
    sla_legal_ops: timedelta = timedelta(hours=24)
    sla_counsel: timedelta = timedelta(hours=8)
    sla_litigation: timedelta = timedelta(hours=2)
    sla_emergency: timedelta = timedelta(minutes=15)
    timer_poll_seconds: float = 1.0
    # End-to-end tests only (shared/clock.py): the three processes' time is the system's plus the
    # offset in this file; refused unless test_clock_enabled is set too. Unset in every deployment.
    test_clock_file: Path | None = None
    test_clock_enabled: bool = False
    # Calendars (review; notify's triage SLA too, which then needs the three set together): a
    # deployment's own settings over the rule book's policy.yaml (unset: policy.yaml's).
    # court_calendar "US" or "US-CA"; business_hours "09:00-17:00" counts the
    # tiers' SLAs only then on open days ("" around the clock); platform_holidays as JSON,
    # {"2026-12-24": "Christmas Eve"}.
    court_calendar: str | None = None
    calendar_time_zone: str | None = None
    business_hours: str | None = None
    platform_holidays: dict[date, str] | None = None

    # --- notify: delivery, dead letters, the gag-order lifecycle, counsel links -------------
    # TLS to the SMTP server: smtps:// in smtp_url for implicit TLS, ?starttls=true|false to
    # force or forbid STARTTLS (default: use it when offered). Certificates are verified against
    # the system store, or smtp_tls_ca_file; turning verification off is for local test servers.
    smtp_tls_verify: bool = True
    smtp_tls_ca_file: Path | None = None
    smtp_timeout_seconds: float = 30.0
    # Kept-open sessions notify's dispatcher sends over at once (a recipient's notices still go
    # one after the other, in order).
    smtp_sessions: int = Field(default=8, ge=1, le=32)
    # Delivery reports (RFC 3461 DSN): notify's return-path listener (0: off). When it is on,
    # every notice asks the SMTP server for a delivery report, sent to `notice_return_path` (the
    # envelope sender; route its domain's mail to this listener; default: smtp_from). A send
    # whose outcome is unknown (notify died just after handing the message over) then waits
    # up to `notice_confirmation_wait` for its report instead of going again blindly; and a
    # notice that bounces after acceptance becomes FAILED and legal ops are told.
    return_path_host: str = "127.0.0.1"
    return_path_port: int = 0
    notice_return_path: str | None = None
    notice_confirmation_wait: timedelta = timedelta(minutes=10)
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
    # The legal mailbox addresses the listener accepts (550 5.1.1 for any other; never empty).
    smtp_inbound_mailboxes: list[str] = Field(default_factory=lambda: ["legal-process@dueprocess.local"], min_length=1)
    # Recipients per message (RCPT commands, refused ones included); 452 4.5.3 beyond.
    smtp_inbound_max_recipients: int = Field(default=10, ge=1, le=1000)
    # Our own MX in front of the listener: addresses or networks (JSON list, e.g. ["10.0.4.2",
    # "10.0.5.0/24"]). Only a message the listener receives from one of them may carry an
    # Authentication-Results header with our authserv-id that intake believes; from anywhere
    # else (and in every .eml upload) such a header is ignored and DKIM verified. Default: none.
    smtp_trusted_relays: list[IPvAnyNetwork] = Field(default_factory=list)
    # The authserv-ids our own MX stamps its Authentication-Results with (believed only as above).
    authserv_ids: list[str] = Field(default_factory=lambda: ["mx.dueprocess.local"])
    max_message_bytes: int = 25 * 1024 * 1024  # SMTP 552 / HTTP 413 above this
    max_attachment_bytes: int = 20 * 1024 * 1024
    max_mime_parts: int = 100
    max_mime_depth: int = 5
    pdf_max_pages: int = 50
    pdf_timeout_seconds: float = 20.0
    pdf_max_memory_bytes: int = 1024 * 1024 * 1024
    pdf_workers: int = 1
    # OCR of scans (image-only PDF pages; PNG, JPEG, TIFF attachments) with Tesseract, in worker
    # processes of their own: `ocr_workers` scans read at once (each takes seconds a page), each
    # within `ocr_timeout_seconds` and its first `ocr_max_pages` pages. Off: every scan waits in
    # triage for a person. `ocr_languages`: the Tesseract language packs OCR reads with ("eng,deu"
    # or a JSON list): eng and any of spa fra deu por ita (unset: all six); English first, then
    # again in the one the words point to. Intake checks at start-up (`tesseract --list-langs`)
    # that each language set here is installed, and refuses to start naming the missing pack;
    # with the default it warns and runs.
    ocr_enabled: bool = True
    ocr_workers: int = Field(default=1, ge=1, le=16)
    ocr_timeout_seconds: float = Field(default=60.0, ge=10.0, le=3600.0)  # per document
    ocr_max_pages: int = Field(default=10, ge=1, le=500)
    ocr_languages: Annotated[list[str] | None, NoDecode] = None
    dispatcher_poll_seconds: float = 2.0
    # Batches of due notices the dispatcher sends at once (each its own transaction; they share
    # the SMTP sessions), and the notices in a batch.
    dispatcher_workers: int = Field(default=2, ge=1, le=16)
    dispatcher_batch_size: int = Field(default=50, ge=1, le=500)
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
    # Each service signs a checkpoint of its audit chain's head this often (when the head moved),
    # with the key above; none without it (`dueprocess audit verify` could not trust them).
    audit_checkpoint_seconds: float = Field(default=300.0, gt=0)
    log_level: str = "INFO"

    # --- who may call the HTTP APIs ---------------------------------------------------------
    # The CLI's intake API token (`dueprocess staff token EMAIL`), sent as a Bearer token by
    # `dueprocess submit/status`; or a file holding it.
    api_token: SecretStr | None = None
    api_token_file: Path | None = None
    # The service credential of review's and notify's internal APIs (every route but health
    # and notify's /counsel/{token} pages); unset, those routes answer 401. Or a file.
    internal_api_token: SecretStr | None = None
    internal_api_token_file: Path | None = None
    # Intake remembers the member behind an API token this many seconds after the database last
    # confirmed it (0: ask the database on every request). It is the bound on how long a token
    # revoked, or a member deactivated or given another role, from elsewhere (the CLI, another
    # intake instance) keeps working in an intake process; the process's own staff page takes
    # effect at once.
    api_token_cache_seconds: float = Field(default=5.0, ge=0.0, le=60.0)
    # Intake's cookies (the staff session, the login form's token) are Secure: browsers send them
    # back only over HTTPS. On by default; `dueprocess up` (local http) turns it off. Off, a
    # cookie is still Secure on a request that came over HTTPS.
    session_cookie_secure: bool = True
    # The reverse proxies (addresses or CIDR networks, a JSON list) whose X-Forwarded-Proto and
    # X-Forwarded-For intake believes (the request's scheme, the client address its login
    # throttle counts); from anyone else those headers are ignored. None by default.
    trusted_proxies: list[str] = Field(default_factory=list)

    @field_validator("ocr_languages", mode="before")
    @classmethod
    def _ocr_language_list(cls, value: object) -> object:
        """ "eng,deu", "eng+deu" (Tesseract's own form) or a JSON list; empty: unset."""
        if isinstance(value, str):
            text = value.strip()
            if not text:
                return None  # set but empty: the default
            if text.startswith("["):
                try:
                    return json.loads(text)
                except json.JSONDecodeError as exc:
                    raise ValueError(f"not a JSON list of language codes ({exc.msg}); or write eng,deu") from exc
            return [part for part in re.split(r"[\s,+]+", text) if part]
        return value

    @field_validator("ocr_languages")
    @classmethod
    def _ocr_language_codes(cls, value: list[str] | None) -> list[str] | None:
        """Each a Tesseract language code (eng, deu, chi_sim), listed once; at least one."""
        if value is None:
            return None
        codes = [code for code in dict.fromkeys(code.strip() for code in value) if code]
        if not codes:
            raise ValueError("name at least one Tesseract language (eng first), or leave it unset")
        for code in codes:
            if not _TESSERACT_CODE.fullmatch(code):
                raise ValueError(
                    f"{code!r} is not a Tesseract language code: three lower-case letters as in "
                    "`tesseract --list-langs` (eng, spa, fra, deu, por, ita), not a two-letter code"
                )
        return codes

    @model_validator(mode="after")
    def _tokens_from_files(self) -> Settings:
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

    # --- personal data at rest (shared/crypto.py) ---------------------------------------------
    # AES-256-GCM data keys, "id:base64,id:base64" (32-byte keys), or a file holding the same
    # (commas or one per line). The current key seals; every listed key opens. Rotation: add the
    # new key, make it current everywhere, run `dueprocess keys rotate`, then drop the old one.
    data_keys: SecretStr | None = None
    data_keys_file: Path | None = None
    data_key_current: str | None = None  # default: the first key listed
    # HMAC-SHA256 key (base64, 32 bytes) of the blind indexes that find records by a personal
    # value (an address, a handle, a Message-ID). Not rotatable in place: keep it.
    blind_index_key: SecretStr | None = None
    blind_index_key_file: Path | None = None
    # The event key ring the three services share (AES-256-GCM, same form as data_keys, keys of
    # their own): the personal fields of every event on Kafka are sealed under its current key
    # and opened by any key still in the ring. A service refuses to start without it.
    event_keys: SecretStr | None = None
    event_keys_file: Path | None = None
    event_key_current: str | None = None  # default: the first key listed

    # --- least privilege in PostgreSQL ---------------------------------------------------------
    # database_url is the owner/admin `dueprocess migrate` runs as. Each service connects with
    # its own URL (a role limited to its schema, created and granted by `migrate`); a service
    # without one falls back to database_url. The password may sit in the URL, in
    # <SERVICE>_DATABASE_PASSWORD or in a file (<SERVICE>_DATABASE_PASSWORD_FILE); a password
    # without a URL means database_url with the role dueprocess_<service>.
    intake_database_url: SecretStr | None = None
    review_database_url: SecretStr | None = None
    notify_database_url: SecretStr | None = None
    intake_database_password: SecretStr | None = None
    review_database_password: SecretStr | None = None
    notify_database_password: SecretStr | None = None
    intake_database_password_file: Path | None = None
    review_database_password_file: Path | None = None
    notify_database_password_file: Path | None = None

    @property
    def notify_base_url(self) -> str:
        return (self.notify_public_base_url or f"http://127.0.0.1:{self.notify_http_port}").rstrip("/")

    def data_vault(self) -> Vault | None:
        """The configured data keys and blind-index key; None when neither is configured.
        Raises ValueError when only one of them is, or a file cannot be read."""
        keys = _secret_or_file(self.data_keys, self.data_keys_file, "data_keys")
        index_key = _secret_or_file(self.blind_index_key, self.blind_index_key_file, "blind_index_key")
        if keys is None and index_key is None:
            return None
        if keys is None or index_key is None:
            raise ValueError(
                "personal data needs both DUEPROCESS_DATA_KEYS(_FILE) and DUEPROCESS_BLIND_INDEX_KEY(_FILE)"
            )
        return Vault.from_config(keys, index_key=index_key, current=self.data_key_current)

    def event_ring(self) -> EventKeys | None:
        """The event key ring; None when none is configured (raises ValueError for an unreadable file)."""
        keys = _secret_or_file(self.event_keys, self.event_keys_file, "event_keys")
        return EventKeys.from_config(keys, current=self.event_key_current) if keys else None

    def service_role(self, service: str) -> ServiceRole | None:
        """The role ``service`` connects as, when it has one of its own (a URL or a password)."""
        url = getattr(self, f"{service}_database_url")
        password = _secret_or_file(
            getattr(self, f"{service}_database_password"),
            getattr(self, f"{service}_database_password_file"),
            f"{service}_database_password",
        )
        if url is None and password is None:
            return None
        parts = urlsplit(url.get_secret_value() if url is not None else self.database_url)
        role = unquote(parts.username) if url is not None and parts.username else f"dueprocess_{service}"
        password = password if password is not None else (unquote(parts.password) if url and parts.password else None)
        return ServiceRole(schema=service, name=role, password=password)

    def service_database_url(self, service: str) -> str:
        """The URL ``service`` connects with: its own role's, or database_url."""
        role = self.service_role(service)
        if role is None:
            return self.database_url
        url = getattr(self, f"{service}_database_url")
        return with_credentials(
            url.get_secret_value() if url is not None else self.database_url, user=role.name, password=role.password
        )


def _secret_or_file(value: SecretStr | None, path: Path | None, name: str) -> str | None:
    if value is not None:
        return value.get_secret_value()
    if path is None:
        return None
    try:
        return path.read_text(encoding="utf-8").strip()
    except OSError as exc:
        raise ValueError(f"cannot read the {name} file {path}: {exc}") from exc


def with_credentials(url: str, *, user: str, password: str | None) -> str:
    """``url`` with its user (and password, when given) replaced."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    if ":" in host:
        host = f"[{host}]"
    netloc = quote(user, safe="") + (f":{quote(password, safe='')}" if password is not None else "") + "@" + host
    if parts.port:
        netloc += f":{parts.port}"
    return urlunsplit(parts._replace(netloc=netloc))


def load_settings() -> Settings:
    return Settings()

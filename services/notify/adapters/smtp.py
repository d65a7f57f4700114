"""Sending notices over SMTP with aiosmtplib: implicit TLS or STARTTLS, verified certificates."""

from __future__ import annotations

import asyncio
import ssl
from dataclasses import dataclass
from email.message import EmailMessage
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import aiosmtplib

from services.notify.adapters.mime import WireMessage
from services.notify.domain.delivery_reports import xtext_encode


class DeliveryError(Exception):
    """A delivery attempt failed; ``code`` is the SMTP reply code when the server gave one."""

    def __init__(self, message: str, *, code: int | None = None) -> None:
        super().__init__(message)
        self.code = code


class PermanentDeliveryError(DeliveryError):
    """The server refused this message for good (5xx to the sender, a recipient or the data)."""


class TransientDeliveryError(DeliveryError):
    """The server or the network failed for now (4xx, connection, TLS, our own login): retry later."""


class UnconfirmedDeliveryError(TransientDeliveryError):
    """The session broke while the message was being given or its answer awaited: the server
    may have taken it. ``dsn_requested``: a delivery report was asked for, so the outcome can
    be learnt from it instead of sending again blindly."""

    def __init__(self, message: str, *, dsn_requested: bool) -> None:
        super().__init__(message)
        self.dsn_requested = dsn_requested


class _Unanswered(Exception):
    """Internal: DATA went (part of it or all) and no answer came back."""

    def __init__(self, *, dsn_requested: bool) -> None:
        super().__init__()
        self.dsn_requested = dsn_requested


_TRUE = ("1", "true", "yes", "on")


@dataclass(frozen=True)
class SmtpConfig:
    host: str
    port: int
    use_tls: bool = False
    start_tls: bool | None = None  # None: use STARTTLS when the server offers it
    username: str | None = None
    password: str | None = None
    timeout: float = 30.0
    validate_certs: bool = True
    ca_file: Path | None = None

    @classmethod
    def from_url(
        cls, url: str, *, validate_certs: bool = True, ca_file: Path | None = None, timeout: float = 30.0
    ) -> SmtpConfig:
        """``smtp://[user:pass@]host:port[?starttls=true|false]`` or ``smtps://…`` (implicit TLS)."""
        parts = urlsplit(url)
        if parts.scheme not in ("smtp", "smtps"):
            raise ValueError(f"SMTP URL must start with smtp:// or smtps://, not {parts.scheme!r}")
        query = parse_qs(parts.query)
        start_tls = query.get("starttls", [None])[0]
        use_tls = parts.scheme == "smtps"
        if use_tls and start_tls is not None and start_tls.lower() in _TRUE:
            raise ValueError("smtps:// already encrypts the connection: drop ?starttls=true")
        return cls(
            host=parts.hostname or "127.0.0.1",
            port=parts.port or (465 if use_tls else 25),
            use_tls=use_tls,
            start_tls=None if start_tls is None else start_tls.lower() in _TRUE,
            username=unquote(parts.username) if parts.username else None,
            password=unquote(parts.password) if parts.password else None,
            timeout=timeout,
            validate_certs=validate_certs,
            ca_file=ca_file,
        )

    def tls_context(self) -> ssl.SSLContext | None:
        """The context for TLS (implicit or STARTTLS): the system store or ``ca_file``, TLS 1.2+."""
        if not self.validate_certs:
            return None  # aiosmtplib builds an unverified context itself
        context = ssl.create_default_context(cafile=str(self.ca_file) if self.ca_file else None)
        context.minimum_version = ssl.TLSVersion.TLSv1_2
        return context


def _is_permanent(exc: aiosmtplib.SMTPException) -> tuple[bool, int | None]:
    """5xx about this message (sender, recipients, data) is permanent; about the session is not."""
    if isinstance(exc, aiosmtplib.SMTPRecipientsRefused):
        codes = [r.code for r in exc.recipients]
        return bool(codes) and all(500 <= c < 600 for c in codes), (codes[0] if codes else None)
    if isinstance(exc, aiosmtplib.SMTPResponseException):
        # Our session's fault (greeting, login, "530 issue STARTTLS first"): fix the settings, then it goes.
        session_level = (
            isinstance(
                exc, (aiosmtplib.SMTPConnectResponseError, aiosmtplib.SMTPHeloError, aiosmtplib.SMTPAuthenticationError)
            )
            or exc.code == 530
        )
        return (500 <= exc.code < 600 and not session_level), exc.code
    return False, None


class SmtpSender:
    """Sends over kept-open SMTP sessions: up to ``sessions`` messages at once, each session
    carrying one message at a time (the dispatcher keeps a recipient's messages in order by
    sending them one after the other).

    Delivery reports (RFC 3461): when ``request_dsn`` and the server offers DSN, each message
    goes with ``MAIL FROM:<return_path> RET=HDRS ENVID=<the envelope id>`` and ``RCPT TO
    NOTIFY=SUCCESS,FAILURE,DELAY``: the receiving side reports the outcome to the return path
    (notify's return-path listener), so an unknown outcome can be learnt instead of guessed.

    Invariant: a message is never sent twice by this class. A kept session the server dropped
    is replaced before anything of the message went on it (found by NOOP, or for a
    ``WireMessage`` by MAIL FROM failing); a failure during the send itself closes the session
    and is raised, and the dispatcher's retry decides (its idempotency header lets a receiver
    drop a repeat).
    """

    def __init__(
        self, config: SmtpConfig, *, sessions: int = 1, return_path: str | None = None, request_dsn: bool = False
    ) -> None:
        if sessions < 1:
            raise ValueError("at least one SMTP session")
        self._config = config
        self._tls_context = config.tls_context()
        self.sessions = sessions
        self._return_path = return_path
        self._request_dsn = request_dsn
        self._offers_dsn: bool | None = None  # what the last session's EHLO said; None: no session yet
        self._idle: list[aiosmtplib.SMTP] = []  # connected sessions no message is using
        self._slots = asyncio.Semaphore(sessions)

    @property
    def dsn_expected(self) -> bool:
        """Messages sent now may ask for delivery reports: asked for, and the last session's
        server offered them (or no session has said yet)."""
        return self._request_dsn and self._offers_dsn is not False

    async def probe(self) -> None:
        """Open one session (kept for the next message) to learn what the server offers; a
        server that cannot be reached now is no error here."""
        if self._offers_dsn is not None:
            return
        async with self._slots:
            try:
                self._idle.append(await self._connect())
            except (aiosmtplib.SMTPException, OSError, TimeoutError, ssl.SSLError):
                return

    def _dsn_options(self, client: aiosmtplib.SMTP, envelope_id: str | None) -> tuple[list[str], list[str]] | None:
        if not (self._request_dsn and envelope_id and client.supports_extension("dsn")):
            return None
        return ["RET=HDRS", f"ENVID={xtext_encode(envelope_id)}"], ["NOTIFY=SUCCESS,FAILURE,DELAY"]

    async def _session(self, client: aiosmtplib.SMTP | None, *, check: bool = True) -> aiosmtplib.SMTP:
        """``client`` if it is still connected (asked with NOOP when ``check``), else a new session."""
        if client is not None and client.is_connected:
            if not check:
                return client
            try:
                await client.noop()
                return client
            except (aiosmtplib.SMTPException, OSError, TimeoutError):
                client.close()
        elif client is not None:
            client.close()
        return await self._connect()

    async def _connect(self) -> aiosmtplib.SMTP:
        config = self._config
        client = aiosmtplib.SMTP(
            hostname=config.host,
            port=config.port,
            use_tls=config.use_tls,
            start_tls=config.start_tls,
            username=config.username,
            password=config.password,
            timeout=config.timeout,
            validate_certs=config.validate_certs,
            tls_context=self._tls_context,
        )
        await client.connect()
        if client.is_ehlo_or_helo_needed:
            await client.ehlo()
        self._offers_dsn = client.supports_extension("dsn")
        return client

    async def send(self, message: EmailMessage | WireMessage, *, envelope_id: str | None = None) -> bool:
        """Send one message; returns whether a delivery report was asked for. Raises
        PermanentDeliveryError, TransientDeliveryError or UnconfirmedDeliveryError.

        Error messages carry the class and the reply code only: a server's reply text may
        quote the recipient's address, which must not reach the logs.
        """
        async with self._slots:
            client = self._idle.pop() if self._idle else None
            dsn = False
            try:
                if isinstance(message, WireMessage):
                    client, dsn = await self._send_wire(client, message, envelope_id)
                else:
                    client = await self._session(client)
                    options = self._dsn_options(client, envelope_id)
                    dsn = options is not None
                    await client.send_message(
                        message,
                        sender=self._return_path,
                        mail_options=options[0] if options else None,
                        rcpt_options=options[1] if options else None,
                    )
            except _Unanswered as exc:
                if client is not None:
                    client.close()
                cause = exc.__cause__ or exc
                raise UnconfirmedDeliveryError(
                    f"{type(cause).__name__} awaiting the answer to DATA", dsn_requested=exc.dsn_requested
                ) from cause
            except aiosmtplib.SMTPException as exc:
                if client is not None:
                    client.close()
                permanent, code = _is_permanent(exc)
                error = PermanentDeliveryError if permanent else TransientDeliveryError
                raise error(f"{type(exc).__name__} {code or ''}".strip(), code=code) from exc
            except (OSError, TimeoutError, ssl.SSLError) as exc:
                if client is not None:
                    client.close()
                raise TransientDeliveryError(type(exc).__name__) from exc
            except BaseException:
                if client is not None:
                    client.close()
                raise
            self._idle.append(client)
            return dsn

    async def _send_wire(
        self, client: aiosmtplib.SMTP | None, message: WireMessage, envelope_id: str | None
    ) -> tuple[aiosmtplib.SMTP, bool]:
        """MAIL, RCPT, DATA. A kept session is not asked with NOOP first: if the server dropped
        it, MAIL FROM fails before anything of the message was sent, and the message goes once
        on a new session. Returns the session it went on and whether a report was asked for.
        A session lost during DATA without an answer raises ``_Unanswered``."""
        client = await self._session(client, check=False)
        sender = self._return_path or message.sender
        try:
            options = self._dsn_options(client, envelope_id)
            try:
                await client.mail(sender, options=options[0] if options else None)
            except (aiosmtplib.SMTPServerDisconnected, ConnectionError, OSError):
                client.close()
                client = await self._connect()
                options = self._dsn_options(client, envelope_id)
                await client.mail(sender, options=options[0] if options else None)
            try:
                for recipient in message.recipients:
                    await client.rcpt(recipient, options=options[1] if options else None)
            except aiosmtplib.SMTPRecipientRefused as exc:
                raise aiosmtplib.SMTPRecipientsRefused([exc]) from exc
            try:
                await client.data(message.data)
            except aiosmtplib.SMTPResponseException:
                raise  # the server answered: its code says what happened
            except (aiosmtplib.SMTPException, OSError, TimeoutError) as exc:
                raise _Unanswered(dsn_requested=options is not None) from exc
        except BaseException:
            client.close()
            raise
        return client, options is not None

    async def close(self) -> None:
        """End the kept sessions politely (QUIT)."""
        idle, self._idle = self._idle, []
        for client in idle:
            if client.is_connected:
                try:
                    await client.quit()
                except (aiosmtplib.SMTPException, OSError, TimeoutError):
                    client.close()

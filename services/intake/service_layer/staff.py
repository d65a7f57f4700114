"""Staff use cases: accounts, logging in and out, API tokens, and the audit of who saw what.

Invariants:
- a password is only ever stored as an argon2id hash, computed off the event loop;
- a session id or API token is handed out once and stored only as its SHA-256;
- a member found behind an API token is remembered (``TokenCache``) for at most its TTL: a
  revocation, deactivation or role change made elsewhere takes effect within that bound;
- every login (and failed attempt), every account change, and every view of or action on a
  case appends to intake's hash-chained audit log in the same transaction as its effect; a
  case's submission is recorded on the case row itself (``intake.cases.submitted_by``).
"""

from __future__ import annotations

import asyncio
import ipaddress
import secrets
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import asyncpg
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from services.intake.adapters.repository import SCHEMA
from services.intake.adapters.staff import StaffRepository, secret_digest
from services.intake.domain.staff import ApiToken, Role, StaffMember, api_token_lifetime, check_password_strength
from shared import audit
from shared.db import UnitOfWork

HASHER = PasswordHasher()  # argon2id with the library's current recommended parameters
# Verified when the e-mail is unknown, so a wrong address costs as long as a wrong password.
_DUMMY_HASH = HASHER.hash(secrets.token_urlsafe(16))
TOKEN_PREFIX = "dp_"
SESSION_IDLE = timedelta(hours=2)
# The login throttle. An attempt takes a numbered slot BEFORE its password is checked (so 40
# concurrent guesses cannot all pass a "not locked yet" check). From one client (address), the
# attempts after LOCKOUT_FAILURES within the window are refused, even with the right password,
# until the window has passed: an attacker locks out only themselves, never the real user at
# another address. Over all clients, at most ACCOUNT_LOCKOUT_FAILURES passwords are tried per
# window (successful logins give their slot back): the ceiling on distributed guessing.
LOCKOUT_FAILURES = 5
ACCOUNT_LOCKOUT_FAILURES = 30
LOCKOUT_WINDOW = timedelta(minutes=15)
SESSION_ABSOLUTE = timedelta(hours=12)

Clock = Callable[[], datetime]


class StaffExists(ValueError):
    pass


class StaffNotFound(LookupError):
    pass


class TokenNotFound(LookupError):
    pass


class NotYourToken(PermissionError):
    """A member who does not manage staff may revoke only their own API tokens."""


@dataclass(frozen=True)
class Session:
    session_id: str  # the cookie's value: shown to the browser once, stored hashed
    csrf_token: str
    member: StaffMember


async def _hash(password: str) -> str:
    return await asyncio.to_thread(HASHER.hash, password)


async def _verify(password_hash: str, password: str) -> bool:
    def verify() -> bool:
        try:
            return HASHER.verify(password_hash, password)
        except (VerificationError, InvalidHashError):
            return False

    return await asyncio.to_thread(verify)


async def create_staff(
    *,
    pool: asyncpg.Pool,
    email: str,
    display_name: str,
    role: Role,
    password: str | None,
    created_by: str,
    clock: Clock,
) -> StaffMember:
    """A new account; ``password`` None makes an API-only account. Raises WeakPassword, StaffExists."""
    email = email.strip()
    if "@" not in email or len(email) > 320:
        raise ValueError(f"{email!r} is not an e-mail address")
    if password is not None:
        check_password_strength(password, email=email)
    password_hash = await _hash(password) if password is not None else None
    at = clock()
    async with UnitOfWork(pool) as uow:
        member = await StaffRepository(uow.conn).add(
            email=email, display_name=display_name.strip() or email, role=role, password_hash=password_hash, at=at
        )
        if member is None:
            raise StaffExists(f"an account for {email} exists already")
        await audit.append(
            uow.conn,
            schema=SCHEMA,
            case_id=None,
            actor=created_by,
            action="STAFF_CREATED",
            detail={"staff_id": str(member.staff_id), "role": role.value},
            at=at,
        )
    return member


async def update_staff(
    *,
    pool: asyncpg.Pool,
    staff_id: uuid.UUID,
    changed_by: str,
    clock: Clock,
    role: Role | None = None,
    active: bool | None = None,
    password: str | None = None,
    display_name: str | None = None,
) -> StaffMember:
    """Change a role, (de)activate, or set a password; deactivation and a new password end all sessions."""
    at = clock()
    changes: dict[str, Any] = {}
    if role is not None:
        changes["role"] = role
    if active is not None:
        changes["active"] = active
    if display_name is not None and display_name.strip():
        changes["display_name"] = display_name.strip()
    async with UnitOfWork(pool) as uow:
        repository = StaffRepository(uow.conn)
        current = await repository.by_id(staff_id)
        if current is None:
            raise StaffNotFound(f"no staff member {staff_id}")
        if password is not None:
            check_password_strength(password, email=current.email)
            changes["password_hash"] = await _hash(password)
        member = await repository.update(staff_id, at=at, **changes)
        assert member is not None
        await audit.append(
            uow.conn,
            schema=SCHEMA,
            case_id=None,
            actor=changed_by,
            action="STAFF_CHANGED",
            detail={"staff_id": str(staff_id), "changed": sorted(changes)},
            at=at,
        )
    return member


def client_key(client: str | None) -> str:
    """Whom the per-client throttle counts: an IPv4 address, an IPv6 /64 (one host's usual share,
    so rotating addresses within it does not help), or anything else as given; stored hashed."""
    text = (client or "unknown").strip()
    try:
        address = ipaddress.ip_address(text)
    except ValueError:
        return secret_digest(f"client:{text}")
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is None:
        text = str(ipaddress.ip_network(f"{address}/64", strict=False))
    elif isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        text = str(address.ipv4_mapped)
    return secret_digest(f"client:{text}")


async def _login_refused(repository: StaffRepository, staff_id: uuid.UUID, client: str, at: datetime) -> str | None:
    """Takes the attempt's slots (before any password is checked); why it is refused, or None."""
    if await repository.take_login_slot(staff_id, client, at=at, window=LOCKOUT_WINDOW) > LOCKOUT_FAILURES:
        return "client"
    if await repository.take_login_slot(staff_id, "*", at=at, window=LOCKOUT_WINDOW) > ACCOUNT_LOCKOUT_FAILURES:
        return "account"
    return None


async def log_in(
    *, pool: asyncpg.Pool, email: str, password: str, clock: Clock, client: str | None = None
) -> Session | None:
    """A new session for the right e-mail and password of an active account, else None.

    ``client``: the caller's address. Its attempt is counted first (LOCKOUT_FAILURES per client
    and ACCOUNT_LOCKOUT_FAILURES per account within LOCKOUT_WINDOW); over either limit it is
    refused whatever the password (audited as LOGIN_LOCKED; the answer is the same None).
    """
    at = clock()
    key = client_key(client)
    async with pool.acquire() as conn:  # no transaction: each slot is committed before hashing
        repository = StaffRepository(conn)
        found = await repository.by_email(email.strip())
        refused = await _login_refused(repository, found[0].staff_id, key, at) if found else None
    password_hash = found[1] if found and found[1] else _DUMMY_HASH
    verified = await _verify(password_hash, password)
    async with UnitOfWork(pool) as uow:
        if refused or not (found and found[1] and verified and found[0].active):
            detail: dict[str, Any] = {"staff_id": str(found[0].staff_id) if found else None}
            if refused:
                detail["limit"] = refused
            await audit.append(
                uow.conn,
                schema=SCHEMA,
                case_id=None,
                actor="anonymous",
                action="LOGIN_LOCKED" if refused else "LOGIN_FAILED",
                detail=detail,
                at=at,
            )
            return None
        member = found[0]
        session = Session(session_id=secrets.token_urlsafe(32), csrf_token=secrets.token_urlsafe(32), member=member)
        sessions = StaffRepository(uow.conn)
        await sessions.give_back_login_slots(member.staff_id, key)
        await sessions.purge_login_slots(before=at - LOCKOUT_WINDOW)
        await sessions.purge_sessions(at=at)  # expired ones, anyone's: the table stays small
        await sessions.open_session(
            staff_id=member.staff_id,
            session_id=session.session_id,
            csrf_token=session.csrf_token,
            at=at,
            expires_at=at + SESSION_IDLE,
        )
        await audit.append(
            uow.conn,
            schema=SCHEMA,
            case_id=None,
            actor=member.actor,
            action="LOGIN",
            detail={"staff_id": str(member.staff_id)},
            at=at,
        )
    if HASHER.check_needs_rehash(password_hash):
        await update_staff(pool=pool, staff_id=member.staff_id, changed_by=member.actor, clock=clock, password=password)
    return session


async def session_member(*, pool: asyncpg.Pool, session_id: str, clock: Clock) -> Session | None:
    at = clock()
    async with pool.acquire() as conn:
        found = await StaffRepository(conn).session(session_id, at=at, idle_expiry=at + SESSION_IDLE)
    return Session(session_id=session_id, csrf_token=found[1], member=found[0]) if found else None


async def log_out(*, pool: asyncpg.Pool, session_id: str, clock: Clock) -> bool:
    """Ends the session on the server (its cookie no longer works anywhere); False if there was none."""
    async with UnitOfWork(pool) as uow:
        member = await StaffRepository(uow.conn).close_session(session_id)
        if member is None:
            return False
        await audit.append(
            uow.conn,
            schema=SCHEMA,
            case_id=None,
            actor=member.actor,
            action="LOGOUT",
            detail={"staff_id": str(member.staff_id)},
            at=clock(),
        )
    return True


async def issue_api_token(
    *,
    pool: asyncpg.Pool,
    staff_id: uuid.UUID,
    name: str,
    issued_by: str,
    clock: Clock,
    days: int | None = None,
) -> str:
    """A new API token for the member, working for ``days`` (default API_TOKEN_DAYS, at most
    API_TOKEN_MAX_DAYS; ValueError otherwise); the only time its value is ever available."""
    lifetime = api_token_lifetime(days)
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    at = clock()
    async with UnitOfWork(pool) as uow:
        repository = StaffRepository(uow.conn)
        if await repository.by_id(staff_id) is None:
            raise StaffNotFound(f"no staff member {staff_id}")
        token_id = await repository.add_token(
            staff_id=staff_id, name=name.strip() or "token", token=token, at=at, expires_at=at + lifetime
        )
        await audit.append(
            uow.conn,
            schema=SCHEMA,
            case_id=None,
            actor=issued_by,
            action="API_TOKEN_ISSUED",
            detail={"staff_id": str(staff_id), "token_id": str(token_id), "days": lifetime.days},
            at=at,
        )
    return token


async def revoke_api_token(
    *,
    pool: asyncpg.Pool,
    token_id: uuid.UUID,
    revoked_by: str,
    clock: Clock,
    member: StaffMember | None = None,
) -> bool:
    """Revokes an unrevoked token (False: none such). ``member``: the staff member asking (the
    web app), who may revoke only their own tokens unless they manage staff (NotYourToken,
    TokenNotFound); None is an operator (the CLI)."""
    at = clock()
    async with UnitOfWork(pool) as uow:
        repository = StaffRepository(uow.conn)
        if member is not None:
            token = await repository.token(token_id)
            if token is None:
                raise TokenNotFound(f"no API token {token_id}")
            if not member.may_manage_tokens_of(token.staff_id):
                raise NotYourToken("you may revoke only your own API tokens")
        revoked = await repository.revoke_token(token_id, at=at)
        if revoked:
            await audit.append(
                uow.conn,
                schema=SCHEMA,
                case_id=None,
                actor=revoked_by,
                action="API_TOKEN_REVOKED",
                detail={"token_id": str(token_id)},
                at=at,
            )
    return revoked


class TokenCache:
    """The members behind API tokens, each for ``ttl_seconds`` after the database vouched for it.

    Without it every API request cost a database round trip that also wrote the token's
    ``last_used_at`` (a row lock all requests with one token queued on, and a commit). Bound: a
    token revoked, or its member deactivated or given another role, by another process (the CLI,
    another intake instance) keeps working here for at most ``ttl_seconds``; ``clear`` (this
    process's own staff changes) ends that at once; ``ttl_seconds`` 0 turns the cache off.
    Keyed by the token's SHA-256, never the token; unknown tokens are not remembered.
    """

    def __init__(
        self, ttl_seconds: float = 5.0, *, max_entries: int = 1024, monotonic: Callable[[], float] = time.monotonic
    ) -> None:
        self.ttl_seconds = ttl_seconds
        self._max_entries = max_entries
        self._monotonic = monotonic
        self._members: dict[str, tuple[float, StaffMember]] = {}

    def get(self, digest: str) -> StaffMember | None:
        found = self._members.get(digest)
        if found is None:
            return None
        if self._monotonic() >= found[0]:
            del self._members[digest]
            return None
        return found[1]

    def put(self, digest: str, member: StaffMember) -> None:
        if self.ttl_seconds <= 0:
            return
        if len(self._members) >= self._max_entries:
            self._members.clear()  # many tokens at once is unusual: start again rather than track age
        self._members[digest] = (self._monotonic() + self.ttl_seconds, member)

    def clear(self) -> None:
        self._members.clear()


async def token_member(
    *, pool: asyncpg.Pool, token: str, clock: Clock, cache: TokenCache | None = None
) -> StaffMember | None:
    """The active member behind an unrevoked API token (from ``cache`` while it is fresh)."""
    if not token.startswith(TOKEN_PREFIX):
        return None
    digest = secret_digest(token)
    if cache is not None and (member := cache.get(digest)) is not None:
        return member
    async with pool.acquire() as conn:
        member = await StaffRepository(conn).token_owner(token, at=clock())
    if member is not None and cache is not None:
        cache.put(digest, member)
    return member


async def staff_by_email(*, pool: asyncpg.Pool, email: str) -> StaffMember | None:
    async with pool.acquire() as conn:
        found = await StaffRepository(conn).by_email(email)
    return found[0] if found else None


async def all_staff(*, pool: asyncpg.Pool) -> list[StaffMember]:
    async with pool.acquire() as conn:
        return await StaffRepository(conn).all()


async def api_tokens(*, pool: asyncpg.Pool, staff_id: uuid.UUID | None = None) -> list[ApiToken]:
    """A member's API tokens (everyone's when ``staff_id`` is None) with creation, expiry, last
    use (as of the token cache's bound) and revocation; never their values."""
    async with pool.acquire() as conn:
        return await StaffRepository(conn).tokens(staff_id)


async def record_case_access(
    *,
    pool: asyncpg.Pool,
    case_id: uuid.UUID | None,
    member: StaffMember,
    action: str,
    clock: Clock,
    detail: dict[str, Any] | None = None,
) -> None:
    """Who looked at or did what on a case, when: one entry in the audit chain."""
    async with UnitOfWork(pool) as uow:
        await audit.append(
            uow.conn,
            schema=SCHEMA,
            case_id=case_id,
            actor=member.actor,
            action=action,
            detail={"staff_id": str(member.staff_id), "role": member.role.value, **(detail or {})},
            at=clock(),
        )

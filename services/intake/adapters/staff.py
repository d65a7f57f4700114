"""Staff accounts, sessions and API tokens in intake's schema. Secrets are stored only hashed."""

from __future__ import annotations

import hashlib
import uuid
from datetime import datetime, timedelta
from typing import Any

import asyncpg

from services.intake.domain.staff import ApiToken, Role, StaffMember


def secret_digest(secret: str) -> str:
    """SHA-256 of a session id or API token: these are 256-bit random values, so a fast hash
    is enough (a password, being guessable, gets argon2 instead)."""
    return hashlib.sha256(secret.encode()).hexdigest()


def _member(row: asyncpg.Record) -> StaffMember:
    return StaffMember(
        staff_id=row["staff_id"],
        email=row["email"],
        display_name=row["display_name"],
        role=Role(row["role"]),
        active=row["active"],
    )


_COLUMNS = "s.staff_id, s.email, s.display_name, s.role, s.active"


class StaffRepository:
    def __init__(self, conn: asyncpg.Connection) -> None:
        self._conn = conn

    async def add(
        self, *, email: str, display_name: str, role: Role, password_hash: str | None, at: datetime
    ) -> StaffMember | None:
        """Insert an account; None when the e-mail address is taken (case-insensitively)."""
        row = await self._conn.fetchrow(
            f"""
            INSERT INTO intake.staff AS s (staff_id, email, display_name, role, password_hash, created_at, updated_at)
            VALUES ($1, $2, $3, $4, $5, $6, $6)
            ON CONFLICT (lower(email)) DO NOTHING
            RETURNING {_COLUMNS}
            """,
            uuid.uuid4(),
            email,
            display_name,
            role.value,
            password_hash,
            at,
        )
        return _member(row) if row else None

    async def update(self, staff_id: uuid.UUID, *, at: datetime, **changes: Any) -> StaffMember | None:
        """Change role, display_name, active or password_hash; a deactivated member loses every session."""
        allowed = {"role", "display_name", "active", "password_hash"}
        assert set(changes) <= allowed, set(changes) - allowed
        if not changes:
            return await self.by_id(staff_id)
        names = list(changes)
        assignments = ", ".join(f"{name} = ${index + 3}" for index, name in enumerate(names))
        values = [changes[name].value if isinstance(changes[name], Role) else changes[name] for name in names]
        row = await self._conn.fetchrow(
            f"UPDATE intake.staff AS s SET {assignments}, updated_at = $2 WHERE staff_id = $1 RETURNING {_COLUMNS}",
            staff_id,
            at,
            *values,
        )
        if row is not None and (changes.get("active") is False or "password_hash" in changes):
            await self._conn.execute("DELETE FROM intake.staff_sessions WHERE staff_id = $1", staff_id)
        return _member(row) if row else None

    async def by_id(self, staff_id: uuid.UUID) -> StaffMember | None:
        row = await self._conn.fetchrow(f"SELECT {_COLUMNS} FROM intake.staff s WHERE staff_id = $1", staff_id)
        return _member(row) if row else None

    async def by_email(self, email: str) -> tuple[StaffMember, str | None] | None:
        """The member and their password hash."""
        row = await self._conn.fetchrow(
            f"SELECT {_COLUMNS}, s.password_hash FROM intake.staff s WHERE lower(email) = lower($1)", email
        )
        return (_member(row), row["password_hash"]) if row else None

    async def all(self) -> list[StaffMember]:
        rows = await self._conn.fetch(f"SELECT {_COLUMNS} FROM intake.staff s ORDER BY lower(email)")
        return [_member(row) for row in rows]

    # --- the login throttle (intake.login_attempts) -----------------------------------------

    async def take_login_slot(self, staff_id: uuid.UUID, client_key: str, *, at: datetime, window: timedelta) -> int:
        """One more attempt at the account from ``client_key`` ('*': from anyone) within its
        window (a new window once the last one has passed); returns the count including this one.

        One statement, committed at once (never inside a transaction held while a password is
        checked): concurrent attempts queue on the row and each gets its own number.
        """
        count: int = await self._conn.fetchval(
            """
            INSERT INTO intake.login_attempts AS a (staff_id, client_key, window_start, attempts)
            VALUES ($1, $2, $3, 1)
            ON CONFLICT (staff_id, client_key) DO UPDATE
               SET attempts = CASE WHEN a.window_start <= $3 - $4::interval THEN 1 ELSE a.attempts + 1 END,
                   window_start = CASE WHEN a.window_start <= $3 - $4::interval THEN $3 ELSE a.window_start END
            RETURNING attempts
            """,
            staff_id,
            client_key,
            at,
            window,
        )
        return count

    async def give_back_login_slots(self, staff_id: uuid.UUID, client_key: str) -> None:
        """After a successful login: the client starts afresh and the account-wide count drops
        by the successful attempt (only failures stay counted against the account)."""
        await self._conn.execute(
            "DELETE FROM intake.login_attempts WHERE staff_id = $1 AND client_key = $2", staff_id, client_key
        )
        await self._conn.execute(
            "UPDATE intake.login_attempts SET attempts = greatest(attempts - 1, 0)"
            " WHERE staff_id = $1 AND client_key = '*'",
            staff_id,
        )

    async def purge_login_slots(self, *, before: datetime) -> None:
        await self._conn.execute("DELETE FROM intake.login_attempts WHERE window_start <= $1", before)

    # --- sessions --------------------------------------------------------------------------

    async def open_session(
        self, *, staff_id: uuid.UUID, session_id: str, csrf_token: str, at: datetime, expires_at: datetime
    ) -> None:
        await self._conn.execute(
            "INSERT INTO intake.staff_sessions (session_hash, staff_id, csrf_token, created_at, expires_at,"
            " last_seen_at) VALUES ($1, $2, $3, $4, $5, $4)",
            secret_digest(session_id),
            staff_id,
            csrf_token,
            at,
            expires_at,
        )

    async def session(self, session_id: str, *, at: datetime, idle_expiry: datetime) -> tuple[StaffMember, str] | None:
        """The live session's member and CSRF token; touching it slides its idle expiry."""
        row = await self._conn.fetchrow(
            f"""
            UPDATE intake.staff_sessions AS ss
               SET last_seen_at = $2, expires_at = LEAST(ss.created_at + interval '12 hours', $3)
              FROM intake.staff s
             WHERE ss.session_hash = $1 AND ss.expires_at > $2 AND s.staff_id = ss.staff_id AND s.active
            RETURNING {_COLUMNS}, ss.csrf_token
            """,
            secret_digest(session_id),
            at,
            idle_expiry,
        )
        return (_member(row), row["csrf_token"]) if row else None

    async def close_session(self, session_id: str) -> StaffMember | None:
        """Ends the session; its member (None when there was no such session)."""
        row = await self._conn.fetchrow(
            f"""
            DELETE FROM intake.staff_sessions AS ss USING intake.staff s
             WHERE ss.session_hash = $1 AND s.staff_id = ss.staff_id
            RETURNING {_COLUMNS}
            """,
            secret_digest(session_id),
        )
        return _member(row) if row else None

    async def purge_sessions(self, *, at: datetime) -> int:
        status = await self._conn.execute("DELETE FROM intake.staff_sessions WHERE expires_at <= $1", at)
        return int(status.split()[-1])

    # --- API tokens ------------------------------------------------------------------------

    async def add_token(
        self, *, staff_id: uuid.UUID, name: str, token: str, at: datetime, expires_at: datetime
    ) -> uuid.UUID:
        token_id = uuid.uuid4()
        await self._conn.execute(
            "INSERT INTO intake.api_tokens (token_id, staff_id, name, token_hash, created_at, expires_at)"
            " VALUES ($1, $2, $3, $4, $5, $6)",
            token_id,
            staff_id,
            name,
            secret_digest(token),
            at,
            expires_at,
        )
        return token_id

    async def token_owner(self, token: str, *, at: datetime) -> StaffMember | None:
        """The active member behind an unrevoked, unexpired token; records the token's use."""
        row = await self._conn.fetchrow(
            f"""
            UPDATE intake.api_tokens AS t SET last_used_at = $2
              FROM intake.staff s
             WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND t.expires_at > $2
               AND s.staff_id = t.staff_id AND s.active
            RETURNING {_COLUMNS}
            """,
            secret_digest(token),
            at,
        )
        return _member(row) if row else None

    async def tokens(self, staff_id: uuid.UUID | None = None) -> list[ApiToken]:
        """A member's API tokens (everyone's when ``staff_id`` is None), oldest first."""
        rows = await self._conn.fetch(
            "SELECT token_id, staff_id, name, created_at, expires_at, last_used_at, revoked_at FROM intake.api_tokens"
            " WHERE $1::uuid IS NULL OR staff_id = $1 ORDER BY created_at, token_id",
            staff_id,
        )
        return [ApiToken(**dict(row)) for row in rows]

    async def token(self, token_id: uuid.UUID) -> ApiToken | None:
        row = await self._conn.fetchrow(
            "SELECT token_id, staff_id, name, created_at, expires_at, last_used_at, revoked_at FROM intake.api_tokens"
            " WHERE token_id = $1",
            token_id,
        )
        return ApiToken(**dict(row)) if row else None

    async def revoke_token(self, token_id: uuid.UUID, *, at: datetime) -> bool:
        status = await self._conn.execute(
            "UPDATE intake.api_tokens SET revoked_at = $2 WHERE token_id = $1 AND revoked_at IS NULL", token_id, at
        )
        return bool(status.endswith(" 1"))

"""The account directory (notify's copy) and counsel of record named through notify: sealed,
found by blind indexes (``adapters.sealing``)."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from datetime import datetime
from typing import Any

import asyncpg

from services.notify.adapters.sealing import (
    APPOINTMENT_SEALED,
    appointment_aad,
    entry_aad,
    handle_key,
    lookup_index,
    lookup_keys,
)
from services.notify.domain.records import Appointment, DirectoryEntry
from shared.crypto import Vault
from shared.db import vault_of


def _entry(opened: Mapping[str, Any]) -> DirectoryEntry:
    return DirectoryEntry(
        handle=opened["handle"], contact_email=opened.get("contact_email"), counsel=opened.get("counsel")
    )


class PostgresContactRepository:
    """``notify.contacts`` (the directory) and ``notify.counsel_appointments``."""

    def __init__(self, conn: asyncpg.Connection) -> None:
        self._conn = conn

    @property
    def _vault(self) -> Vault:
        return vault_of(self._conn)

    async def upsert(self, entries: Iterable[Mapping[str, Any]]) -> int:
        vault = self._vault
        rows = []
        for e in entries:
            handle = str(e["handle"]).removeprefix("@")
            key = handle_key(vault, handle)
            entry = {"handle": handle, "contact_email": e.get("contact_email"), "counsel": e.get("counsel")}
            rows.append(
                (key, [lookup_index(vault, k) for k in lookup_keys(e)], vault.seal_json(entry, aad=entry_aad(key)))
            )
        await self._conn.executemany(
            """
            INSERT INTO notify.contacts (handle_key, lookup_keys, sealed_entry) VALUES ($1, $2, $3)
            ON CONFLICT (handle_key) DO UPDATE SET lookup_keys = EXCLUDED.lookup_keys, entry = NULL,
                                                  sealed_entry = EXCLUDED.sealed_entry, updated_at = now()
            """,
            rows,
        )
        return len(rows)

    async def matching(self, targets: Iterable[str], *, case_id: uuid.UUID | None = None) -> list[DirectoryEntry]:
        """Directory entries the targets name, each with the newest counsel of record named
        through the API or a user's link (for the account, or for this case) in place of the
        directory's."""
        keys = sorted({target.removeprefix("@").lower() for target in targets})
        if not keys:
            return []
        vault = self._vault
        rows = await self._conn.fetch(
            "SELECT handle_key, sealed_entry FROM notify.contacts WHERE lookup_keys && $1::text[]",
            [lookup_index(vault, key) for key in keys],
        )
        opened = [vault.open_json(row["sealed_entry"], aad=entry_aad(row["handle_key"])) for row in rows]
        entries = {entry["handle"].lower(): _entry(entry) for entry in opened}
        appointed = await self.appointed(sorted(set(keys) | set(entries)), case_id=case_id)
        for key, appointment in appointed.items():
            found = entries.get(key) or DirectoryEntry(handle=appointment.handle)
            entries[key] = replace(found, counsel=appointment.counsel())
        return list(entries.values())

    async def entry(self, handle: str) -> DirectoryEntry | None:
        key = handle_key(self._vault, handle)
        stored = await self._conn.fetchval("SELECT sealed_entry FROM notify.contacts WHERE handle_key = $1", key)
        return _entry(self._vault.open_json(stored, aad=entry_aad(key))) if stored is not None else None

    async def appointed(self, handles: Sequence[str], *, case_id: uuid.UUID | None = None) -> dict[str, Appointment]:
        """The newest counsel appointed per (lower-cased) handle: for the account, or for ``case_id``."""
        vault = self._vault
        rows = await self._conn.fetch(
            """
            SELECT DISTINCT ON (handle_key) appointment_id, handle, name, email, organization
              FROM notify.counsel_appointments
             WHERE handle_key = ANY($1::text[]) AND (case_id IS NULL OR case_id = $2)
             ORDER BY handle_key, id DESC
            """,
            [handle_key(vault, h) for h in handles],
            case_id,
        )
        appointed = {}
        for row in rows:
            handle, name, email, organization = (
                vault.open_opt(row[c], aad=appointment_aad(c, row["appointment_id"])) for c in APPOINTMENT_SEALED
            )
            assert handle is not None and name is not None and email is not None, "NOT NULL columns"
            appointed[handle.lower()] = Appointment(handle=handle, name=name, email=email, organization=organization)
        return appointed

    async def appoint(
        self,
        *,
        handle: str,
        name: str,
        email: str,
        organization: str | None,
        source: str,
        named_by: str,
        case_id: uuid.UUID | None,
        at: datetime,
    ) -> None:
        vault = self._vault
        appointment = uuid.uuid4()
        sealed = {
            c: vault.seal_opt(v, aad=appointment_aad(c, appointment))
            for c, v in (("handle", handle), ("name", name), ("email", email), ("organization", organization))
        }
        await self._conn.execute(
            """
            INSERT INTO notify.counsel_appointments (appointment_id, handle_key, handle, name, email, organization,
                                                     source, named_by, case_id, at)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
            """,
            appointment,
            handle_key(vault, handle),
            sealed["handle"],
            sealed["name"],
            sealed["email"],
            sealed["organization"],
            source,
            named_by,
            case_id,
            at,
        )

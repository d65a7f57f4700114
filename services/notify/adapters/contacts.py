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
    handle_keys,
    lookup_index,
    lookup_keys,
    target_lookup_keys,
)
from services.notify.domain.records import Appointment, DirectoryEntry
from shared.crypto import Vault
from shared.db import vault_of
from shared.handles import handle_candidates, normalize_handle


def _entry(opened: Mapping[str, Any]) -> DirectoryEntry:
    return DirectoryEntry(
        handle=opened["handle"], contact_email=opened.get("contact_email"), counsel=opened.get("counsel")
    )


class PostgresContactRepository:
    """``notify.contacts`` (the directory), ``notify.counsel_appointments`` and the single-use links
    already used (``notify.single_use_links``: counsel's links and data stewards' hold links)."""

    def __init__(self, conn: asyncpg.Connection) -> None:
        self._conn = conn

    @property
    def _vault(self) -> Vault:
        return vault_of(self._conn)

    async def upsert(self, entries: Iterable[Mapping[str, Any]]) -> int:
        """Load directory entries, each replacing the one for its handle (also one stored under
        the handle's key from before ``shared.handles``: the entry moves to its new key)."""
        vault = self._vault
        rows = []
        moved: list[str] = []
        for e in entries:
            handle = str(e["handle"]).removeprefix("@")
            key, *old_keys = handle_keys(vault, handle)
            moved += old_keys
            entry = {"handle": handle, "contact_email": e.get("contact_email"), "counsel": e.get("counsel")}
            rows.append(
                (key, [lookup_index(vault, k) for k in lookup_keys(e)], vault.seal_json(entry, aad=entry_aad(key)))
            )
        if moved:
            await self._conn.execute("DELETE FROM notify.contacts WHERE handle_key = ANY($1::text[])", moved)
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
        targets = list(targets)
        keys = sorted({key for target in targets for key in target_lookup_keys(target)})
        if not keys:
            return []
        vault = self._vault
        rows = await self._conn.fetch(
            "SELECT handle_key, sealed_entry FROM notify.contacts WHERE lookup_keys && $1::text[]",
            [lookup_index(vault, key) for key in keys],
        )
        opened = [vault.open_json(row["sealed_entry"], aad=entry_aad(row["handle_key"])) for row in rows]
        entries = {normalize_handle(entry["handle"]): _entry(entry) for entry in opened}
        named = {key for target in targets for key in handle_candidates(target)}
        appointed = await self.appointed(sorted(named | set(entries)), case_id=case_id)
        for key, appointment in appointed.items():
            found = entries.get(key) or DirectoryEntry(handle=appointment.handle)
            entries[key] = replace(found, counsel=appointment.counsel())
        return list(entries.values())

    async def entry(self, handle: str) -> DirectoryEntry | None:
        keys = handle_keys(self._vault, handle)
        row = await self._conn.fetchrow(
            "SELECT handle_key, sealed_entry FROM notify.contacts WHERE handle_key = ANY($1::text[])"
            " ORDER BY array_position($1::text[], handle_key) LIMIT 1",
            keys,
        )
        if row is None:
            return None
        return _entry(self._vault.open_json(row["sealed_entry"], aad=entry_aad(row["handle_key"])))

    async def appointed(self, handles: Sequence[str], *, case_id: uuid.UUID | None = None) -> dict[str, Appointment]:
        """The newest counsel appointed per handle (``normalize_handle``): for the account, or for ``case_id``."""
        vault = self._vault
        rows = await self._conn.fetch(
            """
            SELECT DISTINCT ON (handle_key) appointment_id, handle, name, email, organization, id
              FROM notify.counsel_appointments
             WHERE handle_key = ANY($1::text[]) AND (case_id IS NULL OR case_id = $2)
             ORDER BY handle_key, id DESC
            """,
            sorted({key for h in handles for key in handle_keys(vault, h)}),
            case_id,
        )
        appointed = {}
        for row in sorted(rows, key=lambda row: row["id"]):  # the newest last, whatever key it is under
            handle, name, email, organization = (
                vault.open_opt(row[c], aad=appointment_aad(c, row["appointment_id"])) for c in APPOINTMENT_SEALED
            )
            assert handle is not None and name is not None and email is not None, "NOT NULL columns"
            appointed[normalize_handle(handle)] = Appointment(
                handle=handle, name=name, email=email, organization=organization
            )
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
    ) -> uuid.UUID:
        """Record counsel named for ``handle`` (or for one case); the appointment's id."""
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
        return appointment

    async def consume_link(self, *, notice_id: uuid.UUID, appointment_id: uuid.UUID | None, at: datetime) -> bool:
        """Use the link of ``notice_id`` (to name counsel, or to acknowledge a hold): False if it was
        used already. A concurrent use waits here for the other's transaction, and finds the link
        used if that one commits."""
        used = await self._conn.fetchval(
            "INSERT INTO notify.single_use_links (notice_id, appointment_id, used_at) VALUES ($1, $2, $3)"
            " ON CONFLICT (notice_id) DO NOTHING RETURNING true",
            notice_id,
            appointment_id,
            at,
        )
        return bool(used)

    async def link_used(self, notice_id: uuid.UUID) -> bool:
        """Whether the link of ``notice_id`` was used already."""
        return bool(
            await self._conn.fetchval("SELECT true FROM notify.single_use_links WHERE notice_id = $1", notice_id)
        )

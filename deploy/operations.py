"""The operations the `dueprocess` command, `dueprocess up`, `dueprocess staff`, the tests and
the benches share: migrating every schema and the services' roles, seeding the account
directory, sealing and re-sealing personal data, the secret files, and the operators'
`audit` and `dlq` commands. Imports no command-line module (deploy/cli.py imports it)."""

from __future__ import annotations

import asyncio
import json
import os
import secrets
import sys
import time
import uuid
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import asyncpg
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from shared.audit import export_case, load_signing_key, verify
from shared.contracts import AuditCheckpoint
from shared.crypto import Vault
from shared.db import create_pool, grant_service_role, migrate, schema_migrations
from shared.sealing import reseal_column, stale_count
from shared.settings import ServiceRole, Settings

SERVICES = ("intake", "review", "notify")


async def migrate_all(database_url: str, *, roles: Sequence[ServiceRole] = ()) -> dict[str, list[str]]:
    """Apply every service's migrations to its own schema, as the owner, then create or update
    each service's role (``shared.settings.ServiceRole``: its own schema only); returns what was applied."""
    conn = await asyncpg.connect(database_url)
    try:
        applied = {
            service: await migrate(
                conn,
                schema=service,
                migrations=schema_migrations(schema=service, package=f"services.{service}.adapters.migrations"),
            )
            for service in SERVICES
        }
        for role in roles:
            await grant_service_role(
                conn,
                schema=role.schema,
                role=role.name,
                password=role.password,
                other_schemas=[s for s in SERVICES if s != role.schema],
            )
        return applied
    finally:
        await conn.close()


def service_roles(settings: Settings) -> list[ServiceRole]:
    """The roles of the services that have one configured (the others use DUEPROCESS_DATABASE_URL)."""
    return [role for service in SERVICES if (role := settings.service_role(service)) is not None]


async def load_accounts(
    database_url: str, entries: list[dict[str, Any]], *, urls: Mapping[str, str] | None = None
) -> int:
    """Seed each service's projection of the account directory (review's and notify's, each
    through ``urls[service]`` when given: the service's own role)."""
    # The services' layers load when an operation needs them: the command line starts without them.
    from services.notify.service_layer.services import load_contacts
    from services.review.service_layer.services import load_accounts as load_review_accounts

    urls = urls or {}
    pool = await create_pool(urls.get("review", database_url), max_size=2)
    try:
        await load_review_accounts(pool=pool, entries=entries)
    finally:
        await pool.close()
    pool = await create_pool(urls.get("notify", database_url), max_size=2)
    try:
        return await load_contacts(pool=pool, entries=entries)
    finally:
        await pool.close()


async def rotate_keys(settings: Settings, *, batch: int = 500, say: Callable[[str], None] = print) -> int:
    """`dueprocess keys rotate`: seal what was stored before encryption at rest (a one-off
    migration), then re-seal every sealed value under the current data key, schema by schema,
    each through the service's own role. Batched, resumable, safe while the services run.
    Returns how many values are still not under the current key (0: done)."""
    from services.intake.adapters import sealing as intake_sealing
    from services.notify.adapters import sealing as notify_sealing
    from services.review.adapters import sealing as review_sealing

    # Events on Kafka are never rewritten: a new event key (listed first) seals new events, and the
    # keys after it open older ones for as long as they stay in the ring (the topics' retention).
    events = settings.event_ring()
    if events is not None:
        older = [key_id for key_id in events.cipher.keys if key_id != events.current]
        say(
            f"event keys: new events are sealed under {events.current}"
            + (f"; events under {', '.join(older)} still open while those keys stay listed" if older else "")
        )
    # Each service's sealed columns and its one-off sealing of rows stored before encryption at rest.
    sealings = {"intake": intake_sealing, "review": review_sealing, "notify": notify_sealing}
    vault = settings.data_vault()
    if vault is None:
        raise SystemExit(
            "dueprocess keys rotate: set DUEPROCESS_DATA_KEYS (or _FILE) and DUEPROCESS_BLIND_INDEX_KEY (or _FILE)"
        )
    left = 0
    for service in SERVICES:
        sealing = sealings[service]
        pool = await create_pool(settings.service_database_url(service), max_size=1, vault=vault)
        try:
            async with pool.acquire() as conn:
                legacy = 0
                while done := await sealing.seal_legacy_rows(conn, vault, batch):
                    legacy += done
                    say(f"{service}: sealed {legacy} rows stored before encryption at rest")
                for column in sealing.SEALED_COLUMNS:
                    moved = await reseal_column(
                        conn,
                        column,
                        vault,
                        batch=batch,
                        progress=lambda where, n: say(f"{where}: {n} re-sealed under {vault.cipher.current}"),
                    )
                    stale = await stale_count(conn, column, vault)
                    left += stale
                    if moved or stale:
                        say(
                            f"{column.table}.{column.column}: {moved} re-sealed"
                            + (
                                f", {stale} still under another key (written by a service not yet using "
                                f"{vault.cipher.current}? run again)"
                                if stale
                                else ""
                            )
                        )
        finally:
            await pool.close()
    say(f"every sealed value is under {vault.cipher.current}" if not left else f"{left} values left: run again")
    return left


def read_accounts_file(path: Path) -> list[dict[str, Any]]:
    try:
        entries = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise SystemExit(f"dueprocess: cannot read the accounts file {path}: {exc}") from exc
    if not isinstance(entries, list) or not all(isinstance(e, dict) and e.get("handle") for e in entries):
        raise SystemExit(f"dueprocess: {path} must be a JSON list of accounts, each with a 'handle'")
    return entries


def init_secrets(folder: Path) -> list[Path]:
    """`dueprocess keys init DIR`: the files a deployment without a secret store reads its secrets
    from (DUEPROCESS_*_FILE): a data key, the blind-index key, the event key ring and a password per service role,
    each made once (0600) and never overwritten. Returns the files it made."""
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    wanted = {
        "data-keys": f"k{time.strftime('%Y%m%d')}:{Vault.generate_key()}",
        "blind-index-key": Vault.generate_key(),
        "event-keys": f"e{time.strftime('%Y%m%d')}:{Vault.generate_key()}",
        **{f"db-{service}-password": secrets.token_urlsafe(24) for service in SERVICES},
    }
    made = []
    for name, value in wanted.items():
        path = folder / name
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            continue
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(value + "\n")
        made.append(path)
    return made


def write_private(path: Path, text: str) -> None:
    """Replace ``path`` with ``text``, readable by its owner only (0600) from the first byte."""
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.chmod(temporary, 0o600)
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)


async def audit_checkpoints(settings: Settings, *, file: Path | None) -> list[AuditCheckpoint]:
    """The audit checkpoints `audit verify` checks against: from ``file`` (offline), or every one
    the checkpoint topic holds. A broker that does not answer leaves none (said on stderr)."""
    # The Kafka client loads for this command only.
    from aiokafka.errors import KafkaError

    from shared.audit_checkpoint import read_checkpoint_file, read_checkpoint_topic
    from shared.kafka import client_security

    if file is not None:
        found = await asyncio.to_thread(read_checkpoint_file, file)
    else:
        try:
            async with asyncio.timeout(30):
                found = await read_checkpoint_topic(
                    settings.kafka_bootstrap, prefix=settings.kafka_topic_prefix, security=client_security(settings)
                )
        except (KafkaError, OSError, TimeoutError) as exc:
            print(f"dueprocess audit verify: no checkpoint read from Kafka ({type(exc).__name__})", file=sys.stderr)
            return []
    for where in found.unreadable:
        print(f"dueprocess audit verify: not a checkpoint: {where}", file=sys.stderr)
    return found.checkpoints


def trusted_audit_keys(settings: Settings, public_keys: Sequence[str] = ()) -> list[Ed25519PublicKey]:
    """The keys whose checkpoints `audit verify` trusts: DUEPROCESS_AUDIT_SIGNING_KEY's, and any
    public key given (base64, as `dueprocess audit public-key` prints it)."""
    from shared.audit_checkpoint import configured_key, parse_public_key

    keys = [parse_public_key(text) for text in public_keys]
    if (key := configured_key(settings)) is not None:
        keys.append(key.public_key())
    return keys


def audit_public_key(settings: Settings) -> str:
    """`dueprocess audit public-key`: what verifiers trust checkpoints and exports by."""
    from shared.audit_checkpoint import configured_key, public_key_text

    key = configured_key(settings)
    assert key is not None, "DUEPROCESS_AUDIT_SIGNING_KEY is not set"
    return public_key_text(key)


async def audit_verify(
    database_url: str,
    *,
    schemas: Sequence[str],
    checkpoints: Sequence[AuditCheckpoint] = (),
    trusted_keys: Sequence[Ed25519PublicKey] = (),
    require_checkpoint: bool = False,
) -> int:
    """Print each schema's verdict, its chain checked against its newest trusted checkpoint;
    1 when any chain is broken or cut short, or a checkpoint is refused (forged, or an untrusted
    key's), or (``require_checkpoint``) a schema has no trusted checkpoint."""
    from shared.audit_checkpoint import judge

    if checkpoints and not trusted_keys:
        print(
            f"{len(checkpoints)} checkpoint(s) not used: no trusted key "
            "(set DUEPROCESS_AUDIT_SIGNING_KEY or give --public-key)"
        )
    judged = judge(checkpoints if trusted_keys else (), trusted_keys)
    failed = 0
    conn = await asyncpg.connect(database_url)
    try:
        for schema in schemas:
            checkpoint = judged.trusted.get(schema)
            breaks = await verify(conn, schema=schema, checkpoint=checkpoint)
            entries = await conn.fetchval(f'SELECT count(*) FROM "{schema}".audit_log')
            anchor = (
                f"the checkpoint of entry {checkpoint.seq} signed at "
                f"{checkpoint.signed_at.isoformat(timespec='seconds')} holds"
                if checkpoint is not None
                else "no trusted checkpoint (entries deleted at the tail would not show)"
            )
            if breaks:
                failed += 1
                print(f"{schema}: BROKEN ({len(breaks)} problem(s) in {entries} entries)")
                for item in breaks:
                    print(f"  entry {item.seq}: {item.problem}")
            elif checkpoint is None and require_checkpoint:
                failed += 1
                print(f"{schema}: UNANCHORED ({entries} entries); {anchor}")
            else:
                print(f"{schema}: intact ({entries} entries); {anchor}")
    finally:
        await conn.close()
    for refused, why in judged.refused:
        failed += 1
        print(
            f"{refused.service}: checkpoint of entry {refused.seq} (signed at "
            f"{refused.signed_at.isoformat(timespec='seconds')}) REFUSED: {why}"
        )
    return 1 if failed else 0


async def audit_export(settings: Settings, *, case_id: str, output: Path | None, schemas: Sequence[str]) -> int:
    """Each schema's trail of the case, signed. With the configured key each also carries a signed
    checkpoint of its schema's chain head, staged in the schema's outbox for the checkpoint topic
    when the last published checkpoints could be read and the head extends them. Exit 1 when a
    chain no longer holds its last checkpoint's entry (nothing is signed for it)."""
    from aiokafka.errors import KafkaError

    from shared.audit_checkpoint import ChainCut, judge, read_checkpoint_topic, stage_checkpoint
    from shared.kafka import client_security

    try:
        case = uuid.UUID(case_id)
    except ValueError:
        print(f"dueprocess audit export: {case_id!r} is not a case id", file=sys.stderr)
        return 2
    key_text = settings.audit_signing_key.get_secret_value().encode() if settings.audit_signing_key else None
    if key_text is None:
        print(
            "dueprocess audit export: DUEPROCESS_AUDIT_SIGNING_KEY is not set; signing with a one-off key "
            "(its public key is in the export) and without checkpoints",
            file=sys.stderr,
        )
    key = load_signing_key(key_text)
    vault = settings.data_vault()
    previous: dict[str, AuditCheckpoint] | None = None
    if key_text is not None:
        try:
            async with asyncio.timeout(15):
                found = await read_checkpoint_topic(
                    settings.kafka_bootstrap, prefix=settings.kafka_topic_prefix, security=client_security(settings)
                )
            previous = judge(found.checkpoints, [key.public_key()]).trusted
        except (KafkaError, OSError, TimeoutError) as exc:
            print(
                f"dueprocess audit export: the published checkpoints cannot be read ({type(exc).__name__}): "
                "checkpoints go in the export only",
                file=sys.stderr,
            )
        if vault is None:
            print("dueprocess audit export: no data keys: checkpoints go in the export only", file=sys.stderr)
    cut = 0
    pool = await create_pool(settings.database_url, max_size=1, vault=vault)
    try:
        async with pool.acquire() as conn:
            now = datetime.now(UTC)
            exports = {}
            for schema in schemas:
                checkpoint = None
                if key_text is not None:
                    try:
                        checkpoint = await stage_checkpoint(
                            conn,
                            schema=schema,
                            key=key,
                            at=now,
                            previous=(previous or {}).get(schema),
                            publish=previous is not None and vault is not None,
                        )
                    except ChainCut as exc:
                        cut += 1
                        print(
                            f"dueprocess audit export: {schema}: {exc}: the trail was cut; no checkpoint signed "
                            "(see `dueprocess audit verify`)",
                            file=sys.stderr,
                        )
                exports[schema] = await export_case(
                    conn,
                    schema=schema,
                    case_id=case,
                    key=key,
                    exported_at=now,
                    checkpoint=checkpoint.model_dump(mode="json") if checkpoint is not None else None,
                )
    finally:
        await pool.close()
    text = json.dumps(exports, indent=2, ensure_ascii=False)
    if output is None:
        print(text)
    else:
        await asyncio.to_thread(output.write_text, text + "\n", encoding="utf-8")
        print(f"wrote {output}", file=sys.stderr)
    return 1 if cut else 0


async def dlq_list(settings: Settings, *, as_json: bool) -> int:
    # The Kafka client loads for the dlq commands only: every other command starts without it.
    from shared.dlq import list_dead_letters
    from shared.kafka import client_security

    letters = await list_dead_letters(
        settings.kafka_bootstrap, prefix=settings.kafka_topic_prefix, security=client_security(settings)
    )
    summaries = [letter.summary() for letter in letters]
    if as_json:
        print(json.dumps(summaries, indent=2))
    else:
        for s in summaries:
            print(
                f"{s['dead_letter']}  from {s['source']}  consumer {s['consumer']}  attempts {s['attempts']}"
                f"  case {s['case_id'] or '-'}\n    {s['error']}"
            )
        print(f"{len(summaries)} dead letter(s)")
    return 0


async def dlq_replay(settings: Settings, *, consumer: str | None) -> int:
    from shared.dlq import replay_dead_letters
    from shared.kafka import client_security

    replayed = await replay_dead_letters(
        settings.kafka_bootstrap,
        prefix=settings.kafka_topic_prefix,
        consumer=consumer,
        security=client_security(settings),
    )
    print(f"replayed {len(replayed)} dead letter(s)")
    return 0

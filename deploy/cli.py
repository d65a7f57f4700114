"""The `dueprocess` command: run the system, migrate, submit, inspect, assess offline."""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import tempfile
from datetime import UTC, date, datetime
from pathlib import Path
from types import ModuleType
from typing import Any

from deploy import reference, staff
from deploy.client import status, submit
from deploy.localinfra.smtp_sink import list_messages
from deploy.operations import (
    SERVICES,
    audit_checkpoints,
    audit_export,
    audit_public_key,
    audit_verify,
    dlq_list,
    dlq_replay,
    init_secrets,
    load_accounts,
    migrate_all,
    read_accounts_file,
    rotate_keys,
    service_roles,
    trusted_audit_keys,
)
from shared.crypto import Vault
from shared.db import create_pool
from shared.settings import Settings, load_settings


def _settings() -> Settings:
    return load_settings()


def _bootstrap(service: str) -> ModuleType:
    """The service's wiring, imported only for the service that runs (as every service module
    below: a command loads only the services it uses)."""
    if service == "intake":
        from services.intake import bootstrap as intake

        return intake
    if service == "review":
        from services.review import bootstrap as review

        return review
    from services.notify import bootstrap as notify

    return notify


def _cmd_migrate(args: argparse.Namespace) -> int:
    settings = _settings()
    roles = service_roles(settings)
    applied = asyncio.run(migrate_all(settings.database_url, roles=roles))
    for schema, versions in applied.items():
        print(f"{schema}: {', '.join(versions) if versions else 'up to date'}")
    for role in roles:
        print(f"{role.schema}: role {role.name} (its schema only)")
    return 0


def _cmd_keys(args: argparse.Namespace) -> int:
    if args.keys_command == "generate":
        print(Vault.generate_key())
        return 0
    if args.keys_command == "init":
        made = init_secrets(Path(args.dir))
        print(f"made {', '.join(p.name for p in made)} in {args.dir}" if made else f"{args.dir}: every secret exists")
        return 0
    try:
        left = asyncio.run(rotate_keys(_settings(), batch=args.batch, say=lambda line: print(line, flush=True)))
    except Exception as exc:
        print(f"dueprocess keys rotate: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    return 0 if left == 0 else 3


def _cmd_accounts(args: argparse.Namespace) -> int:
    settings = _settings()
    path = args.file or settings.accounts_file
    if path is None:
        print("dueprocess accounts load: give a FILE or set DUEPROCESS_ACCOUNTS_FILE", file=sys.stderr)
        return 2
    count = asyncio.run(
        load_accounts(
            settings.database_url,
            read_accounts_file(Path(path)),
            urls={s: settings.service_database_url(s) for s in SERVICES},
        )
    )
    print(f"loaded {count} accounts")
    return 0


def _cmd_serve(args: argparse.Namespace) -> int:
    """Run a service on uvloop (libuv: a fifth of a service's CPU was the asyncio loop itself),
    or on asyncio's own loop where uvloop is not installed."""
    try:
        import uvloop
    except ImportError:
        asyncio.run(_bootstrap(args.service).run(_settings()))
    else:
        uvloop.run(_bootstrap(args.service).run(_settings()))
    return 0


def _cmd_up(args: argparse.Namespace) -> int:
    # The local servers' machinery (and the Kafka admin client) loads for `up` only.
    from deploy.up import run_up

    return run_up(data_dir=Path(args.data_dir), broker=args.broker)


def _api_token(settings: Settings) -> str | None:
    """DUEPROCESS_API_TOKEN (or _FILE): the intake API token `submit` and `status` send."""
    return settings.api_token.get_secret_value() if settings.api_token else None


def _cmd_submit(args: argparse.Namespace) -> int:
    settings = _settings()
    return submit(path=Path(args.file), base_url=args.url or settings.public_base_url, token=_api_token(settings))


def _cmd_status(args: argparse.Namespace) -> int:
    settings = _settings()
    return status(
        case_id=args.case_id,
        base_url=args.url or settings.public_base_url,
        as_json=args.json,
        token=_api_token(settings),
    )


class EmlUnreadable(Exception):
    """An .eml that `assess` cannot read; printed, exit 2."""


def extract_case_from_eml(path: Path, *, now: str | None) -> tuple[dict[str, Any], list[str]]:
    """Intake's extraction of one .eml (offline: no database), as the case JSON and its triage reasons."""
    from services.intake.bootstrap import email_ingestion
    from services.intake.service_layer.email import LimitExceeded, analyse_sync

    try:
        raw = path.read_bytes()
    except FileNotFoundError as exc:
        raise EmlUnreadable(f"{path}: no such file") from exc
    except OSError as exc:
        raise EmlUnreadable(f"{path}: cannot read: {exc}") from exc
    try:
        moment = datetime.fromisoformat(now) if now else datetime.now(UTC)
    except ValueError as exc:
        raise EmlUnreadable(f"--now {now!r}: not an ISO-8601 date-time") from exc
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    config = email_ingestion(_settings())
    try:
        analysis = analyse_sync(raw, config=config, received_at=moment)
    except LimitExceeded as exc:
        raise EmlUnreadable(f"{path}: refused: {exc}") from exc
    finally:
        config.pdf.close()
    return analysis.extraction.case.model_dump(mode="json"), list(analysis.extraction.triage_reasons)


def _cmd_assess(args: argparse.Namespace) -> int:
    from services.review.entrypoints.cli import main as assess_main

    path = Path(args.path)
    accounts = Path(args.accounts) if args.accounts else None
    if path.suffix.lower() != ".eml":
        return assess_main(path=path, accounts_file=accounts, now=args.now, as_json=args.json, received=args.received)
    # An e-mail: intake's extraction makes the case, the review assesses it as it would any case.
    try:
        case, reasons = extract_case_from_eml(path, now=args.now)
    except EmlUnreadable as exc:
        print(f"dueprocess assess: {exc}", file=sys.stderr)
        return 2
    for reason in reasons:
        print(f"dueprocess assess: NEEDS_TRIAGE: {reason}", file=sys.stderr)
    with tempfile.TemporaryDirectory(prefix="dueprocess-assess-") as folder:
        case_file = Path(folder) / "case.json"
        case_file.write_text(json.dumps(case, ensure_ascii=False), encoding="utf-8")
        received = args.received or _message_date(path)
        return assess_main(path=case_file, accounts_file=accounts, now=args.now, as_json=args.json, received=received)


def _message_date(path: Path) -> str | None:
    """An e-mail's own Date header (ISO-8601), standing in for its receipt offline; None if it has none."""
    import email
    import email.utils

    try:
        header = email.message_from_bytes(path.read_bytes())["Date"]
        moment = email.utils.parsedate_to_datetime(str(header)) if header else None
    except (OSError, ValueError, TypeError):
        return None
    return moment.isoformat() if moment is not None and moment.tzinfo is not None else None


def _cmd_mail(args: argparse.Namespace) -> int:
    for message in list_messages(Path(args.dir)):
        print(f"{message['Date']}  to {message['To']}  {message['Subject']}")
    return 0


def _cmd_audit(args: argparse.Namespace) -> int:
    settings = _settings()
    if args.audit_command == "verify":
        return asyncio.run(_audit_verify(settings, args))
    if args.audit_command == "public-key":
        if settings.audit_signing_key is None:
            print("dueprocess audit public-key: DUEPROCESS_AUDIT_SIGNING_KEY is not set", file=sys.stderr)
            return 2
        print(audit_public_key(settings))
        return 0
    return asyncio.run(
        audit_export(
            settings, case_id=args.case_id, output=Path(args.output) if args.output else None, schemas=SERVICES
        )
    )


async def _audit_verify(settings: Settings, args: argparse.Namespace) -> int:
    try:
        trusted = trusted_audit_keys(settings, args.public_key)
    except ValueError as exc:
        print(f"dueprocess audit verify: not an Ed25519 public key: {exc}", file=sys.stderr)
        return 2
    checkpoints = await audit_checkpoints(settings, file=Path(args.checkpoint) if args.checkpoint else None)
    return await audit_verify(
        settings.database_url,
        schemas=SERVICES,
        checkpoints=checkpoints,
        trusted_keys=trusted,
        require_checkpoint=args.require_checkpoint,
    )


def _cmd_dlq(args: argparse.Namespace) -> int:
    settings = _settings()
    if args.dlq_command == "list":
        return asyncio.run(dlq_list(settings, as_json=args.json))
    return asyncio.run(dlq_replay(settings, consumer=args.consumer))


async def transparency(database_url: str, *, period_from: str, period_to: str, output_format: str, band: int) -> int:
    """`dueprocess report transparency`: intake's banded transparency report, printed."""
    from services.intake.service_layer.reports import transparency_report

    try:
        start, end = date.fromisoformat(period_from), date.fromisoformat(period_to)
    except ValueError as exc:
        print(f"dueprocess report transparency: dates are YYYY-MM-DD: {exc}", file=sys.stderr)
        return 2
    pool = await create_pool(database_url, max_size=1)
    try:
        report = await transparency_report(pool=pool, period_from=start, period_to=end, band=band)
    except ValueError as exc:
        print(f"dueprocess report transparency: {exc}", file=sys.stderr)
        return 2
    finally:
        await pool.close()
    if output_format == "json":
        print(json.dumps(report.as_json(), indent=2, ensure_ascii=False))
    elif output_format == "csv":
        sys.stdout.write(report.csv())
    else:
        sys.stdout.write(report.table())
    return 0


def _cmd_report(args: argparse.Namespace) -> int:
    return asyncio.run(
        transparency(
            _settings().database_url,
            period_from=args.period_from,
            period_to=args.period_to,
            output_format=args.format,
            band=args.band,
        )
    )


def _cmd_staff(args: argparse.Namespace) -> int:
    return staff.run_staff_command(_settings().database_url, args)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="dueprocess", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    up = sub.add_parser("up", help="run the whole system locally (PostgreSQL, a Kafka broker, SMTP sink, services)")
    up.add_argument("--data-dir", default=".dueprocess", help="where the local servers keep their data")
    up.add_argument(
        "--broker",
        choices=("auto", "apache", "tansu"),
        default="auto",
        help="auto: Apache Kafka when Java and the cached jars are there, Tansu otherwise",
    )
    up.set_defaults(func=_cmd_up)

    sub.add_parser(
        "migrate",
        help="apply the versioned SQL migrations of every service (as the owner, "
        "DUEPROCESS_DATABASE_URL) and create or update each service's role",
    ).set_defaults(func=_cmd_migrate)

    keys = sub.add_parser("keys", help="the data keys that seal personal data at rest (and the event key ring's state)")
    keys_sub = keys.add_subparsers(dest="keys_command", required=True)
    rotate = keys_sub.add_parser(
        "rotate",
        help="re-seal every sealed value under the current key (and seal rows "
        "stored before encryption at rest); batched, resumable, safe while services run",
    )
    rotate.add_argument("--batch", type=int, default=500, help="rows per transaction (default 500)")
    keys_sub.add_parser("generate", help="print a new random 32-byte key (base64): a data key or the blind-index key")
    init = keys_sub.add_parser(
        "init",
        help="make the secret files a deployment reads (data key, blind-index key, "
        "a password per service role) in DIR, once; existing files are kept",
    )
    init.add_argument("dir")
    keys.set_defaults(func=_cmd_keys)

    accounts = sub.add_parser("accounts", help="the platform's account directory")
    accounts_sub = accounts.add_subparsers(dest="accounts_command", required=True)
    load = accounts_sub.add_parser("load", help="load a directory JSON file (docs/domain.md's format)")
    load.add_argument("file", nargs="?", help="defaults to DUEPROCESS_ACCOUNTS_FILE")
    load.set_defaults(func=_cmd_accounts)

    serve = sub.add_parser("serve", help="run one service in the foreground")
    serve.add_argument("service", choices=SERVICES)
    serve.set_defaults(func=_cmd_serve)

    submit = sub.add_parser("submit", help="submit a case JSON file or an e-mail (.eml); prints the case id")
    submit.add_argument("file")
    submit.add_argument("--url", help="intake's base URL (default DUEPROCESS_PUBLIC_BASE_URL)")
    submit.set_defaults(func=_cmd_submit)

    status = sub.add_parser("status", help="a case, its review and its notices")
    status.add_argument("case_id")
    status.add_argument("--json", action="store_true")
    status.add_argument("--url", help="intake's base URL (default DUEPROCESS_PUBLIC_BASE_URL)")
    status.set_defaults(func=_cmd_status)

    assess = sub.add_parser("assess", help="review one case JSON or e-mail (.eml) offline (no Kafka, no database)")
    assess.add_argument("path")
    assess.add_argument("--accounts", help="account directory JSON file")
    assess.add_argument("--now", help="ISO-8601 date-time to assess at (default: now)")
    assess.add_argument(
        "--received",
        help="ISO-8601 date-time the demand was received (default: its service date; an e-mail's Date header). "
        "Periods counted from receipt, such as an emergency's end, never count from --now",
    )
    assess.add_argument("--json", action="store_true")
    assess.set_defaults(func=_cmd_assess)
    audit = sub.add_parser("audit", help="the tamper-evident audit trail")
    audit_sub = audit.add_subparsers(dest="audit_command", required=True)
    verify = audit_sub.add_parser(
        "verify",
        help="check every schema's hash chain against its newest signed checkpoint; exit 1 on any break, "
        "a truncated tail or a refused checkpoint",
    )
    verify.add_argument(
        "--checkpoint",
        metavar="FILE",
        help="read checkpoints from this JSON file (a checkpoint, a list, or an audit export) instead of Kafka",
    )
    verify.add_argument(
        "--public-key",
        action="append",
        default=[],
        metavar="BASE64",
        help="also trust checkpoints signed by this key (`audit public-key`; e.g. the key before a rotation)",
    )
    verify.add_argument(
        "--require-checkpoint", action="store_true", help="exit 1 when a schema has no trusted checkpoint"
    )
    audit_sub.add_parser("public-key", help="the public key of DUEPROCESS_AUDIT_SIGNING_KEY (base64), for verifiers")
    export = audit_sub.add_parser("export", help="a case's audit trail, signed (Ed25519), for a court")
    export.add_argument("case_id")
    export.add_argument("--output", "-o", help="file to write (default: standard output)")
    audit.set_defaults(func=_cmd_audit)

    dlq = sub.add_parser("dlq", help="messages a consumer gave up on")
    dlq_sub = dlq.add_subparsers(dest="dlq_command", required=True)
    dlq_list_parser = dlq_sub.add_parser("list", help="every dead letter with its reason (no payloads)")
    dlq_list_parser.add_argument("--json", action="store_true")
    replay = dlq_sub.add_parser("replay", help="publish not-yet-replayed dead letters back to their topic")
    replay.add_argument("--consumer", help="only this consumer group's dead letters (e.g. review.received)")
    dlq.set_defaults(func=_cmd_dlq)

    report = sub.add_parser("report", help="reports computed from intake's read model")
    report_sub = report.add_subparsers(dest="report_command", required=True)
    transparency_parser = report_sub.add_parser(
        "transparency", help="demands received in [FROM, TO): counts as bands, outcomes, notices, medians"
    )
    transparency_parser.add_argument(
        "--from", dest="period_from", required=True, metavar="DATE", help="first day received (YYYY-MM-DD, UTC)"
    )
    transparency_parser.add_argument(
        "--to", dest="period_to", required=True, metavar="DATE", help="the day after the last one (not included)"
    )
    transparency_parser.add_argument("--format", choices=("table", "csv", "json"), default="table")
    transparency_parser.add_argument(
        "--band",
        type=int,
        default=250,
        help="band width of the counts (default 250; 1 shows exact counts: internal only)",
    )
    report.set_defaults(func=_cmd_report)

    staff.add_parser(sub, func=_cmd_staff)
    reference.add_parser(sub)

    mail = sub.add_parser("mail", help="list what the local SMTP sink of `dueprocess up` received")
    mail.add_argument("dir", nargs="?", default=".dueprocess/mail")
    mail.set_defaults(func=_cmd_mail)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())

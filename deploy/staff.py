"""`dueprocess staff …`: intake's staff accounts and API tokens, from an operator's shell.

Every change goes through intake's service layer (argon2id passwords, hashed tokens, one
audit entry per change, the acting operator named as ``cli:<user>``). A token is printed
once, on standard output; nothing else is printed there, so ``$(dueprocess staff token …)``
captures exactly the token.
"""

from __future__ import annotations

import asyncio
import getpass
import json
import os
import secrets
import sys
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import asyncpg

from deploy.operations import migrate_all, write_private
from services.intake.adapters.staff import secret_digest
from services.intake.domain.staff import API_TOKEN_DAYS, API_TOKEN_MAX_DAYS, ApiToken, Role, StaffMember, WeakPassword
from shared.db import create_pool


class StaffCommandError(Exception):
    """A refusal to print (exit 2): weak password, unknown e-mail, duplicate account …"""


def utc_now() -> datetime:
    return datetime.now(UTC)


def operator() -> str:
    """Who ran the command, as the audit chain names them."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = str(os.getuid()) if hasattr(os, "getuid") else "unknown"
    return f"cli:{user}"


def read_password(*, password_file: str | None, no_password: bool, email: str, required: bool) -> str | None:
    """The new password: from a file ('-' is standard input), typed twice at a terminal, or none.

    ``required`` False (``staff set``): no file means no change. Raises StaffCommandError.
    """
    if no_password:
        return None
    if password_file is not None:
        try:
            text = sys.stdin.read() if password_file == "-" else Path(password_file).read_text(encoding="utf-8")
        except OSError as exc:
            raise StaffCommandError(f"cannot read the password file {password_file}: {exc}") from exc
        password = text.rstrip("\r\n")
        if not password:
            raise StaffCommandError(f"the password file {password_file} is empty")
        return password
    if not required:
        return None
    if not sys.stdin.isatty():
        raise StaffCommandError(
            "no terminal to ask for a password: give --password-file FILE (or - for standard "
            "input), or --no-password for an API-only account"
        )
    first = getpass.getpass(f"password for {email}: ")
    if getpass.getpass("again: ") != first:
        raise StaffCommandError("the two passwords differ; nothing was changed")
    return first


def _service() -> Any:
    """The service layer, imported when a command runs (it hashes a dummy password on import)."""
    from services.intake.service_layer import staff

    return staff


async def _pool(database_url: str) -> asyncpg.Pool:
    await migrate_all(database_url)  # like `up`: the staff tables exist before they are used
    return await create_pool(database_url, max_size=2)


async def _member(pool: asyncpg.Pool, email: str) -> StaffMember:
    member: StaffMember | None = await _service().staff_by_email(pool=pool, email=email.strip())
    if member is None:
        raise StaffCommandError(f"no staff account for {email} (see dueprocess staff list)")
    return member


async def add_staff(
    pool: asyncpg.Pool, *, email: str, role: Role, name: str | None, password: str | None, actor: str
) -> StaffMember:
    """Raises StaffCommandError for a weak password or an existing account."""
    if "@" not in email or email.strip() != email or len(email) > 320:
        raise StaffCommandError(f"{email!r} is not an e-mail address")
    try:
        member: StaffMember = await _service().create_staff(
            pool=pool,
            email=email,
            display_name=name or email,
            role=role,
            password=password,
            created_by=actor,
            clock=utc_now,
        )
    except WeakPassword as exc:
        raise StaffCommandError(f"weak password: {exc}") from exc
    except _service().StaffExists as exc:
        raise StaffCommandError(f"{exc} (change it with dueprocess staff set)") from exc
    return member


async def issue_token(
    pool: asyncpg.Pool, *, member: StaffMember, name: str, actor: str, days: int | None = None
) -> tuple[str, uuid.UUID]:
    """A new API token for ``member`` and its id (the id is what revocation names); it works for
    ``days`` (default API_TOKEN_DAYS). Raises StaffCommandError for a lifetime out of range."""
    try:
        token = await _service().issue_api_token(
            pool=pool, staff_id=member.staff_id, name=name, issued_by=actor, clock=utc_now, days=days
        )
    except ValueError as exc:
        raise StaffCommandError(str(exc)) from exc
    token_id = await pool.fetchval("SELECT token_id FROM intake.api_tokens WHERE token_hash = $1", secret_digest(token))
    return token, token_id


async def _run(database_url: str, command: str, **options: Any) -> int:
    pool = await _pool(database_url)
    actor = operator()
    try:
        if command == "add":
            member = await add_staff(
                pool,
                email=options["email"],
                role=Role(options["role"]),
                name=options["name"],
                password=options["password"],
                actor=actor,
            )
            login = "password login" if options["password"] is not None else "API tokens only"
            print(f"added {member.email} ({member.role.value}, {login}); id {member.staff_id}")
        elif command == "list":
            await _list(pool, as_json=options["as_json"])
        elif command == "set":
            member = await _member(pool, options["email"])
            if all(options[key] is None for key in ("role", "active", "password", "name")):
                raise StaffCommandError(
                    "nothing to change: give --role, --active/--inactive, --password-file or --name"
                )
            try:
                changed = await _service().update_staff(
                    pool=pool,
                    staff_id=member.staff_id,
                    changed_by=actor,
                    clock=utc_now,
                    role=Role(options["role"]) if options["role"] else None,
                    active=options["active"],
                    password=options["password"],
                    display_name=options["name"],
                )
            except WeakPassword as exc:
                raise StaffCommandError(f"weak password: {exc}") from exc
            print(
                f"{changed.email}: {changed.role.value}, {'active' if changed.active else 'inactive'}"
                + (" (password changed; sessions ended)" if options["password"] is not None else "")
            )
        elif command == "token":
            member = await _member(pool, options["email"])
            if not member.active:
                raise StaffCommandError(
                    f"{member.email} is inactive; activate it first (dueprocess staff set {member.email} --active)"
                )
            token, token_id = await issue_token(
                pool, member=member, name=options["name"], actor=actor, days=options["days"]
            )
            print(token)
            days = options["days"] or API_TOKEN_DAYS
            print(
                f"dueprocess staff token: API token {token_id} for {member.email} ({member.role.value}), valid for "
                f"{days} days. It is shown only this once; send it as 'Authorization: Bearer <token>' or set "
                f"DUEPROCESS_API_TOKEN. Revoke it with: dueprocess staff revoke {token_id}",
                file=sys.stderr,
            )
        elif command == "tokens":
            await _list_tokens(pool, email=options["email"], as_json=options["as_json"])
        elif command == "revoke":
            try:
                token_id = uuid.UUID(options["token_id"])
            except ValueError as exc:
                raise StaffCommandError(
                    f"{options['token_id']!r} is not a token id (see dueprocess staff tokens)"
                ) from exc
            if not await _service().revoke_api_token(pool=pool, token_id=token_id, revoked_by=actor, clock=utc_now):
                raise StaffCommandError(f"no unrevoked API token {token_id} (see dueprocess staff tokens)")
            print(f"revoked API token {token_id}")
        else:  # pragma: no cover - argparse names the commands
            raise AssertionError(command)
    except StaffCommandError as exc:
        print(f"dueprocess staff {command}: {exc}", file=sys.stderr)
        return 2
    finally:
        await pool.close()
    return 0


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def _token_entry(token: ApiToken, *, at: datetime, email: str | None = None) -> dict[str, Any]:
    entry: dict[str, Any] = {"email": email} if email is not None else {}
    return entry | {
        "token_id": str(token.token_id),
        "name": token.name,
        "state": token.state(at),
        "created_at": _iso(token.created_at),
        "expires_at": _iso(token.expires_at),
        "last_used_at": _iso(token.last_used_at),
        "revoked_at": _iso(token.revoked_at),
    }


def _token_line(token: dict[str, Any]) -> str:
    state = (
        f"revoked {token['revoked_at']}"
        if token["revoked_at"]
        else f"{token['state']}, expires {token['expires_at']}, last used {token['last_used_at'] or 'never'}"
    )
    return f"token {token['token_id']}  {token['name']}  created {token['created_at']}  {state}"


async def _list(pool: asyncpg.Pool, *, as_json: bool) -> None:
    members = await _service().all_staff(pool=pool)
    tokens: list[ApiToken] = await _service().api_tokens(pool=pool)
    at = utc_now()
    listing = [
        {
            "staff_id": str(member.staff_id),
            "email": member.email,
            "name": member.display_name,
            "role": member.role.value,
            "active": member.active,
            "tokens": [_token_entry(t, at=at) for t in tokens if t.staff_id == member.staff_id],
        }
        for member in members
    ]
    if as_json:
        print(json.dumps(listing, indent=2, ensure_ascii=False))
        return
    for entry in listing:
        print(
            f"{entry['email']:<36} {entry['role']:<13} {'active' if entry['active'] else 'INACTIVE':<9} {entry['name']}"
        )
        for token in entry["tokens"]:
            print(f"    {_token_line(token)}")
    print(f"{len(listing)} staff account(s)")


async def _list_tokens(pool: asyncpg.Pool, *, email: str | None, as_json: bool) -> None:
    """`staff tokens [EMAIL]`: API tokens (one account's, or everyone's) with creation, expiry,
    last use and state; never their values."""
    members = {member.staff_id: member for member in await _service().all_staff(pool=pool)}
    owner = await _member(pool, email) if email else None
    tokens: list[ApiToken] = await _service().api_tokens(pool=pool, staff_id=owner.staff_id if owner else None)
    at = utc_now()
    listing = [_token_entry(t, at=at, email=members[t.staff_id].email) for t in tokens]
    if as_json:
        print(json.dumps(listing, indent=2, ensure_ascii=False))
        return
    for token in listing:
        print(f"{token['email']:<36} {_token_line(token)}")
    print(f"{len(listing)} API token(s)")


def run_staff_command(database_url: str, args: Any) -> int:
    """`dueprocess staff …` as parsed by deploy/cli.py."""
    command = args.staff_command
    try:
        if command == "add":
            password = read_password(
                password_file=args.password_file, no_password=args.no_password, email=args.email, required=True
            )
            return asyncio.run(
                _run(database_url, "add", email=args.email, role=args.role, name=args.name, password=password)
            )
        if command == "set":
            password = read_password(
                password_file=args.password_file, no_password=False, email=args.email, required=False
            )
            return asyncio.run(
                _run(
                    database_url,
                    "set",
                    email=args.email,
                    role=args.role,
                    active=args.active,
                    password=password,
                    name=args.name,
                )
            )
        if command == "list":
            return asyncio.run(_run(database_url, "list", as_json=args.json))
        if command == "token":
            return asyncio.run(_run(database_url, "token", email=args.email, name=args.name, days=args.days))
        if command == "tokens":
            return asyncio.run(_run(database_url, "tokens", email=args.email, as_json=args.json))
        return asyncio.run(_run(database_url, "revoke", token_id=args.token_id))
    except StaffCommandError as exc:
        print(f"dueprocess staff {command}: {exc}", file=sys.stderr)
        return 2
    except (OSError, asyncpg.PostgresError) as exc:
        print(
            f"dueprocess staff {command}: the database is not reachable ({type(exc).__name__}: {exc}); "
            "set DUEPROCESS_DATABASE_URL",
            file=sys.stderr,
        )
        return 1


def add_parser(sub: Any, *, func: Any) -> None:
    """The `staff` command group, for deploy/cli.py's parser; ``func`` runs it."""
    roles = [role.value for role in Role]
    staff = sub.add_parser("staff", help="intake's staff accounts, roles and API tokens")
    staff.set_defaults(func=func)
    staff_sub = staff.add_subparsers(dest="staff_command", required=True)

    add = staff_sub.add_parser("add", help="a new staff account (asks for the password at a terminal)")
    add.add_argument("email")
    add.add_argument("--role", required=True, choices=roles)
    add.add_argument("--name", help="display name (default: the e-mail address)")
    password = add.add_mutually_exclusive_group()
    password.add_argument("--password-file", metavar="FILE", help="read the password from FILE (- : standard input)")
    password.add_argument("--no-password", action="store_true", help="no password login: API tokens only")

    listing = staff_sub.add_parser("list", help="every account with its role and API tokens (never their values)")
    listing.add_argument("--json", action="store_true")

    change = staff_sub.add_parser("set", help="change an account's role, name, password, or (de)activate it")
    change.add_argument("email")
    change.add_argument("--role", choices=roles)
    change.add_argument("--name", help="new display name")
    active = change.add_mutually_exclusive_group()
    active.add_argument("--active", dest="active", action="store_true", default=None)
    active.add_argument(
        "--inactive", dest="active", action="store_false", help="no more logins or API calls; ends every session"
    )
    change.add_argument("--password-file", metavar="FILE", help="new password from FILE (- : standard input)")

    token = staff_sub.add_parser("token", help="a new API token for the account, printed once")
    token.add_argument("email")
    token.add_argument("--name", default="cli", help="what the token is for (shown in staff tokens)")
    token.add_argument(
        "--days",
        type=int,
        default=None,
        help=f"how long the token works (default {API_TOKEN_DAYS}, at most {API_TOKEN_MAX_DAYS})",
    )

    tokens = staff_sub.add_parser(
        "tokens", help="API tokens (an account's, or everyone's) with creation, expiry and last use"
    )
    tokens.add_argument("email", nargs="?")
    tokens.add_argument("--json", action="store_true")

    revoke = staff_sub.add_parser("revoke", help="revoke an API token by its id (from staff tokens)")
    revoke.add_argument("token_id")


# --- the demo logins of `dueprocess up` ------------------------------------------------------

DEMO_STAFF = (
    ("admin@dueprocess.local", Role.ADMIN, "Demo Administrator"),
    ("counsel@dueprocess.local", Role.COUNSEL, "Demo Counsel"),
    ("legal-ops@dueprocess.local", Role.LEGAL_OPS, "Demo Legal Ops"),
    ("clerk@dueprocess.local", Role.INTAKE_CLERK, "Demo Intake Clerk"),
)
DEMO_TOKEN_OWNER = "legal-ops@dueprocess.local"  # submits and follows cases; no decisions
CREDENTIALS_FILE = "staff-logins.txt"
API_TOKEN_FILE = "api-token"


def read_credentials(path: Path) -> dict[str, str]:
    """E-mail → password from a credentials file (``# comments``; ``email  role  password``)."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        return {}
    found = {}
    for line in lines:
        parts = line.split()
        if len(parts) == 3 and not line.startswith("#"):
            found[parts[0].lower()] = parts[2]
    return found


def credentials_text(logins: list[tuple[str, Role, str]], *, login_url: str) -> str:
    width = max(len(email) for email, _, _ in logins) + 2
    lines = [
        "# dueprocess demo staff logins, made by `dueprocess up`. Keep this file private (0600).",
        f"# Log in at {login_url}",
        "# e-mail".ljust(width) + "role".ljust(14) + "password",
    ]
    lines += [email.ljust(width) + role.value.ljust(14) + password for email, role, password in logins]
    return "\n".join(lines) + "\n"


async def ensure_demo_staff(database_url: str, *, data_dir: Path, login_url: str) -> tuple[Path, Path, list[str]]:
    """The four demo accounts with random passwords kept in ``data_dir`` (0600) and an API
    token for the CLI (legal ops), made on the first start and reused after; a demo account
    whose password is not in the file gets a new one. Returns (credentials file, token file,
    the e-mail addresses created or given a new password this time)."""
    service = _service()
    credentials_path, token_path = data_dir / CREDENTIALS_FILE, data_dir / API_TOKEN_FILE
    known = read_credentials(credentials_path)
    changed: list[str] = []
    logins: list[tuple[str, Role, str]] = []
    pool = await create_pool(database_url, max_size=2)
    try:
        for email, role, name in DEMO_STAFF:
            password = known.get(email)
            member = await service.staff_by_email(pool=pool, email=email)
            if member is None or password is None:
                password = secrets.token_urlsafe(15)  # 20 characters, 120 bits
                changed.append(email)
            if member is None:
                await service.create_staff(
                    pool=pool,
                    email=email,
                    display_name=name,
                    role=role,
                    password=password,
                    created_by="dueprocess up",
                    clock=utc_now,
                )
            elif email in changed:
                await service.update_staff(
                    pool=pool, staff_id=member.staff_id, changed_by="dueprocess up", clock=utc_now, password=password
                )
            logins.append((email, role, password))
        if changed:
            write_private(credentials_path, credentials_text(logins, login_url=login_url))
        token = token_path.read_text(encoding="utf-8").strip() if token_path.exists() else ""
        if not token or await service.token_member(pool=pool, token=token, clock=utc_now) is None:
            owner = await _member(pool, DEMO_TOKEN_OWNER)
            token, _ = await issue_token(pool, member=owner, name="dueprocess up (CLI)", actor="dueprocess up")
            write_private(token_path, token + "\n")
    finally:
        await pool.close()
    return credentials_path, token_path, changed

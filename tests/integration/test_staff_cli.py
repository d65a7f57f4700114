"""`dueprocess staff …` against a real PostgreSQL: accounts, roles and API tokens from the shell."""

from __future__ import annotations

import asyncio
import io
import json
import sys
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import asyncpg
import pytest

from deploy.cli import main
from services.intake.domain.staff import API_TOKEN_DAYS, API_TOKEN_MAX_DAYS
from services.intake.service_layer import staff as staff_service

pytestmark = pytest.mark.integration


def now() -> datetime:
    return datetime.now(UTC)


async def dueprocess(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """Run the command in a thread (it runs its own event loop); exit code, stdout, stderr."""
    code = await asyncio.to_thread(main, list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def cli_env(database_url: str, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("DUEPROCESS_DATABASE_URL", database_url)
    return database_url


async def test_add_list_set_token_and_revoke(
    cli_env: str, pool: asyncpg.Pool, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    secret = tmp_path / "password"
    secret.write_text("correct horse battery staple\n")
    code, out, err = await dueprocess(
        capsys,
        "staff",
        "add",
        "Ada@Example.org",
        "--role",
        "COUNSEL",
        "--name",
        "Ada L.",
        "--password-file",
        str(secret),
    )
    assert code == 0, err
    assert "Ada@Example.org (COUNSEL, password login)" in out
    stored = await pool.fetchrow("SELECT role, password_hash FROM intake.staff WHERE email = 'Ada@Example.org'")
    assert stored["role"] == "COUNSEL" and stored["password_hash"].startswith("$argon2id$")
    assert (
        await staff_service.log_in(
            pool=pool, email="ada@example.org", password="correct horse battery staple", clock=now
        )
        is not None
    )

    # The same address again (any case), a weak password, an unknown address: refused, exit 2.
    code, _, err = await dueprocess(capsys, "staff", "add", "ada@example.org", "--role", "ADMIN", "--no-password")
    assert code == 2 and "exists already" in err
    weak = tmp_path / "weak"
    weak.write_text("short")
    code, _, err = await dueprocess(
        capsys, "staff", "add", "bo@example.org", "--role", "LEGAL_OPS", "--password-file", str(weak)
    )
    assert code == 2 and "weak password" in err and "12" in err
    code, _, err = await dueprocess(capsys, "staff", "token", "nobody@example.org")
    assert code == 2 and "no staff account for nobody@example.org" in err
    code, _, err = await dueprocess(capsys, "staff", "set", "nobody@example.org", "--role", "ADMIN")
    assert code == 2 and "no staff account" in err
    assert await pool.fetchval("SELECT count(*) FROM intake.staff") == 1

    # The token is the only line on stdout, works once issued, and is stored only as its hash.
    code, out, err = await dueprocess(capsys, "staff", "token", "ada@example.org", "--name", "laptop")
    assert code == 0, err
    token = out.strip()
    assert token.startswith("dp_") and "\n" not in token
    token_id = uuid.UUID(err.split("API token ")[1].split()[0])
    member = await staff_service.token_member(pool=pool, token=token, clock=now)
    assert member is not None and member.email == "Ada@Example.org"
    assert await pool.fetchval("SELECT count(*) FROM intake.api_tokens WHERE token_hash = $1", token) == 0

    code, out, _ = await dueprocess(capsys, "staff", "list", "--json")
    listing = json.loads(out)
    assert [(entry["email"], entry["role"], entry["active"]) for entry in listing] == [
        ("Ada@Example.org", "COUNSEL", True)
    ]
    assert listing[0]["tokens"][0]["token_id"] == str(token_id) and listing[0]["tokens"][0]["name"] == "laptop"
    assert token not in out

    code, out, err = await dueprocess(capsys, "staff", "set", "ada@example.org", "--role", "ADMIN", "--inactive")
    assert code == 0, err
    assert "ADMIN, inactive" in out
    assert await staff_service.token_member(pool=pool, token=token, clock=now) is None  # inactive: no API
    code, _, err = await dueprocess(capsys, "staff", "token", "ada@example.org")
    assert code == 2 and "inactive" in err
    code, _, _ = await dueprocess(capsys, "staff", "set", "ada@example.org", "--active")
    assert code == 0
    assert await staff_service.token_member(pool=pool, token=token, clock=now) is not None

    code, out, err = await dueprocess(capsys, "staff", "revoke", str(token_id))
    assert code == 0, err
    assert await staff_service.token_member(pool=pool, token=token, clock=now) is None
    code, _, err = await dueprocess(capsys, "staff", "revoke", str(token_id))
    assert code == 2 and "no unrevoked API token" in err
    code, _, err = await dueprocess(capsys, "staff", "revoke", "not-an-id")
    assert code == 2

    actions = [row["action"] for row in await pool.fetch("SELECT action FROM intake.audit_log ORDER BY seq")]
    assert actions == [
        "STAFF_CREATED",
        "LOGIN",
        "API_TOKEN_ISSUED",
        "STAFF_CHANGED",
        "STAFF_CHANGED",
        "API_TOKEN_REVOKED",
    ]
    creator = await pool.fetchval("SELECT actor FROM intake.audit_log WHERE action = 'STAFF_CREATED'")
    assert creator.startswith("cli:")


async def test_tokens_lists_creation_expiry_and_last_use_and_days_sets_the_lifetime(
    cli_env: str, pool: asyncpg.Pool, capsys: pytest.CaptureFixture[str]
) -> None:
    """`dueprocess staff tokens [EMAIL]` (issue 15, finding 10): every token, or an account's,
    with creation, expiry (default API_TOKEN_DAYS; `token --days N` within the maximum), last
    use and state; never a token's value."""
    for email in ("ada@example.org", "bo@example.org"):
        code, _, err = await dueprocess(capsys, "staff", "add", email, "--role", "LEGAL_OPS", "--no-password")
        assert code == 0, err
    code, ada_token, err = await dueprocess(capsys, "staff", "token", "ada@example.org", "--name", "laptop")
    assert code == 0 and f"valid for {API_TOKEN_DAYS} days" in err
    code, bo_token, err = await dueprocess(capsys, "staff", "token", "bo@example.org", "--days", "7")
    assert code == 0 and "valid for 7 days" in err
    code, _, err = await dueprocess(capsys, "staff", "token", "bo@example.org", "--days", str(API_TOKEN_MAX_DAYS + 1))
    assert code == 2 and f"1 to {API_TOKEN_MAX_DAYS} days" in err
    assert await staff_service.token_member(pool=pool, token=ada_token.strip(), clock=now) is not None

    code, out, err = await dueprocess(capsys, "staff", "tokens", "--json")
    assert code == 0, err
    listing = {entry["email"]: entry for entry in json.loads(out)}
    assert set(listing) == {"ada@example.org", "bo@example.org"}
    ada, bo = listing["ada@example.org"], listing["bo@example.org"]
    assert ada["name"] == "laptop" and ada["state"] == "active" and ada["last_used_at"] is not None
    assert bo["last_used_at"] is None
    for entry, days in ((ada, API_TOKEN_DAYS), (bo, 7)):
        lifetime = datetime.fromisoformat(entry["expires_at"]) - datetime.fromisoformat(entry["created_at"])
        assert lifetime == timedelta(days=days)
    assert ada_token.strip() not in out and bo_token.strip() not in out

    code, out, err = await dueprocess(capsys, "staff", "tokens", "bo@example.org")
    assert code == 0, err
    (line,) = [line for line in out.splitlines() if line.startswith("bo@example.org")]
    assert bo["token_id"] in line and "expires" in line and "last used never" in line
    assert "ada@example.org" not in out and out.strip().endswith("1 API token(s)")
    code, out, _ = await dueprocess(capsys, "staff", "revoke", bo["token_id"])
    assert code == 0
    code, out, _ = await dueprocess(capsys, "staff", "tokens", "bo@example.org", "--json")
    assert json.loads(out)[0]["state"] == "revoked"
    code, _, err = await dueprocess(capsys, "staff", "tokens", "nobody@example.org")
    assert code == 2 and "no staff account" in err


async def test_api_only_account_and_no_terminal(
    cli_env: str, pool: asyncpg.Pool, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, err = await dueprocess(
        capsys, "staff", "add", "robot@example.org", "--role", "INTAKE_CLERK", "--no-password"
    )
    assert code == 0, err
    assert "API tokens only" in out
    assert await pool.fetchval("SELECT password_hash FROM intake.staff") is None
    # No password file and no terminal to ask at: refused before anything is written.
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    code, _, err = await dueprocess(capsys, "staff", "add", "ops@example.org", "--role", "LEGAL_OPS")
    assert code == 2 and "--password-file" in err
    assert await pool.fetchval("SELECT count(*) FROM intake.staff") == 1


async def test_up_makes_the_demo_logins_once_and_reuses_them(
    database_url: str, pool: asyncpg.Pool, tmp_path: Path
) -> None:
    from deploy.staff import ensure_demo_staff, read_credentials

    logins, token_file, renewed = await ensure_demo_staff(
        database_url, data_dir=tmp_path, login_url="http://127.0.0.1:8080/login"
    )
    assert sorted(renewed) == [
        "admin@dueprocess.local",
        "clerk@dueprocess.local",
        "counsel@dueprocess.local",
        "legal-ops@dueprocess.local",
    ]
    for path in (logins, token_file):
        assert path.stat().st_mode & 0o777 == 0o600
    passwords = read_credentials(logins)
    roles = {}
    for email, password in passwords.items():
        session = await staff_service.log_in(pool=pool, email=email, password=password, clock=now)
        assert session is not None, email
        roles[email] = session.member.role.value
    assert roles == {
        "admin@dueprocess.local": "ADMIN",
        "counsel@dueprocess.local": "COUNSEL",
        "legal-ops@dueprocess.local": "LEGAL_OPS",
        "clerk@dueprocess.local": "INTAKE_CLERK",
    }
    token = token_file.read_text().strip()
    owner = await staff_service.token_member(pool=pool, token=token, clock=now)
    assert owner is not None and owner.email == "legal-ops@dueprocess.local"

    # A later start: the same passwords, the same token, nothing new.
    again = await ensure_demo_staff(database_url, data_dir=tmp_path, login_url="http://127.0.0.1:8080/login")
    assert again[2] == [] and read_credentials(logins) == passwords and token_file.read_text().strip() == token
    assert await pool.fetchval("SELECT count(*) FROM intake.api_tokens") == 1

    # A revoked token is replaced; a password missing from the file is set anew and written down.
    token_id = await pool.fetchval("SELECT token_id FROM intake.api_tokens")
    await staff_service.revoke_api_token(pool=pool, token_id=token_id, revoked_by="test", clock=now)
    logins.write_text("\n".join(line for line in logins.read_text().splitlines() if "clerk@" not in line))
    _, _, renewed = await ensure_demo_staff(database_url, data_dir=tmp_path, login_url="http://127.0.0.1:8080/login")
    assert renewed == ["clerk@dueprocess.local"]
    fresh = read_credentials(logins)
    assert fresh["clerk@dueprocess.local"] != passwords["clerk@dueprocess.local"]
    assert (
        await staff_service.log_in(
            pool=pool, email="clerk@dueprocess.local", password=fresh["clerk@dueprocess.local"], clock=now
        )
        is not None
    )
    new_token = token_file.read_text().strip()
    assert new_token != token and await staff_service.token_member(pool=pool, token=new_token, clock=now)
    assert await pool.fetchval("SELECT count(*) FROM intake.staff") == 4

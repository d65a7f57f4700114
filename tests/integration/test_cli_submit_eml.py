"""`dueprocess submit FILE.eml` against a real intake HTTP server: the e-mail becomes a case once."""

from __future__ import annotations

import asyncio
import uuid
from pathlib import Path

import asyncpg
import pytest

from deploy.client import submit
from deploy.localinfra._process import free_port
from services.intake.adapters.pdf_text import PdfTextExtractor
from services.intake.entrypoints.http import IntakeServices, create_app
from services.intake.service_layer.email import EmailIngestion
from shared.runtime import http_server
from tests.conftest import staff_api_headers
from tests.corpus.email.build_corpus import seed_message
from tests.integration.polling import eventually

pytestmark = pytest.mark.integration


async def test_submit_sends_the_eml_and_a_second_submit_is_the_same_case(
    pool: asyncpg.Pool, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pdf = PdfTextExtractor()
    port = free_port()
    server = http_server(
        create_app(IntakeServices(pool=pool, email=EmailIngestion(pdf=pdf)), max_request_bytes=64 * 1024),
        host="127.0.0.1",
        port=port,
    )
    serving = asyncio.create_task(server.serve())
    try:
        await eventually(lambda: server.started, within=30, what="the intake server to start")
        eml = tmp_path / "summons.eml"
        eml.write_bytes(seed_message())
        base = f"http://127.0.0.1:{port}"
        token = (await staff_api_headers(pool, "INTAKE_CLERK"))["Authorization"].removeprefix("Bearer ")
        assert await asyncio.to_thread(submit, path=eml, base_url=base, token=token) == 0
        first = capsys.readouterr().out.strip().splitlines()[-1]  # (the server's logs share stdout here)
        assert await asyncio.to_thread(submit, path=eml, base_url=base, token=token) == 0
        captured = capsys.readouterr()
        assert captured.out.strip().splitlines()[-1] == first and "DUPLICATE_REQUEST" in captured.err
        row = await pool.fetchrow("SELECT channel FROM intake.cases WHERE case_id = $1", uuid.UUID(first))
        assert row["channel"] == "api"
        assert (
            await pool.fetchval("SELECT source FROM intake.raw_messages WHERE case_id = $1", uuid.UUID(first)) == "cli"
        )
        assert await pool.fetchval("SELECT count(*) FROM intake.cases") == 1
    finally:
        server.should_exit = True
        await serving
        pdf.close()

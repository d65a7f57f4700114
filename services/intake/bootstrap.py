"""Wires the intake service once, explicitly: pool, broker, read-model consumers, outbox relay, HTTP."""

from __future__ import annotations

from services.intake.adapters.repository import SCHEMA
from services.intake.entrypoints import consumers
from services.intake.entrypoints.http import create_app
from shared.db import create_pool
from shared.kafka import ConsumerOptions
from shared.logging import configure_logging
from shared.runtime import http_server, messaging, run_until_stopped
from shared.settings import Settings



async def run(settings: Settings) -> None:
    configure_logging(service="intake", level=settings.log_level)
    pool = await create_pool(settings.database_url, max_size=20)
    broker, relay = await messaging(settings, service="intake", schema=SCHEMA, pool=pool)
    consumers.register(broker, pool=pool, options=ConsumerOptions.from_settings(settings))
    app = create_app(pool=pool, max_request_bytes=settings.max_request_bytes)
    server = http_server(app, host=settings.http_host, port=settings.http_port)
    await broker.start()
    await run_until_stopped(name="intake", tasks=[relay.run], servers=[server], on_stop=[broker.stop, pool.close])

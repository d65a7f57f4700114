"""``python -m bench email``: how fast intake takes in demands that arrive as e-mail.

Each message is a served demand as an agency would e-mail it: a short cover note and a
one-page PDF attached (generated here, a real PDF with the summons text). It is delivered
over SMTP to intake's listener (``DUEPROCESS_SMTP_INBOUND_PORT``) and/or uploaded as an
``.eml`` (``POST /api/v1/cases`` with ``Content-Type: message/rfc822``). Only intake runs
(with Kafka and PostgreSQL for its outbox): this measures ingestion, not review.

Mail whose attachment must be OCR'd (a scanned summons as an image-only PDF or a PNG) or is an
office file (.docx, .odt) is measured apart, after the plain run and with its own figures
(``--document-messages`` of each kind, 0 to skip): OCR takes about a second a page in intake's
worker process, so it would swamp the plain figure. While they are read, ``/readyz`` is polled:
its latency shows the event loop stays free.

When this checkout's intake has no e-mail ingestion (415 to message/rfc822 and nothing
listening on the inbound port) the command says so and exits 2.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import shutil
import time
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from typing import Any

import asyncpg

from bench.infra import (
    ResourceMonitor,
    Servers,
    drop_database,
    fresh_database,
    machine,
    service_argv,
    start_process,
    stop_processes,
    wait_http_ready,
)
from bench.loadgen import Pool, Progress, new_run_id
from bench.pipeline import percentile
from deploy.localinfra._process import free_port, port_accepts
from shared.kafka import ensure_topics
from tests.corpus.pdf import text_pdf  # the corpus's PDF writer: one page for these lines
from tests.corpus.scans import docx_file, odt_file, scanned_image, scanned_pdf


class EmailUnavailable(RuntimeError):
    """This checkout's intake does not take e-mail yet."""


def demand_email(n: int, run: str, *, to: str = "legal-process@dueprocess.local") -> bytes:
    reference = f"CBP-{run}-{n:06d}"
    message = EmailMessage()
    message["From"] = "Special Agent in Charge <agent@cbp.dhs.gov>"
    message["To"] = to
    message["Subject"] = f"Summons {reference} - 19 U.S.C. 1509 - records of @ALT_USCIS"
    message["Date"] = format_datetime(datetime.now(UTC))
    message["Message-ID"] = make_msgid(idstring=f"{run}.{n}", domain="cbp.dhs.gov")
    message["X-Bench-Case"] = reference
    message.set_content(
        f"Please find attached summons {reference} issued under 19 U.S.C. 1509.\n"
        "Produce the records by the return date stated in the summons.\n\n"
        "U.S. Customs and Border Protection\n"
    )
    pdf = text_pdf(
        "\n".join(
            [
                "DEPARTMENT OF HOMELAND SECURITY - U.S. CUSTOMS AND BORDER PROTECTION",
                f"SUMMONS No. {reference}",
                "To: Twitter, Inc., Custodian of Records",
                "Under 19 U.S.C. 1509 you are hereby summoned to produce all records regarding",
                "the Twitter account @ALT_USCIS, to include user names, account login, phone",
                "numbers, mailing addresses, and I.P. addresses.",
                "Return by March 13, 2017, 11:45 a.m.",
                "Signed: Adam Hoffman, Special Agent in Charge",
            ]
        )
    )
    message.add_attachment(pdf, maintype="application", subtype="pdf", filename=f"summons-{reference}.pdf")
    return message.as_bytes()


DocumentKind = str  # "ocr" (scanned PDF / PNG) or "office" (.docx / .odt)


def _summons_lines(reference: str) -> list[str]:
    return [
        "DEPARTMENT OF HOMELAND SECURITY - U.S. CUSTOMS AND BORDER PROTECTION",
        f"SUMMONS No. {reference}",
        "To: Twitter, Inc., Custodian of Records",
        "Under 19 U.S.C. 1509 you are hereby summoned to produce all records regarding",
        "the Twitter account @ALT_USCIS, to include user names, account login, phone",
        "numbers, mailing addresses, and I.P. addresses.",
        "Return by March 13, 2017, 11:45 a.m.",
        "Signed: Adam Hoffman, Special Agent in Charge",
    ]


def document_email(n: int, run: str, kind: DocumentKind) -> bytes:
    """The summons of :func:`demand_email`, attached as a scan (``ocr``: an image-only PDF or a PNG,
    alternately) or as an office file (``office``: .docx or .odt, alternately). Each message's
    document is its own (its reference is in it), so none is a duplicate of another."""
    reference = f"CBP-{run}-{kind}-{n:06d}"
    lines = _summons_lines(reference)
    message = EmailMessage()
    message["From"] = "Special Agent in Charge <agent@cbp.dhs.gov>"
    message["To"] = "legal-process@dueprocess.local"
    message["Subject"] = f"Summons {reference} - 19 U.S.C. 1509"
    message["Date"] = format_datetime(datetime.now(UTC))
    message["Message-ID"] = make_msgid(idstring=f"{run}.{kind}.{n}", domain="cbp.dhs.gov")
    message["X-Bench-Case"] = reference
    message.set_content("Please find the summons attached.\n\nU.S. Customs and Border Protection\n")
    if kind == "ocr" and n % 2 == 0:
        message.add_attachment(
            scanned_pdf("\n".join(lines)), maintype="application", subtype="pdf", filename=f"scan-{reference}.pdf"
        )
    elif kind == "ocr":
        message.add_attachment(
            scanned_image("\n".join(lines)), maintype="image", subtype="png", filename=f"scan-{reference}.png"
        )
    elif n % 2 == 0:
        message.add_attachment(
            docx_file(lines[:3], [[["Account", "@ALT_USCIS"], ["Return date", "March 13, 2017"]]]),
            maintype="application",
            subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
            filename=f"summons-{reference}.docx",
        )
    else:
        message.add_attachment(
            odt_file(lines[:3], [[["Account", "@ALT_USCIS"], ["Return date", "March 13, 2017"]]]),
            maintype="application",
            subtype="vnd.oasis.opendocument.text",
            filename=f"summons-{reference}.odt",
        )
    return message.as_bytes()


async def _loop_probe(base_url: str, stop: asyncio.Event, every: float = 0.1) -> list[float]:
    """``GET /readyz`` latencies until ``stop``: how long intake's event loop takes to answer."""
    pool = Pool(base_url, 1)
    latencies: list[float] = []
    try:
        while not stop.is_set():
            t = time.monotonic()
            status, _ = await pool.request("GET", "/readyz", b"", {})
            if status == 200:
                latencies.append(time.monotonic() - t)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), every)
    finally:
        pool.close()
    return latencies


async def _measure_documents(
    kind: DocumentKind,
    count: int,
    run: str,
    *,
    channel: str,
    base_urls: list[str],
    smtp_ports: list[int],
    concurrency: int,
    progress: bool | None,
) -> dict[str, Any]:
    """``count`` messages of one document kind through ``channel``, with the loop probe alongside."""
    messages = await asyncio.to_thread(lambda: [document_email(n, run, kind) for n in range(count)])
    bar = Progress(f"{kind} e-mail via {channel}", len(messages), enabled=progress)
    stop = asyncio.Event()
    probe = asyncio.create_task(_loop_probe(base_urls[0], stop))
    try:
        if channel == "http":
            figures = await _send_http(base_urls, messages, concurrency, bar)
        else:
            figures = await _send_smtp(smtp_ports, messages, concurrency, bar)
    finally:
        stop.set()
        probes = await probe
        bar.close()
    figures["channel"] = channel
    figures["message_bytes_mean"] = round(sum(map(len, messages)) / max(1, len(messages)))
    figures["loop_probe"] = {
        "samples": len(probes),
        "p50_ms": round((percentile(probes, 50) or 0) * 1000, 1),
        "p99_ms": round((percentile(probes, 99) or 0) * 1000, 1),
    }
    return figures


async def _probe_http(base_url: str, raw: bytes) -> tuple[bool, str]:
    pool = Pool(base_url, 1)
    try:
        status, body = await pool.request("POST", "/api/v1/cases", raw, {"Content-Type": "message/rfc822"})
    finally:
        pool.close()
    return status in (200, 201, 202), f"HTTP {status} {body[:160]!r}"


async def _probe_smtp(port: int, raw: bytes, wait_s: float = 10.0) -> tuple[bool, str]:
    deadline = time.monotonic() + wait_s
    while not port_accepts(port):
        if time.monotonic() > deadline:
            return False, f"nothing listens on 127.0.0.1:{port}"
        await asyncio.sleep(0.25)
    import aiosmtplib

    try:
        _errors, reply = await aiosmtplib.send(
            raw,
            sender="agent@cbp.dhs.gov",
            recipients=["legal-process@dueprocess.local"],
            hostname="127.0.0.1",
            port=port,
            start_tls=False,
            timeout=30,
        )
    except aiosmtplib.SMTPException as exc:
        return False, f"SMTP refused the probe: {exc}"
    return True, reply


async def _send_http(base_urls: list[str], messages: list[bytes], concurrency: int, bar: Progress) -> dict[str, Any]:
    pools = [Pool(url, concurrency) for url in base_urls]
    latencies: list[float] = []
    errors: list[str] = []
    queue = list(messages)
    done = 0

    async def client(n: int) -> None:
        nonlocal done
        pool = pools[n % len(pools)]
        while queue:
            raw = queue.pop()
            t = time.monotonic()
            status, body = await pool.request("POST", "/api/v1/cases", raw, {"Content-Type": "message/rfc822"})
            if status in (200, 201):
                latencies.append(time.monotonic() - t)
            else:
                errors.append(f"HTTP {status} {body[:120]!r}")
            done += 1
            bar.update(done)

    t0 = time.monotonic()
    try:
        await asyncio.gather(*(client(n) for n in range(concurrency)))
    finally:
        for pool in pools:
            pool.close()
    return _figures(latencies, errors, time.monotonic() - t0)


async def _send_smtp(ports: list[int], messages: list[bytes], concurrency: int, bar: Progress) -> dict[str, Any]:
    import aiosmtplib

    latencies: list[float] = []
    errors: list[str] = []
    queue = list(messages)
    done = 0

    async def client(n: int) -> None:
        nonlocal done
        smtp = aiosmtplib.SMTP(hostname="127.0.0.1", port=ports[n % len(ports)], start_tls=False, timeout=60)
        await smtp.connect()
        try:
            while queue:
                raw = queue.pop()
                t = time.monotonic()
                try:
                    await smtp.sendmail("agent@cbp.dhs.gov", ["legal-process@dueprocess.local"], raw)
                    latencies.append(time.monotonic() - t)
                except aiosmtplib.SMTPException as exc:
                    errors.append(repr(exc)[:160])
                done += 1
                bar.update(done)
        finally:
            with contextlib.suppress(Exception):
                await smtp.quit()

    t0 = time.monotonic()
    await asyncio.gather(*(client(n) for n in range(concurrency)))
    return _figures(latencies, errors, time.monotonic() - t0)


def _figures(latencies: list[float], errors: list[str], wall: float) -> dict[str, Any]:
    return {
        "accepted": len(latencies),
        "errors": len(errors),
        "error_samples": errors[:3],
        "wall_s": round(wall, 2),
        "throughput_per_s": round(len(latencies) / wall, 1) if wall > 0 else None,
        "p50_ms": round((percentile(latencies, 50) or 0) * 1000, 1),
        "p99_ms": round((percentile(latencies, 99) or 0) * 1000, 1),
    }


async def run_email(args: argparse.Namespace, *, progress: bool | None) -> dict[str, Any]:
    t0 = time.monotonic()
    servers = await asyncio.to_thread(
        Servers.start, kafka_bootstrap=args.kafka_bootstrap, database_url=args.database_url, pg_durable=not args.pg_fast
    )
    import tempfile
    from pathlib import Path

    logs = args.keep_logs or Path(tempfile.mkdtemp(prefix="dueprocess-bench-email-"))
    logs.mkdir(parents=True, exist_ok=True)
    database_url = None
    processes: list[Any] = []
    try:
        database_url = await fresh_database(servers.admin_dsn, prefix="bench_email")
        prefix = f"bench{new_run_id()}."
        await ensure_topics(servers.kafka_bootstrap, partitions=6, prefix=prefix)
        instances = max(1, getattr(args, "intake_instances", 1))
        base_urls: list[str] = []
        smtp_ports: list[int] = []
        for n in range(instances):
            http_port, smtp_port = free_port(), free_port()
            env = {
                **os.environ,
                "DUEPROCESS_DATABASE_URL": database_url,
                "DUEPROCESS_KAFKA_BOOTSTRAP": servers.kafka_bootstrap,
                "DUEPROCESS_KAFKA_TOPIC_PREFIX": prefix,
                "DUEPROCESS_HTTP_HOST": "127.0.0.1",
                "DUEPROCESS_HTTP_PORT": str(http_port),
                "DUEPROCESS_SMTP_INBOUND_HOST": "127.0.0.1",
                "DUEPROCESS_SMTP_INBOUND_PORT": str(smtp_port),
                "DUEPROCESS_PUBLIC_BASE_URL": f"http://127.0.0.1:{http_port}",
            }
            if args.log_level:
                env["DUEPROCESS_LOG_LEVEL"] = args.log_level
            processes.append(
                start_process(f"intake-{n + 1}" if instances > 1 else "intake", service_argv("intake"), env, logs)
            )
            base_urls.append(f"http://127.0.0.1:{http_port}")
            smtp_ports.append(smtp_port)
        base_url, smtp_port = base_urls[0], smtp_ports[0]
        for url in base_urls:
            await wait_http_ready(f"{url}/readyz", processes)
        run = new_run_id()
        http_ok, http_said = await _probe_http(base_url, demand_email(0, run + "p"))
        smtp_ok, smtp_said = await _probe_smtp(smtp_port, demand_email(1, run + "p"), wait_s=5 if not http_ok else 15)
        if not http_ok and not smtp_ok:
            raise EmailUnavailable(
                "e-mail ingestion is not in this checkout's intake yet (services/intake is being built): "
                f"POST /api/v1/cases with message/rfc822 answered {http_said}; SMTP on "
                f"DUEPROCESS_SMTP_INBOUND_PORT: {smtp_said}"
            )
        profilers = []
        if getattr(args, "profile", None):
            from bench.pipeline import start_profilers

            profilers = start_profilers(type("S", (), {"processes": processes})(), args.profile)
        channels = {"smtp": smtp_ok, "http": http_ok}
        wanted = ["smtp", "http"] if args.channel == "both" else [args.channel]
        pids = {p.name: p.pid for p in processes} | {"kafka": servers.kafka_pid, "postgres": servers.postgres_pid}
        report: dict[str, Any] = {
            "bench": "email",
            "available": True,
            "machine": machine(),
            "intake_instances": instances,
            "servers": servers.description,
            "message_bytes": len(demand_email(0, run)),
            "channels": {},
        }
        for channel in wanted:
            if not channels[channel]:
                report["channels"][channel] = {
                    "available": False,
                    "reason": smtp_said if channel == "smtp" else http_said,
                }
                continue
            messages = [demand_email(n, f"{run}{channel}") for n in range(args.messages)]
            monitor = ResourceMonitor(pids)
            monitor.start()
            bar = Progress(f"e-mail via {channel}", len(messages), enabled=progress)
            if channel == "http":
                figures = await _send_http(base_urls, messages, args.concurrency, bar)
            else:
                figures = await _send_smtp(smtp_ports, messages, args.concurrency, bar)
            bar.close()
            figures["services"] = await monitor.stop()
            report["channels"][channel] = {"available": True, **figures}
        # Scans (OCR) and office files, apart: their own figures, the event loop probed meanwhile.
        document_count = getattr(args, "document_messages", 0) or 0
        document_channel = "http" if http_ok else "smtp"
        if document_count > 0 and (http_ok or smtp_ok):
            report["documents"] = {}
            for kind in ("ocr", "office"):
                monitor = ResourceMonitor(pids)
                monitor.start()
                figures = await _measure_documents(
                    kind,
                    document_count,
                    f"{run}d",
                    channel=document_channel,
                    base_urls=base_urls,
                    smtp_ports=smtp_ports,
                    concurrency=max(1, min(args.concurrency, getattr(args, "document_concurrency", 4))),
                    progress=progress,
                )
                figures["services"] = await monitor.stop()
                report["documents"][kind] = figures
        if profilers:
            from bench.pipeline import stop_profilers

            report["profiles"] = stop_profilers(profilers)
        conn = await asyncpg.connect(database_url)
        try:
            report["cases_stored"] = await conn.fetchval("SELECT count(*) FROM intake.cases")
        finally:
            await conn.close()
        measured = [c["throughput_per_s"] for c in report["channels"].values() if c.get("available")]
        report["throughput_per_s"] = min(measured) if measured else None
        report["targets_met"] = {"emails_per_s>=100": bool(measured) and min(measured) >= 100}
        report["elapsed_s"] = round(time.monotonic() - t0, 1)
        return report
    finally:
        if processes:
            await asyncio.to_thread(stop_processes, processes)
        if database_url is not None:
            with contextlib.suppress(Exception):
                await drop_database(servers.admin_dsn, database_url)
        await asyncio.to_thread(servers.close)
        if not args.keep_logs:
            shutil.rmtree(logs, ignore_errors=True)


def print_human(report: dict[str, Any]) -> None:
    for channel, figures in report["channels"].items():
        if not figures.get("available"):
            print(f"{channel}: not available ({figures['reason']})")
            continue
        print(
            f"{channel}: {figures['throughput_per_s']} e-mails/s accepted ({figures['accepted']} accepted, "
            f"{figures['errors']} errors), p50 {figures['p50_ms']} ms, p99 {figures['p99_ms']} ms"
        )
    for kind, figures in (report.get("documents") or {}).items():
        what = "scans read by OCR" if kind == "ocr" else "office files (.docx/.odt)"
        print(
            f"{kind} ({what}, via {figures['channel']}): {figures['throughput_per_s']} e-mails/s "
            f"({figures['accepted']} accepted, {figures['errors']} errors), p50 {figures['p50_ms']} ms, "
            f"p99 {figures['p99_ms']} ms; event loop (/readyz) meanwhile p50 {figures['loop_probe']['p50_ms']} ms, "
            f"p99 {figures['loop_probe']['p99_ms']} ms"
        )
    print(
        f"cases stored: {report['cases_stored']}; target >= 100/s: "
        f"{'met' if report['targets_met']['emails_per_s>=100'] else 'NOT met'}"
    )

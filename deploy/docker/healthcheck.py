#!/usr/bin/env python3
"""Container health probe for the dueprocess image (installed as ``dueprocess-healthcheck``).

    dueprocess-healthcheck [URL ...]

Exits 0 when one of the URLs answers with a 2xx status, 1 otherwise. Without URLs it probes
``/readyz`` on 127.0.0.1 at the ports the settings give the three services (DUEPROCESS_HTTP_PORT,
DUEPROCESS_REVIEW_HTTP_PORT, DUEPROCESS_NOTIFY_HTTP_PORT): a container runs one service, so
whichever of them is listening decides. That makes the image's default HEALTHCHECK right for
every service; docker-compose.yml still names each service's own URL.

Standard library only (plus the project's settings when no URL is given), no shell, and proxy
variables are ignored: a probe of 127.0.0.1 must never go through HTTP_PROXY.
"""

from __future__ import annotations

import sys
import urllib.error
import urllib.request

TIMEOUT_SECONDS = 3.0


def default_urls() -> list[str]:
    from shared.settings import Settings

    settings = Settings()
    ports = (settings.http_port, settings.review_http_port, settings.notify_http_port)
    return [f"http://127.0.0.1:{port}/readyz" for port in dict.fromkeys(ports)]


def answers(url: str, *, timeout: float = TIMEOUT_SECONDS) -> bool:
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    try:
        with opener.open(url, timeout=timeout) as response:
            status: int = response.status
            return 200 <= status < 300
    except (urllib.error.URLError, OSError, ValueError):
        return False


def main(argv: list[str]) -> int:
    try:
        urls = argv or default_urls()
    except Exception as exc:  # unusable settings: report unhealthy, do not crash with a traceback
        print(f"dueprocess-healthcheck: cannot read the settings: {exc}", file=sys.stderr)
        return 1
    for url in urls:
        if answers(url):
            return 0
    print(f"dueprocess-healthcheck: not ready: {' '.join(urls)}", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

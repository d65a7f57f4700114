"""Single-node Apache Kafka 4.1.1 (KRaft) run from the Maven Central jars.

CLI: ``python -m deploy.localinfra.kafka start|stop|status --dir DIR [--port N] [--controller-port N]``
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Mapping, Sequence
from pathlib import Path

from deploy.localinfra._process import (
    LOCALHOST,
    Deadline,
    ManagedServer,
    ServerStartError,
    free_port,
    kafka_metadata_ok,
    run_cli,
)

KAFKA_VERSION = "4.1.1"
POM = Path(__file__).with_name("kafka-pom.xml")
_MARKER = ".complete"

LOG4J2_PROPERTIES = """\
status = warn
appender.console.type = Console
appender.console.name = STDOUT
appender.console.layout.type = PatternLayout
appender.console.layout.pattern = [%d] %p %m (%c)%n
rootLogger.level = WARN
rootLogger.appenderRef.stdout.ref = STDOUT
logger.raft.name = kafka.server.KafkaRaftServer
logger.raft.level = INFO
"""


class KafkaUnavailable(RuntimeError):
    """Java or Maven is missing, or the Kafka jars could not be fetched."""


def default_cache_dir() -> Path:
    """``$DUEPROCESS_CACHE_DIR`` or ``~/.cache/dueprocess``."""
    return Path(os.environ.get("DUEPROCESS_CACHE_DIR") or Path.home() / ".cache" / "dueprocess")


def _require(tool: str) -> str:
    path = shutil.which(tool)
    if path is None:
        raise KafkaUnavailable(f"`{tool}` not found on PATH; Apache Kafka needs Java 17+ and Maven")
    return path


def cached_kafka_jars(cache_dir: Path | None = None) -> Path | None:
    """The jars directory if a complete download is cached and Java is there to run it; else None."""
    libs = (cache_dir or default_cache_dir()) / f"kafka-{KAFKA_VERSION}" / "libs"
    return libs if (libs / _MARKER).exists() and shutil.which("java") else None


def ensure_kafka_jars(cache_dir: Path | None = None) -> Path:
    """Return the directory holding the Kafka broker's runtime jars, fetching them with Maven once."""
    libs = (cache_dir or default_cache_dir()) / f"kafka-{KAFKA_VERSION}" / "libs"
    if (libs / _MARKER).exists():
        return libs
    _require("java")
    mvn = _require("mvn")
    libs.parent.mkdir(parents=True, exist_ok=True)
    print(f"fetching Apache Kafka {KAFKA_VERSION} jars with Maven…", file=sys.stderr, flush=True)
    with tempfile.TemporaryDirectory(prefix="fetch.", dir=libs.parent) as work:
        staging = Path(work) / "libs"
        pom = Path(work) / "pom.xml"
        shutil.copyfile(POM, pom)
        cmd = [mvn, "-B", "-q", "-f", str(pom), "dependency:copy-dependencies",
               "-DincludeScope=runtime", f"-DoutputDirectory={staging}"]  # fmt: skip
        result = subprocess.run(cmd, cwd=work, capture_output=True, text=True)
        jars = sorted(staging.glob("*.jar")) if staging.is_dir() else []
        if result.returncode != 0 or not jars:
            raise KafkaUnavailable(f"Maven could not fetch the Kafka jars:\n{result.stdout}{result.stderr}")
        for unwanted in staging.glob("*reload4j*.jar"):
            unwanted.unlink()
        (staging / _MARKER).write_text(KAFKA_VERSION)
        try:
            staging.rename(libs)
        except OSError:
            if not (libs / _MARKER).exists():  # not a concurrent fetch that won the race
                raise
    print(f"done: {len(jars)} jars", file=sys.stderr, flush=True)
    return libs


class ApacheKafka(ManagedServer):
    """A single-node broker+controller; data, config, log and pidfile live in ``data_dir``.

    ``start()`` formats the storage on first use and returns once the broker serves metadata.
    """

    name = "kafka"
    start_timeout = 90.0

    def __init__(
        self,
        data_dir: Path,
        port: int = 0,
        controller_port: int = 0,
        jars: Path | None = None,
        scram_users: Mapping[str, str] | None = None,
    ) -> None:
        """``scram_users`` (name → password) turns the client listener into SASL_PLAINTEXT with
        SCRAM-SHA-512; the first user is also the broker's own inter-broker identity."""
        super().__init__(data_dir, port)
        self.controller_port = controller_port or free_port()
        self._jars = jars
        self.scram_users = dict(scram_users or {})

    @property
    def client_security(self) -> dict[str, str]:
        """aiokafka client settings for this broker (empty for PLAINTEXT)."""
        if not self.scram_users:
            return {}
        name, password = next(iter(self.scram_users.items()))
        return {
            "security_protocol": "SASL_PLAINTEXT",
            "sasl_mechanism": "SCRAM-SHA-512",
            "sasl_plain_username": name,
            "sasl_plain_password": password,
        }

    @property
    def bootstrap(self) -> str:
        return f"{LOCALHOST}:{self.port}"

    @property
    def address(self) -> str:
        return self.bootstrap

    @property
    def version(self) -> str:
        return KAFKA_VERSION

    @property
    def storage_dir(self) -> Path:
        return self.data_dir / "kraft-logs"

    def _java(self, main_class: str, *args: str, xmx: str | None = None) -> list[str]:
        jars = self._jars or ensure_kafka_jars()
        heap = [f"-Xmx{xmx}"] if xmx else []
        log4j = f"-Dlog4j2.configurationFile={self.data_dir / 'log4j2.properties'}"
        no_hook = "-Dlog4j2.shutdownHookEnabled=false"  # Kafka logs from its own shutdown hook
        return [_require("java"), *heap, log4j, no_hook, "-cp", str(jars / "*"), main_class, *args]

    def _properties(self) -> str:
        client = "SASL_PLAINTEXT" if self.scram_users else "PLAINTEXT"
        props = {
            "process.roles": "broker,controller",
            "node.id": "1",
            "controller.quorum.voters": f"1@{LOCALHOST}:{self.controller_port}",
            "listeners": f"{client}://{LOCALHOST}:{self.port},CONTROLLER://{LOCALHOST}:{self.controller_port}",
            "advertised.listeners": f"{client}://{LOCALHOST}:{self.port}",
            "listener.security.protocol.map": f"{client}:{client},CONTROLLER:PLAINTEXT",
            "controller.listener.names": "CONTROLLER",
            "inter.broker.listener.name": client,
            "log.dirs": str(self.storage_dir),
            "num.partitions": "6",
            "auto.create.topics.enable": "true",
            "offsets.topic.replication.factor": "1",
            "transaction.state.log.replication.factor": "1",
            "transaction.state.log.min.isr": "1",
            "share.coordinator.state.topic.replication.factor": "1",
            "share.coordinator.state.topic.min.isr": "1",
            "group.initial.rebalance.delay.ms": "0",
        }
        if self.scram_users:
            name, password = next(iter(self.scram_users.items()))
            props |= {
                "sasl.enabled.mechanisms": "SCRAM-SHA-512",
                "sasl.mechanism.inter.broker.protocol": "SCRAM-SHA-512",
                "listener.name.sasl_plaintext.scram-sha-512.sasl.jaas.config": "org.apache.kafka.common.security.scram.ScramLoginModule required "
                f'username="{name}" password="{password}";',
            }
        return "".join(f"{key}={value}\n" for key, value in props.items())

    def _prepare(self, deadline: Deadline) -> None:
        (self.data_dir / "log4j2.properties").write_text(LOG4J2_PROPERTIES)
        config = self.data_dir / "server.properties"
        config.write_text(self._properties())
        if (self.storage_dir / "meta.properties").exists():
            return
        cluster_id = self._run_tool(deadline, "random-uuid").split()[-1]
        scram = [
            arg
            for name, password in self.scram_users.items()
            for arg in ("--add-scram", f"SCRAM-SHA-512=[name={name},password={password}]")
        ]
        self._run_tool(deadline, "format", "-t", cluster_id, "-c", str(config), *scram)

    def _run_tool(self, deadline: Deadline, *args: str) -> str:
        cmd = self._java("kafka.tools.StorageTool", *args)
        result = subprocess.run(cmd, cwd=self.data_dir, capture_output=True, text=True, timeout=deadline.remaining())
        if result.returncode != 0:
            raise ServerStartError(f"StorageTool {args[0]} failed:\n{result.stdout}{result.stderr}")
        return result.stdout

    def _command(self) -> list[str]:
        return self._java("kafka.Kafka", str(self.data_dir / "server.properties"), xmx="512m")

    def _ready(self) -> bool:
        return kafka_metadata_ok(self.bootstrap, security=self.client_security)


def main(argv: Sequence[str] | None = None) -> int:
    def add_arguments(parser: argparse.ArgumentParser) -> None:
        parser.add_argument("--controller-port", type=int, default=0)

    def factory(args: argparse.Namespace) -> ApacheKafka:
        return ApacheKafka(args.dir, port=args.port, controller_port=args.controller_port)

    return run_cli(argv, "Single-node Apache Kafka 4.1.1 (KRaft).", factory, add_arguments)


if __name__ == "__main__":
    sys.exit(main())

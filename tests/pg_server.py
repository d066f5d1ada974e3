"""A real PostgreSQL server for the tests: Debian's `postgresql` package started on loopback, in a
temporary data directory, once per test session; each test gets a fresh database copied from a
template that already holds the current schema (CREATE DATABASE ... TEMPLATE).

PostgreSQL refuses to run as root, so under root the server runs as the unprivileged `postgres`
system user (runuser). Connections use password authentication (scram-sha-256), as a clinic's
server would."""

from __future__ import annotations

import contextlib
import glob
import itertools
import os
import pwd
import queue
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

SUPERUSER = "postgres"
SUPERUSER_PASSWORD = "offmap-test-superuser"
TEMPLATE = "offmap_template"
START_SECONDS = 30
TLS_HOST = "db.clinic.test"  # the name in the test server's certificate
SPARE_DATABASES = 2


def find_bin_dir() -> Path | None:
    """The newest installed PostgreSQL's bin folder (/usr/lib/postgresql/N/bin)."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/postgres"),
                   key=lambda p: int(Path(p).parent.parent.name) if
                   Path(p).parent.parent.name.isdigit() else 0)
    if found:
        return Path(found[-1]).parent
    on_path = shutil.which("postgres")
    return Path(on_path).parent if on_path else None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class PgServer:
    port: int
    data_dir: Path
    process: subprocess.Popen[bytes]
    _names: Iterator[int]
    root_cert: Path | None = None  # the test CA that signed the server's certificate
    _spares: queue.Queue[str | Exception] | None = None
    _stopping: threading.Event = field(default_factory=threading.Event)

    def url(self, database: str, user: str = SUPERUSER) -> str:
        return f"postgresql://{user}@127.0.0.1:{self.port}/{database}"

    def admin(self, sql: str, database: str = "postgres") -> list[tuple[object, ...]]:
        """Runs `sql` as the superuser (outside a transaction, as CREATE DATABASE needs)."""
        import psycopg

        with psycopg.connect(host="127.0.0.1", port=self.port, user=SUPERUSER,
                             password=SUPERUSER_PASSWORD, dbname=database,
                             autocommit=True) as conn:
            cursor = conn.execute(sql.encode())
            return list(cursor.fetchall()) if cursor.description else []

    def new_database(self, template: str = TEMPLATE) -> str:
        """A fresh database named for this test, copied from `template`. Copies of the usual
        template are made ahead, on a thread, while the tests before run (a copy takes about
        half a second)."""
        if template == TEMPLATE:
            if self._spares is None:
                self._spares = queue.Queue(maxsize=SPARE_DATABASES)
                threading.Thread(target=self._make_spares, daemon=True).start()
            name = self._spares.get(timeout=60)
            if isinstance(name, Exception):
                raise name
            return name
        return self._create(template)

    def _create(self, template: str) -> str:
        name = f"offmap_test_{os.getpid()}_{next(self._names)}"
        self.admin(f"CREATE DATABASE {name} TEMPLATE {template}")
        return name

    def _make_spares(self) -> None:
        assert self._spares is not None
        while not self._stopping.is_set():
            try:
                made: str | Exception = self._create(TEMPLATE)
            except Exception as exc:  # handed to the test that waits for it
                made = exc
            while not self._stopping.is_set():
                try:
                    self._spares.put(made, timeout=0.5)
                    break
                except queue.Full:
                    continue

    def drop_database(self, name: str) -> None:
        with contextlib.suppress(Exception):
            self.admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")

    def stop(self) -> None:
        self._stopping.set()
        self.process.terminate()
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        shutil.rmtree(self.data_dir, ignore_errors=True)


def _make_certificates(root: Path) -> Path:
    """A test certificate authority and, signed by it, the server's certificate for the name
    TLS_HOST (reached at 127.0.0.1 through libpq's hostaddr), so verify-full can be tested."""
    tls = root / "tls"
    tls.mkdir()
    subprocess.run(["openssl", "req", "-new", "-x509", "-days", "2", "-nodes", "-subj",
                    "/CN=OffMap test root", "-keyout", str(tls / "root.key"),
                    "-out", str(tls / "root.crt")], check=True, capture_output=True)
    subprocess.run(["openssl", "req", "-new", "-nodes", "-subj", f"/CN={TLS_HOST}",
                    "-keyout", str(tls / "server.key"), "-out", str(tls / "server.csr")],
                   check=True, capture_output=True)
    (tls / "san.ext").write_text(f"subjectAltName=DNS:{TLS_HOST}\n", encoding="utf-8")
    subprocess.run(["openssl", "x509", "-req", "-in", str(tls / "server.csr"), "-days", "2",
                    "-CA", str(tls / "root.crt"), "-CAkey", str(tls / "root.key"),
                    "-CAcreateserial", "-extfile", str(tls / "san.ext"),
                    "-out", str(tls / "server.crt")], check=True, capture_output=True)
    (tls / "server.key").chmod(0o600)
    tls.chmod(0o755)
    (tls / "root.crt").chmod(0o644)
    return tls


def _stop_with_parent() -> None:
    """The server stops when the test process dies without its teardown (killed, timed out),
    so no server is left running on a machine shared by many test runs."""
    if sys.platform.startswith("linux"):
        import ctypes

        pr_set_pdeathsig = 1
        ctypes.CDLL(None, use_errno=True).prctl(pr_set_pdeathsig, signal.SIGTERM)


def _as_server_user(command: list[str]) -> list[str]:
    """Under root the server's commands run as the `postgres` system user."""
    if os.geteuid() != 0:
        return command
    return ["runuser", "-u", "postgres", "--", *command]


def start_server() -> PgServer:
    """Initialises a data directory in a temporary folder and starts the server on a free
    loopback port; raises RuntimeError with the server's own words when it cannot."""
    bin_dir = find_bin_dir()
    if bin_dir is None:
        raise FileNotFoundError("PostgreSQL is not installed (no /usr/lib/postgresql/*/bin)")
    root = Path(tempfile.mkdtemp(prefix="offmap-pg-"))
    data, sockets = root / "data", root / "sockets"
    sockets.mkdir()
    password_file = root / "pw"
    password_file.write_text(SUPERUSER_PASSWORD + "\n", encoding="utf-8")
    tls = _make_certificates(root)
    if os.geteuid() == 0:
        owner = pwd.getpwnam("postgres")
        for path in (root, sockets, password_file, tls / "server.crt", tls / "server.key", tls):
            os.chown(path, owner.pw_uid, owner.pw_gid)
    root.chmod(0o700)
    init = subprocess.run(
        _as_server_user([str(bin_dir / "initdb"), "-D", str(data), "-U", SUPERUSER,
                         "--auth=scram-sha-256", f"--pwfile={password_file}",
                         "--encoding=UTF8", "--locale=C.UTF-8", "-N"]),
        capture_output=True, text=True, check=False)
    if init.returncode != 0:
        shutil.rmtree(root, ignore_errors=True)
        raise RuntimeError(f"initdb failed: {init.stderr.strip() or init.stdout.strip()}")
    port = _free_port()
    log = root / "server.log"
    process = subprocess.Popen(
        _as_server_user([str(bin_dir / "postgres"), "-D", str(data), "-p", str(port),
                         "-c", "listen_addresses=127.0.0.1", "-c", f"unix_socket_directories="
                         f"{sockets}", "-c", "fsync=off", "-c", "synchronous_commit=off",
                         "-c", "full_page_writes=off", "-c", "max_connections=200",
                         "-c", "ssl=on", "-c", f"ssl_cert_file={tls / 'server.crt'}",
                         "-c", f"ssl_key_file={tls / 'server.key'}"]),
        stdout=subprocess.DEVNULL, stderr=log.open("wb"), preexec_fn=_stop_with_parent)
    server = PgServer(port, root, process, itertools.count(1), root_cert=tls / "root.crt")
    deadline = time.monotonic() + START_SECONDS
    while True:
        try:
            server.admin("SELECT 1")
            break
        except Exception as exc:  # the server is still starting
            if process.poll() is not None or time.monotonic() > deadline:
                server.stop()
                raise RuntimeError(f"PostgreSQL did not start: {exc}") from exc
            time.sleep(0.1)
    return server


def prepare_template(server: PgServer) -> None:
    """A template database holding the current schema, so each test's copy starts migrated."""
    from app.store.postgres import open_server_store

    server.admin(f"CREATE DATABASE {TEMPLATE}")
    store = open_server_store(Path(tempfile.gettempdir()), server.url(TEMPLATE),
                              password=SUPERUSER_PASSWORD)
    store.close()

"""Shared fixtures. In CI (CI=true) an integration test that skips is a failure: the real parts
(keyring, SMTP, pdftotext, loopback HTTP) must be there."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# What the app caches (the recoloured line icons) goes to a folder of the run's own, never the
# user's ~/.cache; subprocesses of the tests inherit it.
_CACHE = tempfile.mkdtemp(prefix="offmap-test-cache-")
atexit.register(shutil.rmtree, _CACHE, True)
os.environ["XDG_CACHE_HOME"] = _CACHE

IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


def pytest_configure(config):
    """One QApplication for the whole run, made before any test can make the QGuiApplication that
    headless rendering uses: a QGuiApplication first would make pytest-qt's QApplication abort,
    whatever order the test folders run in."""
    try:
        from PySide6.QtWidgets import QApplication
    except ImportError:
        return
    config._offmap_qapp = QApplication.instance() or QApplication(["offmap-tests"])


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    if IN_CI and report.skipped and item.get_closest_marker("integration"):
        report.outcome = "failed"
        report.longrepr = f"integration test skipped in CI: {report.longrepr}"


@pytest.fixture(autouse=True, scope="session")
def _store_key_source():
    """Every store a test makes is encrypted: with a key in the real keyring under
    tests/with_keyring.sh, else with one in-memory test key (tests/store_key.py)."""
    from app.store.connection import use_key_source
    from tests.store_key import fixture_key_source

    previous = use_key_source(fixture_key_source())
    yield
    use_key_source(previous)


@pytest.fixture(autouse=True)
def _no_store_choice_left_behind():
    """The store choice is process-wide (--store, the saved server, the window's start-up): a
    test that makes one must not decide which store the next test opens."""
    from app.store.connection import use_server

    previous = use_server(None)
    yield
    use_server(previous)


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh data home, also set as OFFMAP_HOME for anything that resolves it."""
    path = tmp_path / "home"
    monkeypatch.setenv("OFFMAP_HOME", str(path))
    return path


@pytest.fixture(scope="session")
def pg_server():
    """A real PostgreSQL server on loopback for the whole session (tests/pg_server.py). Missing
    PostgreSQL skips the server tests on a workstation and fails them in CI."""
    from tests import pg_server as servers

    try:
        server = servers.start_server()
        servers.prepare_template(server)
    except (OSError, RuntimeError) as exc:
        message = f"no PostgreSQL server for the server-store tests: {exc}"
        if IN_CI:
            pytest.fail(message)
        pytest.skip(message)
    yield server
    server.stop()


@pytest.fixture
def pg_url(pg_server, monkeypatch: pytest.MonkeyPatch) -> str:
    """A fresh server store (its own database, schema already current) for one test; the
    superuser's password reaches libpq through PGPASSWORD, as a clinic's ~/.pgpass would."""
    from tests.pg_server import SUPERUSER_PASSWORD

    name = pg_server.new_database()
    monkeypatch.setenv("PGPASSWORD", SUPERUSER_PASSWORD)
    yield pg_server.url(name)
    pg_server.drop_database(name)


# Service-level test modules run against both stores: the embedded file and a server.
BOTH_BACKEND_MODULES = ("service", "clients", "requests", "tracking", "deadlines", "replies",
                        "holdings", "request_queries", "followups", "identification", "bulk",
                        "accounts", "routes", "intake", "clinic", "overdue", "directory",
                        "blobs", "letter")


def pytest_generate_tests(metafunc):
    module = metafunc.module.__name__.rsplit(".", 1)[-1]
    own = hasattr(metafunc.module, "store_backend")  # a module choosing its backends itself
    unit = Path(metafunc.module.__file__).parent.name == "unit"  # not the window's tests
    if "store_backend" in metafunc.fixturenames and module.startswith("test_") and not own \
            and unit and "cli" not in module \
            and any(part in module for part in BOTH_BACKEND_MODULES):
        metafunc.parametrize("store_backend", ["sqlite", "postgresql"], indirect=True)


@pytest.fixture
def store_backend(request) -> str:
    return getattr(request, "param", "sqlite")


@pytest.fixture
def store(home: Path, store_backend: str, request):
    """The store a service test works on: the embedded file, or (parametrized for the service
    modules above) a fresh server store that every open_store of the test reaches too."""
    from app.store import open_store

    if store_backend == "postgresql":
        from app.store.connection import use_server

        url = request.getfixturevalue("pg_url")
        request.getfixturevalue("monkeypatch").setenv("OFFMAP_STORE", url)  # for subprocesses
        previous = use_server(url)
        opened = open_store(home)
        yield opened
        opened.close()
        use_server(previous)
        return
    opened = open_store(home)
    yield opened
    opened.close()

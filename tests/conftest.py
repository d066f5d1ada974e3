"""Shared fixtures. In CI (CI=true) an integration test that skips is a failure: the real parts
(keyring, SMTP, pdftotext, loopback HTTP) must be there."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

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


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh data home, also set as OFFMAP_HOME for anything that resolves it."""
    path = tmp_path / "home"
    monkeypatch.setenv("OFFMAP_HOME", str(path))
    return path


@pytest.fixture
def store(home: Path):
    from app.store import open_store

    opened = open_store(home)
    yield opened
    opened.close()

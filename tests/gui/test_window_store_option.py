"""`offmap --store URL` with no command opens the window on that server store, as the README
and CONTRACT promise (it used to open the data folder's own store, silently)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from app import __main__ as entry
from app import cli
from app.core.model import Client
from app.gui.shell import launch
from app.services import clients
from app.services.session import open_store
from app.store.connection import use_server


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch, qapp):
    """Replaces run_gui's event loop: builds the real window the way run_gui does, records
    which store it holds and who is on file there, and closes it."""
    seen: dict[str, object] = {}

    def build_and_close(home: Path) -> int:
        window = launch.build_main_window(home, synchronous_tasks=True)
        try:
            store = window.ctx.store
            seen["backend"] = getattr(store, "backend", "sqlite")
            seen["names"] = [c.name for c in clients.list_clients(store)]
        finally:
            window.close()
            launch.finish(window.ctx.store, window.ctx.tasks)
        return 0

    monkeypatch.setattr(launch, "run_gui", build_and_close)
    previous = use_server(None)
    yield seen
    use_server(previous)


def _client_on_server(home: Path, url: str, name: str) -> None:
    previous = use_server(url)
    try:
        store = open_store(home)
        try:
            clients.add_client(store, Client(name=name))
        finally:
            store.close()
    finally:
        use_server(previous)


def test_offmap_store_url_opens_the_window_on_the_server(opened, home, pg_url):
    _client_on_server(home, pg_url, "Ana Server")
    assert cli.main(["--home", str(home), "--store", pg_url]) == 0
    assert opened == {"backend": "postgresql", "names": ["Ana Server"]}


def test_offmap_gui_store_url_opens_the_window_on_the_server(opened, home, pg_url,
                                                             monkeypatch):
    _client_on_server(home, pg_url, "Ana Server")
    monkeypatch.setattr(sys, "argv", ["offmap-gui", "--home", str(home), "--store", pg_url])
    assert entry.gui_main() == 0
    assert opened == {"backend": "postgresql", "names": ["Ana Server"]}


def test_without_store_the_window_opens_the_data_folder(opened, home, monkeypatch):
    monkeypatch.delenv("OFFMAP_STORE", raising=False)
    assert cli.main(["--home", str(home)]) == 0
    assert opened == {"backend": "sqlite", "names": []}

"""Settings → Shared store against a real PostgreSQL server (tests/pg_server.py): testing the
connection, saving the choice for the next start (window and command line), moving this
computer's cases to the server with Cancel, signing out."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QMessageBox, QProgressDialog, QPushButton

from app import secrets
from app.core.model import Client
from app.gui.settings.server_store_dialog import ServerStoreDialog
from app.services import clients as client_service
from app.services import requests as request_service
from app.services import store_choice
from app.services.store_status import store_status
from app.store.connection import use_server
from app.store.pg_address import parse_url
from tests.gui.test_mnemonics import clashes
from tests.pg_server import SUPERUSER_PASSWORD


@pytest.fixture
def fresh_choice(monkeypatch):
    """Every window build in a test follows the saved server through the process-wide choice:
    put it back afterwards."""
    monkeypatch.delenv("OFFMAP_STORE", raising=False)
    previous = use_server(None)
    yield
    use_server(previous)


@pytest.fixture
def forget_password(pg_url):
    yield
    secrets.delete_password(parse_url(pg_url).keyring_name)  # a missing entry is fine


def _server_window(qtbot, home: Path, url: str):
    """The window a worker gets once the server is saved in Settings."""
    from app.gui.shell.launch import build_main_window

    store_choice.save_server(home, url)
    window = build_main_window(home, synchronous_tasks=True, language="en")
    qtbot.addWidget(window)
    return window


def _answers(monkeypatch, answer=QMessageBox.StandardButton.Yes) -> dict[str, list[str]]:
    said: dict[str, list[str]] = {"question": [], "information": [], "warning": []}
    for kind in said:
        def record(*args, _kind=kind, **kwargs):
            said[_kind].append(args[2])
            return answer if _kind == "question" else QMessageBox.StandardButton.Ok
        monkeypatch.setattr(QMessageBox, kind, record)
    return said


def test_testing_a_good_and_a_bad_password_says_which(window, pg_url, fresh_choice):
    dialog = ServerStoreDialog(window.ctx, pg_url, parent=window)
    dialog.test_button.click()
    assert "password of your database role" in dialog.message.text()
    dialog.password.setText("not the password")
    dialog.test_button.click()
    assert "refused the password of postgres" in dialog.message.text()
    assert dialog.message.isVisibleTo(dialog)
    dialog.password.setText(SUPERUSER_PASSWORD)
    dialog.test_button.click()
    assert dialog.message.text().startswith("Connected to postgresql://postgres@127.0.0.1")
    assert store_choice.saved_server(window.ctx.home) is None  # a test keeps nothing
    dialog.address.setText("postgresql://nobody@127.0.0.1:1/x")
    dialog.test_button.click()
    assert "cannot be reached" in dialog.message.text()
    dialog.address.setText("mysql://x@y/z")
    dialog.test_button.click()
    assert "is not a server store address" in dialog.message.text()
    assert dialog.password.echoMode() == dialog.password.EchoMode.Password
    assert clashes(dialog) == {}
    buddies = {label.text(): label.buddy() for label in dialog.findChildren(QLabel)}
    assert buddies["&Address:"] is dialog.address and buddies["&Password:"] is dialog.password


def test_saving_remembers_the_server_for_the_window_and_the_command_line(
        window, qtbot, pg_url, fresh_choice, forget_password, capsys, monkeypatch):
    from app.cli import main
    from app.gui.shell.launch import build_main_window

    home = window.ctx.home
    restarted = []
    section = window.page("settings").shared_store
    section.restart = lambda widget: restarted.append(widget) or True
    assert "this computer's encrypted store" in section.where.text()
    assert section.move_button.isHidden() and section.sign_out_button.isHidden()
    window.show_page("settings")
    assert section.use_button.isVisibleTo(window) and clashes(window) == {}

    dialog = ServerStoreDialog(window.ctx, pg_url, parent=window)
    dialog.password.setText("wrong")
    dialog.save_button.click()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert store_choice.saved_server(home) is None
    dialog.password.setText(SUPERUSER_PASSWORD)
    dialog.save_button.click()
    assert dialog.result() == dialog.DialogCode.Accepted
    address = parse_url(pg_url)
    assert store_choice.saved_server(home) == address.url
    assert secrets.get_password(address.keyring_name) == SUPERUSER_PASSWORD
    assert json.loads((home / store_choice.CHOICE_FILE).read_text()) == {
        "store.server": address.url}

    # From here on the password comes from the keyring, as run_gui and the CLI install it.
    from app.services.store_login import keyring_password
    from app.store.postgres import use_password_source

    monkeypatch.delenv("PGPASSWORD")
    previous_source = use_password_source(keyring_password)
    again = build_main_window(home, synchronous_tasks=True, language="en")
    qtbot.addWidget(again)
    try:
        assert again.ctx.store.backend == "postgresql"
        assert "on the clinic's server" in again.page("settings").shared_store.where.text()
    finally:
        again.ctx.store.close()
        use_server(None)

    # The command line follows the same rule: --store, OFFMAP_STORE, the saved server, home.
    def backend(*args: str) -> str:
        assert main(["--home", str(home), *args, "store", "status", "--json"]) == 0
        return json.loads(capsys.readouterr().out)["backend"]

    monkeypatch.delenv("OFFMAP_STORE", raising=False)
    assert backend() == "postgresql"
    assert backend("--store", "home") == "sqlite"
    monkeypatch.setenv("OFFMAP_STORE", "home")
    assert backend() == "sqlite"
    assert backend("--store", address.url) == "postgresql"
    use_password_source(previous_source)


def test_moving_cases_copies_the_counts_and_cancel_leaves_the_server_empty(
        window, qtbot, pg_url, fresh_choice, monkeypatch):
    local = window.ctx.store
    for name in ("Ana Lopez", "Ben Okafor"):
        client = client_service.add_client(local, Client(name=name, emails=["a@example.org"],
                                                         state="CA"))
        request_service.new_request(local, client.id, "att", "delete")
    expected = store_status(local)

    server = _server_window(qtbot, window.ctx.home, pg_url)
    try:
        section = server.page("settings").shared_store
        server.show_page("settings")
        server.show()
        assert not section.move_button.isHidden() and clashes(server) == {}
        from app.gui.shell.welcome import mark_welcome_seen

        mark_welcome_seen(server.ctx.store)  # as the window does on the new server's first start
        said = _answers(monkeypatch)
        original = QProgressDialog.setValue

        def cancel_at_once(dialog, value):  # the person presses Cancel after the first rows
            original(dialog, value)
            dialog.findChild(QPushButton).click()

        monkeypatch.setattr(QProgressDialog, "setValue", cancel_at_once)
        section.move_cases()
        assert "2 clients and 2 requests" in said["question"][0]
        assert said["warning"] == [
            "Cancelled: nothing was copied, the server store is as it was."]
        status = store_status(server.ctx.store)
        assert (status.clients, status.requests) == (0, 0)

        monkeypatch.setattr(QProgressDialog, "setValue", original)
        section.move_cases()
        assert said["information"] and "every table's count was checked" in \
            said["information"][0]
        status = store_status(server.ctx.store)
        assert (status.clients, status.requests) == (expected.clients, expected.requests)
        assert "2 clients, 2 requests" in section.where.text()

        section.move_cases()  # the server is no longer empty: refused, nothing mixed up
        assert "is not empty" in said["warning"][-1]
        assert store_status(server.ctx.store).clients == expected.clients
    finally:
        server.ctx.store.close()


def test_copying_the_servers_cases_back_to_this_computer(window, qtbot, pg_url, fresh_choice,
                                                        monkeypatch):
    home = window.ctx.home
    server = _server_window(qtbot, home, pg_url)
    try:
        for name in ("Ana Lopez", "Ben Okafor"):
            client = client_service.add_client(server.ctx.store, Client(name=name, state="CA"))
            request_service.new_request(server.ctx.store, client.id, "att", "delete")
        section = server.page("settings").shared_store
        server.show_page("settings")
        server.show()
        assert section.copy_back_button.isVisibleTo(server) and clashes(server) == {}
        said = _answers(monkeypatch)
        original = QProgressDialog.setValue

        def cancel_at_once(dialog, value):
            original(dialog, value)
            dialog.findChild(QPushButton).click()

        monkeypatch.setattr(QProgressDialog, "setValue", cancel_at_once)
        section.copy_back()
        assert "2 clients and 2 requests" in said["question"][0]
        assert said["warning"] == [
            "Cancelled: nothing was copied, this computer's store is as it was."]
        assert store_choice.home_store_status(home).clients == 0

        monkeypatch.setattr(QProgressDialog, "setValue", original)
        section.copy_back()
        assert "every table's count was checked" in said["information"][-1]
        local = store_choice.home_store_status(home)
        assert (local.clients, local.requests) == (2, 2)
        assert store_status(server.ctx.store).clients == 2  # the server keeps everything

        asked = len(said["question"])
        section.copy_back()  # this computer's store is no longer empty: refused before asking
        assert "already holds 2 clients and 2 requests" in said["warning"][-1]
        assert len(said["question"]) == asked
    finally:
        server.ctx.store.close()


def test_no_settings_text_names_a_command(window, qtbot, pg_url, fresh_choice, monkeypatch):
    server = _server_window(qtbot, window.ctx.home, pg_url)
    try:
        section = server.page("settings").shared_store
        said = _answers(monkeypatch, QMessageBox.StandardButton.No)
        section.stop_using_server()
        assert said["question"] and "offmap" not in said["question"][0]
        assert "Copy the server's cases to this computer" in said["question"][0]
    finally:
        server.ctx.store.close()


def test_moving_needs_a_yes(window, qtbot, pg_url, fresh_choice, monkeypatch):
    server = _server_window(qtbot, window.ctx.home, pg_url)
    try:
        said = _answers(monkeypatch, QMessageBox.StandardButton.No)
        server.page("settings").shared_store.move_cases()
        assert said["question"] and not said["warning"] and not said["information"]
    finally:
        server.ctx.store.close()


def test_sign_out_forgets_the_password_and_the_server(window, qtbot, pg_url, fresh_choice,
                                                     forget_password, monkeypatch):
    home = window.ctx.home
    dialog = ServerStoreDialog(window.ctx, pg_url, parent=window)
    dialog.password.setText(SUPERUSER_PASSWORD)
    dialog.save_button.click()
    address = parse_url(pg_url)
    assert secrets.get_password(address.keyring_name) == SUPERUSER_PASSWORD
    server = _server_window(qtbot, home, pg_url)
    try:
        section = server.page("settings").shared_store
        restarted = []
        section.restart = lambda widget: restarted.append(widget) or True
        _answers(monkeypatch)
        assert section.sign_out() and restarted
        assert secrets.get_password(address.keyring_name) is None
        assert store_choice.saved_server(home) is None
    finally:
        server.ctx.store.close()


def test_stop_using_the_server_goes_back_to_the_home_store(window, qtbot, pg_url,
                                                           fresh_choice, monkeypatch):
    home = window.ctx.home
    store_choice.save_server(home, pg_url)
    server = _server_window(qtbot, home, pg_url)
    try:
        section = server.page("settings").shared_store
        restarted = []
        section.restart = lambda widget: restarted.append(widget) or True
        _answers(monkeypatch, QMessageBox.StandardButton.No)
        assert not section.stop_using_server() and store_choice.saved_server(home)
        _answers(monkeypatch)
        assert section.stop_using_server() and restarted
        assert store_choice.saved_server(home) is None
    finally:
        server.ctx.store.close()


def test_a_broken_choice_file_reads_as_the_home_store(home: Path):
    home.mkdir(parents=True)
    (home / store_choice.CHOICE_FILE).write_text("{not json", encoding="utf-8")
    assert store_choice.saved_server(home) is None
    with pytest.raises(Exception, match="not a server store address"):
        store_choice.save_server(home, "mysql://x@y/z")


def test_an_unreachable_saved_server_offers_this_computers_store(qtbot, home: Path,
                                                                 fresh_choice, monkeypatch):
    from app.core.errors import OffMapError
    from app.gui.shell import launch

    monkeypatch.delenv("OFFMAP_STORE", raising=False)
    home.mkdir(parents=True)
    store_choice.save_server(home, "postgresql://nobody@127.0.0.1:1/x")
    with pytest.raises(OffMapError, match="cannot be reached") as failed:
        launch.build_main_window(home, synchronous_tasks=True, language="en")
    said = _answers(monkeypatch, QMessageBox.StandardButton.No)
    assert launch._home_store_instead(home, failed.value) is None
    assert "cannot be reached" in said["question"][0]
    _answers(monkeypatch)
    window = launch._home_store_instead(home, failed.value)
    assert window is not None
    qtbot.addWidget(window)
    try:
        assert window.ctx.store.backend == "sqlite"
        assert store_choice.saved_server(home) == "postgresql://nobody@127.0.0.1:1/x"
    finally:
        window.ctx.store.close()


def test_a_store_chosen_with_the_environment_comes_first(window, qtbot, pg_url, fresh_choice,
                                                         monkeypatch):
    from app.gui.shell.launch import build_main_window

    home = window.ctx.home
    store_choice.save_server(home, pg_url)
    monkeypatch.setenv("OFFMAP_STORE", "home")
    again = build_main_window(home, synchronous_tasks=True, language="en")
    qtbot.addWidget(again)
    try:
        assert again.ctx.store.backend == "sqlite"
        section = again.page("settings").shared_store
        assert "chosen with --store or OFFMAP_STORE" in section.where.text()
        restarted = []
        section.restart = lambda widget: restarted.append(widget) or True
        said = _answers(monkeypatch)
        assert not section._back_home() and not restarted
        assert "applies when OffMap starts without them" in said["information"][0]
        assert store_choice.saved_server(home) is None
    finally:
        again.ctx.store.close()

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from app.gui.shell.welcome import WelcomeDialog, run_welcome, welcome_due
from tests.gui.helpers import when_modal


def test_welcome_shows_once_per_home(window):
    assert welcome_due(window.ctx.store)
    shown = []

    def close(dialog):
        shown.append(type(dialog).__name__)
        dialog.reject()

    when_modal(close)
    run_welcome(window)
    assert shown == ["WelcomeDialog"]
    assert not welcome_due(window.ctx.store)
    run_welcome(window)  # returns at once: no dialog, nothing waits for one
    assert shown == ["WelcomeDialog"]


def test_welcome_says_where_data_lives_and_that_nothing_leaves(qtbot, tmp_path):
    dialog = WelcomeDialog(str(tmp_path / "home"))
    qtbot.addWidget(dialog)
    text = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert str(tmp_path / "home") in text
    assert "Nothing leaves this computer" in text
    assert dialog.start_button.isDefault()


def test_start_adds_the_user_and_opens_the_phone_wizard(window):
    def start(dialog):
        def fill_client(client_dialog):
            client_dialog.name.setText("Me Myself")
            client_dialog.state.setText("CA")
            client_dialog.accept()

        when_modal(fill_client)
        dialog.start_button.click()

    when_modal(start)
    run_welcome(window)
    clients = window.page("clients")
    assert clients.selected_client().name == "Me Myself"
    wizard = clients.holdings.last_wizard
    assert wizard is not None and wizard.isVisible()
    wizard.reject()


def test_no_welcome_on_a_store_that_already_has_clients(window):
    """A home filled by the command line (or a clinic's store) is not a first run: no welcome,
    so its "Add my phone service…" never opens a blank client form over real data."""
    from app.core.model import Client
    from app.services.clients import add_client

    add_client(window.ctx.store, Client(name="Ana Ruiz", state="CA"))
    assert not welcome_due(window.ctx.store)
    shown = []
    when_modal(lambda dialog: (shown.append(dialog), dialog.reject()))
    run_welcome(window)
    assert shown == []


def test_welcome_says_the_store_is_encrypted_and_where_its_key_is(qtbot, tmp_path):
    def text_of(kept_in: str) -> str:
        dialog = WelcomeDialog(str(tmp_path / "home"), None, kept_in)
        qtbot.addWidget(dialog)
        return " ".join(label.text() for label in dialog.findChildren(QLabel))

    keyring = text_of("keyring")
    assert "encrypted" in keyring and "system keyring" in keyring
    assert "Settings → Backups → Store key…" in keyring and "cannot be recovered" in keyring
    passphrase = text_of("passphrase")
    assert "encrypted with the passphrase" in passphrase and "cannot be recovered" in passphrase
    assert "encrypted" not in text_of("")   # a server store, or a home made before encryption


def test_the_window_knows_where_its_store_key_is_kept(window):
    from app.gui.shell.welcome import key_kept_in

    assert key_kept_in(window.ctx.store, window.ctx.home) == "keyring"

"""Settings > Mail accounts: presets fill the form and explain app passwords, saving puts the
password in the keyring, deleting removes it, the no-keyring state is explained, and Test
connection logs in to a real SMTP server through the task runner."""

from __future__ import annotations

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtWidgets import QMessageBox

from app import secrets
from app.core.model import MailAccount
from app.services import accounts as account_service
from tests.gui.helpers import when_modal
from tests.unit.fake_keyring import MemoryKeyring


@pytest.fixture
def memory_keyring():
    before = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    secrets.forget_for_session()
    yield backend
    keyring.set_keyring(before)
    secrets.forget_for_session()


@pytest.fixture
def no_keyring():
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    secrets.forget_for_session()
    yield
    keyring.set_keyring(before)
    secrets.forget_for_session()


def _section(window):
    return window.page("settings").mail_accounts


def test_preset_fills_the_form_and_explains_the_app_password(window, memory_keyring):
    dialog = _section(window).open_editor()
    dialog.choose_preset("icloud")
    assert dialog.host.text() == "smtp.mail.me.com"
    assert dialog.port.value() == 587
    assert dialog.security.currentData() == "starttls"
    assert not dialog.help.isHidden()
    assert "app-specific password" in dialog.help.text()
    dialog.choose_preset("fastmail")
    assert (dialog.host.text(), dialog.port.value(), dialog.security.currentData()) == \
        ("smtp.fastmail.com", 465, "ssl")
    dialog.security.setCurrentIndex(dialog.security.findData("starttls"))
    assert dialog.port.value() == 587


def test_the_dialog_grows_to_show_a_providers_whole_help(window, no_keyring, qtbot):
    dialog = _section(window).open_editor()
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.choose_preset("gmail")
    qtbot.wait(50)
    for label in (dialog.help, dialog.keyring_note):   # neither cut off at its first height
        assert label.height() >= label.heightForWidth(label.width())
    dialog.reject()


def test_save_and_delete_follow_the_keyring(window, memory_keyring):
    section = _section(window)
    dialog = section.open_editor()
    dialog.choose_preset("gmail")
    dialog.label.setText("Clinic")
    dialog.user.setText("clinic@gmail.com")
    dialog.password.setText("app-pass-1234")
    dialog.save()
    assert dialog.saved is not None, dialog.status.text()
    assert section.model.rowCount() == 1
    key = account_service.keyring_key(window.ctx.store, dialog.saved.id)
    assert memory_keyring.items == {("OffMap", key): "app-pass-1234"}
    assert "system keyring" in section.keyring.text()

    section.table.selectRow(0)
    assert section.delete_button.isEnabled()
    when_modal(lambda box: box.button(QMessageBox.StandardButton.Cancel).click())
    section.delete_selected()
    assert section.model.rowCount() == 1
    when_modal(lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    section.delete_selected()
    assert section.model.rowCount() == 0
    assert memory_keyring.items == {}


def test_bad_values_are_explained_in_the_dialog(window, memory_keyring):
    dialog = _section(window).open_editor()
    dialog.host.setText("smtp.example.org")
    dialog.security.setCurrentIndex(dialog.security.findData("none"))
    dialog.user.setText("me@example.org")
    dialog.save()
    assert dialog.saved is None
    assert "only for a server on this computer" in dialog.status.text()
    assert account_service.list_accounts(window.ctx.store) == []


def test_without_a_keyring_settings_says_why_and_keeps_the_password_in_memory(window,
                                                                             no_keyring):
    section = _section(window)
    section.reload()
    assert "no secure system keyring" in section.keyring.text()
    assert "GNOME Keyring" in section.keyring.text()
    dialog = section.open_editor()
    assert "will not store" in dialog.keyring_note.text()
    dialog.host.setText("smtp.example.org")
    dialog.user.setText("me@example.org")
    dialog.password.setText("typed-once")
    when_modal(lambda box: box.accept())
    dialog.save()
    account = dialog.saved
    assert account is not None
    assert account_service.password_for(window.ctx.store, account) == "typed-once"


@pytest.mark.integration
def test_test_connection_logs_in_without_sending(window, memory_keyring, tmp_path):
    from tests.integration.mailserver import PASSWORD, USER, MailServer, make_certificates

    certs = make_certificates(tmp_path / "certs")
    with MailServer(certs, "starttls") as server:
        account_service.save_account(
            window.ctx.store,
            MailAccount(host="127.0.0.1", port=server.port, username=USER, from_addr=USER,
                        security="starttls", label="Local"),
            password=PASSWORD)
        section = _section(window)
        section.table.selectRow(0)
        section.test_selected()
        assert "logged in" in section.status.text(), section.status.text()
        assert server.handler.logins == [(USER, PASSWORD)]
        assert server.messages == []

        dialog = section.open_editor(section.selected_account())
        dialog.password.setText("wrong")
        dialog.test_connection()
        assert "refused the login" in dialog.status.text()

"""Settings → Mail accounts: "Sign in with Google or Microsoft" is disabled until an account is
selected, and its tooltip says what to do first (add one, or select one)."""

from __future__ import annotations

from app.core.model import MailAccount
from app.services import accounts as account_service


def test_sign_in_says_what_to_select_until_an_account_is_chosen(window, qtbot):
    window.show_page("settings")
    section = window.page("settings").mail_accounts
    button = section.sign_in_button
    assert not button.isEnabled()
    assert "Add the mail account first" in button.toolTip()

    account_service.save_account(window.ctx.store, MailAccount(
        host="smtp.gmail.com", port=587, username="ana@gmail.com", from_addr="ana@gmail.com",
        security="starttls"))
    window.ctx.bus.accounts_changed.emit()
    section.table.clearSelection()
    assert not button.isEnabled()
    assert "Select the mail account to sign in with" in button.toolTip()

    section.table.selectRow(0)
    assert button.isEnabled()
    assert "ana@gmail.com" in button.toolTip() and "Select" not in button.toolTip()

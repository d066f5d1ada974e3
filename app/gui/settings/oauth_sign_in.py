"""Settings → Mail accounts → Sign in with Google or Microsoft: asks which provider and the
client id of the user's own registered app, then waits (off the GUI thread, cancellable) while
the browser signs in; the refresh token goes to the keyring."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QProgressDialog, QWidget

from app.core.model import MailAccount
from app.gui.common.context import GuiContext
from app.gui.common.messages import error_text
from app.gui.common.tr_context import TranslationContext
from app.services import oauth


class OAuthSignIn(TranslationContext):
    """The Sign in button's words."""


def sign_in_tooltip(accounts: int, account: MailAccount | None) -> str:
    """What the Sign in button does, or, while it is disabled, what to do first."""
    if account is not None:
        return OAuthSignIn.tr("Sign {account} in with Google or Microsoft, for accounts that "
                              "no longer accept passwords (OAuth; the token stays in the keyring)"
                              ).replace("{account}", account.from_addr or account.username)
    if not accounts:
        return OAuthSignIn.tr("Add the mail account first (Add…), then select it here to sign in.")
    return OAuthSignIn.tr("Select the mail account to sign in with, in the list above.")


def sign_in(parent: QWidget, ctx: GuiContext, account: MailAccount | None) -> None:
    tr = parent.tr
    if account is None or account.id is None:
        return
    providers = list(oauth.providers().values())
    guess = oauth.provider_for_host(account.host)
    start = next((i for i, p in enumerate(providers) if p.key == guess), 0)
    name, ok = QInputDialog.getItem(parent, tr("Sign in"), tr("Provider:"),
                                    [p.name for p in providers], start, False)
    if not ok:
        return
    provider = providers[[p.name for p in providers].index(name)]
    client_id, ok = QInputDialog.getText(
        parent, tr("Sign in"),
        tr("Client id of the app you registered with {provider} (see the README):")
        .replace("{provider}", provider.name), QLineEdit.EchoMode.Normal,
        (oauth.settings_for(ctx.store, account) or {}).get("client_id", ""))
    if not ok or not client_id.strip():
        return
    progress = QProgressDialog(tr("Finish signing in in your browser…"), tr("Cancel"), 0, 0,
                               parent)
    progress.setWindowTitle(tr("Sign in"))
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    home, account_id = ctx.home, account.id

    def work(handle):
        oauth.sign_in_in_home(home, account_id, provider.key, client_id,
                              should_stop=lambda: handle.cancelled)

    def done(_result) -> None:
        progress.close()
        ctx.bus.accounts_changed.emit()
        QMessageBox.information(parent, tr("Signed in"),
                                tr("Signed in with {provider}. The refresh token is in the "
                                   "system keyring.").replace("{provider}", provider.name))

    def failed(exc: BaseException) -> None:
        progress.close()
        QMessageBox.warning(parent, tr("Not signed in"), error_text(exc))

    handle = ctx.tasks.run(work, done, failed)
    progress.canceled.connect(handle.cancel)

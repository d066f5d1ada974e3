"""Mail account use cases: several accounts (a clinic may send as the client or as itself), the
default one, their passwords in the system keyring (app.secrets), and "test connection"."""

from __future__ import annotations

import logging
import secrets as random_tokens
from dataclasses import dataclass, replace

from app import secrets
from app.core.errors import NotFoundError, OffMapError
from app.core.mail import validate_account
from app.core.model import MailAccount
from app.core.text import Text
from app.services import mail_transport, preferences
from app.store import Store
from app.store import mail_accounts as account_repo

log = logging.getLogger("app.services.accounts")

DEFAULT_ACCOUNT_PREF = "default_mail_account"
NAMESPACE_PREF = "keyring_namespace"


class PasswordNeededError(OffMapError):
    """No password is stored or remembered for the account; the caller must ask for one."""

    def __init__(self, account: MailAccount, no_keyring: bool) -> None:
        self.account = account
        self.no_keyring = no_keyring
        where = Text("'{username}' on {host}", username=account.username, host=account.host)
        if no_keyring:
            self.reason = Text("the mail password for {where} is needed, and there is no secure "
                               "keyring on this computer, so OffMap does not store it", where=where)
        else:
            self.reason = Text("no mail password is stored for {where}", where=where)
        super().__init__("{reason}. Enter it when asked, or store it in Settings → Mail accounts "
                         "(or 'offmap account set ... --password-stdin').", reason=self.reason)


@dataclass(frozen=True)
class SaveOutcome:
    account: MailAccount
    password_stored: bool  # in the system keyring
    password_in_session: bool  # kept in memory until OffMap quits
    note: str


def _namespace(store: Store) -> str:
    """A random tag for this data home, so two homes never share keyring entries."""
    value = preferences.read(store.conn, NAMESPACE_PREF)
    if value:
        return str(value)
    with store.transaction() as conn:
        value = preferences.read(conn, NAMESPACE_PREF)
        if not value:
            value = random_tokens.token_hex(4)
            preferences.write(conn, NAMESPACE_PREF, value)
    return str(value)


def keyring_key(store: Store, account_id: int) -> str:
    return f"mail-account-{account_id}@{_namespace(store)}"


def list_accounts(store: Store) -> list[MailAccount]:
    return account_repo.list_all(store.conn)


def get_account(store: Store, account_id: int) -> MailAccount:
    return account_repo.get(store.conn, account_id)


def default_account_id(store: Store) -> int | None:
    accounts = list_accounts(store)
    chosen = preferences.read(store.conn, DEFAULT_ACCOUNT_PREF)
    if chosen is not None and any(a.id == chosen for a in accounts):
        return int(chosen)
    return accounts[0].id if accounts else None


def default_account(store: Store) -> MailAccount:
    account_id = default_account_id(store)
    if account_id is None:
        raise NotFoundError(
            "there is no mail account yet. Add one in Settings → Mail accounts, or with "
            "'offmap account set --host H --port P --user U --password-stdin'."
        )
    return get_account(store, account_id)


def resolve_account(store: Store, account_id: int | None) -> MailAccount:
    if account_id is None:
        return default_account(store)
    try:
        return get_account(store, account_id)
    except NotFoundError:
        raise NotFoundError(
            "there is no mail account with id {account_id}; 'offmap account list' shows them.",
            account_id=account_id) from None


def set_default(store: Store, account_id: int) -> None:
    with store.transaction() as conn:
        account_repo.get(conn, account_id)
        preferences.write(conn, DEFAULT_ACCOUNT_PREF, account_id)


def find_matching(store: Store, host: str, username: str) -> MailAccount | None:
    """The account with this server and user, if one exists (so `account set` updates it)."""
    for account in list_accounts(store):
        if account.host.lower() == host.strip().lower() and account.username == username.strip():
            return account
    return None


def save_account(store: Store, account: MailAccount, password: str | None = None,
                 make_default: bool = False) -> SaveOutcome:
    """Adds or updates an account. A given password goes to the keyring in the same step: if the
    keyring fails (locked, access denied) nothing is saved. With no secure keyring the account is
    saved and the password is only remembered in memory for this session."""
    clean = validate_account(account)
    stored = in_session = False
    note: str = ""
    namespace = _namespace(store)
    with store.transaction() as conn:
        account_id = account_repo.upsert(conn, clean)
        clean = replace(clean, id=account_id)
        if make_default or preferences.read(conn, DEFAULT_ACCOUNT_PREF) is None:
            preferences.write(conn, DEFAULT_ACCOUNT_PREF, account_id)
        if password:
            key = f"mail-account-{account_id}@{namespace}"
            try:
                secrets.set_password(key, password)
                stored = True
            except secrets.NoSecureKeyringError as exc:
                secrets.remember_for_session(key, password)
                in_session = True
                note = exc.text
    if stored:
        note = Text("The password is stored in the system keyring.")
    elif not password:
        note = Text("No password was given; the one already stored (if any) is kept.") \
            if account.id is not None else \
            Text("No password was given; OffMap will ask for it when sending.")
    log.info("mail account %s saved (keyring=%s)", clean.id, stored)
    return SaveOutcome(clean, stored, in_session, note)


def delete_account(store: Store, account_id: int) -> None:
    """Deletes the account and its keyring entry; if the keyring refuses, nothing is deleted."""
    key = keyring_key(store, account_id)
    with store.transaction() as conn:
        account_repo.delete(conn, account_id)
        if preferences.read(conn, DEFAULT_ACCOUNT_PREF) == account_id:
            preferences.forget(conn, DEFAULT_ACCOUNT_PREF)
        secrets.delete_password(key)
    log.info("mail account %s deleted", account_id)


def stored_password(store: Store, account: MailAccount) -> str | None:
    """The keyring's (or this session's) password for the account, or None."""
    if account.id is None:
        return None
    return secrets.get_password(keyring_key(store, account.id))


def password_for(store: Store, account: MailAccount, password: str | None = None) -> str | None:
    """The password to log in with: the one given, else the stored one. Raises
    PasswordNeededError when the account needs a login and there is none."""
    if password:
        return password
    if not account.username:
        return None
    from app.services import oauth

    if oauth.uses_oauth(store, account):   # signed in with Google/Microsoft: a bearer token
        return oauth.access_token(store, account)
    found = stored_password(store, account)
    if found:
        return found
    raise PasswordNeededError(account, no_keyring=not secrets.has_secure_keyring())


def store_password(store: Store, account: MailAccount, password: str) -> bool:
    """Saves a typed password in the keyring; without a secure keyring it is only remembered
    for this session. Returns True when it went to the keyring."""
    if account.id is None:
        return False
    key = keyring_key(store, account.id)
    try:
        secrets.set_password(key, password)
    except secrets.NoSecureKeyringError:
        secrets.remember_for_session(key, password)
        return False
    return True


def remember_for_session(store: Store, account: MailAccount, password: str) -> None:
    """Keeps a typed password in memory until OffMap quits (never written anywhere)."""
    if account.id is not None:
        secrets.remember_for_session(keyring_key(store, account.id), password)


def check_connection(account: MailAccount, password: str | None,
                    timeout: float = mail_transport.DEFAULT_TIMEOUT,
                    cafile: str | None = None) -> str:
    """Connects and logs in without sending; returns what happened, or raises a MailError.
    Needs no store, so it can run in a worker thread with only the values it was given."""
    clean = validate_account(account)
    return mail_transport.check_login(clean, password, timeout=timeout, cafile=cafile)

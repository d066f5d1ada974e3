"""An in-memory keyring backend standing in for an OS keyring in unit tests."""

from __future__ import annotations

from keyring import errors as kerr
from keyring.backend import KeyringBackend


class MemoryKeyring(KeyringBackend):
    """Secure as far as app.secrets can tell (priority like Secret Service). Not `viable`, so
    keyring's own backend detection never picks it (or chains it) behind a test's back."""

    priority = 5
    viable = False

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.items.get((service, username))

    def set_password(self, service, username, password):
        self.items[(service, username)] = password

    def delete_password(self, service, username):
        if (service, username) not in self.items:
            raise kerr.PasswordDeleteError("not found")
        del self.items[(service, username)]

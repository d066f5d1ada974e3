"""app.secrets: which backends count as secure, how keyring errors read, the session fallback."""

from __future__ import annotations

import keyring
import pytest
from keyring import errors as kerr
from keyring.backends import chainer, fail, null

from app import secrets
from tests.unit.fake_keyring import MemoryKeyring


class RaisingKeyring(MemoryKeyring):
    def __init__(self, exc: Exception) -> None:
        super().__init__()
        self.exc = exc

    def get_password(self, service, username):
        raise self.exc

    def set_password(self, service, username, password):
        raise self.exc


def _plaintext_class():
    cls = type("PlaintextKeyring", (MemoryKeyring,), {"priority": 0.5})
    cls.__module__ = "keyrings.alt.file"
    return cls


@pytest.fixture(autouse=True)
def restore_keyring():
    before = keyring.get_keyring()
    secrets.forget_for_session()
    yield
    keyring.set_keyring(before)
    secrets.forget_for_session()


def test_fail_null_and_plaintext_backends_are_not_secure():
    assert not secrets.is_secure_backend(fail.Keyring())
    assert not secrets.is_secure_backend(null.Keyring())
    assert not secrets.is_secure_backend(_plaintext_class()())
    assert secrets.is_secure_backend(MemoryKeyring())


def test_a_chainer_is_secure_only_if_every_link_is(monkeypatch):
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [MemoryKeyring()])
    assert secrets.is_secure_backend(chainer.ChainerBackend())
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [MemoryKeyring(),
                                                             _plaintext_class()()])
    assert not secrets.is_secure_backend(chainer.ChainerBackend())
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [])
    assert not secrets.is_secure_backend(chainer.ChainerBackend())


def test_no_secure_keyring_refuses_to_store_and_explains():
    keyring.set_keyring(fail.Keyring())
    status = secrets.keyring_status()
    assert not status.secure
    assert "will not store" in status.explanation and "GNOME Keyring" in status.explanation
    with pytest.raises(secrets.NoSecureKeyringError, match="no secure system keyring"):
        secrets.set_password("k", "s3cret")
    assert secrets.get_password("k") is None
    secrets.delete_password("k")  # nothing stored: nothing to do, no error


def test_plaintext_backend_is_never_written_to():
    backend = _plaintext_class()()
    keyring.set_keyring(backend)
    with pytest.raises(secrets.NoSecureKeyringError, match="not secure"):
        secrets.set_password("k", "s3cret")
    assert backend.items == {}


def test_session_memory_is_used_and_forgotten():
    keyring.set_keyring(fail.Keyring())
    secrets.remember_for_session("k", "typed")
    assert secrets.get_password("k") == "typed"
    secrets.delete_password("k")
    assert secrets.get_password("k") is None


def test_secure_backend_round_trip_uses_the_offmap_service():
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    secrets.set_password("acct", "s3cret")
    assert backend.items == {("OffMap", "acct"): "s3cret"}
    assert secrets.get_password("acct") == "s3cret"
    secrets.delete_password("acct")
    assert backend.items == {}
    secrets.delete_password("acct")  # already gone: fine


@pytest.mark.parametrize(("exc", "expected", "words"), [
    (kerr.KeyringLocked("Failed to unlock the collection!"), secrets.KeyringLockedError,
     "locked"),
    (kerr.PasswordSetError("Can't store password on keychain: (-25293, 'Unknown Error')"),
     secrets.KeyringAccessDeniedError, "refused OffMap access"),
    (kerr.InitError("Failed to create the collection: D-Bus not available."),
     secrets.KeyringUnavailableError, "could not be reached"),
    (RuntimeError("boom"), secrets.KeyringUnavailableError, "failed (RuntimeError)"),
])
def test_keyring_errors_become_messages_a_person_understands(exc, expected, words):
    keyring.set_keyring(RaisingKeyring(exc))
    with pytest.raises(expected) as err:
        secrets.set_password("k", "s3cret")
    assert words in str(err.value)
    assert "s3cret" not in str(err.value)
    with pytest.raises(expected):
        secrets.get_password("k")


def test_empty_password_is_refused():
    keyring.set_keyring(MemoryKeyring())
    with pytest.raises(secrets.SecretsError, match="empty"):
        secrets.set_password("k", "")

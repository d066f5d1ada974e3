"""Mail accounts: validation, presets, several accounts, keyring entries follow the account."""

from __future__ import annotations

import keyring
import pytest
from keyring.backends import fail

from app import secrets
from app.core.errors import NotFoundError, ValidationError
from app.core.mail import get_preset, is_loopback_host, load_presets, validate_account
from app.core.model import MailAccount
from app.services import accounts as account_service
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


def _account(**changes) -> MailAccount:
    values = dict(host="smtp.example.org", port=587, username="me@example.org",
                  from_addr="", security="starttls")
    values.update(changes)
    return MailAccount(**values)


@pytest.mark.parametrize("host", ["localhost", "127.0.0.1", "127.8.9.10", "::1", "[::1]",
                                  "LOCALHOST", "mail.localhost"])
def test_loopback_hosts(host):
    assert is_loopback_host(host)


@pytest.mark.parametrize("host", ["smtp.gmail.com", "10.0.0.1", "192.168.1.2", "127.example.com",
                                  "localhost.example.com", ""])
def test_remote_hosts(host):
    assert not is_loopback_host(host)


def test_security_none_only_for_localhost():
    with pytest.raises(ValidationError, match="only for a server on this computer"):
        validate_account(_account(security="none"))
    assert validate_account(_account(host="127.0.0.1", security="none")).security == "none"


@pytest.mark.parametrize(("changes", "words"), [
    ({"host": ""}, "host"),
    ({"host": "smtp://smtp.example.org"}, "not a server name"),
    ({"host": "bad host"}, "not a server name"),
    ({"port": "abc"}, "not a number"),
    ({"port": 70000}, "out of range"),
    ({"security": "tls"}, "not one of"),
    ({"username": ""}, "user name is missing"),
    ({"username": "a\nb"}, "line break"),
    ({"from_addr": "not-an-address"}, "not an e-mail address"),
])
def test_bad_account_values_are_explained(changes, words):
    with pytest.raises(ValidationError, match=words):
        validate_account(_account(**changes))


def test_from_defaults_to_user_and_label_to_from():
    clean = validate_account(_account(host="SMTP.Example.org", port="465", security="ssl"))
    assert clean.from_addr == "me@example.org"
    assert clean.label == "me@example.org"
    assert clean.host == "smtp.example.org" and clean.port == 465


def test_presets_cover_the_common_providers_with_sources():
    keys = {p.key for p in load_presets()}
    assert {"gmail", "outlook", "microsoft365", "icloud", "fastmail", "proton-bridge",
            "yahoo"} <= keys
    for preset in load_presets():
        validate_account(MailAccount(host=preset.host, port=preset.port, username="u@x.org",
                                     from_addr="u@x.org", security=preset.security))
        assert preset.sources, preset.key
        assert preset.password_help
        assert preset.confidence in ("provider", "secondary", "unverified")
    assert get_preset("proton-bridge").host == "127.0.0.1"
    with pytest.raises(NotFoundError, match="gmail"):
        get_preset("aol")


def test_save_stores_password_in_keyring_and_delete_removes_it(store, memory_keyring):
    outcome = account_service.save_account(store, _account(), password="s3cret")
    assert outcome.password_stored and not outcome.password_in_session
    key = account_service.keyring_key(store, outcome.account.id)
    assert memory_keyring.items == {("OffMap", key): "s3cret"}
    row = store.conn.execute("SELECT * FROM mail_accounts").fetchone()
    assert "s3cret" not in " ".join(str(v) for v in tuple(row))
    assert account_service.password_for(store, outcome.account) == "s3cret"
    account_service.delete_account(store, outcome.account.id)
    assert memory_keyring.items == {}
    assert account_service.list_accounts(store) == []


def test_several_accounts_and_the_default(store, memory_keyring):
    client = account_service.save_account(store, _account(username="client@example.org"),
                                          password="one").account
    clinic = account_service.save_account(store, _account(username="clinic@example.org"),
                                          password="two").account
    assert account_service.default_account(store).id == client.id
    account_service.set_default(store, clinic.id)
    assert account_service.default_account(store).id == clinic.id
    assert account_service.password_for(store, client) == "one"
    assert account_service.password_for(store, clinic) == "two"
    account_service.delete_account(store, clinic.id)
    assert account_service.default_account(store).id == client.id
    assert len(memory_keyring.items) == 1


def test_no_account_yet_says_how_to_add_one(store):
    with pytest.raises(NotFoundError, match="offmap account set"):
        account_service.default_account(store)


def test_keyring_failure_saves_nothing(store, memory_keyring, monkeypatch):
    def locked(key, password):
        raise secrets.KeyringLockedError("the system keyring is locked")

    monkeypatch.setattr(secrets, "set_password", locked)
    with pytest.raises(secrets.KeyringLockedError):
        account_service.save_account(store, _account(), password="s3cret")
    assert account_service.list_accounts(store) == []


def test_without_keyring_the_password_lives_only_in_this_session(store, no_keyring):
    outcome = account_service.save_account(store, _account(), password="s3cret")
    assert not outcome.password_stored and outcome.password_in_session
    assert "no secure system keyring" in outcome.note
    assert account_service.password_for(store, outcome.account) == "s3cret"
    secrets.forget_for_session()
    with pytest.raises(account_service.PasswordNeededError) as err:
        account_service.password_for(store, outcome.account)
    assert err.value.no_keyring
    assert "no secure keyring" in str(err.value)


def test_keyring_keys_differ_between_homes(tmp_path, memory_keyring):
    from app.store import open_store

    first, second = open_store(tmp_path / "a"), open_store(tmp_path / "b")
    try:
        assert account_service.keyring_key(first, 1) != account_service.keyring_key(second, 1)
        assert account_service.keyring_key(first, 1) == account_service.keyring_key(first, 1)
    finally:
        first.close()
        second.close()


def test_a_typed_password_goes_to_the_keyring_or_only_to_memory(store, memory_keyring):
    account = account_service.save_account(store, _account()).account
    with pytest.raises(account_service.PasswordNeededError) as err:
        account_service.password_for(store, account)
    assert not err.value.no_keyring and "no mail password is stored" in str(err.value)
    assert account_service.store_password(store, account, "typed")
    assert list(memory_keyring.items.values()) == ["typed"]

    keyring.set_keyring(fail.Keyring())
    other = account_service.save_account(store, _account(username="x@example.org")).account
    assert not account_service.store_password(store, other, "typed-2")
    assert account_service.password_for(store, other) == "typed-2"
    assert list(memory_keyring.items.values()) == ["typed"]

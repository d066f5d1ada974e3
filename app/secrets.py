"""The one module that touches the OS keyring (after Maestral's keyring.py).

Passwords are stored under the service name "OffMap". Only a secure backend is accepted: the
"fail" and "null" backends, plaintext or other keyrings.alt file backends, and a chainer that
would fall through to one of those are refused. Without a secure keyring OffMap never writes a
password anywhere: the caller asks for it and may keep it in this process's memory with
`remember_for_session` (gone when OffMap quits).

Every keyring failure becomes one of the errors below, whose message says what to do. Messages
never contain the password.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from app.core.errors import OffMapError
from app.core.text import Text

SERVICE = "OffMap"

log = logging.getLogger("app.secrets")

_session: dict[str, str] = {}
_session_lock = threading.Lock()

_INSECURE_MODULE_PREFIXES = ("keyrings.alt", "keyring.backends.fail", "keyring.backends.null")
_INSECURE_NAME_WORDS = ("plaintext", "fail", "null", "uncrypted", "unencrypted")

HOW_TO_GET_A_KEYRING = Text(
    "On Linux install and start a Secret Service keyring (GNOME Keyring or KWallet, usually part "
    "of the desktop; check that it is unlocked after you log in). macOS Keychain and Windows "
    "Credential Manager work out of the box."
)


class SecretsError(OffMapError):
    """The system keyring could not be used; the message says why and what to do."""


class NoSecureKeyringError(SecretsError):
    """There is no secure keyring on this system (none installed, or only an insecure one)."""


class KeyringLockedError(SecretsError):
    """The keyring exists but is locked and was not unlocked."""


class KeyringAccessDeniedError(SecretsError):
    """The keyring refused OffMap access to the entry."""


class KeyringUnavailableError(SecretsError):
    """The keyring exists but could not be reached or failed for another reason."""


@dataclass(frozen=True)
class KeyringStatus:
    """What Settings shows about the keyring. `secure` is False when passwords cannot be stored;
    `locked` is True when a secure keyring exists but is locked (a different state: OffMap
    offers to unlock it and never keeps the password anywhere else meanwhile)."""

    secure: bool
    backend: str
    explanation: str
    locked: bool = False


def _backend() -> Any:
    import keyring

    return keyring.get_keyring()


def _describe(backend: Any) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


# What people call the keyrings (shown in messages instead of Python class names).
_BACKEND_NAMES = (
    ("keyring.backends.SecretService", "Secret Service (GNOME Keyring or KWallet)"),
    ("keyring.backends.libsecret", "Secret Service (GNOME Keyring or KWallet)"),
    ("keyring.backends.kwallet", "KWallet"),
    ("keyring.backends.macOS", "macOS Keychain"),
    ("keyring.backends.Windows", "Windows Credential Manager"),
    ("keyring.backends.chainer", "several system keyrings"),
    ("keyrings.alt", "a keyring kept in a plain file"),
    ("keyring.backends.fail", "none"),
    ("keyring.backends.null", "none"),
)


def backend_name(backend: Any) -> str:
    """The keyring's name as people know it; "none" when there is no real keyring."""
    described = _describe(backend)
    for prefix, name in _BACKEND_NAMES:
        if described.startswith(prefix):
            return name
    return "another keyring"


def _is_secure_single(backend: Any) -> bool:
    name = _describe(backend)
    if name.startswith(_INSECURE_MODULE_PREFIXES):
        return False
    if any(word in type(backend).__qualname__.lower() for word in _INSECURE_NAME_WORDS):
        return False
    try:
        return float(backend.priority) >= 1
    except Exception:  # a backend whose priority cannot be computed is not usable
        return False


def is_secure_backend(backend: Any) -> bool:
    """True only for a backend that keeps secrets encrypted by the OS. A chainer is secure only
    when every backend it would write to is secure (it writes to the first one that accepts)."""
    from keyring.backends.chainer import ChainerBackend

    if isinstance(backend, ChainerBackend):
        chained = list(backend.backends)
        return bool(chained) and all(_is_secure_single(b) for b in chained)
    return _is_secure_single(backend)


def keyring_status() -> KeyringStatus:
    try:
        backend = _backend()
    except Exception as exc:  # keyring could not even choose a backend
        log.info("keyring backend unavailable: %s", type(exc).__name__)
        return KeyringStatus(False, "none", _no_keyring_message())
    name = backend_name(backend)
    if is_secure_backend(backend):
        if is_locked(backend):
            return KeyringStatus(True, name, _locked_message(name), locked=True)
        return KeyringStatus(True, name, Text("Passwords are kept in the system keyring ({name}).",
                                              name=name))
    return KeyringStatus(False, name, _no_keyring_message(name))


def _locked_message(backend: str) -> Text:
    return Text(
        "the system keyring ({backend}) is locked. OffMap neither reads nor stores mail "
        "passwords while it is locked, and never keeps them anywhere else instead: unlock it "
        "(Settings → Mail accounts → Unlock keyring, or your desktop's keyring manager) to send "
        "with a stored password.", backend=backend)


@contextlib.contextmanager
def _collections(backend: Any) -> Iterator[list[Any]]:
    """The Secret Service collections the keyring backend writes to (none for other backends
    or when D-Bus cannot be reached). Looking at them does not prompt."""
    from keyring.backends.chainer import ChainerBackend

    chained = list(backend.backends) if isinstance(backend, ChainerBackend) else [backend]
    services = [b for b in chained
                if type(b).__module__.startswith("keyring.backends.SecretService")]
    if not services:
        yield []
        return
    import secretstorage

    try:
        connection = secretstorage.dbus_init()
    except Exception as exc:  # no D-Bus, no service: not "locked", another state
        log.info("keyring collection unavailable: %s", type(exc).__name__)
        yield []
        return
    try:
        yield [secretstorage.Collection(connection, b.preferred_collection)
               if getattr(b, "preferred_collection", None)
               else secretstorage.get_default_collection(connection) for b in services]
    finally:
        connection.close()


def is_locked(backend: Any | None = None) -> bool:
    """True when the secure keyring's collection is locked (Secret Service; other systems
    report a locked keychain when it is used)."""
    try:
        with _collections(_backend() if backend is None else backend) as collections:
            return any(collection.is_locked() for collection in collections)
    except Exception as exc:
        log.info("keyring lock state unknown: %s", type(exc).__name__)
        return False


def unlock_keyring() -> bool:
    """Asks the system to unlock the keyring (it shows its own password prompt). True when it
    is unlocked afterwards; False when the user declined or no prompt could be shown."""
    try:
        with _collections(_backend()) as collections:
            for collection in collections:
                if collection.is_locked():
                    collection.unlock(timeout=300)
                if collection.is_locked():
                    log.info("keyring unlock declined")
                    return False
    except Exception as exc:  # a prompt that never answered, a dropped connection
        log.info("keyring unlock failed: %s", type(exc).__name__)
        return False
    return True


def _no_keyring_message(backend: str = "") -> Text:
    found = Text(" (found only {backend}, which is not secure)", backend=backend) \
        if backend and backend != "none" else ""
    return Text(
        "there is no secure system keyring on this computer{found}, so OffMap will not store "
        "mail passwords: it asks for the password when you send and forgets it when OffMap "
        "closes. {how_to_get_a_keyring}", found=found, how_to_get_a_keyring=HOW_TO_GET_A_KEYRING)


def has_secure_keyring() -> bool:
    return keyring_status().secure


def _secure_backend_or_raise() -> Any:
    status = keyring_status()
    if not status.secure:
        raise NoSecureKeyringError(status.explanation)
    return _backend()


# What OffMap was doing with the password, as the keyring messages name it.
ACTIONS = {"store": Text("store"), "read": Text("read"), "delete": Text("delete")}


def _translate(exc: Exception, verb: str) -> SecretsError:
    """Maps anything a keyring backend raises to an error a person can act on."""
    from keyring import errors as kerr

    action = ACTIONS.get(verb, verb)

    kind = type(exc).__name__
    text = str(exc).lower()
    log.info("keyring %s failed: %s", action, kind)
    if isinstance(exc, kerr.NoKeyringError):
        return NoSecureKeyringError(_no_keyring_message())
    if isinstance(exc, kerr.KeyringLocked) or "locked" in text or "dismissed" in text \
            or kind == "PromptDismissedException":
        return KeyringLockedError(
            "the system keyring is locked (a keyring exists, but it was not unlocked), so OffMap "
            "could not {action} the mail password and kept it nowhere else. Unlock it (Settings "
            "→ Mail accounts → Unlock keyring; on Linux also 'Passwords and Keys'; on macOS "
            "Keychain Access) and try again, or type the password when you send.",
            action=action)
    if "denied" in text or "not allowed" in text or "-25293" in text or "-128" in text \
            or "-25308" in text or "permission" in text:
        return KeyringAccessDeniedError(
            "the system keyring refused OffMap access, so it could not {action} the mail "
            "password. Allow OffMap when the keyring asks, or remove the old 'OffMap' entry in "
            "your keyring manager and enter the password again in Settings → Mail accounts.",
            action=action)
    if isinstance(exc, kerr.InitError) or "dbus" in text or "d-bus" in text \
            or "secret service" in text:
        return KeyringUnavailableError(
            "the system keyring could not be reached, so OffMap could not {action} the mail "
            "password. Check that your keyring service is running. {how_to_get_a_keyring}",
            action=action, how_to_get_a_keyring=HOW_TO_GET_A_KEYRING)
    return KeyringUnavailableError(
        "the system keyring failed ({kind}), so OffMap could not {action} the mail password. Try "
        "again; if it keeps failing, restart your keyring service or log out and in again.",
        kind=kind, action=action)


def set_password(key: str, password: str) -> None:
    """Stores `password` in the secure keyring. Raises NoSecureKeyringError when there is none
    (the caller then offers the session-only fallback) or another SecretsError."""
    if not password:
        raise SecretsError("the password is empty; enter the mail account's password.")
    backend = _secure_backend_or_raise()
    try:
        backend.set_password(SERVICE, key, password)
    except Exception as exc:
        raise _translate(exc, "store") from None
    forget_for_session(key)


def get_password(key: str) -> str | None:
    """The stored password, or one remembered for this session, or None. Raises a SecretsError
    when a secure keyring exists but cannot be read (locked, access denied)."""
    remembered = recall_for_session(key)
    if remembered is not None:
        return remembered
    if not has_secure_keyring():
        return None
    try:
        return _backend().get_password(SERVICE, key)
    except Exception as exc:
        raise _translate(exc, "read") from None


def delete_password(key: str) -> None:
    """Removes the entry (and any session copy). A missing entry, or no keyring at all, is fine:
    then nothing was stored."""
    forget_for_session(key)
    if not has_secure_keyring():
        return
    from keyring import errors as kerr

    backend = _backend()
    try:
        if backend.get_password(SERVICE, key) is None:
            return
        backend.delete_password(SERVICE, key)
    except kerr.PasswordDeleteError:
        return
    except Exception as exc:
        raise _translate(exc, "delete") from None


def remember_for_session(key: str, password: str) -> None:
    """Keeps the password in this process's memory only (never written anywhere)."""
    with _session_lock:
        _session[key] = password


def recall_for_session(key: str) -> str | None:
    with _session_lock:
        return _session.get(key)


def forget_for_session(key: str | None = None) -> None:
    with _session_lock:
        if key is None:
            _session.clear()
        else:
            _session.pop(key, None)


def describe_for_humans() -> str:
    """One line for `offmap account list` and Settings."""
    status = keyring_status()
    if status.locked:
        return Text("Passwords: system keyring ({backend}), LOCKED: unlock it to use stored "
                    "passwords; nothing is kept anywhere else.", backend=status.backend)
    if status.secure:
        return Text("Passwords: system keyring ({backend}).", backend=status.backend)
    return Text("Passwords: not stored (no secure keyring); OffMap asks when you send.")


__all__ = [
    "HOW_TO_GET_A_KEYRING",
    "SERVICE",
    "KeyringAccessDeniedError",
    "KeyringLockedError",
    "KeyringStatus",
    "KeyringUnavailableError",
    "NoSecureKeyringError",
    "SecretsError",
    "delete_password",
    "describe_for_humans",
    "forget_for_session",
    "get_password",
    "has_secure_keyring",
    "is_locked",
    "is_secure_backend",
    "keyring_status",
    "recall_for_session",
    "remember_for_session",
    "set_password",
    "unlock_keyring",
]

"""Every preference OffMap keeps, declared once, and the only way to read and write them.

PREFERENCES declares each key: its type, its default and where it is kept, either in the store
(STORE: domain preferences that travel with backups and live on a clinic's server) or in the
window's own settings file beside it (WINDOW: this computer's window geometry, splitters, last
export folder; the window reads and writes those through Qt settings under `window_key(...)`).
Store preferences are read and written through `get_preference` / `set_preference` (or
`read` / `write` / `forget` inside a transaction); an undeclared key or a value of the wrong type
is refused, and a stored value of the wrong type reads as the default.

SETTINGS declares the ones a person may change (Settings in the window, `offmap settings` on
the command line): their name, the key they are stored under, default and allowed values.
Both read and write them through `get_setting` / `set_setting` only."""

from __future__ import annotations

import copy
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from app.core.errors import ValidationError
from app.store import Store
from app.store import preferences as preference_repo

# The window's interface languages: follow the system, English, or a translated language.
INTERFACE_LANGUAGES = ("system", "en", "es")

STORE = "store"    # the preferences table of the data home's store
WINDOW = "window"  # window.ini beside the store (Qt settings): this computer's window state
HOME_FILE = "home-file"  # store-choice.json in the data folder: read before any store opens


@dataclass(frozen=True)
class Preference:
    """One preference: `key` (a WINDOW key may hold {placeholders}), the type of its value
    (object for Qt's own values), its default and where it is kept."""

    key: str
    type: type
    default: Any
    where: str
    about: str

    def pattern(self) -> re.Pattern[str]:
        parts = re.split(r"(\{\w+\})", self.key)
        return re.compile("".join("[^/]+" if part.startswith("{") else re.escape(part)
                                  for part in parts))


PREFERENCES: dict[str, Preference] = {p.key: p for p in (
    Preference("ui.language", str, "system", STORE,
               "the window's interface language (see SETTINGS)"),
    Preference("ui.welcome_seen", bool, False, STORE,
               "the welcome has been shown once in this data home"),
    Preference("directory.update_url", str, "", STORE,
               "where directory updates are downloaded from (see SETTINGS)"),
    Preference("clinic.profile", dict, {}, STORE,
               "the clinic's profile for letters sent as an authorized agent"),
    Preference("default_mail_account", int, None, STORE,
               "the id of the mail account letters are sent from by default"),
    Preference("keyring_namespace", str, None, STORE,
               "this store's own namespace for its passwords in the system keyring"),
    Preference("mail_account_oauth", dict, {}, STORE,
               "per mail account id: its OAuth provider, client id and endpoints"),
    Preference("store.server", str, "", HOME_FILE,
               "the clinic server store this computer opens when neither --store nor "
               "OFFMAP_STORE says ('' : the data folder's own store); app.services.store_choice"),
    Preference("window/geometry", object, None, WINDOW,
               "the main window's size and place (QByteArray)"),
    Preference("splitters/{page}/{index}", object, None, WINDOW,
               "where a page's splitter was left (QByteArray)"),
    Preference("export/last_folder", str, "", WINDOW,
               "the folder of the last export, offered for the next one"),
)}


def declared(key: str, where: str = STORE) -> Preference:
    """The declaration `key` falls under; ValueError for a key not declared (for `where`)."""
    found = PREFERENCES.get(key) or next(
        (p for p in PREFERENCES.values() if "{" in p.key and p.pattern().fullmatch(key)), None)
    if found is None or found.where != where:
        raise ValueError(f"{key!r} is not a declared {where} preference (app.services."
                         "preferences.PREFERENCES)")
    return found


def window_key(key: str, **parts: object) -> str:
    """The Qt settings key of a declared WINDOW preference, its {placeholders} filled in."""
    declaration = declared(key, WINDOW)
    return declaration.key.format(**parts) if parts else declaration.key


def _fits(declaration: Preference, value: Any) -> bool:
    if declaration.type is int and isinstance(value, bool):  # bool is an int to isinstance
        return False
    return isinstance(value, declaration.type)


def _checked(declaration: Preference, value: Any) -> Any:
    if value is not None and not _fits(declaration, value):
        raise ValueError(f"preference {declaration.key!r} holds {declaration.type.__name__}, "
                         f"not {type(value).__name__}")
    return value


def read(conn: Any, key: str) -> Any:
    """A store preference inside a transaction: its value, or its default when none (or one of
    the wrong type) is stored."""
    declaration = declared(key)
    value = preference_repo.get(conn, key, None)
    if value is None or not _fits(declaration, value):
        return copy.deepcopy(declaration.default)  # a caller may change a dict it was given
    return value


def write(conn: Any, key: str, value: Any) -> None:
    """Stores a store preference inside a transaction (None is stored as such)."""
    preference_repo.set_value(conn, key, _checked(declared(key), value))


def forget(conn: Any, key: str) -> None:
    """Removes a store preference inside a transaction: it reads as its default again."""
    preference_repo.delete(conn, declared(key).key)


def _directory_url(value: str) -> str:
    if not value:
        return ""
    from app.net import check_url  # loads the HTTP stack only when an address is given

    return check_url(value)


@dataclass(frozen=True)
class Setting:
    name: str
    key: str
    default: str
    help: str
    choices: tuple[str, ...] = ()
    clean: Callable[[str], str] | None = None

    def validated(self, value: str) -> str:
        value = (value or "").strip()
        if self.choices and value not in self.choices:
            raise ValidationError(
                "'{value}' is not a value of the setting {name}; use one of: {choices}.",
                value=value, name=self.name, choices=", ".join(self.choices))
        return self.clean(value) if self.clean else value


SETTINGS: dict[str, Setting] = {s.name: s for s in (
    Setting("language", "ui.language", "system",
            "the window's interface language ('system' follows the desktop); it applies the "
            "next time the window opens. Letters to companies stay in English.",
            choices=INTERFACE_LANGUAGES),
    Setting("directory-url", "directory.update_url", "",
            "where 'offmap directory update' and the Directory page download a newer directory "
            "from (https)", clean=_directory_url),
)}


def get_preference(store: Store, key: str) -> Any:
    """A declared store preference's value (its default when none is stored)."""
    return read(store.conn, key)


def set_preference(store: Store, key: str, value: Any) -> None:
    with store.transaction() as conn:
        write(conn, key, value)


def stored_language(store: Store) -> str:
    """The interface language stored for the window ("system" when none)."""
    language: str = read(store.conn, SETTINGS["language"].key)
    return language


def setting(name: str) -> Setting:
    if name not in SETTINGS:
        raise ValidationError(
            "there is no setting called '{name}'; the settings are: {names}.",
            name=name, names=", ".join(SETTINGS))
    return SETTINGS[name]


def get_setting(store: Store, name: str) -> str:
    """The setting's stored value, or its default when none (or one no longer allowed) is."""
    chosen = setting(name)
    value = read(store.conn, chosen.key)
    if not isinstance(value, str) or (chosen.choices and value not in chosen.choices):
        return chosen.default
    return value


def set_setting(store: Store, name: str, value: str) -> str:
    """Validates and stores the setting; returns the value stored."""
    chosen = setting(name)
    clean = chosen.validated(value)
    with store.transaction() as conn:
        write(conn, chosen.key, clean)
    return clean


def list_settings(store: Store) -> list[dict[str, Any]]:
    return [{"name": s.name, "value": get_setting(store, s.name), "default": s.default,
             "choices": list(s.choices), "help": s.help} for s in SETTINGS.values()]

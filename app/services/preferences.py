"""Domain preferences (language, first-run state...), for the GUI and the CLI.

SETTINGS declares the ones a person may change (Settings in the window, `offmap settings` on
the command line): their name, the key they are stored under, default and allowed values.
Both read and write them through `get_setting` / `set_setting` only."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from app.core.errors import ValidationError
from app.store import Store
from app.store import preferences as preference_repo

# The window's interface languages: follow the system, English, or a translated language.
INTERFACE_LANGUAGES = ("system", "en", "es")


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


def get_preference(store: Store, key: str, default: Any = None) -> Any:
    return preference_repo.get(store.conn, key, default)


def set_preference(store: Store, key: str, value: Any) -> None:
    with store.transaction() as conn:
        preference_repo.set_value(conn, key, value)


def stored_language(store: Store) -> str:
    """The interface language stored for the window ("system" when none)."""
    language: str = preference_repo.get(store.conn, SETTINGS["language"].key,
                                        SETTINGS["language"].default)
    return language


def setting(name: str) -> Setting:
    if name not in SETTINGS:
        raise ValidationError(
            "there is no setting called '{name}'; the settings are: {names}.",
            name=name, names=", ".join(SETTINGS))
    return SETTINGS[name]


def get_setting(store: Store, name: str) -> str:
    """The setting's stored value, or its default when none (or one no longer allowed) is."""
    declared = setting(name)
    value = preference_repo.get(store.conn, declared.key, declared.default)
    if not isinstance(value, str) or (declared.choices and value not in declared.choices):
        return declared.default
    return value


def set_setting(store: Store, name: str, value: str) -> str:
    """Validates and stores the setting; returns the value stored."""
    declared = setting(name)
    clean = declared.validated(value)
    with store.transaction() as conn:
        preference_repo.set_value(conn, declared.key, clean)
    return clean


def list_settings(store: Store) -> list[dict[str, Any]]:
    return [{"name": s.name, "value": get_setting(store, s.name), "default": s.default,
             "choices": list(s.choices), "help": s.help} for s in SETTINGS.values()]

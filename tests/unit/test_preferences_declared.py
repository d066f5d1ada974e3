"""Every preference is declared once (app.services.preferences.PREFERENCES: key, type, default,
where it is kept) and read and written through that declaration (issue 20, item 7)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from app.services import accounts, clinic, oauth
from app.services import preferences as prefs
from app.services.preferences import HOME_FILE, PREFERENCES, SETTINGS, STORE, WINDOW
from app.store import preferences as preference_repo

APP = Path(__file__).resolve().parents[2] / "app"
# Services that still reach the preferences table themselves, until they move to prefs.read/
# write (their keys are declared already; the list only shrinks).
STILL_RAW: set[str] = set()


def test_an_undeclared_key_is_refused_and_nothing_is_written(store):
    with pytest.raises(ValueError, match="not a declared store preference"):
        prefs.set_preference(store, "ui.no_such_thing", True)
    with pytest.raises(ValueError, match="not a declared store preference"):
        prefs.get_preference(store, "ui.no_such_thing")
    assert preference_repo.get(store.conn, "ui.no_such_thing") is None


def test_a_window_key_is_not_a_store_preference(store):
    with pytest.raises(ValueError):
        prefs.set_preference(store, "export/last_folder", "/tmp")


def test_a_value_of_the_wrong_type_is_refused(store):
    with pytest.raises(ValueError, match="holds bool, not str"):
        prefs.set_preference(store, "ui.welcome_seen", "yes")
    with pytest.raises(ValueError, match="holds int, not bool"):
        prefs.set_preference(store, "default_mail_account", True)  # bool is no account id
    assert prefs.get_preference(store, "ui.welcome_seen") is False


def test_the_default_is_read_when_nothing_or_a_wrongly_typed_value_is_stored(store):
    assert prefs.get_preference(store, "ui.language") == "system"
    with store.transaction() as conn:
        preference_repo.set_value(conn, "ui.welcome_seen", "not a bool")
        preference_repo.set_value(conn, "default_mail_account", True)
    assert prefs.get_preference(store, "ui.welcome_seen") is False
    assert prefs.get_preference(store, "default_mail_account") is None
    prefs.set_preference(store, "ui.welcome_seen", True)
    assert prefs.get_preference(store, "ui.welcome_seen") is True


def test_a_default_handed_out_cannot_change_the_declaration(store):
    profile = prefs.get_preference(store, "clinic.profile")
    profile["name"] = "changed by a caller"
    assert prefs.get_preference(store, "clinic.profile") == {}
    assert PREFERENCES["clinic.profile"].default == {}


def test_forget_returns_a_preference_to_its_default(store):
    prefs.set_preference(store, "default_mail_account", 7)
    with store.transaction() as conn:
        prefs.forget(conn, "default_mail_account")
    assert prefs.get_preference(store, "default_mail_account") is None


def test_window_keys_fill_their_placeholders_and_only_window_keys_are_given():
    assert prefs.window_key("window/geometry") == "window/geometry"
    assert prefs.window_key("splitters/{page}/{index}", page="clients", index=0) == \
        "splitters/clients/0"
    assert prefs.declared("splitters/clients/0", WINDOW).key == "splitters/{page}/{index}"
    with pytest.raises(ValueError):
        prefs.window_key("ui.language")
    with pytest.raises(ValueError):
        prefs.window_key("window/size")


def test_every_declaration_is_complete_and_its_default_fits():
    for key, declared in PREFERENCES.items():
        assert declared.key == key and declared.where in (STORE, WINDOW, HOME_FILE) \
            and declared.about
        assert declared.default is None or isinstance(declared.default, declared.type), key


def test_the_settings_people_change_are_declared_preferences_with_the_same_default():
    for setting in SETTINGS.values():
        declared = prefs.declared(setting.key)
        assert declared.type is str and declared.default == setting.default


def test_the_services_keys_are_declared():
    for key in (accounts.DEFAULT_ACCOUNT_PREF, accounts.NAMESPACE_PREF, clinic.PROFILE_KEY,
                oauth.PREF):
        assert prefs.declared(key).where == STORE


def _string_constants(path: Path) -> dict[str, str]:
    """Module-level NAME = "literal" assignments whose name says it is a preference key."""
    found = {}
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant) and \
                isinstance(node.value.value, str):
            for target in node.targets:
                if isinstance(target, ast.Name) and re.search(r"(^|_)(PREF|PREFERENCE|KEY)$",
                                                              target.id):
                    found[target.id] = node.value.value
    return found


def test_every_preference_key_constant_in_the_code_is_declared():
    undeclared = {}
    for path in APP.rglob("*.py"):
        for name, value in _string_constants(path).items():
            if "." in value or "/" in value or value.endswith(("_pref", "_account", "oauth",
                                                               "namespace")):
                try:
                    prefs.declared(value, WINDOW if "/" in value else STORE)
                except ValueError:
                    undeclared[f"{path.relative_to(APP)}:{name}"] = value
    assert undeclared == {}, "declare these in app.services.preferences.PREFERENCES"


def test_only_the_declaration_reaches_the_preferences_table():
    raw = {path.relative_to(APP).as_posix() for path in APP.rglob("*.py")
           if re.search(r"from app\.store import preferences|app\.store\.preferences",
                        path.read_text(encoding="utf-8"))}
    raw -= {"services/preferences.py", "store/__init__.py"}
    assert raw - STILL_RAW == set(), "read and write preferences through app.services.preferences"
    assert STILL_RAW - raw == set(), "moved to the declaration: remove them from STILL_RAW"


def test_the_window_names_no_settings_key_of_its_own():
    """Qt settings keys in the window come from window_key(...), never a bare literal."""
    literal = re.compile(r"""\.(value|setValue)\(\s*["'][\w/]+["']""")
    found = [path.relative_to(APP).as_posix() for path in (APP / "gui").rglob("*.py")
             if literal.search(path.read_text(encoding="utf-8"))]
    assert found == []

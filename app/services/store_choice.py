"""Which store this computer opens: the one rule for the window and the command line.

`--store URL` first, then the OFFMAP_STORE environment variable, then the clinic server saved
in Settings → Clinic → Shared store (the "store.server" preference, kept in a small file in the
data folder, since it must be known before any store opens), then the data folder's own store.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import TYPE_CHECKING

from app.core.errors import OffMapError
from app.paths import secure_file
from app.services.preferences import HOME_FILE, declared, forget
from app.store import Store, open_store
from app.store.connection import EMBEDDED, server_url, use_server

if TYPE_CHECKING:  # (the copy and the status only when asked for: not on every start)
    from app.services.store_migrate import MigrateResult, Progress
    from app.services.store_status import StoreStatus

STORE_CHOICE = "store.server"
CHOICE_FILE = "store-choice.json"


class StoreChoiceError(OffMapError):
    """The choice could not be saved; the message says why."""


def _file(home: Path) -> Path:
    return home / CHOICE_FILE


def saved_server(home: Path) -> str | None:
    """The server store saved for this data folder, or None (its own store)."""
    declaration = declared(STORE_CHOICE, HOME_FILE)
    try:
        value = json.loads(_file(home).read_text(encoding="utf-8")).get(declaration.key)
    except (OSError, ValueError, AttributeError):
        value = declaration.default
    return value.strip() or None if isinstance(value, str) else None


def save_server(home: Path, url: str | None) -> None:
    """Remembers `url` (None: the data folder's own store) for the next start."""
    declaration = declared(STORE_CHOICE, HOME_FILE)
    path = _file(home)
    try:
        if url is None:
            path.unlink(missing_ok=True)
            return
        from app.store.pg_address import parse_url  # psycopg: only when a server is chosen

        value = parse_url(url).url if url != EMBEDDED else ""
        temporary = path.with_suffix(".tmp")
        temporary.write_text(json.dumps({declaration.key: value}), encoding="utf-8")
        secure_file(temporary)
        os.replace(temporary, path)
    except OSError as exc:
        raise StoreChoiceError("the choice of store could not be saved in {path}: {error}",
                               path=path, error=exc.strerror or exc) from exc


def use_saved_server(home: Path) -> str | None:
    """Follows the saved server when neither --store nor OFFMAP_STORE chose a store; returns
    the saved server now in use, or None when something else decides (then nothing changed)."""
    saved = saved_server(home)
    if server_url() is not None or not saved:
        return None
    use_server(saved)
    return saved


def try_connection(home: Path, url: str, password: str) -> str:
    """Opens the server store at `url` with `password` (bringing its schema up to date) and
    closes it again, keeping nothing; returns the address. Raises StoreError saying why not."""
    from app.store.pg_address import parse_url
    from app.store.postgres import open_server_store

    address = parse_url(url)
    store = open_server_store(home, address.url, password=password or None)
    store.close()
    return address.url


def is_server(store: Store) -> bool:
    return store.backend != "sqlite"


def home_store_status(home: Path) -> StoreStatus:
    """What the data folder's own store holds, whichever store is in use."""
    from app.services.store_status import store_status

    store = open_store(home, url=EMBEDDED)
    try:
        return store_status(store)
    finally:
        store.close()


def move_home_store_to(home: Path, url: str, progress: Progress | None = None) -> MigrateResult:
    """Copies the data folder's own store into the EMPTY server store at `url` (one transaction,
    counts verified; an exception from `progress` leaves the server as it was)."""
    return _copy_between(home, EMBEDDED, url, progress)


def copy_server_store_home(home: Path, url: str,
                           progress: Progress | None = None) -> MigrateResult:
    """Copies the server store at `url` into the data folder's own store, which must be EMPTY
    (the window's way back; `offmap --store URL store migrate-to home` does the same)."""
    return _copy_between(home, url, EMBEDDED, progress)


def _copy_between(home: Path, source_url: str, target_url: str,
                  progress: Progress | None) -> MigrateResult:
    from app.services.store_migrate import migrate_store

    source = open_store(home, url=source_url)
    try:
        target = open_store(home, url=target_url)
        try:
            _forget_first_start_marks(target)
            return migrate_store(source, target, progress)
        finally:
            target.close()
    finally:
        source.close()


# What the window writes into a store merely by opening it (the welcome shown once): on a new
# server store these are its only rows, and they must not make it "not empty" for the copy,
# which brings this computer's own values for them.
FIRST_START_MARKS = ("ui.welcome_seen",)


def _forget_first_start_marks(target: Store) -> None:
    from app.services.store_migrate import count_rows

    rows = count_rows(target)
    if any(count for table, count in rows.items() if table != "preferences"):
        return
    kept = {row[0] for row in target.conn.execute("SELECT key FROM preferences")}
    if kept and kept <= set(FIRST_START_MARKS):
        with target.transaction() as conn:
            for key in kept:
                forget(conn, key)


def following_saved_server(home: Path) -> bool:
    """True when the store in use is the saved server (not one --store or OFFMAP_STORE chose)."""
    saved = saved_server(home)
    return bool(saved) and server_url() == saved and os.environ.get("OFFMAP_STORE", "") \
        .strip() != saved


def use_home_store() -> None:
    """This process opens the data folder's own store (the saved choice stays as it is)."""
    use_server(EMBEDDED)


def chosen_elsewhere(home: Path) -> bool:
    """True when --store or OFFMAP_STORE chose this process's store: they come before the saved
    server, so a newly saved choice applies only once OffMap starts without them."""
    return server_url() is not None and not following_saved_server(home)

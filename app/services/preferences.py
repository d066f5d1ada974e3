"""Domain preferences (language, first-run state...), for the GUI and the CLI."""

from __future__ import annotations

from typing import Any

from app.store import Store
from app.store import preferences as preference_repo


def get_preference(store: Store, key: str, default: Any = None) -> Any:
    return preference_repo.get(store.conn, key, default)


def set_preference(store: Store, key: str, value: Any) -> None:
    with store.transaction() as conn:
        preference_repo.set_value(conn, key, value)

"""A store connection of a worker thread's own (a connection belongs to one thread), opened
for one piece of work and closed after it. Light on purpose: the window imports it before its
first paint."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from app.store import Store, open_store

T = TypeVar("T")


def in_own_store(like: Store | Path, work: Callable[[Store], T]) -> T:
    """Runs `work` with a store opened for this call (for worker threads), then closes it.
    `like` is the window's store (an encrypted one's key is reused, so the keyring is not asked
    on every query) or a data folder."""
    if isinstance(like, Store) and like.backend != "sqlite":
        store = open_store(like.home, url=like.location)
    elif isinstance(like, Store):
        key = getattr(like, "key", None)
        store = open_store(like.home, key=key) if key is not None else open_store(like.home)
    else:
        store = open_store(like)
    try:
        return work(store)
    finally:
        store.close()

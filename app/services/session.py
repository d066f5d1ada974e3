"""The store as the window sees it: the `Store` type for annotations and `open_store` for a
worker thread that needs a connection of its own (a connection belongs to one thread). The
window imports these from here so that it never reaches into app.store itself."""

from app.services.own_store import in_own_store
from app.store import Store, StoreError, open_store

__all__ = ["Store", "StoreError", "in_own_store", "open_store"]

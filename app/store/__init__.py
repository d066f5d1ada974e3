"""SQLite store: connection, migrations, repositories."""

from app.store.connection import Store, StoreError, open_store

__all__ = ["Store", "StoreError", "open_store"]

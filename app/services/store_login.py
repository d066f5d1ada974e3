"""Signing in to a clinic's server store: the password is checked against the server, then kept
in the OS keyring (never in a file or the store), where every later command finds it."""

from __future__ import annotations

from pathlib import Path

from app import secrets
from app.core.errors import OffMapError
from app.store import StoreError
from app.store.postgres import ServerAddress, parse_url, use_password_source


def login(home: Path, url: str, password: str) -> str:
    """Connects to the server store at `url` with `password` (creating or updating its schema
    as needed) and only then keeps the password; returns the store's address. A refused
    connection raises a StoreError saying why, and nothing is kept."""
    from app.store.postgres import open_server_store

    address = parse_url(url)
    if not password:
        raise StoreError("no password was given on stdin; nothing was kept.")
    store = open_server_store(home, url, password=password)
    store.close()
    if keyring_password(address) != password:
        secrets.set_password(address.keyring_name, password)
    return address.url


def logout(url: str) -> str:
    """Forgets the password kept for the server store at `url`; returns the store's address."""
    address = parse_url(url)
    secrets.delete_password(address.keyring_name)
    return address.url


def keyring_password(address: ServerAddress) -> str | None:
    """The password kept for `address` in the OS keyring; None when there is none (or no
    keyring), so that libpq's own ~/.pgpass or PGPASSWORD is tried."""
    try:
        return secrets.get_password(address.keyring_name)
    except OffMapError:
        return None


def install() -> None:
    """Server store passwords come from the OS keyring."""
    use_password_source(keyring_password)

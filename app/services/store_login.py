"""Signing in to a clinic's server store: the password is checked against the server, then kept
in the OS keyring (never in a file or the store), where every later command finds it."""

from __future__ import annotations

from pathlib import Path

from app import secrets
from app.store import StoreError
from app.store.postgres import parse_url, server_password


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
    if server_password(address) != password:
        secrets.set_password(address.keyring_name, password)
    return address.url


def logout(url: str) -> None:
    """Forgets the password kept for the server store at `url`."""
    secrets.delete_password(parse_url(url).keyring_name)

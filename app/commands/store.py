"""`offmap store ...`: what the store is (backend, encryption, schema) and how big; its key;
signing in to a clinic's server store; moving a store between the data folder and a server."""

from __future__ import annotations

import argparse

from app.commands.context import CliContext, print_json


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    store = sub.add_parser("store", help="the store itself: its backend, encryption and schema")
    actions = store.add_subparsers(dest="action", metavar="ACTION", required=True)
    status = actions.add_parser(
        "status", help="backend, encryption, schema version and the number of clients and requests"
    )
    status.add_argument("--json", action="store_true")
    status.set_defaults(func=_status)
    encrypt = actions.add_parser(
        "encrypt", help="encrypt a store made before encryption (a verified copy, then a swap)")
    encrypt.add_argument("--json", action="store_true")
    encrypt.set_defaults(func=_encrypt)
    export = actions.add_parser(
        "export-key", help="write the store key to a file to print and keep apart from the "
        "computer")
    export.add_argument("--out", required=True, metavar="FILE")
    export.set_defaults(func=_export_key)
    login = actions.add_parser(
        "login", help="keep the password of a clinic's server store in this computer's "
        "keyring, after checking that it connects (TLS verify-full unless the server is this "
        "computer)")
    login.add_argument("url", metavar="URL", help="postgresql://USER@HOST[:PORT]/DB")
    login.add_argument("--password-stdin", action="store_true", required=True,
                       help="read the password from the first line of stdin")
    login.set_defaults(func=_login)
    logout = actions.add_parser(
        "logout", help="forget the password of a server store kept in this computer's keyring")
    logout.add_argument("url", metavar="URL", help="postgresql://USER@HOST[:PORT]/DB")
    logout.set_defaults(func=_logout)
    migrate = actions.add_parser(
        "migrate-to", help="copy this store into an empty store and verify the rows of every "
        "table: a server store (URL), or, to leave the server, 'home' (the data folder's "
        "store, e.g. offmap --store URL store migrate-to home)")
    migrate.add_argument("target", metavar="URL|home",
                         help="postgresql://USER@HOST[:PORT]/DB, or 'home' for the embedded "
                         "store in the data folder (it must be empty or not exist yet)")
    migrate.add_argument("--json", action="store_true")
    migrate.set_defaults(func=_migrate_to)
    imported = actions.add_parser(
        "import-key", help="put an exported store key into this computer's keyring")
    imported.add_argument("--file", metavar="FILE",
                          help="the exported key file (default: read the key from stdin)")
    imported.set_defaults(func=_import_key)
    rekey = actions.add_parser(
        "rekey", help="change the store key (a new random key in the keyring, or a new "
        "passphrase); the store and the backups in the data folder are re-encrypted and "
        "verified, and a key exported to paper before no longer opens them")
    rekey.add_argument("--passphrase-stdin", action="store_true",
                       help="for a store opened with a passphrase: the current passphrase and "
                       "the new one, as the first two lines of stdin")
    rekey.add_argument("--json", action="store_true")
    rekey.set_defaults(func=_rekey)


KEY_FILE_WARNING = (
    "OffMap store key. Whoever has this key and a copy of the data folder or a backup can read "
    "every client record in it. Print it, keep the paper somewhere safe apart from the "
    "computer, and delete this file. Without the key the data cannot be recovered.")


def _encrypt(ctx: CliContext, args: argparse.Namespace) -> int:
    from app.services.store_encrypt import encrypt_home
    from app.services.store_keys import LOST_KEY_WARNING
    from app.store.connection import server_url

    if server_url() not in (None, "home"):
        from app.store import StoreError

        raise StoreError("'offmap store encrypt' encrypts the data folder's own store; a "
                         "server store is reached over TLS and kept encrypted by the server's "
                         "disk encryption (docs/clinic-setup.md).")
    ctx.close()
    result = encrypt_home(ctx.home)
    if args.json:
        print_json({"encrypted": True, "tables": result.tables, "rows": result.rows,
                    "backups": result.backups})
        return 0
    print(f"Store encrypted: {result.rows} rows in {result.tables} tables verified; "
          f"{result.backups} backups encrypted too.")
    print(str(LOST_KEY_WARNING))
    return 0


def _export_key(ctx: CliContext, args: argparse.Namespace) -> int:
    import os
    from pathlib import Path

    from app.services.store_keys import current_key, encode_key

    key = current_key(ctx.home)
    out = Path(args.out).expanduser()
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL
    with os.fdopen(os.open(out, flags, 0o600), "w", encoding="utf-8") as handle:
        handle.write(f"{KEY_FILE_WARNING}\n\nData folder: {ctx.home}\nKey: {encode_key(key)}\n")
    print(f"Store key written to {out}. {KEY_FILE_WARNING}")
    return 0


def _import_key(ctx: CliContext, args: argparse.Namespace) -> int:
    import sys
    from pathlib import Path

    from app.services.store_keys import decode_key, import_key

    text = Path(args.file).expanduser().read_text(encoding="utf-8") if args.file \
        else sys.stdin.read()
    lines = [line.split(":", 1)[1] for line in text.splitlines() if line.startswith("Key:")]
    import_key(ctx.home, decode_key(lines[0] if lines else text))
    print(f"Store key imported into this computer's keyring for {ctx.home}.")
    return 0


def _status(ctx: CliContext, args: argparse.Namespace) -> int:
    from app.services.store_status import store_status

    status = store_status(ctx.store)
    if args.json:
        print_json(status.to_json())
        return 0
    encrypted = "encrypted" if status.encrypted else "not encrypted"
    print(f"{status.backend} store at {status.location} ({encrypted}), schema "
          f"{status.schema_version} of {status.latest_schema_version}: {status.clients} clients, "
          f"{status.requests} requests.")
    return 0


def _login(ctx: CliContext, args: argparse.Namespace) -> int:
    import sys

    from app.services.store_login import login

    password = sys.stdin.readline().rstrip("\r\n")
    url = login(ctx.home, args.url, password)
    print(f"Signed in to {url}; the password is kept in this computer's keyring.")
    return 0


def _logout(ctx: CliContext, args: argparse.Namespace) -> int:
    from app.services.store_login import logout

    url = logout(args.url)
    print(f"The password for {url} is no longer kept in this computer's keyring.")
    return 0


def _migrate_to(ctx: CliContext, args: argparse.Namespace) -> int:
    from app.services.store_migrate import migrate_store
    from app.store import open_store
    from app.store.connection import EMBEDDED

    target = open_store(ctx.home, url=args.target if args.target != EMBEDDED else EMBEDDED)
    try:
        result = migrate_store(ctx.store, target, _migrate_progress())
    finally:
        target.close()
    if args.json:
        print_json(result.to_json())
        return 0
    print(f"Copied {result.rows} rows in {len(result.tables)} tables from {result.source} to "
          f"{result.target}; every table's count verified.")
    return 0


def _migrate_progress():
    """Rows copied so far, on one line of a terminal's stderr (nothing when it is not one)."""
    import sys

    if not sys.stderr.isatty():
        return None

    def show(table: str, done: int, total: int) -> None:
        sys.stderr.write(f"\roffmap: copying {table}: {done} of {total} rows\033[K")
        if done >= total:
            sys.stderr.write("\n")
        sys.stderr.flush()

    return show


def _rekey(ctx: CliContext, args: argparse.Namespace) -> int:
    import sys

    from app.services.store_keys import read_meta
    from app.services.store_rekey import (
        AFTER_PASSPHRASE_CHANGE,
        AFTER_REKEY,
        RekeyError,
        rekey_home,
    )
    from app.store.connection import EMBEDDED, server_url

    url = server_url()
    if url and url != EMBEDDED:
        raise RekeyError("a clinic's server store has no store key to change: the server's "
                         "own disk encryption and TLS protect it (docs/clinic-setup.md).")
    ctx.close()   # the store must be open nowhere while it is re-encrypted
    old = new = None
    meta = read_meta(ctx.home)
    if meta is not None and meta["source"] == "passphrase":
        if args.passphrase_stdin:
            old = sys.stdin.readline().rstrip("\r\n")
            new = sys.stdin.readline().rstrip("\r\n")
        elif sys.stdin.isatty():
            import getpass

            old = getpass.getpass("Current store passphrase: ")
            new = getpass.getpass("New store passphrase: ")
            if getpass.getpass("The new passphrase again: ") != new:
                raise RekeyError("the two new passphrases differ; nothing was changed.")
        else:
            raise RekeyError("this store is opened with a passphrase: give the current one and "
                             "the new one as the first two lines of stdin with 'offmap store "
                             "rekey --passphrase-stdin'. Nothing was changed.")
    result = rekey_home(ctx.home, old, new)
    if args.json:
        print_json(result.to_json())
        return 0
    where = "kept in this computer's keyring" if result.source == "keyring" \
        else "derived from the new passphrase"
    print(f"Store key changed: {result.rows} rows verified with the new key ({where}); "
          f"{result.backups} backups in the data folder re-encrypted too.")
    if result.backups_left:
        print(f"{result.backups_left} backups in the data folder could not be re-encrypted and "
              "still need the old key.")
    after = AFTER_REKEY if result.source == "keyring" else AFTER_PASSPHRASE_CHANGE
    print(" ".join(str(after).split()))
    return 0

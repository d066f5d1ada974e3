"""`offmap backup --out FILE` and `offmap restore FILE`."""

from __future__ import annotations

import argparse

from app.commands.context import CliContext, print_json
from app.services import backup as backup_service


def register(sub: argparse._SubParsersAction) -> None:
    backup = sub.add_parser(
        "backup", help="write a consistent copy of the whole store (with attachments) to FILE"
    )
    backup.add_argument("--out", required=True, metavar="FILE")
    backup.add_argument("--no-attachments", action="store_true",
                        help="leave the attachment files out (smaller file)")
    backup.add_argument("--json", action="store_true")
    backup.set_defaults(func=_backup)

    restore = sub.add_parser(
        "restore", help="replace the store with a verified backup (the current one is kept)"
    )
    restore.add_argument("file", metavar="FILE")
    restore.add_argument("--json", action="store_true")
    restore.set_defaults(func=_restore)


def _backup(ctx: CliContext, args: argparse.Namespace) -> int:
    facts = backup_service.backup_store(
        ctx.store, args.out, include_attachments=not args.no_attachments
    )
    if args.json:
        print_json({"out": args.out, "clients": facts.clients, "requests": facts.requests,
                    "attachments": facts.attachments, "schema_version": facts.schema_version})
    else:
        print(f"Backup written to {args.out}: {facts.clients} clients, {facts.requests} "
              f"requests, {facts.attachments} attachment files.")
    return 0


def _restore(ctx: CliContext, args: argparse.Namespace) -> int:
    from app.store.connection import SERVER_BACKUP, StoreError, server_url

    if server_url() not in (None, "home"):
        raise StoreError(SERVER_BACKUP)  # not the data folder's store: refuse, do not guess
    # The store is not opened first: restore must also work when the current one is damaged.
    ctx.close()
    result = backup_service.restore_backup(ctx.home, args.file)
    previous = str(result.previous_copy) if result.previous_copy else None
    if args.json:
        print_json({"restored": args.file, "clients": result.facts.clients,
                    "requests": result.facts.requests, "previous_copy": previous})
    else:
        print(f"Restored {result.facts.clients} clients and {result.facts.requests} requests "
              f"from {args.file}.")
        if previous:
            print(f"The store it replaced was kept as {previous}.")
    return 0

"""`offmap backups`: the backups kept in the data folder (the daily automatic ones and those
made before a restore or a migration), newest first, as Settings > Backups lists them. Restore
one with `offmap restore FILE`."""

from __future__ import annotations

import argparse

from app.commands.context import CliContext, print_json, print_table


def register(sub: argparse._SubParsersAction) -> None:
    backups = sub.add_parser(
        "backups", help="the backups kept in the data folder, newest first")
    backups.add_argument("--json", action="store_true")
    backups.set_defaults(func=_list)


def _list(ctx: CliContext, args: argparse.Namespace) -> int:
    from app.services.backup import list_backups

    found = list_backups(ctx.home)
    if args.json:
        print_json([{"path": str(b.path), "kind": b.kind,
                     "modified": b.modified.isoformat(timespec="seconds"), "bytes": b.size}
                    for b in found])
        return 0
    if not found:
        print("No backups in the data folder yet; the window makes one each day it is opened, "
              "and 'offmap backup --out FILE' makes one anywhere.")
        return 0
    print_table([[b.modified.isoformat(sep=" ", timespec="minutes"), b.kind, str(b.size),
                  str(b.path)] for b in found], ["MODIFIED", "KIND", "BYTES", "FILE"])
    return 0

"""`offmap store status`: what the store is (backend, encryption, schema) and how big."""

from __future__ import annotations

import argparse

from app.commands.context import CliContext, print_json


def register(sub: argparse._SubParsersAction) -> None:
    store = sub.add_parser("store", help="the store itself: its backend, encryption and schema")
    actions = store.add_subparsers(dest="action", metavar="ACTION", required=True)
    status = actions.add_parser(
        "status", help="backend, encryption, schema version and the number of clients and requests"
    )
    status.add_argument("--json", action="store_true")
    status.set_defaults(func=_status)


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

"""`offmap holding add|list`: who holds a client's location data."""

from __future__ import annotations

import argparse

from app.commands.context import CliContext, print_json, print_table, shared_group
from app.core.model import DATA_KINDS
from app.services import directory as directory_service
from app.services import holdings as holding_service


def register(sub: argparse._SubParsersAction) -> None:
    actions = shared_group(sub, "holding", "record who holds a client's location data")

    add = actions.add_parser("add", help="record that a company holds a client's data")
    add.add_argument("--client", type=int, required=True, metavar="ID")
    add.add_argument("--company", required=True, metavar="SLUG")
    add.add_argument("--data", action="append", default=[], metavar="KIND",
                     help="kind of location data: " + ", ".join(DATA_KINDS))
    add.add_argument("--evidence", default="", metavar="TEXT")
    add.add_argument("--json", action="store_true")
    add.set_defaults(func=_add)

    listing = actions.add_parser("list", help="a client's holdings")
    listing.add_argument("--client", type=int, required=True, metavar="ID")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(func=_list)


def _add(ctx: CliContext, args: argparse.Namespace) -> int:
    holding = holding_service.add_holding(ctx.store, args.client, args.company, args.data,
                                          args.evidence)
    if args.json:
        print_json(holding.to_json())
    else:
        print(holding.id)
    return 0


def _list(ctx: CliContext, args: argparse.Namespace) -> int:
    holdings = holding_service.list_holdings(ctx.store, args.client)
    if args.json:
        print_json([h.to_json() for h in holdings])
        return 0
    if not holdings:
        print(f"No holdings for client {args.client} yet. Add one with: offmap holding add "
              f"--client {args.client} --company SLUG --data precise-location")
        return 0
    index = directory_service.directory_index(ctx.store)
    print_table([[str(h.id), h.company, index[h.company].name if h.company in index else "?",
                  ", ".join(h.data) or "-"] for h in holdings],
                ["ID", "COMPANY", "NAME", "DATA"])
    note = holding_service.drop_note(ctx.store, args.client)
    if note:
        print(note)
    return 0

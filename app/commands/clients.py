"""`offmap client add|list|show`."""

from __future__ import annotations

import argparse

from app.commands.context import CliContext, print_json, print_table
from app.core.clients import display_phone
from app.core.model import Client
from app.services import clients as client_service


def register(sub: argparse._SubParsersAction) -> None:
    client = sub.add_parser("client", help="add and list clients")
    actions = client.add_subparsers(dest="action", metavar="ACTION", required=True)

    add = actions.add_parser("add", help="add a client and print their id")
    add.add_argument("--name", required=True)
    add.add_argument("--email", action="append", default=[], metavar="E")
    add.add_argument("--phone", action="append", default=[], metavar="P")
    add.add_argument("--ad-id", action="append", default=[], metavar="ID",
                     help="mobile advertising id (IDFA/AAID)")
    add.add_argument("--address", default="")
    add.add_argument("--state", default="", metavar="XX")
    add.add_argument("--country", default="", metavar="XX")
    add.add_argument("--json", action="store_true")
    add.set_defaults(func=_add)

    listing = actions.add_parser("list", help="list clients")
    listing.add_argument("--search", default="")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(func=_list)

    show = actions.add_parser("show", help="show one client")
    show.add_argument("id", type=int)
    show.add_argument("--json", action="store_true")
    show.set_defaults(func=_show)


def _add(ctx: CliContext, args: argparse.Namespace) -> int:
    client = client_service.add_client(
        ctx.store,
        Client(
            name=args.name, emails=args.email, phones=args.phone, ad_ids=args.ad_id,
            address=args.address, state=args.state, country=args.country,
        ),
    )
    if args.json:
        print_json({"id": client.id})
    else:
        print(client.id)
    return 0


def _list(ctx: CliContext, args: argparse.Namespace) -> int:
    clients = client_service.list_clients(ctx.store, args.search)
    if args.json:
        print_json([c.to_json() for c in clients])
    elif not clients:
        print("No clients yet. Add one with: offmap client add --name NAME --state XX")
    else:
        print_table(
            [[str(c.id), c.name, c.state or "-", c.country or "-"] for c in clients],
            ["ID", "NAME", "STATE", "COUNTRY"],
        )
    return 0


def _show(ctx: CliContext, args: argparse.Namespace) -> int:
    client = client_service.get_client(ctx.store, args.id)
    if args.json:
        print_json(client.to_json())
        return 0
    print(f"Client {client.id}: {client.name}")
    for label, value in (
        ("E-mail", ", ".join(client.emails)),
        ("Phone", ", ".join(display_phone(p) for p in client.phones)),
        ("Address", client.address.replace("\n", ", ")),
        ("State", client.state),
        ("Country", client.country),
    ):
        if value:
            print(f"  {label}: {value}")
    return 0

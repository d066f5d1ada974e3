"""`offmap client add|list|show|edit`."""

from __future__ import annotations

import argparse

from app.commands.context import CliContext, print_json, print_table, shared_group
from app.core.clients import display_phone
from app.core.model import Client
from app.services import clients as client_service


def register(sub: argparse._SubParsersAction) -> None:
    actions = shared_group(sub, "client", "add and list clients")

    add = actions.add_parser("add", help="add a client and print their id")
    add.add_argument("--name", required=True)
    add.add_argument("--email", action="append", default=[], metavar="E")
    add.add_argument("--phone", action="append", default=[], metavar="P")
    add.add_argument("--ad-id", action="append", default=[], metavar="UUID",
                     help="a phone's advertising ID (Android AAID or iPhone IDFA); repeatable")
    add.add_argument("--birth-date", default="", metavar="DATE",
                     help="date of birth, YYYY-MM-DD (federal agencies ask for it)")
    add.add_argument("--account", action="append", default=[], metavar="COMPANY=NUMBER",
                     help="the client's account number at a company; repeatable")
    add.add_argument("--address", default="")
    add.add_argument("--state", default="", metavar="XX")
    add.add_argument("--country", default="", metavar="XX")
    add.add_argument("--allow-duplicate", action="store_true",
                     help="add the client even though existing clients have the same name, "
                     "date of birth or phone number (they are listed otherwise)")
    add.add_argument("--json", action="store_true")
    add.set_defaults(func=_add)

    listing = actions.add_parser("list", help="list clients")
    listing.add_argument("--search", default="", metavar="TEXT",
                         help="clients where every word is found in the name, e-mails, state, "
                         "country or phones; accents and case are ignored")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(func=_list)

    show = actions.add_parser("show", help="show one client")
    show.add_argument("id", type=int)
    show.add_argument("--json", action="store_true")
    show.set_defaults(func=_show)

    edit = actions.add_parser(
        "edit", help="change a client's identifiers and details",
        description="Changes only what is given. --ad-id adds an advertising ID, --remove-ad-id "
        "removes one, --birth-date '' clears the date of birth, --account COMPANY= removes an "
        "account number.")
    edit.add_argument("id", type=int)
    edit.add_argument("--name")
    edit.add_argument("--address")
    edit.add_argument("--state", metavar="XX")
    edit.add_argument("--country", metavar="XX")
    edit.add_argument("--ad-id", action="append", default=[], metavar="UUID",
                      help="add a phone's advertising ID (AAID/IDFA); repeatable")
    edit.add_argument("--remove-ad-id", action="append", default=[], metavar="UUID")
    edit.add_argument("--birth-date", metavar="DATE", help="YYYY-MM-DD, or '' to clear")
    edit.add_argument("--account", action="append", default=[], metavar="COMPANY=NUMBER",
                      help="account number at a company (COMPANY= removes it); repeatable")
    edit.add_argument("--if-version", type=int, metavar="N",
                      help="the client's version you read ('client show --json'); the edit is "
                      "refused when someone changed the client since")
    edit.add_argument("--json", action="store_true")
    edit.set_defaults(func=_edit)


def _accounts(values: list[str]) -> dict[str, str]:
    from app.core.errors import ValidationError

    accounts: dict[str, str] = {}
    for value in values:
        slug, sep, number = value.partition("=")
        if not sep or not slug.strip():
            raise ValidationError(
                "'{value}' is not COMPANY=NUMBER, e.g. --account att=1234567890.", value=value)
        accounts[slug.strip().lower()] = number.strip()
    return accounts


def _add(ctx: CliContext, args: argparse.Namespace) -> int:
    from app.cli import fail
    from app.services.identification import check_account_companies
    from app.services.intake_conflicts import DuplicateClientError, add_client_checked

    accounts = _accounts(args.account)
    check_account_companies(ctx.store, accounts)
    try:
        client = add_client_checked(
            ctx.store,
            Client(
                name=args.name, emails=args.email, phones=args.phone, ad_ids=args.ad_id,
                address=args.address, state=args.state, country=args.country,
                birth_date=args.birth_date, account_numbers=accounts,
            ),
            allow_duplicate=args.allow_duplicate,
        )
    except DuplicateClientError as exc:
        if args.json:
            print_json({"error": str(exc), "matches": [m.to_json() for m in exc.matches]})
        return fail(str(exc))
    if args.json:
        print_json({"id": client.id})
    else:
        print(client.id)
    return 0


def _list(ctx: CliContext, args: argparse.Namespace) -> int:
    clients = client_service.list_clients(ctx.store, args.search)
    if args.json:
        print_json([{**c.to_json(), "version": c.version} for c in clients])
    elif not clients and args.search:
        print("No client matches every word of that search.")
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
    if args.json:  # the version goes with an edit (--if-version) that must not overwrite
        print_json({**client.to_json(), "version": client.version})
        return 0
    print(f"Client {client.id}: {client.name}")
    for label, value in (
        ("E-mail", ", ".join(client.emails)),
        ("Phone", ", ".join(display_phone(p) for p in client.phones)),
        ("Address", client.address.replace("\n", ", ")),
        ("State", client.state),
        ("Country", client.country),
        ("Advertising ID", ", ".join(client.ad_ids)),
        ("Date of birth", client.birth_date),
        ("Account numbers", ", ".join(f"{slug}: {number}" for slug, number
                                      in sorted(client.account_numbers.items()))),
    ):
        if value:
            print(f"  {label}: {value}")
    return 0


def _edit(ctx: CliContext, args: argparse.Namespace) -> int:
    from app.services.identification import edit_identifiers

    client = edit_identifiers(
        ctx.store, args.id, add_ad_ids=args.ad_id, remove_ad_ids=args.remove_ad_id,
        birth_date=args.birth_date, accounts=_accounts(args.account), name=args.name,
        state=args.state, country=args.country, address=args.address,
        expected_version=args.if_version)
    if args.json:
        print_json(client.to_json())
    else:
        print(f"Client {client.id} updated.")
    return 0

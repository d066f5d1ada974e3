"""`offmap settings list|get|set`: the preferences the window's Settings page changes (the
interface language, the directory's update address). The clinic profile has its own command
(`offmap clinic`), mail accounts theirs (`offmap account`)."""

from __future__ import annotations

import argparse

from app.commands.context import CliContext, print_json, print_table
from app.services import preferences as preference_service


def register(sub: argparse._SubParsersAction) -> None:
    settings = sub.add_parser("settings", help="preferences: interface language, directory address")
    actions = settings.add_subparsers(dest="action", metavar="ACTION", required=True)

    listing = actions.add_parser("list", help="every setting with its value and allowed values")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(func=_list)

    get = actions.add_parser("get", help="one setting's value")
    get.add_argument("name", metavar="NAME", help="one of: " + ", ".join(
        preference_service.SETTINGS))
    get.add_argument("--json", action="store_true")
    get.set_defaults(func=_get)

    change = actions.add_parser("set", help="change a setting")
    change.add_argument("name", metavar="NAME", help="one of: " + ", ".join(
        preference_service.SETTINGS))
    change.add_argument("value", metavar="VALUE")
    change.add_argument("--json", action="store_true")
    change.set_defaults(func=_set)


def _list(ctx: CliContext, args: argparse.Namespace) -> int:
    settings = preference_service.list_settings(ctx.store)
    if args.json:
        print_json(settings)
        return 0
    print_table([[s["name"], s["value"] or "-", " | ".join(s["choices"]) or "(text)", s["help"]]
                 for s in settings], ["SETTING", "VALUE", "ALLOWED", "MEANING"])
    return 0


def _get(ctx: CliContext, args: argparse.Namespace) -> int:
    value = preference_service.get_setting(ctx.store, args.name)
    if args.json:
        print_json({"name": args.name, "value": value})
    else:
        print(value)
    return 0


def _set(ctx: CliContext, args: argparse.Namespace) -> int:
    value = preference_service.set_setting(ctx.store, args.name, args.value)
    if args.json:
        print_json({"name": args.name, "value": value})
    else:
        print(f"{args.name} = {value}")
    return 0

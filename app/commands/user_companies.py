"""`offmap directory add|edit|delete`: the user's own companies, as the Directory page's New
company, Edit (a bundled company becomes the user's own copy) and Delete. Updates and imports
never overwrite them."""

from __future__ import annotations

import argparse
from dataclasses import replace

from app.commands.context import CliContext, print_json, shared_group
from app.core.model import COMPANY_KINDS, Company

CONTACTS = (("email", "ADDR", "the address for privacy requests"),
            ("webform", "URL", "the privacy request web form"),
            ("phone", "NUMBER", "the phone number for privacy requests"),
            ("postal", "ADDRESS", "the postal address (lines separated by newlines)"),
            ("privacy_page", "URL", "the privacy policy or privacy rights page"))


def register(sub: argparse._SubParsersAction) -> None:
    actions = shared_group(sub, "directory", "search the company directory, import, update")
    add = actions.add_parser("add", help="add a company of your own to the directory")
    add.add_argument("--name", required=True)
    add.add_argument("--kind", required=True, choices=COMPANY_KINDS)
    _company_options(add)
    add.set_defaults(func=_add)

    edit = actions.add_parser(
        "edit", help="change a company (a bundled one becomes your own copy); other fields "
        "are kept")
    edit.add_argument("slug", metavar="SLUG")
    edit.add_argument("--name")
    edit.add_argument("--kind", choices=COMPANY_KINDS)
    _company_options(edit)
    edit.set_defaults(func=_edit)

    delete = actions.add_parser("delete", help="delete a company of your own")
    delete.add_argument("slug", metavar="SLUG")
    delete.set_defaults(func=_delete)


def _company_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--host", metavar="SLUG",
                        help="the carrier an MVNO runs on (needed for an MVNO)")
    parser.add_argument("--alias", action="append", metavar="NAME",
                        help="another name or brand (repeatable; replaces the list)")
    for key, metavar, help_text in CONTACTS:
        parser.add_argument("--" + key.replace("_", "-"), dest=key, metavar=metavar,
                            help=help_text + " ('' clears it)")
    parser.add_argument("--notes", metavar="TEXT")
    parser.add_argument("--json", action="store_true")


def _changed(base: Company, args: argparse.Namespace) -> Company:
    """`base` with what the options give, as the window's company dialog builds it."""
    contacts = dict(base.contacts or {})
    for key, _metavar, _help in CONTACTS:
        value = getattr(args, key)
        if value is not None:
            contacts[key] = value.strip() or None
    hosts = base.hosts
    if args.host is not None:
        hosts = [args.host, *[h for h in base.hosts if h != args.host]] if args.host else []
    return replace(
        base, name=args.name if args.name is not None else base.name,
        kind=args.kind or base.kind, hosts=hosts, origin="user", contacts=contacts,
        aliases=list(args.alias) if args.alias is not None else base.aliases,
        notes=args.notes if args.notes is not None else base.notes)


def _saved(ctx: CliContext, company: Company, as_json: bool) -> int:
    from app.services import directory as directory_service

    saved = directory_service.save_user_company(ctx.store, company)
    if as_json:
        print_json(directory_service.company_json(saved,
                                                  directory_service.directory_index(ctx.store)))
    else:
        print(f"Saved {saved.name} as {saved.slug}.")
    return 0


def _add(ctx: CliContext, args: argparse.Namespace) -> int:
    return _saved(ctx, _changed(Company(slug="", name="", kind=args.kind), args), args.json)


def _edit(ctx: CliContext, args: argparse.Namespace) -> int:
    from app.services import directory as directory_service

    return _saved(ctx, _changed(directory_service.get_company(ctx.store, args.slug), args),
                  args.json)


def _delete(ctx: CliContext, args: argparse.Namespace) -> int:
    from app.services import directory as directory_service

    directory_service.delete_user_company(ctx.store, args.slug)
    print(f"Deleted {args.slug} from your companies.")
    return 0

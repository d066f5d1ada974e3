"""`offmap store setup-roles [--worker LOGIN]... [--supervisor LOGIN]...` on a server store."""

from __future__ import annotations

import argparse

from app.commands.context import CliContext, print_json


def register(sub: argparse._SubParsersAction) -> None:
    store = sub.choices["store"]  # app.commands.store registers first (COMMAND_MODULES order)
    actions = next(a for a in store._actions if isinstance(a, argparse._SubParsersAction))
    roles = actions.add_parser(
        "setup-roles", help="create the worker and supervisor roles on the server store",
        description="Creates the roles offmap_worker and offmap_supervisor on the server store "
        "(grants and row-level security: only supervisors delete clients and read everyone's "
        "audit trail; the trail is append-only) and makes the given login roles members. Run "
        "it as the database's owner; again after an upgrade.")
    roles.add_argument("--worker", action="append", default=[], metavar="LOGIN",
                       help="a login role to make a worker; repeatable")
    roles.add_argument("--supervisor", action="append", default=[], metavar="LOGIN",
                       help="a login role to make a supervisor; repeatable")
    roles.add_argument("--json", action="store_true")
    roles.set_defaults(func=_setup_roles)


def _setup_roles(ctx: CliContext, args: argparse.Namespace) -> int:
    from app.services.server_roles import SUPERVISOR, WORKER, setup_roles

    result = setup_roles(ctx.store, args.worker, args.supervisor)
    if args.json:
        print_json(result.to_json())
        return 0
    print(f"Roles {WORKER} and {SUPERVISOR} are set up.")
    for name in result.workers:
        print(f"  {name}: worker")
    for name in result.supervisors:
        print(f"  {name}: supervisor")
    return 0

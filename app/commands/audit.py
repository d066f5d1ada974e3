"""`offmap audit [--client ID] [--request ID] [--json]`: who changed what, and when."""

from __future__ import annotations

import argparse

from app.commands.context import CliContext, print_json, print_table


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "audit", help="list the audit trail: who changed which client or request, and when",
        description="Every change to a client, a request or a request's history, newest first: "
        "when (UTC), who (the database role on a server store, the computer's user on the "
        "embedded one), what, and on which client and request.")
    parser.add_argument("--client", type=int, metavar="ID",
                        help="only this client's record and requests")
    parser.add_argument("--request", type=int, metavar="ID", help="only this request")
    parser.add_argument("--limit", type=int, metavar="N", help="only the newest N entries")
    parser.add_argument("--json", action="store_true")
    parser.set_defaults(func=_audit)


def _audit(ctx: CliContext, args: argparse.Namespace) -> int:
    from app.core.errors import ValidationError
    from app.services import audit

    if args.limit is not None and args.limit < 1:
        raise ValidationError("--limit must be 1 or more.")
    entries = audit.list_audit(ctx.store, client_id=args.client, request_id=args.request,
                               limit=args.limit)
    if args.json:
        print_json([{**e.to_json(), "description": str(audit.describe(e))} for e in entries])
    elif not entries:
        print("No changes recorded yet.")
    else:
        print_table([[e.at.replace("T", " ").replace("Z", ""), e.who, str(audit.describe(e)),
                      e.what, str(e.client_id or "-"), str(e.request_id or "-")]
                     for e in entries],
                    ["WHEN (UTC)", "WHO", "WHAT", "DETAIL", "CLIENT", "REQUEST"])
    return 0

"""`offmap export ics|csv`, and the shared `export` command other modules add actions to
(the case export adds `case`) through `export_actions(sub)`, whichever registers first:

    from app.commands.exports import export_actions

    def register(sub):
        actions = export_actions(sub)
        case = actions.add_parser("case", help="...")
"""

from __future__ import annotations

import argparse

from app.commands.context import CliContext, print_json, shared_group


def export_actions(sub: argparse._SubParsersAction) -> argparse._SubParsersAction:
    """The `export` command's actions (created on first use; safe to call from any module)."""
    return shared_group(sub, "export", "write calendars, spreadsheets and case files", "WHAT")


def register(sub: argparse._SubParsersAction) -> None:
    actions = export_actions(sub)

    ics = actions.add_parser("ics", help="every open deadline as a calendar file (.ics)")
    ics.add_argument("--client", type=int, metavar="ID")
    ics.add_argument("--out", required=True, metavar="FILE.ics")
    ics.add_argument("--json", action="store_true")
    ics.set_defaults(func=_ics)

    spreadsheet = actions.add_parser("csv", help="requests as a spreadsheet (CSV)")
    spreadsheet.add_argument("--client", type=int, metavar="ID")
    spreadsheet.add_argument("--out", required=True, metavar="FILE.csv")
    spreadsheet.add_argument("--json", action="store_true")
    spreadsheet.set_defaults(func=_csv)


def _report(args: argparse.Namespace, count: int, what: str) -> int:
    if args.json:
        print_json({"out": args.out, "count": count})
    else:
        print(f"Wrote {count} {what} to {args.out}")
    return 0


def _ics(ctx: CliContext, args: argparse.Namespace) -> int:
    from app.services.calendar_export import export_ics
    from app.services.tracking import mark_overdue

    mark_overdue(ctx.store)
    return _report(args, export_ics(ctx.store, args.out, args.client), "deadline(s)")


def _csv(ctx: CliContext, args: argparse.Namespace) -> int:
    from app.services.calendar_export import export_csv

    return _report(args, export_csv(ctx.store, args.out, args.client), "request(s)")

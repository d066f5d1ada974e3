"""`offmap report [--as-of DATE] [--json]` and `offmap export report --out FILE.csv|FILE.pdf`:
per company, across all clients, requests sent, answered on time, late, refused, pending and
the median days to answer. No client is named."""

from __future__ import annotations

import argparse

from app.commands.context import CliContext, print_json, print_table
from app.commands.exports import export_actions


def register(sub: argparse._SubParsersAction) -> None:
    report = sub.add_parser("report", help="which companies answer on time, across all clients")
    report.add_argument("--as-of", metavar="DATE", help="count as of this day (default today)")
    report.add_argument("--json", action="store_true")
    report.set_defaults(func=_report)

    export = export_actions(sub).add_parser(
        "report", help="the company report as CSV or PDF, with no client named")
    export.add_argument("--out", required=True, metavar="FILE.csv|FILE.pdf")
    export.add_argument("--format", choices=("csv", "pdf"),
                        help="default: from the file's extension")
    export.add_argument("--as-of", metavar="DATE")
    export.add_argument("--json", action="store_true")
    export.set_defaults(func=_export)


def _as_of(args: argparse.Namespace):
    from app.services.tracking import parse_day

    return parse_day(args.as_of, "--as-of date") if args.as_of else None


def _report(ctx: CliContext, args: argparse.Namespace) -> int:
    from app.services.reports import company_report

    figures = company_report(ctx.store, _as_of(args))
    if args.json:
        print_json([f.to_json() for f in figures])
    elif not figures:
        print("No requests have been sent yet, so there is nothing to count.")
    else:
        print_table(
            [[f.name, str(f.sent), str(f.on_time), str(f.late), str(f.refused), str(f.pending),
              "-" if f.median_days is None else f"{f.median_days:g}"] for f in figures],
            ["COMPANY", "SENT", "ON TIME", "LATE", "REFUSED", "PENDING", "MEDIAN DAYS"],
        )
    return 0


def _export(ctx: CliContext, args: argparse.Namespace) -> int:
    from app.services.reports import export_report

    figures = export_report(ctx.store, args.out, args.format, _as_of(args))
    if args.json:
        print_json({"out": args.out, "count": len(figures)})
    else:
        print(f"Wrote the report on {len(figures)} companies to {args.out}")
    return 0

"""`offmap export case --client ID --out FILE.zip [--passphrase-stdin]`,
`offmap export summary --client ID --out FILE.pdf [--language es]` and
`offmap import case FILE.zip [--passphrase-stdin]`.

`export` is shared with the calendar/spreadsheet exports (app.commands.exports.export_actions);
`import` is shared the same way through `import_actions(sub)` below, whichever module
registers first:

    from app.commands.cases import import_actions

    def register(sub):
        actions = import_actions(sub)
        thing = actions.add_parser("thing", help="...")
"""

from __future__ import annotations

import argparse
import sys

from app.commands.context import CliContext, print_json, shared_group
from app.commands.exports import export_actions
from app.core.errors import ValidationError
from app.core.text import DOCUMENT_LANGUAGES


def import_actions(sub: argparse._SubParsersAction) -> argparse._SubParsersAction:
    """The `import` command's actions (created on first use; safe to call from any module)."""
    return shared_group(sub, "import", "bring case files into this OffMap", "WHAT")


def register(sub: argparse._SubParsersAction) -> None:
    export = export_actions(sub).add_parser(
        "case", help="one client's case file: summary PDF, letters, attachments and case.json")
    export.add_argument("--client", type=int, required=True, metavar="ID")
    export.add_argument("--out", required=True, metavar="FILE.zip")
    export.add_argument("--passphrase-stdin", action="store_true",
                        help="encrypt with a passphrase read from the first line of stdin")
    export.add_argument("--json", action="store_true")
    export.set_defaults(func=_export)

    summary = export_actions(sub).add_parser(
        "summary", help="the client's own copy of their case summary (PDF), in their language")
    summary.add_argument("--client", type=int, required=True, metavar="ID")
    summary.add_argument("--out", required=True, metavar="FILE.pdf")
    summary.add_argument("--language", default="en", choices=tuple(DOCUMENT_LANGUAGES),
                         help="the summary's language (letters to companies stay English)")
    summary.set_defaults(func=_export_summary)

    restore = import_actions(sub).add_parser(
        "case", help="restore a case file as a new client (ids remapped)")
    restore.add_argument("file", metavar="FILE.zip")
    restore.add_argument("--passphrase-stdin", action="store_true",
                         help="read the passphrase of an encrypted case file from stdin")
    restore.add_argument("--json", action="store_true")
    restore.set_defaults(func=_import)


def read_passphrase() -> str:
    line = sys.stdin.readline()
    passphrase = line.rstrip("\r\n")
    if not passphrase:
        raise ValidationError("no passphrase on stdin; pipe it in, e.g. "
                              "printf '%s\\n' \"$PASS\" | offmap import case FILE.zip "
                              "--passphrase-stdin")
    return passphrase


def _export_summary(ctx: CliContext, args: argparse.Namespace) -> int:
    from app.services.client_summary import write_client_summary

    out = write_client_summary(ctx.store, args.client, args.out, args.language)
    print(f"Wrote the client's summary {out}.")
    return 0


def _export(ctx: CliContext, args: argparse.Namespace) -> int:
    from app.services.case_files import export_case

    passphrase = read_passphrase() if args.passphrase_stdin else None
    result = export_case(ctx.store, args.client, args.out, passphrase=passphrase)
    if args.json:
        print_json(result.to_json())
    else:
        print(f"Wrote the case file {args.out}: {result.requests} requests, {result.letters} "
              f"letters, {result.attachments} attached files"
              + (", encrypted." if result.encrypted else "."))
        for problem in result.problems:
            print(f"Note: {problem}", file=sys.stderr)
    return 0


def _import(ctx: CliContext, args: argparse.Namespace) -> int:
    from app.services.case_files import import_case

    passphrase = read_passphrase() if args.passphrase_stdin else None
    result = import_case(ctx.store, args.file, passphrase=passphrase)
    if args.json:
        print_json(result.to_json())
    else:
        print(result.client_id)
    return 0

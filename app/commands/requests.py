"""`offmap request new|list|show|edit` and `offmap letter ID --format F --out PATH`.

Other command modules add actions to `offmap request` (the tracking feature adds `mark-sent`
and `log`) through `request_actions(sub)`: it returns the `request` parser's sub-command object,
creating the `request` parser the first time, whichever module registers first:

    from app.commands.requests import request_actions

    def register(sub):
        actions = request_actions(sub)
        mark = actions.add_parser("mark-sent", help="...")
        mark.set_defaults(func=_mark_sent)
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.commands.context import CliContext, print_json, print_table, shared_group
from app.core.errors import ValidationError
from app.core.ids import saved_id
from app.core.model import REQUEST_TYPES
from app.core.tracking import STATUSES

LETTER_FORMATS = ("pdf", "txt", "html", "docx", "eml")


def request_actions(sub: argparse._SubParsersAction) -> argparse._SubParsersAction:
    """The `request` command's actions (created on first use; safe to call from any module)."""
    return shared_group(sub, "request", "create, list and track requests to companies", "ACTION")


def register(sub: argparse._SubParsersAction) -> None:
    actions = request_actions(sub)

    new = actions.add_parser("new", help="create a draft request and print its id and reference")
    new.add_argument("--client", type=int, required=True, metavar="ID")
    new.add_argument("--company", required=True, metavar="SLUG")
    new.add_argument("--type", required=True, choices=REQUEST_TYPES, metavar="TYPE",
                     help=f"one of: {', '.join(REQUEST_TYPES)}")
    new.add_argument("--law", metavar="LAW",
                     help="law id (default: chosen from the client's state and the company)")
    new.add_argument("--json", action="store_true")
    new.set_defaults(func=_new)

    listing = actions.add_parser("list", help="list requests")
    listing.add_argument("--client", type=int, metavar="ID")
    listing.add_argument("--status", choices=STATUSES, metavar="S",
                         help=f"one of: {', '.join(STATUSES)}")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(func=_list)

    show = actions.add_parser("show", help="show one request (id or reference)")
    show.add_argument("id", metavar="ID")
    show.add_argument("--json", action="store_true")
    show.set_defaults(func=_show)

    edit = actions.add_parser("edit", help="change a draft request's note (the free text its "
                              "letter carries)")
    edit.add_argument("id", metavar="ID", help="request id or reference")
    edit.add_argument("--note", required=True, metavar="TEXT",
                      help="the note for the letter ('' clears it)")
    edit.add_argument("--if-version", type=int, metavar="N",
                      help="the request's version you read ('request show --json'); the edit is "
                      "refused when someone changed the request since")
    edit.add_argument("--json", action="store_true")
    edit.set_defaults(func=_edit)

    letter = sub.add_parser("letter", help="write a request's letter to a file")
    letter.add_argument("id", metavar="ID", help="request id or reference")
    letter.add_argument("--format", required=True, choices=(*LETTER_FORMATS, "mailto"),
                        help="pdf, txt, html, docx, eml (an e-mail draft), or mailto (prints a "
                        "mailto: link when the letter fits in one)")
    letter.add_argument("--out", metavar="PATH", help="file to write (not needed for mailto)")
    letter.set_defaults(func=_letter)


def _new(ctx: CliContext, args: argparse.Namespace) -> int:
    from app.services import requests as request_service

    request = request_service.new_request(
        ctx.store, args.client, args.company, args.type, law=args.law
    )
    if args.json:
        print_json(request.to_json())
    else:
        print(f"{request.id} {request.reference} {request.law} {request.type}")
    return 0


def _list(ctx: CliContext, args: argparse.Namespace) -> int:
    from app.services import requests as request_service

    requests = request_service.list_requests(ctx.store, client_id=args.client, status=args.status)
    if args.json:
        print_json([r.to_json() for r in requests])
    elif not requests:
        print("No requests yet. Create one with: offmap request new --client ID --company SLUG "
              "--type TYPE")
    else:
        print_table(
            [[str(r.id), r.reference, str(r.client_id), r.company, r.type, r.law, r.status,
              r.sent_on or "-", r.due_on or "-"] for r in requests],
            ["ID", "REFERENCE", "CLIENT", "COMPANY", "TYPE", "LAW", "STATUS", "SENT", "DUE"],
        )
    return 0


def _show(ctx: CliContext, args: argparse.Namespace) -> int:
    from app.services import requests as request_service
    from app.services import tracking

    tracking.mark_overdue(ctx.store)
    from app.services.identification import missing_identification

    request = request_service.get_request(ctx.store, args.id)
    missing = missing_identification(ctx.store, saved_id(request))
    if args.json:  # the version goes with an edit (--if-version) that must not overwrite
        print_json({**request.to_json(), "version": request.version,
                    "missing_identification": [m.to_json() for m in missing]})
        return 0
    print(f"Request {request.id}: {request.reference}")
    for label, value in (
        ("Client", str(request.client_id)),
        ("Company", request.company),
        ("Type", request.type),
        ("Law", request.law),
        ("Status", request.status),
        ("Sent", request.sent_on and f"{request.sent_on} ({request.via or '-'})"),
        ("Due", request.due_on),
        ("Extended due", request.extended_due_on),
        ("Follows", request.parent_id and str(request.parent_id)),
        ("Created", request.created_on),
    ):
        if value:
            print(f"  {label}: {value}")
    for item in missing:
        print(f"  Missing: {item.label}. {item.how}")
    return 0


def _edit(ctx: CliContext, args: argparse.Namespace) -> int:
    from app.services import requests as request_service

    request = request_service.get_request(ctx.store, args.id)
    saved = request_service.update_details(ctx.store, saved_id(request), {"note": args.note},
                                           expected_version=args.if_version)
    if args.json:
        print_json({**saved.to_json(), "version": saved.version})
    else:
        print(f"Request {saved.id} ({saved.reference}) updated.")
    return 0


def _letter(ctx: CliContext, args: argparse.Namespace) -> int:
    from app.services import letters
    from app.services import requests as request_service

    request = request_service.get_request(ctx.store, args.id)
    if args.format == "mailto":
        url = letters.mailto_url(ctx.store, saved_id(request))
        if url is None:
            raise ValidationError(
                "this letter does not fit in a mailto: link (no company e-mail address, or the "
                "letter is too long); write an .eml draft with --format eml instead."
            )
        print(url)
        return 0
    if not args.out:
        raise ValidationError("say where to write the letter with --out PATH.")
    from app.services.calendar_export import write_atomically

    data = letters.render_letter(ctx.store, saved_id(request), args.format)
    write_atomically(Path(args.out), data)
    from app.services.identification import missing_identification

    for item in missing_identification(ctx.store, saved_id(request)):
        print(f"offmap: warning: {request.company} also needs: {item.label}. {item.how}",
              file=sys.stderr)
    if sys.stdout.isatty():
        print(f"Wrote {args.out}")
    return 0

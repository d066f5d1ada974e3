"""`offmap request mark-sent|log`, `offmap deadlines` and `offmap followup`."""

from __future__ import annotations

import argparse
from datetime import date

from app.commands.context import CliContext, print_json, print_table
from app.commands.requests import request_actions
from app.core.deadlines import CHANNELS
from app.core.errors import ValidationError
from app.core.ids import saved_id
from app.core.model import FOLLOWUP_TYPES

LOG_EVENTS = ("acknowledged", "extended", "needs-verification", "fulfilled", "partial", "denied",
              "bounced", "note", "closed")


def register(sub: argparse._SubParsersAction) -> None:
    actions = request_actions(sub)

    mark = actions.add_parser("mark-sent", help="record that a request was sent")
    mark.add_argument("id", metavar="ID", help="request id or reference")
    mark.add_argument("--on", metavar="DATE", help="the day it was sent (default: today)")
    mark.add_argument("--via", choices=CHANNELS, default="email",
                      help="how it was sent (default: email)")
    mark.add_argument("--delivered", metavar="DATE",
                      help="for post: the recorded delivery date (else sent + 5 days)")
    mark.add_argument("--tracking", default="", metavar="NUMBER",
                      help="for post: the certified-mail tracking number")
    mark.add_argument("--confirmation", default="", metavar="TEXT",
                      help="for a web form or a call: the confirmation number it gave")
    mark.add_argument("--attach", action="append", default=[], metavar="FILE",
                      help="a file to keep with the sending (a screenshot of the submitted "
                           "form, a mailing receipt)")
    mark.add_argument("--json", action="store_true")
    mark.set_defaults(func=_mark_sent)

    log = actions.add_parser("log", help="log what the company did (or a note)")
    log.add_argument("id", metavar="ID", help="request id or reference")
    log.add_argument("--event", required=True, choices=LOG_EVENTS, metavar="E",
                     help=f"one of: {', '.join(LOG_EVENTS)}")
    log.add_argument("--on", metavar="DATE", help="the day it happened (default: today)")
    log.add_argument("--text", default="", metavar="T",
                     help="what happened (for 'closed': the reason)")
    log.add_argument("--attach", action="append", default=[], metavar="FILE",
                     help="a file to keep with the event (copied into the data folder)")
    log.add_argument("--confirm-large", action="store_true",
                     help="attach files over 100 MB anyway")
    log.add_argument("--json", action="store_true")
    log.set_defaults(func=_log)

    timeline = actions.add_parser(
        "timeline", help="write a request's whole history (with its follow-ups) as PDF or HTML"
    )
    timeline.add_argument("id", metavar="ID", help="request id or reference")
    timeline.add_argument("--format", choices=("pdf", "html"), default="pdf")
    timeline.add_argument("--out", required=True, metavar="PATH")
    timeline.set_defaults(func=_timeline)

    deadlines = sub.add_parser("deadlines", help="open requests with their deadlines")
    deadlines.add_argument("--client", type=int, metavar="ID")
    deadlines.add_argument("--as-of", metavar="DATE", help="count days from this date "
                           "(default: today)")
    deadlines.add_argument("--json", action="store_true")
    deadlines.set_defaults(func=_deadlines)

    followup = sub.add_parser(
        "followup", help="draft the next letter for a late or refused request"
    )
    followup.add_argument("id", metavar="ID", help="request id or reference")
    followup.add_argument("--kind", required=True, choices=FOLLOWUP_TYPES)
    followup.add_argument("--json", action="store_true")
    followup.set_defaults(func=_followup)


def _request_id(ctx: CliContext, given: str) -> int:
    from app.services.requests import get_request

    return saved_id(get_request(ctx.store, given))


def _mark_sent(ctx: CliContext, args: argparse.Namespace) -> int:
    from app.services import tracking

    data = {"delivered_on": args.delivered} if args.delivered else {}
    if (args.delivered or args.tracking) and args.via != "post":
        raise ValidationError("--delivered and --tracking are for letters sent by post; add "
                              "--via post.")
    if args.tracking:
        data["tracking_number"] = " ".join(args.tracking.split())
    if args.confirmation:
        data["confirmation"] = " ".join(args.confirmation.split())
    request = tracking.mark_sent(ctx.store, _request_id(ctx, args.id), on=args.on,
                                 via=args.via, data=data or None, attachments=args.attach)
    if args.json:
        print_json(request.to_json())
    else:
        due = request.extended_due_on or request.due_on
        print(f"{request.reference} sent on {request.sent_on} by {request.via}; "
              + (f"answer due {due}." if due else "the law sets no answer date."))
    return 0


def _log(ctx: CliContext, args: argparse.Namespace) -> int:
    from app.services import tracking

    request_id = _request_id(ctx, args.id)
    event = tracking.log_event(ctx.store, request_id, args.event, on=args.on, text=args.text,
                               attachments=args.attach, confirm_large=args.confirm_large)
    request = tracking.derive_one(ctx.store, request_id)
    if args.json:
        print_json({"event": event.to_json(), "request": request.to_json()})
    else:
        print(f"Logged '{event.kind}' on {event.on}"
              + (f" with {len(event.attachments)} file(s)" if event.attachments else "")
              + f". Status: {request.status}"
              + (f", deadline {request.deadline.isoformat()}" if request.deadline else "") + ".")
        for message in request.messages:
            print(f"  Note: {message}")
    return 0


def _timeline(ctx: CliContext, args: argparse.Namespace) -> int:
    from app.services.calendar_export import write_atomically
    from app.services.timeline import timeline_document, timeline_pdf

    request_id = _request_id(ctx, args.id)
    if args.format == "pdf":
        data = timeline_pdf(ctx.store, request_id)
    else:
        data = timeline_document(ctx.store, request_id)[0].encode("utf-8")
    write_atomically(args.out, data)
    print(f"Wrote {args.out}")
    return 0


def _deadlines(ctx: CliContext, args: argparse.Namespace) -> int:
    import sys

    from app.commands.json_stream import write_json_list
    from app.services import tracking
    from app.services.deadlines import iter_deadlines

    as_of = tracking.parse_day(args.as_of, "--as-of date") if args.as_of else None
    tracking.mark_overdue(ctx.store, date.today())
    found = iter_deadlines(ctx.store, client_id=args.client, as_of=as_of)
    if args.json:  # printed as read: 100,000 rows start at once and are never all in memory
        write_json_list(sys.stdout, (row.to_json() for row in found))
        return 0
    rows = list(found)  # the table's columns are as wide as their widest cell
    if not rows:
        print("No open requests: nothing is waiting for an answer.")
        return 0
    print_table(
        [[str(r.request.id), r.request.reference, r.client_name, r.company_name, r.request.type,
          r.status, r.deadline.isoformat() if r.deadline else "-",
          "-" if r.days_left is None else str(r.days_left),
          "OVERDUE" if r.overdue else ("no confirmation" if r.confirmation_missing else
                                       _follow_up_note(r.follow_up_on))]
         for r in rows],
        ["ID", "REFERENCE", "CLIENT", "COMPANY", "TYPE", "STATUS", "DEADLINE", "DAYS", "NOTE"],
    )
    return 0


def _follow_up_note(follow_up_on: date | None) -> str:
    """Where the law sets no period: OffMap's suggested follow-up date, never a deadline."""
    if follow_up_on is None:
        return ""
    return f"no legal deadline; follow up after {follow_up_on.isoformat()} (a practice)"


def _followup(ctx: CliContext, args: argparse.Namespace) -> int:
    from app.services.followups import draft_followup

    request = draft_followup(ctx.store, _request_id(ctx, args.id), args.kind)
    if args.json:
        print_json(request.to_json())
    else:
        print(f"{request.id} {request.reference} {request.law} {request.type} "
              f"(follows {request.parent_id})")
        for warning in request.details.get("warnings") or []:
            print(f"  Warning: {warning}")
    return 0

"""`offmap reply import|fetch|list|accept`: companies' answers, matched and classified."""

from __future__ import annotations

import argparse

from app.commands.context import CliContext, print_json, print_table, shared_group

EVENT_CHOICES = ("acknowledged", "extended", "needs-verification", "fulfilled", "partial",
                 "denied", "bounced", "note")


def register(sub: argparse._SubParsersAction) -> None:
    actions = shared_group(sub, "reply", "companies' answers: import, fetch, list, accept")

    imp = actions.add_parser("import", help="read replies from .eml, .msg or mbox files")
    imp.add_argument("files", nargs="+", metavar="FILE")
    imp.add_argument("--json", action="store_true")
    imp.set_defaults(func=_import)

    fetch = actions.add_parser("fetch", help="fetch new replies over IMAP (read-only)")
    fetch.add_argument("--account", type=int, metavar="ID",
                       help="mail account id (default: the default account)")
    fetch.add_argument("--since", metavar="DATE",
                       help="only mail from this day (default: when the first request was sent)")
    fetch.add_argument("--folder", action="append", default=[], metavar="NAME",
                       help="a folder to read (repeatable; default: the account's, INBOX)")
    fetch.add_argument("--password-stdin", action="store_true",
                       help="read the password from standard input instead of the keyring")
    fetch.add_argument("--json", action="store_true")
    fetch.set_defaults(func=_fetch)

    lst = actions.add_parser("list", help="the replies, newest first")
    lst.add_argument("--unmatched", action="store_true",
                     help="only those waiting in the inbox to be filed")
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(func=_list)

    accept = actions.add_parser("accept", help="file a reply and log its event")
    accept.add_argument("reply_id", metavar="REPLY_ID")
    accept.add_argument("--request", metavar="ID", help="request id or reference to file it on")
    accept.add_argument("--event", choices=EVENT_CHOICES, metavar="E",
                        help=f"log this instead of the suggestion: {', '.join(EVENT_CHOICES)}")
    accept.add_argument("--json", action="store_true")
    accept.set_defaults(func=_accept)


def _print_results(results, as_json: bool) -> None:
    if as_json:
        print_json([r.to_json() for r in results])
        return
    if not results:
        print("No new replies.")
        return
    for r in results:
        where = f"request {r.reference} (by {r.match})" if r.request_id else "the Replies inbox"
        again = " (already imported)" if r.duplicate else ""
        print(f"{r.file}: reply {r.reply_id}{again} → {where}; suggested: {r.suggested_event}")
        print(f"  {r.reason}")
        for note in r.notes:
            print(f"  Note: {note}")


def _import(ctx: CliContext, args: argparse.Namespace) -> int:
    from app.services.replies import import_files

    _print_results(import_files(ctx.store, args.files), args.json)
    return 0


def _fetch(ctx: CliContext, args: argparse.Namespace) -> int:
    from app.commands.accounts import read_password_from_stdin
    from app.services.reply_fetch import fetch_replies

    password = read_password_from_stdin() if args.password_stdin else None
    outcome = fetch_replies(ctx.store, args.account, since=args.since,
                            folders=args.folder or None, password=password)
    _print_results(outcome.results, args.json)
    if not args.json:
        print(outcome.summary)
    return 0


def _list(ctx: CliContext, args: argparse.Namespace) -> int:
    from app.services.replies import list_replies, reply_json

    rows = [reply_json(ctx.store, r) for r in list_replies(ctx.store, unmatched=args.unmatched)]
    if args.json:
        print_json(rows)
        return 0
    if not rows:
        print("No replies waiting." if args.unmatched else "No replies yet.")
        return 0
    print_table([[str(r["id"]), r["date"] or "-", r["from"], r["reference"] or "(inbox)",
                  r["suggested_event"], "accepted" if r["accepted"] else "",
                  r["subject"][:50]] for r in rows],
                ["ID", "DATE", "FROM", "REQUEST", "SUGGESTED", "", "SUBJECT"])
    return 0


def _accept(ctx: CliContext, args: argparse.Namespace) -> int:
    from app.services.replies import accept

    done = accept(ctx.store, args.reply_id, request_id=args.request, event=args.event)
    if args.json:
        print_json({"reply_id": done.reply_id, "event": done.event.to_json(),
                    "request": done.request.to_json(), "note": done.note})
        return 0
    print(f"Reply {done.reply_id} filed on {done.request.reference}: logged '{done.event.kind}' "
          f"on {done.event.on} with {len(done.event.attachments)} file(s). "
          f"Status: {done.request.status}.")
    if done.note:
        print(f"  Note: {done.note}")
    return 0

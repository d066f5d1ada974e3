"""The window's batch actions on the command line:

- `offmap request draft-all`: the "New request" dialog's plan (holdings x request types, each
  with its law or why none applies), then the drafts;
- `offmap export letters`: the Requests page's "Export letters…" (many letters, several formats,
  into a folder);
- `offmap send-all`: "Send all drafts…" (one after the other, a result for each);
- `offmap bulk opt-out`: the Clients page's "Opt-outs to location data brokers…".
"""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

from app.commands.context import CliContext, print_json, print_table
from app.commands.exports import export_actions
from app.commands.requests import LETTER_FORMATS, request_actions
from app.core.errors import OffMapError, ValidationError
from app.core.ids import saved_id
from app.core.model import REQUEST_TYPES
from app.core.tracking import STATUSES


def register(sub: argparse._SubParsersAction) -> None:
    draft = request_actions(sub).add_parser(
        "draft-all", help="draft letters to every company a client's data is with (or those "
        "named), for each request type",
        description="Plans company x request type with the law OffMap suggests for each (or "
        "--law), says why a letter cannot be drafted where no law grants it, then saves the "
        "ready ones as drafts. --dry-run shows the plan only.")
    draft.add_argument("--client", type=int, required=True, metavar="ID")
    draft.add_argument("--company", action="append", default=[], metavar="SLUG",
                       help="a company to write to (repeatable; default: the client's holdings)")
    draft.add_argument("--type", action="append", default=[], choices=REQUEST_TYPES,
                       metavar="TYPE", help="request type (repeatable; default: delete): "
                       + ", ".join(REQUEST_TYPES))
    draft.add_argument("--law", metavar="LAW", help="use this law for every letter")
    draft.add_argument("--dry-run", action="store_true", help="show the plan; draft nothing")
    draft.add_argument("--json", action="store_true")
    draft.set_defaults(func=_draft_all)

    letters = export_actions(sub).add_parser(
        "letters", help="many requests' letters, in one or more formats, into a folder")
    chosen = letters.add_mutually_exclusive_group(required=True)
    chosen.add_argument("--client", type=int, metavar="ID", help="every request of the client")
    chosen.add_argument("--request", action="append", type=int, metavar="ID",
                        help="a request (repeatable)")
    chosen.add_argument("--all", action="store_true", help="every request of every client")
    letters.add_argument("--status", choices=STATUSES, metavar="S",
                         help="only requests with this status: " + ", ".join(STATUSES))
    letters.add_argument("--format", action="append", default=[], choices=LETTER_FORMATS,
                         metavar="F", help="file format (repeatable; default: pdf): "
                         + ", ".join(LETTER_FORMATS))
    letters.add_argument("--out", required=True, metavar="DIR", help="an existing folder")
    letters.add_argument("--json", action="store_true")
    letters.set_defaults(func=_export_letters)

    send_all = sub.add_parser(
        "send-all", help="e-mail every draft (of a client, or those named) one after the other",
        description="Sends each draft's letter through the mail account, one after the other, "
        "and reports each: a letter that cannot go by e-mail (web form or post only, an "
        "address from an unverified source, identification its company needs missing, unless "
        "--allow-missing-id) stays a draft and the others still go; a login or "
        "connection failure stops the rest. A letter already sent is never sent again.")
    send_all.add_argument("--client", type=int, metavar="ID", help="only this client's drafts")
    send_all.add_argument("--request", action="append", type=int, metavar="ID",
                          help="a request to send (repeatable; default: every draft)")
    _sending_options(send_all)
    send_all.add_argument("--dry-run", action="store_true",
                          help="list the drafts that would be sent; send nothing")
    send_all.add_argument("--json", action="store_true")
    send_all.set_defaults(func=_send_all)

    bulk = sub.add_parser("bulk", help="clinic actions for many clients at once")
    bulk_actions = bulk.add_subparsers(dest="action", metavar="ACTION", required=True)
    opt_out = bulk_actions.add_parser(
        "opt-out", help="opt-outs from clients to every broker that flags precise geolocation",
        description="Creates an opt-out request from each client to every broker that told the "
        "California data broker registry it collects precise geolocation (import the registry "
        "first: offmap directory import-cppa). Requests a client already has are not made "
        "twice. Check where the letters go before --send: a registry address can belong to an "
        "agency or vendor.")
    who = opt_out.add_mutually_exclusive_group(required=True)
    who.add_argument("--client", action="append", type=int, metavar="ID",
                     help="a client to include (repeatable)")
    who.add_argument("--all-clients", action="store_true", help="every client not archived")
    opt_out.add_argument("--send", action="store_true", help="also e-mail the new requests")
    _sending_options(opt_out)
    opt_out.add_argument("--dry-run", action="store_true",
                         help="show the brokers and what would be created; create nothing")
    opt_out.add_argument("--json", action="store_true")
    opt_out.set_defaults(func=_bulk_opt_out)


def _sending_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--account", type=int, metavar="N",
                        help="mail account id (default: the default account)")
    parser.add_argument("--password-stdin", action="store_true",
                        help="read the mail password from standard input (when none is stored)")
    parser.add_argument("--allow-unverified", action="store_true",
                        help="also send to addresses that did not come from a verified source "
                        "(check them first with 'offmap directory show SLUG')")
    parser.add_argument("--allow-missing-id", action="store_true",
                        help="also send letters that lack identifiers their company needs "
                        "(without it they stay drafts; 'offmap request show ID' lists what is "
                        "missing and how to get it)")


# ------------------------------------------------------------------ draft-all
def _draft_all(ctx: CliContext, args: argparse.Namespace) -> int:
    from app.services import draft_plan

    rows = draft_plan.plan_drafts(ctx.store, args.client, args.company, args.type or ["delete"],
                                  args.law)
    result = None if args.dry_run else draft_plan.draft_plan(ctx.store, args.client, rows)
    if args.json:
        failed = {(row.company, row.request_type): str(why) for row, why in
                  (result.failed if result else [])}
        print_json({"client_id": args.client, "dry_run": args.dry_run,
                    "plan": [{**row.to_json(), **({"failed": failed[(row.company,
                                                                      row.request_type)]}
                                                  if (row.company, row.request_type) in failed
                                                  else {})} for row in rows],
                    "created": result.created if result else []})
        return 0
    print_table([[row.company, row.request_type, row.law or "-", str(row.reason) or "ready"]
                 for row in rows], ["COMPANY", "TYPE", "LAW", "NOTE"])
    ready = sum(1 for row in rows if row.law)
    if result is None:
        print(f"{ready} letters can be drafted; run again without --dry-run to draft them.")
        return 0
    for row, why in result.failed:
        print(f"Not drafted: {row.company_name}, {row.request_type}: {why}")
    print(f"Drafted {len(result.created)} requests: "
          + (", ".join(str(i) for i in result.created) or "none") + ".")
    return 0


# ------------------------------------------------------------------ export letters
def _export_letters(ctx: CliContext, args: argparse.Namespace) -> int:
    from app.services import letters as letter_service
    from app.services import requests as request_service

    if args.request:
        ids = [saved_id(request_service.get_request(ctx.store, i)) for i in args.request]
    else:
        ids = [saved_id(r) for r in
               request_service.list_requests(ctx.store, args.client, args.status)]
    if args.request and args.status:
        ids = [i for i in ids if request_service.get_request(ctx.store, i).status == args.status]
    if not ids:
        raise ValidationError("no request matches; nothing was written.")
    written = letter_service.export_letters(ctx.store, ids, Path(args.out).expanduser(),
                                            list(dict.fromkeys(args.format or ["pdf"])))
    if args.json:
        print_json({"out": args.out, "requests": len(ids), "files": [str(p) for p in written]})
    else:
        print(f"Wrote {len(written)} files for {len(ids)} requests to {args.out}")
    return 0


# ------------------------------------------------------------------ sending
def _password(ctx: CliContext, args: argparse.Namespace) -> str | None:
    """The password to send with: from stdin, else the stored one (None), else typed in a
    terminal; without a terminal an error says how to give it, and nothing is sent."""
    from app.commands.accounts import read_password_from_stdin
    from app.services import accounts as account_service

    if args.password_stdin:
        return read_password_from_stdin()
    account = account_service.resolve_account(ctx.store, args.account)
    try:
        account_service.password_for(ctx.store, account)
        return None
    except account_service.PasswordNeededError as exc:
        if not (sys.stdin.isatty() and sys.stderr.isatty()):
            raise OffMapError(
                "{reason}; there is no terminal to ask for it, so nothing was sent. Pipe it in "
                "with --password-stdin, or store it with 'offmap account set ... "
                "--password-stdin'.", reason=exc.reason) from None
        typed = getpass.getpass(f"Password for {account.username} on {account.host} "
                                "(not stored): ")
        if not typed:
            raise ValidationError("no password was typed; nothing was sent.") from None
        return typed


def _print_item(item) -> None:
    print(f"{item.reference}: {item.outcome}: {item.message}", flush=True)


def _batch_json(item) -> dict:
    return {"request_id": item.request_id, "reference": item.reference,
            "outcome": item.outcome, "ok": item.ok, "message": str(item.message)}


def _send_all(ctx: CliContext, args: argparse.Namespace) -> int:
    from app.services import requests as request_service
    from app.services import sending

    if args.request:
        chosen = [request_service.get_request(ctx.store, i) for i in args.request]
        if args.client is not None:
            chosen = [r for r in chosen if r.client_id == args.client]
    else:
        chosen = request_service.list_requests(ctx.store, args.client, "draft")
    drafts = [r for r in chosen if r.status == "draft"]
    if not drafts:
        raise ValidationError("there is no draft to send (letters already sent are never sent "
                              "again); nothing was sent.")
    if args.dry_run:
        if args.json:
            print_json([r.to_json() for r in drafts])
        else:
            print_table([[str(r.id), r.reference, r.company, r.type] for r in drafts],
                        ["ID", "REFERENCE", "COMPANY", "TYPE"])
            print(f"{len(drafts)} drafts would be sent; run again without --dry-run to send "
                  "them.")
        return 0
    password = _password(ctx, args)
    items = sending.send_batch(ctx.store, [saved_id(r) for r in drafts], args.account, password,
                               on_item=None if args.json else _print_item,
                               allow_unverified=args.allow_unverified,
                               allow_missing_id=args.allow_missing_id)
    return _batch_outcome(items, args.json)


def _batch_outcome(items, as_json: bool) -> int:
    sent = sum(1 for item in items if item.ok)
    failed = [item for item in items if item.outcome in ("failed", "not-attempted")]
    if as_json:
        print_json([_batch_json(item) for item in items])
    else:
        print(f"{sent} of {len(items)} letters sent; the others stay drafts.")
    if failed:
        raise OffMapError("{count} letters could not be sent ({first}); they stay drafts.",
                          count=len(failed), first=failed[0].message)
    return 0


# ------------------------------------------------------------------ bulk opt-outs
def _bulk_opt_out(ctx: CliContext, args: argparse.Namespace) -> int:
    from app.services import bulk
    from app.services import clients as client_service

    client_ids = args.client or [c.id for c in client_service.list_clients(
        ctx.store, include_archived=False)]
    plan = bulk.plan_geolocation_optouts(ctx.store, client_ids)
    if not plan.brokers:
        raise ValidationError(
            "no broker in the directory flags precise geolocation yet; import the California "
            "data broker registry first (offmap directory import-cppa CSV).")
    if args.dry_run:
        return _print_plan(plan, args.json)
    password = _password(ctx, args) if args.send else None
    summary = bulk.run_plan(ctx.store, plan, send=args.send, account_id=args.account,
                            password=password, allow_unverified=args.allow_unverified,
                            allow_missing_id=args.allow_missing_id)
    if args.json:
        print_json(summary.to_json())
        return 0
    print(f"{len(summary.created)} opt-out requests created, {summary.sent} sent, "
          f"{len(summary.skipped)} skipped.")
    for skip in summary.skipped:
        print(f"  client {skip.client_id} / {skip.company}: {skip.reason}")
    for line in summary.not_sent:
        print(f"  not sent: {line}")
    if summary.created and not summary.sent:
        print("The new requests are drafts: send them with offmap send-all.")
    return 0


def _print_plan(plan, as_json: bool) -> int:
    def address(company) -> str:
        contacts = company.contacts or {}
        return contacts.get("email") or contacts.get("webform") or "no address: web form or post"

    if as_json:
        print_json({"clients": plan.client_ids,
                    "brokers": [{"slug": b.slug, "name": b.name, "letters_go_to": address(b)}
                                for b in plan.brokers],
                    "new": [{"client_id": c, "company": s} for c, s in plan.pairs],
                    "skipped": [{"client_id": s.client_id, "company": s.company,
                                 "reason": str(s.reason)} for s in plan.skipped]})
        return 0
    print_table([[b.slug, b.name, address(b)] for b in plan.brokers],
                ["BROKER", "NAME", "LETTERS GO TO"])
    print(f"{len(plan.client_ids)} clients x {len(plan.brokers)} brokers: {len(plan.pairs)} new "
          f"requests, {len(plan.skipped)} already made. Nothing was created (--dry-run).")
    return 0

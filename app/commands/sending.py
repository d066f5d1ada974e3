"""`offmap send ID`: e-mails the letter (PDF attached) through the mail account, then marks the
request sent. Without a stored password it asks in a terminal; with no terminal it stops with
exit 1 and nothing is marked sent."""

from __future__ import annotations

import argparse
import getpass
import sys

from app.commands.context import CliContext, print_json
from app.services.accounts import PasswordNeededError


def register(sub: argparse._SubParsersAction) -> None:
    send = sub.add_parser(
        "send", help="e-mail a request's letter through your mail account and mark it sent",
        description="Builds the same message as 'offmap letter ID --format eml' (reference in "
        "the subject, PDF attached), sends it with the mail account (offmap account set), "
        "records the server's answer and sets the deadlines. A request already sent is never "
        "sent again.",
    )
    send.add_argument("id", help="request id or reference")
    send.add_argument("--account", type=int, metavar="N",
                      help="mail account id (default: the default account)")
    send.add_argument("--password-stdin", action="store_true",
                      help="read the mail password from standard input (when none is stored)")
    send.add_argument("--resend-interrupted", action="store_true",
                      help="send again after an interrupted attempt you checked did not go out")
    send.add_argument("--allow-unverified", action="store_true",
                      help="send even though the company's address did not come from a verified "
                      "source (check it first: 'offmap directory show SLUG' shows where it came "
                      "from)")
    send.add_argument("--allow-missing-id", action="store_true",
                      help="send even though the company needs identifiers the letter lacks "
                      "('offmap request show ID' lists them and how to get them)")
    send.add_argument("--json", action="store_true")
    send.set_defaults(func=_send)


def _request_id(value: str) -> int | str:
    return int(value) if value.isdigit() else value


def _send(ctx: CliContext, args: argparse.Namespace) -> int:
    from app.commands.accounts import read_password_from_stdin
    from app.services import sending

    request_id = _request_id(args.id)
    if not args.allow_missing_id:
        from app.services.identification import refuse_if_missing

        refuse_if_missing(ctx.store, request_id)
    password = read_password_from_stdin() if args.password_stdin else None
    try:
        result = sending.send_request(ctx.store, request_id, args.account, password,
                                      resend_interrupted=args.resend_interrupted,
                                      allow_unverified=args.allow_unverified)
    except PasswordNeededError as exc:
        if args.password_stdin or not (sys.stdin.isatty() and sys.stderr.isatty()):
            raise _no_terminal(exc) from None
        account = exc.account
        typed = getpass.getpass(f"Password for {account.username} on {account.host} "
                                "(not stored): ")
        if not typed:
            from app.core.errors import ValidationError

            raise ValidationError("no password was typed; nothing was sent.") from None
        result = sending.send_request(ctx.store, request_id, args.account, typed,
                                      resend_interrupted=args.resend_interrupted,
                                      allow_unverified=args.allow_unverified)
    if args.json:
        print_json(result.to_json())
        return 0
    if result.recorded_only:
        print(f"{result.reference} had already gone out ({result.smtp_response}); it is now "
              "recorded as sent.")
    else:
        print(f"Sent {result.reference} to {', '.join(result.to)}: {result.smtp_response}")
    print(f"  Message-ID: {result.message_id}")
    print(f"  Status: {result.status}, sent {result.sent_on}"
          + (f", answer due {result.due_on}" if result.due_on else "")
          + (f" (extended: {result.extended_due_on})" if result.extended_due_on else ""))
    return 0


def _no_terminal(exc: PasswordNeededError) -> Exception:
    from app.core.errors import OffMapError

    return OffMapError(
        f"{exc.reason}; there is no terminal to ask for it, so nothing was sent and the "
        "request is not marked sent. Run 'offmap send ID' in a terminal, or pipe the password "
        "in with 'offmap send ID --password-stdin'"
        + ("." if exc.no_keyring else
           ", or store it with 'offmap account set ... --password-stdin'.")
    )

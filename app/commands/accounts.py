"""`offmap account set|list|delete|test|presets`: mail accounts; passwords go to the keyring."""

from __future__ import annotations

import argparse
import getpass
import sys

from app import secrets
from app.commands.context import CliContext, print_json, print_table
from app.core.errors import ValidationError
from app.core.mail import DEFAULT_PORTS, SECURITY_CHOICES, get_preset, load_presets
from app.core.model import MailAccount
from app.services import accounts as account_service


def register(sub: argparse._SubParsersAction) -> None:
    account = sub.add_parser("account", help="mail accounts used to send letters")
    actions = account.add_subparsers(dest="action", metavar="ACTION", required=True)

    setp = actions.add_parser(
        "set", help="add or update a mail account (the password goes to the system keyring)",
        description="Adds a mail account, or updates the one with the same --host and --user "
        "(or --id). The password is read from standard input with --password-stdin and stored "
        "only in the system keyring.",
    )
    setp.add_argument("--id", type=int, help="update this account")
    setp.add_argument("--preset", choices=[p.key for p in load_presets()],
                      help="fill host, port and security for a known provider")
    setp.add_argument("--host", metavar="H")
    setp.add_argument("--port", metavar="P", help="default: 587 for starttls, 465 for ssl")
    setp.add_argument("--user", metavar="U", default=None, help="login, usually your address")
    setp.add_argument("--from", dest="from_addr", metavar="ADDR",
                      help="the From address (default: the user)")
    setp.add_argument("--security", choices=SECURITY_CHOICES,
                      help="starttls (default), ssl, or none (only for localhost)")
    setp.add_argument("--label", default=None, help="a name to tell accounts apart")
    setp.add_argument("--default", action="store_true", help="use this account by default")
    setp.add_argument("--imap-host", metavar="H", help="where replies are fetched from "
                      "(default: the preset's IMAP server)")
    setp.add_argument("--imap-port", metavar="P", help="default: 993 (TLS)")
    setp.add_argument("--imap-folder", action="append", metavar="NAME",
                      help="a folder to fetch replies from (repeatable; default: INBOX)")
    setp.add_argument("--password-stdin", action="store_true",
                      help="read the password from standard input (first line)")
    setp.add_argument("--json", action="store_true")
    setp.set_defaults(func=_set)

    listing = actions.add_parser("list", help="list mail accounts")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(func=_list)

    delete = actions.add_parser("delete", help="delete an account and its keyring entry")
    delete.add_argument("id", type=int)
    delete.set_defaults(func=_delete)

    test = actions.add_parser("test", help="log in to the server without sending anything")
    test.add_argument("id", type=int, nargs="?", help="default: the default account")
    test.add_argument("--password-stdin", action="store_true")
    test.set_defaults(func=_test)

    sign_in = actions.add_parser(
        "sign-in", help="sign in with Google or Microsoft (OAuth) instead of a password",
        description="Opens the provider's sign-in page in the browser and keeps the refresh "
        "token in the system keyring. Give the client id of the app you registered with the "
        "provider (see the README).")
    sign_in.add_argument("id", type=int, help="the mail account")
    sign_in.add_argument("--provider", choices=("google", "microsoft"), required=True)
    sign_in.add_argument("--client-id", required=True, metavar="ID")
    sign_in.add_argument("--client-secret-stdin", action="store_true",
                         help="read the app's client secret (if it has one) from standard input")
    sign_in.add_argument("--sign-out", action="store_true",
                         help="forget the sign-in instead (back to a password)")
    sign_in.set_defaults(func=_sign_in)

    presets = actions.add_parser("presets", help="known providers and their app passwords")
    presets.add_argument("--json", action="store_true")
    presets.set_defaults(func=_presets)


def read_password_from_stdin() -> str:
    line = sys.stdin.readline()
    password = line.rstrip("\r\n")
    if not password:
        raise ValidationError(
            "--password-stdin was given but standard input is empty; pipe the password in, "
            "e.g. printf '%s' \"$PASSWORD\" | offmap account set ... --password-stdin."
        )
    return password


def _merge(args: argparse.Namespace, existing: MailAccount | None) -> MailAccount:
    preset = get_preset(args.preset) if args.preset else None
    host = args.host or (preset.host if preset else None) or (existing.host if existing else "")
    security = args.security or (preset.security if preset else None) \
        or (existing.security if existing else "starttls")
    if args.port is not None:
        port = args.port
    elif preset and not args.security:
        port = preset.port
    elif existing and not args.security:
        port = existing.port
    else:
        port = DEFAULT_PORTS[security]
    user = args.user if args.user is not None else (existing.username if existing else "")
    from_addr = args.from_addr or (existing.from_addr if existing else "")
    label = args.label if args.label is not None else (existing.label if existing else "")
    if not host:
        raise ValidationError("give the mail server with --host H (or a --preset).")
    imap_host = args.imap_host or (preset.imap_host if preset else "") or \
        (existing.imap_host if existing else "")
    imap_port = args.imap_port or (preset.imap_port if preset and not args.imap_host else None) \
        or (existing.imap_port if existing else 993)
    folders = args.imap_folder or (existing.imap_folders if existing else ["INBOX"])
    return MailAccount(id=existing.id if existing else None, host=host, port=port,
                       username=user, from_addr=from_addr or user, security=security,
                       label=label, imap_host=imap_host, imap_port=imap_port,
                       imap_folders=folders)


def _set(ctx: CliContext, args: argparse.Namespace) -> int:
    password = read_password_from_stdin() if args.password_stdin else None
    store = ctx.store
    existing = None
    if args.id is not None:
        existing = account_service.resolve_account(store, args.id)
    elif args.host and args.user is not None:
        existing = account_service.find_matching(store, args.host, args.user)
    outcome = account_service.save_account(store, _merge(args, existing), password,
                                           make_default=args.default)
    if args.json:
        print_json({**outcome.account.to_json(), "password_stored": outcome.password_stored})
    else:
        verb = "Updated" if existing else "Added"
        print(f"{verb} mail account {outcome.account.id}: {outcome.account.label}")
    if password and not outcome.password_stored:
        sys.stderr.write(
            "offmap: note: the password was NOT stored: " + outcome.note + " 'offmap send' "
            "will ask for it in a terminal.\n"
        )
    return 0


def _list(ctx: CliContext, args: argparse.Namespace) -> int:
    accounts = account_service.list_accounts(ctx.store)
    default_id = account_service.default_account_id(ctx.store)
    if args.json:
        print_json([{**a.to_json(), "default": a.id == default_id} for a in accounts])
        return 0
    if not accounts:
        print("No mail accounts yet. Add one with: offmap account set --host H --port P "
              "--user U --password-stdin")
        return 0
    print_table(
        [[str(a.id) + ("*" if a.id == default_id else ""), a.label, f"{a.host}:{a.port}",
          a.security, a.username or "-", a.from_addr] for a in accounts],
        ["ID", "LABEL", "SERVER", "SECURITY", "USER", "FROM"],
    )
    print(f"(* default)  {secrets.describe_for_humans()}")
    return 0


def _delete(ctx: CliContext, args: argparse.Namespace) -> int:
    account = account_service.resolve_account(ctx.store, args.id)
    account_service.delete_account(ctx.store, args.id)
    print(f"Deleted mail account {args.id} ({account.label}) and its keyring entry.")
    return 0


def _test(ctx: CliContext, args: argparse.Namespace) -> int:
    account = account_service.resolve_account(ctx.store, args.id)
    given = read_password_from_stdin() if args.password_stdin else None
    try:
        password = account_service.password_for(ctx.store, account, given)
    except account_service.PasswordNeededError as exc:
        if not (sys.stdin.isatty() and sys.stderr.isatty()):
            raise ValidationError(
                "{reason}; there is no terminal to ask for it. Pipe it in with 'offmap account "
                "test ID --password-stdin'.",
                reason=exc.reason) from None
        password = getpass.getpass(f"Password for {account.username} on {account.host} "
                                   "(not stored): ")
    print(account_service.check_connection(account, password))
    return 0


def _presets(ctx: CliContext, args: argparse.Namespace) -> int:
    presets = load_presets()
    if args.json:
        print_json([
            {"key": p.key, "name": p.name, "host": p.host, "port": p.port,
             "security": p.security, "password_help": p.password_help,
             "password_url": p.password_url, "confidence": p.confidence,
             "sources": list(p.sources)}
            for p in presets
        ])
        return 0
    for p in presets:
        print(f"{p.key}: {p.name} — {p.host}:{p.port} {p.security}")
        print(f"    {p.password_help}")
    return 0


def _sign_in(ctx: CliContext, args: argparse.Namespace) -> int:
    from app.services import oauth

    account = account_service.resolve_account(ctx.store, args.id)
    if args.sign_out:
        oauth.sign_out(ctx.store, account)
        print(f"Mail account {account.id} no longer signs in with OAuth.")
        return 0
    secret = read_password_from_stdin() if args.client_secret_stdin else ""

    def show(url: str) -> None:
        import webbrowser

        print("Opening the sign-in page in your browser. If it does not open, visit:\n" + url)
        webbrowser.open(url)

    oauth.sign_in(ctx.store, account, args.provider, args.client_id, secret, open_url=show)
    print(f"Mail account {account.id} is signed in with {args.provider}; the refresh token is "
          "in the system keyring.")
    return 0

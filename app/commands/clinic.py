"""`offmap clinic show|set`: the clinic profile and agent mode (Settings > Clinic in the window),
and `offmap export authorization`: the form a client signs so the clinic may act as their
authorized agent (the Case panel's "Authorization form…")."""

from __future__ import annotations

import argparse
from dataclasses import replace
from pathlib import Path

from app.commands.context import CliContext, print_json
from app.commands.exports import export_actions
from app.core.clinic import CLINIC_MODES
from app.services import clinic as clinic_service

FIELDS = ("name", "staff", "email", "phone")


def register(sub: argparse._SubParsersAction) -> None:
    clinic = sub.add_parser(
        "clinic", help="the clinic profile, and letters as the client's authorized agent")
    actions = clinic.add_subparsers(dest="action", metavar="ACTION", required=True)

    show = actions.add_parser("show", help="the clinic profile and letter mode")
    show.add_argument("--json", action="store_true")
    show.set_defaults(func=_show)

    change = actions.add_parser(
        "set", help="change the clinic profile or the letter mode (other fields are kept)",
        description="Agent mode ('--mode agent') makes every letter say the clinic writes as "
        "the client's authorized agent and cite the law's rule for agents; it needs the "
        "clinic's name, the staff member who signs, and an address or e-mail for replies. "
        "Laws that do not allow agents (or not for that request) refuse those letters.")
    change.add_argument("--name", metavar="TEXT", help="the clinic's name")
    change.add_argument("--staff", metavar="TEXT", help="the staff member who signs letters")
    change.add_argument("--address", action="append", metavar="LINE",
                        help="one line of the clinic's postal address (repeat for each line; "
                        "an empty value clears it)")
    change.add_argument("--email", metavar="ADDR", help="the clinic's e-mail for replies")
    change.add_argument("--phone", metavar="TEXT", help="the clinic's phone")
    change.add_argument("--mode", choices=CLINIC_MODES,
                        help="'client': letters in the client's own name; 'agent': the clinic "
                        "writes as the client's authorized agent")
    change.add_argument("--json", action="store_true")
    change.set_defaults(func=_set)

    form = export_actions(sub).add_parser(
        "authorization", help="the form a client signs so the clinic may act as their agent "
        "(PDF)")
    form.add_argument("--client", type=int, required=True, metavar="ID")
    form.add_argument("--out", required=True, metavar="FILE.pdf")
    form.add_argument("--json", action="store_true")
    form.set_defaults(func=_authorization)


def _print_profile(profile, as_json: bool) -> None:
    if as_json:
        print_json({**profile.to_json(), "address_lines": profile.address_lines,
                    "agent": profile.is_agent})
        return
    mode = ("the clinic writes as the client's authorized agent" if profile.is_agent
            else "in the client's own name")
    print(f"Letters: {mode}")
    for label, value in (("Clinic", profile.name), ("Staff", profile.staff),
                         ("E-mail", profile.email), ("Phone", profile.phone)):
        print(f"{label + ':':8} {value or '-'}")
    lines = profile.address_lines or ["-"]
    print(f"{'Address:':8} {lines[0]}")
    for line in lines[1:]:
        print(f"{'':8} {line}")


def _show(ctx: CliContext, args: argparse.Namespace) -> int:
    _print_profile(clinic_service.get_profile(ctx.store), args.json)
    return 0


def _set(ctx: CliContext, args: argparse.Namespace) -> int:
    profile = clinic_service.get_profile(ctx.store)
    changes = {name: getattr(args, name) for name in (*FIELDS, "mode")
               if getattr(args, name) is not None}
    if args.address is not None:
        changes["address"] = "\n".join(line for line in args.address if line.strip())
    saved = clinic_service.save_profile(ctx.store, replace(profile, **changes))
    if not args.json:
        print("Saved." if changes else "Nothing to change; the clinic profile is:")
    _print_profile(saved, args.json)
    return 0


def _authorization(ctx: CliContext, args: argparse.Namespace) -> int:
    from app.services.calendar_export import write_atomically

    pdf = clinic_service.authorization_pdf(ctx.store, args.client)
    out = write_atomically(Path(args.out), pdf)
    if args.json:
        print_json({"out": str(out), "bytes": len(pdf)})
    else:
        print(f"Authorization form written to {out}: print it, have the client sign it, and "
              "keep the signed copy.")
    return 0

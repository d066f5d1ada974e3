"""`offmap holding suggest`: the window's "Add my phone service" and "Apps on my phone" flows.
Shows the companies that hold, or are known to have received, the location data of a phone
service (and its host network) or of an app, with the reason and source; `--accept` records
them as the client's holdings (less any `--skip`), as the wizard's Finish does."""

from __future__ import annotations

import argparse
from dataclasses import asdict

from app.commands.context import CliContext, print_json, print_table, shared_group
from app.core.errors import ValidationError
from app.services import holdings as holding_service


def register(sub: argparse._SubParsersAction) -> None:
    actions = shared_group(sub, "holding", "record who holds a client's location data")
    suggest = actions.add_parser(
        "suggest", help="who holds the data of a phone service or an app (and --accept them)",
        description="Lists the companies that hold, or are known to have received, the "
        "location data of your phone service (carrier or MVNO, and its host network) or of an "
        "app, with the reason and its source. Nothing is recorded unless --accept is given.")
    suggest.add_argument("--client", type=int, required=True, metavar="ID")
    source = suggest.add_mutually_exclusive_group(required=True)
    source.add_argument("--phone-service", metavar="SLUG",
                        help="the carrier or prepaid brand (MVNO) that bills the phone line")
    source.add_argument("--app", metavar="SLUG", help="an app or app company on the phone")
    suggest.add_argument("--skip", action="append", default=[], metavar="SLUG",
                         help="leave this proposed company out (repeatable)")
    suggest.add_argument("--accept", action="store_true",
                         help="record the proposals (less --skip) as the client's holdings")
    suggest.add_argument("--json", action="store_true")
    suggest.set_defaults(func=_suggest)


def proposals_for(ctx: CliContext, args: argparse.Namespace) -> list[holding_service.Proposal]:
    """The wizard's proposals with --skip applied (a skip that names no proposal is an error)."""
    holding_service.list_holdings(ctx.store, args.client)  # the client must exist
    if args.phone_service:
        proposals = holding_service.phone_service_proposals(ctx.store, args.phone_service)
    else:
        proposals = holding_service.app_proposals(ctx.store, args.app)
    slugs = {p.slug for p in proposals}
    unknown = [slug for slug in args.skip if slug not in slugs]
    if unknown:
        raise ValidationError(
            "--skip {unknown}: not among the proposed companies ({proposed}).",
            unknown=", ".join(unknown), proposed=", ".join(sorted(slugs)))
    for proposal in proposals:
        proposal.accepted = proposal.slug not in args.skip
    return proposals


def _suggest(ctx: CliContext, args: argparse.Namespace) -> int:
    proposals = proposals_for(ctx, args)
    added = []
    if args.accept:
        added = holding_service.accept_proposals(ctx.store, args.client, proposals)
    if args.json:
        print_json({"client_id": args.client, "accepted": args.accept,
                    "proposals": [asdict(p) for p in proposals],
                    "holdings": [h.to_json() for h in added]})
        return 0
    if not proposals:
        print("The directory knows no company that received this one's location data.")
        return 0
    print_table([[p.slug, p.name, p.role, "skip" if not p.accepted else "",
                  p.reason + (f" ({p.source})" if p.source else "")] for p in proposals],
                ["COMPANY", "NAME", "ROLE", "", "WHY"])
    chosen = sum(1 for p in proposals if p.accepted)
    if args.accept:
        print(f"Recorded {chosen} holdings for client {args.client}; "
              f"the client now has {len(added)}.")
    elif proposals:
        print(f"Nothing recorded yet: add --accept to record these {chosen} companies "
              "(--skip SLUG leaves one out).")
    note = holding_service.drop_note(ctx.store, args.client)
    if note and args.accept:
        print(note)
    return 0

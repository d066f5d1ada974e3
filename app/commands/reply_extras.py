"""The Replies page's reading and follow-up on the command line: `offmap reply show` (the
message as text, with the suggested event, why, and the next channel after a bounce) and
`offmap reply followup` (the appeal or complaint for a refusal, quoting the company's words)."""

from __future__ import annotations

import argparse

from app.commands.context import CliContext, print_json, shared_group


def register(sub: argparse._SubParsersAction) -> None:
    actions = shared_group(sub, "reply", "companies' answers: import, fetch, list, accept")
    show = actions.add_parser("show", help="read a reply (as text; HTML is never rendered)")
    show.add_argument("reply_id", metavar="REPLY_ID")
    show.add_argument("--json", action="store_true")
    show.set_defaults(func=_show)

    followup = actions.add_parser(
        "followup", help="draft the appeal (or complaint) answering a refusal, quoting it")
    followup.add_argument("reply_id", metavar="REPLY_ID")
    followup.add_argument("--kind", choices=("appeal", "complaint"),
                          help="default: an appeal where the request's law offers one, else a "
                          "complaint to the regulator")
    followup.add_argument("--json", action="store_true")
    followup.set_defaults(func=_followup)


def _show(ctx: CliContext, args: argparse.Namespace) -> int:
    from app.services import replies as reply_service
    from app.services import reply_actions

    reply = reply_service.get_reply(ctx.store, args.reply_id)
    mail = reply_service.read_reply(ctx.store, reply)
    following = reply_actions.next_channel(ctx.store, reply)
    if args.json:
        print_json({**reply_service.reply_json(ctx.store, reply), "text": mail.text,
                    "next_channel": following or None})
        return 0
    print(f"From:    {mail.from_name + ' ' if mail.from_name else ''}<{mail.from_addr}>")
    print(f"Subject: {mail.subject}")
    print(f"Date:    {mail.date or '-'}")
    print(f"Suggested: {reply.suggested_event} ({reply_actions.reason_text(reply)})")
    if following:
        print(following)
    print()
    print(mail.text.strip())
    return 0


def _followup(ctx: CliContext, args: argparse.Namespace) -> int:
    from app.services import reply_actions

    draft = reply_actions.draft_followup_from_reply(ctx.store, args.reply_id, args.kind)
    if args.json:
        print_json(draft.to_json())
    else:
        print(f"Drafted {draft.type} {draft.reference} (request {draft.id}) quoting the reply.")
    return 0

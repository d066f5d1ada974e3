"""`offmap request channels|webform|post|delivered|phone|call`: sending a request other than by
e-mail (services.routes), and which of the company's channels to use (services.channel_health).
"""

from __future__ import annotations

import argparse

from app.commands.context import CliContext, print_json, print_table
from app.commands.requests import request_actions
from app.core.ids import saved_id


def register(sub: argparse._SubParsersAction) -> None:
    actions = request_actions(sub)

    channels = actions.add_parser(
        "channels", help="the company's channels in the order to use them, with their health")
    channels.add_argument("id", metavar="ID", help="request id or reference")
    channels.add_argument("--clear", metavar="VALUE",
                          help="the channel (e-mail address, URL, ...) works again: clear its "
                               "suspect mark")
    channels.add_argument("--json", action="store_true")
    channels.set_defaults(func=_channels)

    webform = actions.add_parser(
        "webform", help="send by the company's web form: the URL, the values it asks for and "
                        "the letter to paste; with --sent, record it")
    webform.add_argument("id", metavar="ID", help="request id or reference")
    webform.add_argument("--sent", action="store_true",
                         help="record that you submitted the form (marks the request sent)")
    webform.add_argument("--confirmation", default="", metavar="TEXT",
                         help="the confirmation or ticket number the form gave")
    webform.add_argument("--attach", action="append", default=[], metavar="FILE",
                         help="a screenshot or saved page of the submitted form")
    webform.add_argument("--on", metavar="DATE", help="the day it was submitted (default: "
                                                      "today)")
    webform.add_argument("--json", action="store_true")
    webform.set_defaults(func=_webform)

    post = actions.add_parser(
        "post", help="write the letter as a PDF for a window envelope (US #10 or DL)")
    post.add_argument("id", metavar="ID", help="request id or reference")
    post.add_argument("--out", required=True, metavar="FILE.pdf")
    post.add_argument("--envelope", choices=("us10", "dl"),
                      help="default: us10 for US Letter paper, dl for A4")
    post.set_defaults(func=_post)

    delivered = actions.add_parser(
        "delivered", help="record the day a posted letter was delivered (restarts the clock "
                          "from that day)")
    delivered.add_argument("id", metavar="ID", help="request id or reference")
    delivered.add_argument("--on", required=True, metavar="DATE",
                           help="the delivery date from the tracking")
    delivered.add_argument("--json", action="store_true")
    delivered.set_defaults(func=_delivered)

    phone = actions.add_parser("phone", help="print a script to read when you call the company")
    phone.add_argument("id", metavar="ID", help="request id or reference")
    phone.set_defaults(func=_phone)

    call = actions.add_parser(
        "call", help="log a phone call that made the request (marks it sent by phone)")
    call.add_argument("id", metavar="ID", help="request id or reference")
    call.add_argument("--spoke-to", required=True, metavar="NAME",
                      help="the name or employee ID of the person you spoke to")
    call.add_argument("--said", required=True, metavar="TEXT", help="what they said")
    call.add_argument("--confirmation", default="", metavar="TEXT",
                      help="the confirmation or ticket number they gave")
    call.add_argument("--number", default="", metavar="PHONE", help="the number you called")
    call.add_argument("--on", metavar="DATE", help="the day of the call (default: today)")
    call.add_argument("--json", action="store_true")
    call.set_defaults(func=_call)


def _id(ctx: CliContext, given: str) -> int:
    from app.services.requests import get_request

    return saved_id(get_request(ctx.store, given))


def _due_line(request) -> str:
    due = request.extended_due_on or request.due_on
    return f"answer due {due}." if due else "the law sets no answer date."


def _channels(ctx: CliContext, args: argparse.Namespace) -> int:
    from app.services import channel_health, routes

    request_id = _id(ctx, args.id)
    if args.clear:
        plan = routes.route_plan(ctx.store, request_id)
        cleared = [c for c in plan.channels if c.suspect and
                   channel_health.normalise_value(c.kind, c.value)
                   == channel_health.normalise_value(c.kind, args.clear)]
        if not cleared:
            from app.core.errors import ValidationError

            raise ValidationError("'{value}' is not a suspect channel of {name}; see 'offmap "
                                  "request channels ID'.", value=args.clear, name=plan.recipient)
        from app.services.requests import get_request

        key = channel_health.health_key(get_request(ctx.store, request_id))
        for channel in cleared:
            channel_health.clear_suspect(ctx.store, key, channel.kind, channel.value)
    plan = routes.route_plan(ctx.store, request_id)
    if args.json:
        print_json(plan.to_json())
        return 0
    print(f"{plan.reference} goes to {plan.recipient}.")
    if plan.successor_note:
        print(plan.successor_note)
    if not plan.channels:
        print("No channel is known for this company: look up its privacy page.")
        return 0
    print_table([[str(n), c.kind, c.value.replace("\n", ", "), c.health, c.quality,
                  c.source or "-"] for n, c in enumerate(plan.channels, 1)],
                ["#", "KIND", "VALUE", "HEALTH", "QUALITY", "SOURCE"])
    for channel in plan.channels:
        if channel.suspect:
            print(f"  {channel.value.splitlines()[0]}: suspect since {channel.marked_on} "
                  f"({channel.reason})")
    nxt = plan.next_channel()
    if nxt:
        print(f"Next: {nxt.kind} {nxt.value.splitlines()[0]}")
    return 0


def _webform(ctx: CliContext, args: argparse.Namespace) -> int:
    from app.core.errors import ValidationError
    from app.services import routes

    request_id = _id(ctx, args.id)
    if not args.sent:
        if args.confirmation or args.attach or args.on:
            raise ValidationError("add --sent to record the submitted form (with "
                                  "--confirmation and --attach).")
        plan = routes.route_plan(ctx.store, request_id)
        text = routes.letter_text(ctx.store, request_id)
        if args.json:
            print_json({**plan.to_json(), "letter": text})
            return 0
        if plan.successor_note:
            print(plan.successor_note)
        if plan.webform:
            print(f"Web form: {plan.webform}")
        else:
            print(f"OffMap knows no web form for {plan.recipient} "
                  "(see 'offmap request channels ID').")
        print("The form will ask for:")
        for value in plan.values:
            print(f"  {value.label}: {value.value}")
        for item in plan.missing:
            print(f"  Missing (OffMap does not have it): {item}")
        print("\nLetter to paste:\n")
        print(text)
        print("Then: offmap request webform ID --sent --confirmation NUMBER --attach "
              "SCREENSHOT")
        return 0
    request = routes.record_webform(ctx.store, request_id, args.confirmation, args.attach,
                                    on=args.on)
    if args.json:
        print_json(request.to_json())
    else:
        print(f"{request.reference} sent by web form on {request.sent_on}"
              + (f" (confirmation {args.confirmation})" if args.confirmation else "")
              + f"; {_due_line(request)}")
    return 0


def _post(ctx: CliContext, args: argparse.Namespace) -> int:
    from app.services import routes
    from app.services.calendar_export import write_atomically

    request_id = _id(ctx, args.id)
    data = routes.post_pdf(ctx.store, request_id, args.envelope)
    write_atomically(args.out, data)
    print(f"Wrote {args.out}. Fold it in thirds with the address outwards, post it by certified "
          "mail, then: offmap request mark-sent ID --via post --tracking NUMBER")
    return 0


def _delivered(ctx: CliContext, args: argparse.Namespace) -> int:
    from app.services import routes

    request = routes.record_delivery(ctx.store, _id(ctx, args.id), args.on)
    if args.json:
        print_json(request.to_json())
    else:
        print(f"{request.reference} delivered on {args.on}; {_due_line(request)}")
    return 0


def _phone(ctx: CliContext, args: argparse.Namespace) -> int:
    from app.services import routes

    print(routes.phone_script(ctx.store, _id(ctx, args.id)), end="")
    return 0


def _call(ctx: CliContext, args: argparse.Namespace) -> int:
    from app.services import routes

    request = routes.record_call(ctx.store, _id(ctx, args.id), routes.CallLog(
        on=args.on, spoke_to=args.spoke_to, said=args.said, confirmation=args.confirmation,
        number=args.number))
    if args.json:
        print_json(request.to_json())
    else:
        print(f"{request.reference} sent by phone on {request.sent_on}; {_due_line(request)}")
    return 0

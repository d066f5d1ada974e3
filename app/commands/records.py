"""The window's record-keeping actions on the command line: archive, delete and case notes of a
client (Clients page), deleting a holding or a draft request, and a request's events with
deleting one logged by mistake (the request's timeline)."""

from __future__ import annotations

import argparse
from dataclasses import replace

from app.commands.context import CliContext, print_json, print_table, shared_group
from app.commands.requests import request_actions
from app.core.errors import ValidationError
from app.core.ids import saved_id


def register(sub: argparse._SubParsersAction) -> None:
    clients = shared_group(sub, "client", "add and list clients")
    archive = clients.add_parser("archive", help="hide a client whose case is closed (kept)")
    archive.add_argument("id", type=int, metavar="ID")
    archive.add_argument("--undo", action="store_true", help="list the client again")
    archive.add_argument("--json", action="store_true")
    archive.set_defaults(func=_archive)

    delete = clients.add_parser(
        "delete", help="delete a client with their holdings, requests and events",
        description="Deletes the client and everything recorded for them from this computer. "
        "This cannot be undone: make a backup or a case export first. Archiving keeps "
        "everything and hides the client instead.")
    delete.add_argument("id", type=int, metavar="ID")
    delete.add_argument("--yes", action="store_true", help="confirm the deletion")
    delete.set_defaults(func=_delete_client)

    notes = clients.add_parser("notes", help="show or replace a client's case notes")
    notes.add_argument("id", type=int, metavar="ID")
    notes.add_argument("--set", metavar="TEXT", dest="text",
                       help="replace the notes with TEXT ('' clears them)")
    notes.add_argument("--json", action="store_true")
    notes.set_defaults(func=_notes)

    holdings = shared_group(sub, "holding", "record who holds a client's location data")
    drop = holdings.add_parser("delete", help="delete a holding (offmap holding list shows ids)")
    drop.add_argument("id", type=int, metavar="ID")
    drop.set_defaults(func=_delete_holding)

    requests = request_actions(sub)
    delete_draft = requests.add_parser(
        "delete", help="delete a draft request (a sent one stays part of the record)")
    delete_draft.add_argument("id", metavar="ID", help="request id or reference")
    delete_draft.set_defaults(func=_delete_draft)

    events = requests.add_parser("events", help="a request's events (what was logged), with ids")
    events.add_argument("id", metavar="ID", help="request id or reference")
    events.add_argument("--json", action="store_true")
    events.set_defaults(func=_events)

    edit_event = requests.add_parser(
        "edit-event", help="correct a logged event's kind, date or text, or add files to it")
    edit_event.add_argument("event_id", type=int, metavar="EVENT_ID",
                            help="the event's id (offmap request events ID shows them)")
    edit_event.add_argument("--event", metavar="E", help="the right kind of event")
    edit_event.add_argument("--on", metavar="DATE", help="the right day (YYYY-MM-DD)")
    edit_event.add_argument("--text", metavar="T", help="the right text")
    edit_event.add_argument("--attach", action="append", default=[], metavar="FILE",
                            help="a file to add to the event (copied into the data folder)")
    edit_event.add_argument("--confirm-large", action="store_true",
                            help="attach files over 100 MB anyway")
    edit_event.add_argument("--json", action="store_true")
    edit_event.set_defaults(func=_edit_event)

    unlog = requests.add_parser(
        "unlog", help="delete an event logged by mistake; the status and deadlines follow")
    unlog.add_argument("event_id", type=int, metavar="EVENT_ID",
                       help="the event's id (offmap request events ID shows them)")
    unlog.add_argument("--json", action="store_true")
    unlog.set_defaults(func=_unlog)


def _archive(ctx: CliContext, args: argparse.Namespace) -> int:
    from app.services import clients as client_service

    client_service.get_client(ctx.store, args.id)  # names a missing client
    client = client_service.set_archived(ctx.store, args.id, not args.undo)
    if args.json:
        print_json({"id": client.id, "archived": client.archived})
    else:
        print(f"Client {client.id} {'archived' if client.archived else 'listed again'}.")
    return 0


def _delete_client(ctx: CliContext, args: argparse.Namespace) -> int:
    from app.services import clients as client_service

    client = client_service.get_client(ctx.store, args.id)
    if not args.yes:
        raise ValidationError(
            "deleting client {id} removes their holdings, requests and events for good; add "
            "--yes to confirm (or archive them with 'offmap client archive {id}').", id=args.id)
    client_service.delete_client(ctx.store, saved_id(client))
    print(f"Client {client.id} deleted with everything recorded for them.")
    return 0


def _notes(ctx: CliContext, args: argparse.Namespace) -> int:
    from app.services import clients as client_service

    client = client_service.get_client(ctx.store, args.id)
    if args.text is not None:
        client = client_service.update_client(ctx.store, replace(client, notes=args.text))
    if args.json:
        print_json({"id": client.id, "notes": client.notes})
    elif client.notes:
        print(client.notes)
    return 0


def _delete_holding(ctx: CliContext, args: argparse.Namespace) -> int:
    from app.services import holdings as holding_service

    holding_service.delete_holding(ctx.store, args.id)
    print(f"Holding {args.id} deleted.")
    return 0


def _request(ctx: CliContext, value: str):
    from app.services import requests as request_service

    return request_service.get_request(ctx.store, int(value) if value.isdigit() else value)


def _delete_draft(ctx: CliContext, args: argparse.Namespace) -> int:
    from app.services import requests as request_service

    request = _request(ctx, args.id)
    request_service.delete_draft(ctx.store, request.id)
    print(f"Draft {request.reference} deleted.")
    return 0


def _events(ctx: CliContext, args: argparse.Namespace) -> int:
    from app.services import tracking

    request = _request(ctx, args.id)
    events = tracking.list_events(ctx.store, request.id)
    if args.json:
        print_json([event.to_json() for event in events])
        return 0
    if not events:
        print(f"Nothing logged on {request.reference} yet.")
    print_table([[str(e.id), e.on, e.kind, " ".join(e.text.split())[:60]] for e in events],
                ["ID", "ON", "EVENT", "TEXT"])
    return 0


def _edit_event(ctx: CliContext, args: argparse.Namespace) -> int:
    from app.services import tracking

    event = tracking.get_event(ctx.store, args.event_id)
    if args.event is not None or args.on is not None or args.text is not None:
        event = tracking.update_event(ctx.store, replace(
            event, kind=args.event if args.event is not None else event.kind,
            on=args.on if args.on is not None else event.on,
            text=args.text if args.text is not None else event.text))
    if args.attach:
        event = tracking.add_attachments(ctx.store, saved_id(event), args.attach,
                                         args.confirm_large)
    request = _request(ctx, str(event.request_id))
    if args.json:
        print_json({"event": event.to_json(), "request": request.to_json()})
    else:
        print(f"Event {event.id}: '{event.kind}' on {event.on}"
              + (f", {len(event.attachments)} files" if event.attachments else "")
              + f". {request.reference} status: {request.status}.")
    return 0


def _unlog(ctx: CliContext, args: argparse.Namespace) -> int:
    from app.services import tracking

    event = tracking.delete_event(ctx.store, args.event_id)
    request = _request(ctx, str(event.request_id))
    if args.json:
        print_json({"deleted": event.to_json(), "request": request.to_json()})
    else:
        print(f"Deleted the '{event.kind}' of {event.on} from {request.reference}. "
              f"Status: {request.status}.")
    return 0

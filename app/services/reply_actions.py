"""Reply actions the window and the command line share beyond import and accept: the reason in
the interface's language, a request's pending replies, import from a worker thread, and the
appeal or complaint drafted from a refusal with its words quoted."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from app.core.errors import ValidationError
from app.core.ids import saved_id
from app.core.model import Request
from app.core.text import Text
from app.services.replies import ImportResult, get_reply, import_files, read_reply
from app.store import Store
from app.store import replies as reply_repo
from app.store.replies import StoredReply


def reason_text(reply: StoredReply) -> str:
    """The reason as translatable Texts (match; suggestion), or the stored English."""
    from app.core.text import join_list

    parts = reply.details.get("reason_parts") or []
    if not parts:
        return reply.reason
    return join_list([Text(p["template"], **p.get("values", {})) if p.get("values")
                      else Text(p["template"]) for p in parts], "; ")


def pending_for_request(store: Store, request_id: int) -> list[StoredReply]:
    """Replies filed on the request whose suggestion has not been accepted yet."""
    return [r for r in reply_repo.list_replies(store.conn, request_id=request_id)
            if r.event_id is None]


def import_files_in_home(home: Path, paths: list[Path | str],
                         progress: Callable[[int, int, str], None] | None = None
                         ) -> list[ImportResult]:
    """import_files with a store of its own, for a worker thread."""
    from app.store import open_store

    store = open_store(home)
    try:
        return import_files(store, paths, progress=progress)
    finally:
        store.close()


QUOTE_LIMIT = 1500


def followup_kind(store: Store, request_id: int) -> str:
    """After a refusal: an appeal where the request's law offers one, else a complaint."""
    from app.services.requests import get_request
    from app.services.tracking import law_record

    law = law_record(get_request(store, request_id).law) or {}
    return "appeal" if (law.get("appeal") or {}).get("available") else "complaint"


def draft_followup_from_reply(store: Store, reply_id: int | str,
                              kind: str | None = None) -> Request:
    """The appeal or complaint (the one the law offers, unless `kind` says) for the request a
    refusing reply was filed on, with the reply's own words quoted in the letter."""
    from app.core.reply_rules import own_words
    from app.services.followups import draft_followup
    from app.services.requests import update_details

    reply = get_reply(store, reply_id)
    if reply.request_id is None:
        raise ValidationError(
            "reply {reply_id} is not filed on a request yet; accept it on one first.",
            reply_id=reply.id)
    draft = draft_followup(store, reply.request_id,
                           kind or followup_kind(store, reply.request_id))
    words = " ".join(own_words(read_reply(store, reply).text).split())
    if len(words) > QUOTE_LIMIT:
        words = words[:QUOTE_LIMIT].rsplit(" ", 1)[0] + " […]"
    return update_details(store, saved_id(draft), {"quoted_reply": words,
                                                   "quoted_reply_date": reply.sent_date or "",
                                                   "quoted_reply_from": reply.from_addr})


def next_channel(store: Store, reply: StoredReply) -> str:
    """After a bounce filed on a request: the company's next channel that has not failed, as
    a sentence, or '' (complaints go to a regulator; nothing to offer then)."""
    from app.services import channel_health
    from app.services.requests import get_request

    if reply.suggested_event != "bounced" or reply.request_id is None:
        return ""
    request = get_request(store, reply.request_id)
    if request.type == "complaint":
        return ""
    channel = channel_health.first_healthy(channel_health.company_channels(store,
                                                                           request.company))
    if channel is None:
        return Text("No other channel of this company is known; look up its privacy contact.")
    return Text("Next channel to try: {kind} {value} (Requests → the request's channels).",
                kind=channel.kind, value=channel.value)

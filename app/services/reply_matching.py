"""Which request a received message answers, in order: its In-Reply-To/References (or, for a
bounce, the returned message's Message-ID) against the Message-IDs OffMap recorded; a request
reference in the subject or text, when the sender belongs to that request (the company, the
client, or the user's own mail account); the sender's domain against the companies of open
requests, narrowed by the client's address when several remain. A reference from an unrelated
sender is never filed on its own: it waits in the Replies inbox with the suggestion."""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from urllib.parse import urlparse

from app.core.ids import saved_id
from app.core.model import Event, Request
from app.core.references import ALPHABET, GROUP_SIZE, PREFIX, normalise_reference
from app.core.reply_mail import ReceivedMail
from app.core.text import Text
from app.paths import resource
from app.store import Store
from app.store import clients as client_repo
from app.store import mail_accounts as account_repo
from app.store import replies as reply_repo
from app.store import requests as request_repo

_REFERENCE = re.compile(
    rf"\b{PREFIX}[\s\-_.]?([{ALPHABET}]{{{GROUP_SIZE}}})[\s\-_.]?([{ALPHABET}]{{{GROUP_SIZE}}})\b",
    re.IGNORECASE)
OPEN_FOR_REPLIES = ("sent", "acknowledged", "extended", "overdue", "bounced")


@dataclass(frozen=True)
class Match:
    request_id: int | None
    how: str | None             # thread | reference | sender | None
    reason: str
    suggested_request_id: int | None = None   # a likely request the user should confirm


@functools.cache
def _shared_domains() -> frozenset[str]:
    data = json.loads(resource("replies", "rules.json").read_text(encoding="utf-8"))
    return frozenset(data.get("shared_mail_domains", []))


def references_in(mail: ReceivedMail) -> list[str]:
    """Request references in the subject first, then the text, each once."""
    texts = [mail.subject, mail.report.original_subject if mail.report else "", mail.text]
    found = [normalise_reference(f"{PREFIX}-{m.group(1)}-{m.group(2)}")
             for text in texts for m in _REFERENCE.finditer(text or "")]
    return list(dict.fromkeys(found))


def _domain(address: str) -> str:
    return address.rsplit("@", 1)[-1].strip().lower() if "@" in address else ""


def _emails_in(value: object) -> list[str]:
    if isinstance(value, dict):
        return [e for v in value.values() for e in _emails_in(v)]
    if isinstance(value, list):
        return [e for v in value for e in _emails_in(v)]
    return re.findall(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", str(value or ""))


def recipient_addresses(store: Store, request: Request) -> set[str]:
    """Every address the request's recipient writes from or was written to: the directory's
    contacts and e-mail channels, its website's domain, and where the letter went."""
    from app.services import directory
    from app.services.sending import channels_for

    addresses: set[str] = set()
    try:
        channel = channels_for(store, request)
        addresses.update(a.lower() for a in _emails_in(channel.email))
    except Exception:  # an unknown company still matches by what was sent
        pass
    if request.type != "complaint":
        try:
            company = directory.get_company(store, request.company)
        except Exception:
            company = None
        if company is not None:
            addresses.update(a.lower() for a in _emails_in(company.contacts.get("email")))
            for item in company.channels:
                if item.get("kind") == "email":
                    addresses.update(a.lower() for a in _emails_in(item.get("value")))
            website = company.extra.get("website") if company.extra else None
            host = urlparse(str(website or "")).hostname or ""
            if host:
                addresses.add("@" + host.removeprefix("www."))
    for event in _sent_events(store, saved_id(request)):
        addresses.update(a.lower() for a in _emails_in(event.data.get("to")))
    return addresses


def _sent_events(store: Store, request_id: int) -> list[Event]:
    from app.store import events as event_repo

    return [e for e in event_repo.list_for_request(store.conn, request_id) if e.kind == "sent"]


def sender_belongs(sender: str, addresses: set[str]) -> bool:
    """The sender is one of the addresses, or writes from one of their domains (or a subdomain),
    unless the domain is a shared mail service where only the exact address counts."""
    sender = sender.lower()
    if not sender:
        return False
    if sender in addresses:
        return True
    domain = _domain(sender)
    if not domain or domain in _shared_domains():
        return False
    for address in addresses:
        other = _domain(address) if not address.startswith("@") else address[1:]
        if other and other not in _shared_domains() and \
                (domain == other or domain.endswith("." + other)):
            return True
    return False


def _own_addresses(store: Store, request: Request) -> set[str]:
    """The client's addresses and the user's mail accounts: a forward from them is related."""
    own = {e.lower() for e in client_repo.get(store.conn, request.client_id).emails}
    for account in account_repo.list_all(store.conn):
        own.update(a.lower() for a in (account.from_addr, account.username) if "@" in a)
    return own


def related(store: Store, request: Request, sender: str, bounce: bool = False) -> bool:
    """The sender is the recipient's, the client's or one of the user's accounts; for a bounce,
    also the mail system of the client's or the user's own domain (its postmaster)."""
    own = _own_addresses(store, request)
    if sender.lower() in own or sender_belongs(sender, recipient_addresses(store, request)):
        return True
    return bounce and sender_belongs(sender, own)


def match_mail(store: Store, mail: ReceivedMail, bounce: bool = False) -> Match:
    request_id = reply_repo.request_for_message_ids(store.conn, mail.thread_ids)
    if request_id is not None:
        request = request_repo.get(store.conn, request_id)
        return Match(request_id, "thread", Text("answers the letter {reference} (its Message-ID)",
                                                reference=request.reference))
    suspicious: Match | None = None
    for reference in references_in(mail):
        named = request_repo.find_by_reference(store.conn, reference)
        if named is None:
            continue
        if related(store, named, mail.from_addr, bounce):
            return Match(named.id, "reference", Text("names the reference {reference}",
                                                     reference=reference))
        suspicious = suspicious or Match(
            None, None,
            Text("names the reference {reference}, but {sender} is not an address of the "
                 "recipient, the client or your mail accounts, so it was not filed; file it by "
                 "hand if it is genuine",
                 reference=reference, sender=mail.from_addr or "?"),
            suggested_request_id=named.id)
    if suspicious is not None:
        return suspicious
    return _match_sender(store, mail)


def _match_sender(store: Store, mail: ReceivedMail) -> Match:
    if not mail.from_addr:
        return Match(None, None, Text("no sender, no reference and no thread to match"))
    candidates = [r for r in request_repo.list_where(store.conn, statuses=OPEN_FOR_REPLIES)
                  if sender_belongs(mail.from_addr, recipient_addresses(store, r))]
    if len(candidates) > 1:
        written_to = set(mail.to_addrs)
        narrowed = [r for r in candidates if written_to & {
            e.lower() for e in client_repo.get(store.conn, r.client_id).emails}]
        candidates = narrowed or candidates
        if len(candidates) > 1:
            return Match(None, None, Text(
                "{sender} could be the answer to {count} open requests ({references}); file it "
                "by hand", sender=mail.from_addr, count=len(candidates),
                references=", ".join(r.reference for r in candidates[:5])),
                suggested_request_id=candidates[0].id)
    if len(candidates) == 1:
        request = candidates[0]
        return Match(request.id, "sender", Text(
            "from {domain}, the recipient of the open request {reference}",
            domain=_domain(mail.from_addr), reference=request.reference))
    return Match(None, None, Text("no thread, reference or known sender matches a request"))

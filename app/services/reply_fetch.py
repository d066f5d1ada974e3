"""Fetching replies over IMAP, read-only: the folders are opened with EXAMINE (select readonly)
and messages read with BODY.PEEK, so nothing is deleted, moved or marked read. Only mail since
the first request was sent is looked at, and only messages that belong to a request (or name
one) are kept: the rest of the mailbox is never copied into OffMap. Each message is stored whole
or not at all; a dropped connection keeps what was complete and says so."""

from __future__ import annotations

import contextlib
import logging
import ssl
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from app.core.errors import OffMapError, ValidationError
from app.core.mail import is_loopback_host
from app.core.model import MailAccount
from app.core.reply_mail import message_ids
from app.core.text import Text
from app.services import accounts as account_service
from app.services.oauth import BearerToken
from app.services.replies import ImportResult, import_message
from app.services.reply_files import FILE_LIMIT, RawMessage, cap_attachments
from app.store import Store
from app.store import replies as reply_repo

if TYPE_CHECKING:
    from imapclient import IMAPClient

log = logging.getLogger("app.services.reply_fetch")

DEFAULT_TIMEOUT = 30.0
STARTTLS_PORTS = (143, 1143)   # plain IMAP ports that must be upgraded with STARTTLS
_HEADER_KEY = b"BODY[HEADER.FIELDS (MESSAGE-ID)]"


class FetchError(OffMapError):
    """The IMAP server could not be used; what was fetched before is kept."""


@dataclass
class FetchOutcome:
    results: list[ImportResult] = field(default_factory=list)
    looked_at: int = 0
    skipped: int = 0                 # not about any request: left alone
    notes: list[str] = field(default_factory=list)
    cancelled: bool = False

    @property
    def summary(self) -> str:
        kept = sum(1 for r in self.results if not r.duplicate)
        return Text("{looked_at} messages looked at: {kept} new replies kept, {skipped} not "
                    "about a request left alone.", looked_at=self.looked_at, kept=kept,
                    skipped=self.skipped)


def first_sent_day(store: Store) -> date | None:
    row = store.conn.execute("SELECT MIN(sent_on) FROM requests WHERE sent_on IS NOT NULL") \
        .fetchone()
    return date.fromisoformat(row[0]) if row and row[0] else None


def _since(store: Store, since: str | date | None) -> date:
    if isinstance(since, date):
        return since
    if since:
        try:
            return date.fromisoformat(since.strip())
        except ValueError:
            raise ValidationError("'{since}' is not a date; write it as YYYY-MM-DD.",
                                  since=since) from None
    first = first_sent_day(store)
    if first is None:
        raise ValidationError("no request has been sent yet, so there are no replies to fetch.")
    return first


def imap_target(account: MailAccount) -> tuple[str, int, str]:
    """(host, port, tls) for the account: tls is 'ssl', 'starttls' or 'none' (loopback only)."""
    host = (account.imap_host or "").strip()
    if not host:
        raise ValidationError(
            "the mail account '{label}' has no IMAP server for fetching replies; add it in "
            "Settings → Mail accounts, or with 'offmap account set --id {id} --imap-host "
            "imap.example.org'.",
            label=account.label or account.from_addr, id=account.id)
    port = int(account.imap_port or 993)
    if account.security == "none" and is_loopback_host(host):
        return host, port, "none"
    return host, port, "starttls" if port in STARTTLS_PORTS else "ssl"


def _connect(host: str, port: int, tls: str, timeout: float,
             cafile: str | None) -> IMAPClient:
    from imapclient import IMAPClient

    context = ssl.create_default_context(cafile=cafile)
    client = IMAPClient(host, port=port, ssl=tls == "ssl", ssl_context=context,
                        timeout=timeout)
    if tls == "starttls":
        client.starttls(context)
    return client


def _explain(exc: BaseException, host: str, kept: int) -> FetchError:
    from imapclient.exceptions import LoginError

    if isinstance(exc, LoginError):
        return FetchError("the IMAP server {host} refused the user name or password; check "
                          "them in Settings → Mail accounts.", host=host)
    if isinstance(exc, ssl.SSLError):
        return FetchError("the secure connection to {host} failed ({error}); check the IMAP "
                          "server and port.", host=host, error=type(exc).__name__)
    return FetchError(
        "the connection to the IMAP server {host} failed or was cut ({error}); {kept} replies "
        "fetched before were kept and nothing is half-stored. Fetch again to get the rest.",
        host=host, error=str(exc) or type(exc).__name__, kept=kept)


def fetch_replies(store: Store, account_id: int | None = None, *, since: str | date | None = None,
                  folders: list[str] | None = None, password: str | None = None,
                  progress: Callable[[int, int, str], None] | None = None,
                  should_stop: Callable[[], bool] | None = None,
                  timeout: float = DEFAULT_TIMEOUT, cafile: str | None = None,
                  today: date | None = None) -> FetchOutcome:
    account = account_service.resolve_account(store, account_id)
    host, port, tls = imap_target(account)
    secret = account_service.password_for(store, account, password)
    day = _since(store, since)
    outcome = FetchOutcome()
    try:
        client = _connect(host, port, tls, timeout, cafile)
        try:
            if isinstance(secret, BearerToken):
                client.oauth2_login(account.username, secret)
            else:
                client.login(account.username, secret or "")
            for folder in folders or account.imap_folders or ["INBOX"]:
                _fetch_folder(store, client, account, folder, day, outcome, progress,
                              should_stop, today)
                if outcome.cancelled:
                    break
        finally:
            with contextlib.suppress(Exception):  # the connection may already be gone
                client.logout()
    except OffMapError:
        raise
    except (OSError, EOFError, ssl.SSLError) as exc:
        raise _explain(exc, host, len(outcome.results)) from exc
    except Exception as exc:  # imaplib/imapclient errors: protocol trouble or refusal
        raise _explain(exc, host, len(outcome.results)) from exc
    log.info("replies fetched: looked at %s, kept %s", outcome.looked_at, len(outcome.results))
    return outcome


def _fetch_folder(store: Store, client: IMAPClient, account: MailAccount, folder: str, day: date,
                  outcome: FetchOutcome, progress: Callable[[int, int, str], None] | None,
                  should_stop: Callable[[], bool] | None, today: date | None) -> None:
    try:
        client.select_folder(folder, readonly=True)
    except Exception as exc:
        if "NONEXISTENT" in str(exc).upper() or "doesn't exist" in str(exc).lower() or \
                "not exist" in str(exc).lower():
            outcome.notes.append(Text("the folder '{folder}' does not exist on the server; it "
                                      "was skipped.", folder=folder))
            return
        raise
    uids = client.search(["SINCE", day])
    if not uids:
        return
    heads = client.fetch(uids, ["RFC822.SIZE", "BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)]"])
    for position, uid in enumerate(uids):
        if should_stop and should_stop():
            outcome.cancelled = True
            return
        if progress:
            progress(position, len(uids), folder)
        outcome.looked_at += 1
        head = heads.get(uid, {})
        declared = int(head.get(b"RFC822.SIZE", 0))
        ids = message_ids(bytes(head.get(_HEADER_KEY, b"")).decode("ascii", "replace"))
        if ids and reply_repo.find_by_key(store.conn, ids[0]) is not None:
            continue   # already here
        if declared > FILE_LIMIT:
            outcome.notes.append(Text("message {uid} in {folder} is {size} bytes, too big to "
                                      "fetch; save it from your mail program.", uid=uid,
                                      folder=folder, size=declared))
            continue
        raw = client.fetch([uid], ["BODY.PEEK[]"]).get(uid, {}).get(b"BODY[]")
        if not isinstance(raw, bytes) or len(raw) != declared:
            outcome.notes.append(Text(
                "the server said message {uid} in {folder} has {declared} bytes but sent "
                "{got}; it was not kept. Fetch again later.", uid=uid, folder=folder,
                declared=declared, got=len(raw) if isinstance(raw, bytes) else 0))
            continue
        item = cap_attachments(RawMessage(raw, f"{account.label or account.from_addr}/"
                                               f"{folder} #{uid}"))
        try:
            result = import_message(store, item, today, keep_unlinked=False)
        except ValidationError as exc:
            outcome.notes.append(Text("message {uid} in {folder} was skipped: {error}",
                                      uid=uid, folder=folder, error=exc.text))
            continue
        if result is None:
            outcome.skipped += 1
        else:
            outcome.results.append(result)
    if progress:
        progress(len(uids), len(uids), folder)


def fetch_in_home(home: Path, account_id: int | None = None, password: str | None = None,
                  progress: Callable[[int, int, str], None] | None = None,
                  should_stop: Callable[[], bool] | None = None) -> FetchOutcome:
    """fetch_replies with a store of its own, for a worker thread."""
    from app.store import open_store

    store = open_store(home)
    try:
        return fetch_replies(store, account_id, password=password, progress=progress,
                             should_stop=should_stop)
    finally:
        store.close()

"""Bulk actions for clinics: "send opt-outs to every broker that flags precise geolocation for
these N clients". The brokers are the directory records whose California data broker registry
entry says the broker collects consumers' precise geolocation (kept by the CPPA import).

Planning is separate from doing, so the user reviews the brokers and their addresses first
(a registry e-mail can belong to an agency or vendor). Each request is created in its own
transaction, so a cancel or a failure keeps what was done and the summary says so; sending is
optional and goes through the sending service's batch (never twice, stops when the mail
server cannot be used)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field

from app.core import directory as core_directory
from app.core.errors import OffMapError
from app.core.ids import saved_id
from app.core.model import Company
from app.core.text import Text
from app.store import Store
from app.store import clients as client_repo
from app.store import requests as request_repo

log = logging.getLogger("app.services.bulk")
REQUEST_TYPE = "opt-out"

Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class Skip:
    client_id: int
    company: str
    reason: str


@dataclass
class BulkPlan:
    client_ids: list[int]
    brokers: list[Company]
    pairs: list[tuple[int, str]] = field(default_factory=list)
    skipped: list[Skip] = field(default_factory=list)


@dataclass
class BulkSummary:
    created: list[int] = field(default_factory=list)   # request ids
    skipped: list[Skip] = field(default_factory=list)
    sent: int = 0
    not_sent: list[str] = field(default_factory=list)  # one message per letter not sent
    cancelled: bool = False

    def to_json(self) -> dict[str, object]:
        return {"created": len(self.created), "request_ids": list(self.created),
                "skipped": [{"client_id": s.client_id, "company": s.company,
                             "reason": s.reason} for s in self.skipped],
                "sent": self.sent, "not_sent": list(self.not_sent),
                "cancelled": self.cancelled}


def flags_precise_geolocation(company: Company) -> bool:
    return core_directory.registry(company).get("precise_geolocation") is True


def geolocation_brokers(store: Store) -> list[Company]:
    """Brokers whose registry entry flags precise geolocation (current companies only: a merged
    or defunct one is reached through its successor)."""
    from app.services.directory import directory_index

    index = directory_index(store)
    found: dict[str, Company] = {}
    for company in index.values():
        if not flags_precise_geolocation(company):
            continue
        current = core_directory.resolve(index, company.slug)
        found.setdefault(current.slug, current)
    return sorted(found.values(), key=lambda c: c.name.casefold())


def plan_geolocation_optouts(store: Store, client_ids: list[int]) -> BulkPlan:
    """Which (client, broker) opt-outs would be created; a client who already has an opt-out to
    that broker (any status) is left out."""
    brokers = geolocation_brokers(store)
    plan = BulkPlan(client_ids=list(dict.fromkeys(client_ids)), brokers=brokers)
    for client_id in plan.client_ids:
        client_repo.get(store.conn, client_id)  # NotFoundError names a missing client
        existing = {r.company for r in request_repo.list_where(store.conn, client_id=client_id)
                    if r.type == REQUEST_TYPE}
        for broker in brokers:
            if broker.slug in existing:
                plan.skipped.append(Skip(client_id, broker.slug,
                                         Text("already has an opt-out to this broker")))
            else:
                plan.pairs.append((client_id, broker.slug))
    return plan


def run_plan(store: Store, plan: BulkPlan, *, send: bool = False, account_id: int | None = None,
             password: str | None = None, progress: Progress | None = None,
             should_stop: Callable[[], bool] | None = None,
             allow_unverified: bool = False, allow_missing_id: bool = False) -> BulkSummary:
    """Creates the plan's opt-out requests (and sends them when `send`). `should_stop` is
    checked between requests; what was done stays done. Registry addresses are not from a
    verified source: they are sent to only with `allow_unverified` (the user confirmed them).
    A letter lacking identification its company needs stays a draft unless
    `allow_missing_id`."""
    from app.services.requests import new_request

    summary = BulkSummary(skipped=list(plan.skipped))
    total = len(plan.pairs)
    for position, (client_id, slug) in enumerate(plan.pairs):
        if should_stop and should_stop():
            summary.cancelled = True
            break
        if progress:
            progress(position, total, slug)
        try:
            request = new_request(store, client_id, slug, REQUEST_TYPE,
                                  details={"bulk": "precise-geolocation"})
        except OffMapError as exc:
            summary.skipped.append(Skip(client_id, slug, exc.text))
            continue
        summary.created.append(saved_id(request))
    if progress:
        progress(total, total, "")
    if send and summary.created and not summary.cancelled:
        _send(store, summary, account_id, password, progress, should_stop, allow_unverified,
              allow_missing_id)
    log.info("bulk opt-outs: %d created, %d skipped, %d sent, cancelled=%s",
             len(summary.created), len(summary.skipped), summary.sent, summary.cancelled)
    return summary


def _send(store: Store, summary: BulkSummary, account_id: int | None, password: str | None,
          progress: Progress | None, should_stop: Callable[[], bool] | None,
          allow_unverified: bool = False, allow_missing_id: bool = False) -> None:
    from app.services.sending import send_batch

    items = send_batch(store, summary.created, account_id, password, progress=progress,
                       should_stop=should_stop, allow_unverified=allow_unverified,
                       allow_missing_id=allow_missing_id)
    for item in items:
        if item.ok:
            summary.sent += 1
        else:
            summary.not_sent.append(Text("{reference}: {message}", reference=item.reference,
                                         message=item.message))
            if item.outcome == "not-attempted" and should_stop and should_stop():
                summary.cancelled = True

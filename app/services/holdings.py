"""Holdings: which companies hold which of a client's location data, and the evidence.

Also the two guided flows: "Add my phone service" (carrier or MVNO, its host network, and the
companies known to have received that network's location data) and "Apps on my phone"."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from app.core import directory as core_directory
from app.core.errors import ValidationError
from app.core.model import DATA_KINDS, Holding
from app.services import audit
from app.services.directory import directory_index
from app.store import Store
from app.store import clients as client_repo
from app.store import holdings as holding_repo

log = logging.getLogger(__name__)
MAX_EVIDENCE = 4000
PHONE_SERVICE_KINDS = ("carrier", "mvno")
APP_KINDS = ("app", "platform", "broker")


def clean_data_kinds(kinds: list[str]) -> list[str]:
    cleaned: list[str] = []
    for kind in kinds:
        kind = (kind or "").strip().lower()
        if kind not in DATA_KINDS:
            raise ValidationError(
                "'{kind}' is not a kind of location data; use one of: {data_kinds}.",
                kind=kind, data_kinds=', '.join(DATA_KINDS))
        if kind not in cleaned:
            cleaned.append(kind)
    return cleaned


def _check(store: Store, client_id: int, company_slug: str) -> str:
    client_repo.get(store.conn, client_id)  # NotFoundError names the missing client
    return core_directory.lookup(directory_index(store), company_slug).slug


def add_holding(store: Store, client_id: int, company_slug: str, data: list[str] | None = None,
                evidence: str = "", reason: str = "") -> Holding:
    """Records (or adds to) what `company_slug` holds about the client. Data kinds and evidence
    merge into an existing holding for the same company."""
    slug = _check(store, client_id, company_slug)
    kinds = clean_data_kinds(data or [])
    evidence = (evidence or "").strip()
    if len(evidence) > MAX_EVIDENCE:
        raise ValidationError(
            "The evidence is longer than {max_evidence} characters; shorten it or attach the "
            "document to a request instead.",
            max_evidence=MAX_EVIDENCE)
    with store.transaction() as conn:
        holding_id = holding_repo.upsert(conn, Holding(client_id, slug, kinds, evidence,
                                                       (reason or "").strip()))
        audit.record(conn, "holding.add", client_id=client_id, what=slug)
    log.info("holding saved id=%s", holding_id)
    return next(h for h in holding_repo.list_for_client(store.conn, client_id)
                if h.id == holding_id)


def list_holdings(store: Store, client_id: int) -> list[Holding]:
    client_repo.get(store.conn, client_id)
    return holding_repo.list_for_client(store.conn, client_id)


def delete_holding(store: Store, holding_id: int) -> None:
    with store.transaction() as conn:
        held = conn.execute("SELECT client_id, company FROM holdings WHERE id=?",
                            (holding_id,)).fetchone()
        holding_repo.delete(conn, holding_id)
        if held is not None:
            audit.record(conn, "holding.delete", client_id=held[0], what=held[1])


# ------------------------------------------------------------------ guided flows
@dataclass
class Proposal:
    """One company the wizard proposes; `accepted` is the user's choice (on by default)."""

    slug: str
    name: str
    kind: str
    role: str
    reason: str
    source: str | None
    data: list[str]
    via: str | None = None
    accepted: bool = True


def _proposals(suggestions: list[core_directory.Suggestion]) -> list[Proposal]:
    return [Proposal(s.company.slug, s.company.name, s.company.kind, s.role, s.reason, s.source,
                     list(s.data), s.via) for s in suggestions]


def phone_service_proposals(store: Store, company_slug: str) -> list[Proposal]:
    index = directory_index(store)
    company = core_directory.lookup(index, company_slug)
    if company.kind not in PHONE_SERVICE_KINDS:
        raise ValidationError(
            "{name} is not a phone carrier or MVNO; pick your phone service (the company that "
            "bills you for the line).",
            name=company.name)
    return _proposals(core_directory.phone_service_suggestions(index, company.slug))


def app_proposals(store: Store, company_slug: str) -> list[Proposal]:
    index = directory_index(store)
    company = core_directory.lookup(index, company_slug)
    if company.kind not in APP_KINDS:
        raise ValidationError(
            "{name} is not an app, platform or SDK company; use 'Add my phone service' for "
            "carriers.",
            name=company.name)
    return _proposals(core_directory.app_suggestions(index, company.slug))


def accept_proposals(store: Store, client_id: int, proposals: list[Proposal]) -> list[Holding]:
    """Adds the accepted proposals as holdings in one transaction, with the reason as evidence."""
    client_repo.get(store.conn, client_id)
    index = directory_index(store)
    chosen = [p for p in proposals if p.accepted]
    with store.transaction() as conn:
        for proposal in chosen:
            core_directory.lookup(index, proposal.slug)
            evidence = proposal.reason + (f" Source: {proposal.source}" if proposal.source else "")
            holding_repo.upsert(conn, Holding(client_id, proposal.slug,
                                              clean_data_kinds(proposal.data), evidence,
                                              proposal.role))
        if chosen:
            audit.record(conn, "holding.add", client_id=client_id,
                         what=", ".join(p.slug for p in chosen))
    log.info("wizard added %d holdings", len(chosen))
    return holding_repo.list_for_client(store.conn, client_id)


def drop_brokers(store: Store, client_id: int) -> list[str] | None:
    """For a Californian client, the names of the registered brokers among their holdings (one
    DROP request reaches them all); None for anyone else."""
    client = client_repo.get(store.conn, client_id)
    if (client.state or "").upper() != "CA" or (client.country or "US").upper() != "US":
        return None
    index = directory_index(store)
    return sorted(index[h.company].name for h in holding_repo.list_for_client(store.conn, client_id)
                  if h.company in index and core_directory.drop_covers(index[h.company]))


def drop_note(store: Store, client_id: int) -> str | None:
    """The DROP note in English, for the command line (the window words its own, translated)."""
    brokers = drop_brokers(store, client_id)
    if brokers is None:
        return None
    text = ("As a California resident, one request through California's Delete Request and "
            "Opt-out Platform (DROP, privacy.ca.gov) reaches every registered data broker. "
            "Carriers, apps and unregistered companies still need their own requests.")
    if brokers:
        text += " Registered brokers in this list: " + ", ".join(brokers) + "."
    return text

"""Batch drafting: from a client's holdings (or chosen companies) and request types, the plan of
letters to draft, each with its law or the reason none can be drafted, then the drafts
themselves. The window's "New request" dialog and `offmap request draft-all` both use it."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

from app.core.errors import OffMapError, ValidationError
from app.core.ids import saved_id
from app.core.lawchoice import LawChoice
from app.core.laws import applies_to_kind, load_laws
from app.core.model import REQUEST_TYPES, Company
from app.core.text import Text
from app.services import directory
from app.services.requests import new_request, suggest_laws
from app.store import Store
from app.store import clients as client_repo
from app.store import holdings as holding_repo

log = logging.getLogger(__name__)


@dataclass
class PlanRow:
    company: str
    company_name: str
    request_type: str
    law: str | None
    reason: str = ""  # a Text saying why no letter can be drafted; "" when ready

    def to_json(self) -> dict[str, Any]:
        return {"company": self.company, "company_name": self.company_name,
                "type": self.request_type, "law": self.law, "ready": bool(self.law),
                "reason": str(self.reason)}


@dataclass
class DraftResult:
    created: list[int] = field(default_factory=list)  # request ids
    failed: list[tuple[PlanRow, str]] = field(default_factory=list)  # the row, why (a Text)


def plan_rows(choices: dict[str, LawChoice], companies: dict[str, Company],
              selected_companies: list[str], types: list[str],
              override: str | None) -> list[PlanRow]:
    """Every company x type with its law (the override, else the first suggested law that
    grants the type) or the reason no letter can be drafted."""
    laws = load_laws()
    rows = []
    for slug in selected_companies:
        company, choice = companies[slug], choices[slug]
        for request_type in types:
            law_id, reason = None, ""
            if override:
                law = laws[override]
                if request_type not in law["grants"]:
                    reason = Text("{law} does not grant this request", law=law["short_name"])
                elif not applies_to_kind(law, company.kind):
                    reason = Text("{law} does not cover a {kind}", law=law["short_name"],
                                  kind=company.kind)
                else:
                    law_id = override
            else:
                law_id = choice.first_granting(request_type, laws)
                if law_id is None and choice.laws:
                    reason = Text("{laws}: no {type} right; choose another type or law",
                                  laws=", ".join(laws[i]["short_name"] for i in choice.laws),
                                  type=request_type)
                elif law_id is None:
                    reason = Text("no law applies; choose a model law for a voluntary request")
            rows.append(PlanRow(slug, company.name, request_type, law_id, reason))
    return rows


def holding_companies(store: Store, client_id: int) -> list[str]:
    """The slugs of the companies the client has holdings with, in the holdings' order."""
    client_repo.get(store.conn, client_id)  # NotFoundError names the missing client
    return list(dict.fromkeys(h.company for h in holding_repo.list_for_client(store.conn,
                                                                              client_id)))


def plan_drafts(store: Store, client_id: int, companies: list[str] | None,
                types: list[str], law: str | None = None) -> list[PlanRow]:
    """The plan for the client: `companies` (default: those of their holdings) x `types`."""
    unknown = [t for t in types if t not in REQUEST_TYPES]
    if unknown or not types:
        raise ValidationError(
            "choose request types among: {types} (not {unknown}).",
            types=", ".join(REQUEST_TYPES), unknown=", ".join(unknown) or "none")
    if law is not None and law not in load_laws():
        raise ValidationError("'{law}' is not a law OffMap knows; see 'offmap request new "
                              "--help' for the law ids.", law=law)
    slugs = list(dict.fromkeys(companies)) if companies else holding_companies(store,
                                                                              client_id)
    if not slugs:
        raise ValidationError(
            "client {client_id} has no holdings yet; add them (offmap holding add or holding "
            "suggest) or name the companies.", client_id=client_id)
    found = {slug: directory.get_company(store, slug) for slug in slugs}
    choices = {slug: suggest_laws(store, client_id, slug) for slug in slugs}
    return plan_rows(choices, found, slugs, list(dict.fromkeys(types)), law)


def draft_plan(store: Store, client_id: int, rows: list[PlanRow],
               details: dict[str, Any] | None = None) -> DraftResult:
    """Drafts the plan's ready rows, each in its own transaction: one that fails is reported
    and the others are still drafted."""
    result = DraftResult()
    for row in rows:
        if not row.law:
            continue
        try:
            request = new_request(store, client_id, row.company, row.request_type, law=row.law,
                                  details=details)
        except OffMapError as exc:
            result.failed.append((row, exc.text))
            continue
        result.created.append(saved_id(request))
    log.info("drafts saved: %s, failed: %s", len(result.created), len(result.failed))
    return result

"""Clinic use cases: the clinic profile (kept in preferences), the authorized-agent block a
letter carries in agent mode, and the client's authorization form."""

from __future__ import annotations

from datetime import date
from typing import Any

from app.core.clinic import (
    AuthorizationForm,
    ClinicProfile,
    agent_block,
    authorization_form,
    validate_profile,
)
from app.core.errors import NotFoundError, ValidationError
from app.core.laws import get_law, laws_for_state
from app.core.model import FOLLOWUP_TYPES, Request
from app.services import preferences
from app.store import Store
from app.store import clients as client_repo
from app.store import holdings as holding_repo
from app.store import requests as request_repo

PROFILE_KEY = "clinic.profile"


def get_profile(store: Store) -> ClinicProfile:
    return ClinicProfile.from_json(preferences.read(store.conn, PROFILE_KEY))


def save_profile(store: Store, profile: ClinicProfile) -> ClinicProfile:
    clean = validate_profile(profile)
    with store.transaction() as conn:
        preferences.write(conn, PROFILE_KEY, clean.to_json())
    return clean


def agent_for_request(store: Store, request: Request) -> dict[str, Any] | None:
    """The `agent` block of the request's letter context: None in client mode; in agent mode
    the clinic, staff, agency statement and the law's agent citation. Raises ValidationError
    when the law does not let an agent make this request."""
    profile = get_profile(store)
    if not profile.is_agent:
        return None
    validate_profile(profile)
    client = client_repo.get(store.conn, request.client_id)
    parent_type = None
    if request.type in FOLLOWUP_TYPES and request.parent_id is not None:
        try:
            parent_type = request_repo.get(store.conn, request.parent_id).type
        except NotFoundError:
            parent_type = None
    return agent_block(profile, client, get_law(request.law), request.type, parent_type)


def apply_agent(context: dict[str, Any], agent: dict[str, Any] | None) -> dict[str, Any]:
    """Turns a letter context into the clinic's agent letter: `agent` set, and the sender the
    clinic (its address and e-mail for replies; the staff member signs for the clinic)."""
    context = dict(context)
    context["agent"] = agent
    if agent is None:
        return context
    context["sender"] = {
        **dict(context.get("sender") or {}),
        "name": agent["clinic"],
        "address_lines": list(agent["address_lines"]),
        "email": agent["email"],
        "signature": agent["signature"],
        "on_behalf_of": agent["client_name"],
    }
    return context


def client_laws(store: Store, client_id: int) -> list[dict[str, Any]]:
    """The laws of the client's requests, else the law of their state or province."""
    client = client_repo.get(store.conn, client_id)
    ids = []
    for request in request_repo.list_where(store.conn, client_id=client_id):
        if request.type not in FOLLOWUP_TYPES and request.law not in ids:
            ids.append(request.law)
    if ids:
        laws = []
        for law_id in ids:
            try:
                laws.append(get_law(law_id))
            except ValidationError:  # a law this OffMap no longer knows
                continue
        return laws
    return laws_for_state(client.country, client.state)


def client_company_names(store: Store, client_id: int) -> list[str]:
    """Names of the companies the client has holdings or requests with (directory names)."""
    from app.services import directory

    slugs: list[str] = []
    for holding in holding_repo.list_for_client(store.conn, client_id):
        slugs.append(holding.company)
    for request in request_repo.list_where(store.conn, client_id=client_id):
        if request.type != "complaint":
            slugs.append(request.company)
    index = directory.directory_index(store)
    names: list[str] = []
    for slug in slugs:
        name = index[slug].name if slug in index else slug
        if name not in names:
            names.append(name)
    return names


def authorization_for_client(store: Store, client_id: int,
                             today: date | None = None) -> AuthorizationForm:
    client = client_repo.get(store.conn, client_id)
    return authorization_form(get_profile(store), client, client_laws(store, client_id),
                              client_company_names(store, client_id), today or date.today())


def authorization_pdf(store: Store, client_id: int, today: date | None = None) -> bytes:
    """The authorization form for the client to sign, as PDF (Letter or A4 by their country)."""
    from app.core.letter_values import page_size_for
    from app.render.authorization import authorization_pdf as render

    form = authorization_for_client(store, client_id, today)
    client = client_repo.get(store.conn, client_id)
    return render(form, page_size_for(client.country))

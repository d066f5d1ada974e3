"""What a request's recipient needs to identify the client, what the client's record lacks, and
the client's identifiers (advertising IDs, date of birth, account numbers) edited in one step.
The window and `offmap letter` / `request show` / `send` use the same answers."""

from __future__ import annotations

import logging
from dataclasses import replace

from app.core.clients import validate_client
from app.core.errors import ValidationError
from app.core.identification import LABELS as IDENTIFIER_LABELS
from app.core.identification import Missing, how_to_get, needs_of, plan_for
from app.core.ids import saved_id
from app.core.lawchoice import is_carrier
from app.core.model import Client, Company
from app.services import directory
from app.store import Store
from app.store import clients as client_repo
from app.store import requests as request_repo

log = logging.getLogger("app.identification")


def missing_for(client: Client, company: Company, law_id: str | None) -> list[Missing]:
    """Identifiers `company` needs (under `law_id`) that the client's record lacks, each with
    how to get it. An empty list: the letter can carry everything asked for."""
    plan = plan_for(client, company, law_id, is_carrier(company.kind))
    return [Missing(kind, IDENTIFIER_LABELS[kind], how_to_get(kind, client, company))
            for kind in plan.missing]


def missing_identification(store: Store, request_id: int) -> list[Missing]:
    """What the request's letter still needs before it is sent (see missing_for)."""
    request = request_repo.get(store.conn, request_id)
    if request.type == "complaint":  # goes to a regulator, which needs no identifiers
        return []
    client = client_repo.get(store.conn, request.client_id)
    company = directory.get_company(store, request.company)
    return missing_for(client, company, request.law)


def needs_json(company: Company, law_id: str | None = None) -> dict[str, list[str]]:
    needs = needs_of(company, law_id)
    return {"required": list(needs.required), "do_not_send": list(needs.refused)}


def check_account_companies(store: Store, numbers: dict[str, str]) -> None:
    """Account numbers are kept per company: each slug must be in the directory."""
    index = directory.directory_index(store)
    for slug in numbers:
        if slug.strip().lower() not in index:
            raise ValidationError(
                "'{slug}' is not a company in the directory; use the id `offmap directory "
                "search` shows, e.g. att.", slug=slug)


def edit_identifiers(
    store: Store, client_id: int, *, add_ad_ids: list[str] | None = None,
    remove_ad_ids: list[str] | None = None, birth_date: str | None = None,
    accounts: dict[str, str] | None = None, name: str | None = None,
    state: str | None = None, country: str | None = None, address: str | None = None,
    expected_version: int | None = None,
) -> Client:
    """Changes the given fields of a client (None = unchanged) in one transaction; an account
    number given as "" removes it. Bad values change nothing and say what to fix."""
    with store.transaction() as conn:
        client = client_repo.get(conn, client_id)
        removed = {a.strip().lower() for a in remove_ad_ids or []}
        unknown = removed - {a.lower() for a in client.ad_ids}
        if unknown:
            raise ValidationError(
                "the client has no advertising ID {ad_id}; `offmap client show {client_id}` "
                "lists theirs.", ad_id=sorted(unknown)[0], client_id=client_id)
        ad_ids = [a for a in client.ad_ids if a.lower() not in removed]
        ad_ids += [a for a in add_ad_ids or [] if a.strip().lower() not in
                   {x.lower() for x in ad_ids}]
        numbers = dict(client.account_numbers)
        for slug, number in (accounts or {}).items():
            key = slug.strip().lower()
            if number.strip():
                numbers[key] = number
            else:
                numbers.pop(key, None)
        check_account_companies(store, {k: v for k, v in (accounts or {}).items() if v.strip()})
        changed = replace(
            client, ad_ids=ad_ids, account_numbers=numbers,
            birth_date=client.birth_date if birth_date is None else birth_date,
            name=client.name if name is None else name,
            state=client.state if state is None else state,
            country=client.country if country is None else country,
            address=client.address if address is None else address,
        )
        if expected_version is not None:  # the version the user saw: refuse if changed since
            changed.version = expected_version
        clean = validate_client(changed)
        clean.version = client_repo.update(conn, clean)
        from app.services import audit

        audit.record(conn, "client.edit", client_id=client_id,
                     what=audit.changed_fields(client, clean))
    log.info("client %s identifiers edited", client_id)
    return clean


def refuse_if_missing(store: Store, request_id: int | str) -> None:
    """Stops a send whose letter lacks what the recipient needs (the caller may let the user
    send anyway): the message names each missing identifier and how to get it."""
    from app.services.requests import get_request

    request = get_request(store, request_id)
    missing = missing_identification(store, saved_id(request))
    if missing:
        raise ValidationError(
            "{company} needs identifiers this letter does not carry yet: {missing}. Nothing "
            "was sent. {how} To send it as it is, add --allow-missing-id.",
            company=request.company, missing=", ".join(str(m.label) for m in missing),
            how=" ".join(str(m.how) for m in missing))


def missing_for_draft(store: Store, client_id: int, company_slug: str,
                      law_id: str | None) -> list[Missing]:
    """What a letter not yet saved (the New request preview) would lack."""
    client = client_repo.get(store.conn, client_id)
    return missing_for(client, directory.get_company(store, company_slug), law_id)

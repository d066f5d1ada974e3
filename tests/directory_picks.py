"""Companies for sending tests, chosen by what the bundled directory says today rather than by
name: the directory improves (an address gets verified, a web-form-only company gains an
e-mail), and a test about "an unverified address" must keep finding one."""

from __future__ import annotations

from app.core.provenance import contact_source
from app.services import directory
from app.store import Store

KINDS = ("broker", "aggregator")


def broker_slugs(store: Store, email: str) -> list[str]:
    """Bundled brokers and aggregators (not merged or defunct) by their e-mail channel: "verified"
    (from the company's own page), "unverified" (an address from any other source) or "none"
    (web form or post only). Sorted by slug, so the choice is stable."""
    found = []
    for company in directory.bundled_companies(store.home):
        if company.kind not in KINDS or getattr(company, "successor", None):
            continue
        address = (company.contacts or {}).get("email")
        if isinstance(address, dict):
            address = address.get("value")
        if not address:
            state = "none" if (company.contacts or {}).get("webform") else ""
        else:
            state = "verified" if contact_source(company, "email", address).trusted \
                else "unverified"
        if state == email:
            found.append(company.slug)
    return sorted(found)


def email_of(store: Store, slug: str) -> str:
    address = (directory.get_company(store, slug).contacts or {}).get("email")
    return address.get("value") if isinstance(address, dict) else address

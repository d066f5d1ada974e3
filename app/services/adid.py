"""The Ad-ID toolkit's use cases: the sourced guide, the brokers that act only on an advertising
ID, and storing a phone's ID on a client."""

from __future__ import annotations

from app.core.guides import GUIDE_LANGUAGES, Guide, load_guide
from app.core.identification import needs_of
from app.core.model import Client, Company
from app.services import directory
from app.services.identification import edit_identifiers
from app.store import Store


def ad_id_guide(language: str = "en") -> Guide:
    """The Ad-ID guide in `language` (en or es; any other falls back to English)."""
    return load_guide("ad-id", language if language in GUIDE_LANGUAGES else "en")


def acts_only_on_ad_id(company: Company) -> bool:
    """The company finds people by the advertising ID alone (what its record requires)."""
    required = set(needs_of(company).required)
    return required == {"ad-id"}


def ad_id_only_companies(store: Store) -> list[Company]:
    """Directory companies that act only on an advertising ID, by name."""
    found = [c for c in directory.directory_index(store).values() if acts_only_on_ad_id(c)]
    return sorted(found, key=lambda c: c.name.lower())


def store_ad_id(store: Store, client_id: int, ad_id: str) -> Client:
    """Adds the advertising ID to the client (checked: a UUID, not all zeros)."""
    return edit_identifiers(store, client_id, add_ad_ids=[ad_id])

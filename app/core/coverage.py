"""How well the directory lets users reach companies: the figures of `offmap directory stats`
and the Directory page. Pure: takes the effective directory and the seed list."""

from __future__ import annotations

import functools
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from app.core.model import COMPANY_KINDS, Company
from app.core.resources import resource

CONTACT_CHANNELS = ("email", "webform", "postal", "phone")


@functools.cache
def seed_slugs() -> tuple[str, ...]:
    """The companies of the project's reference list (resources/directory/seed_slugs.json)."""
    document = json.loads(resource("directory", "seed_slugs.json").read_text(encoding="utf-8"))
    return tuple(document["slugs"])


def has_email(company: Company) -> bool:
    return bool((company.contacts or {}).get("email")) or any(
        channel.get("kind") == "email" for channel in company.channels)


def has_verified_channel(company: Company) -> bool:
    """A channel marked verified, or a contact of a record marked verified (the schema: a
    verified record's contacts were read on the organisation's own page)."""
    if any(channel.get("quality") == "verified" for channel in company.channels):
        return True
    contacts = company.contacts or {}
    return company.quality == "verified" and any(contacts.get(k) for k in CONTACT_CHANNELS)


@dataclass
class Coverage:
    companies: int
    by_kind: dict[str, int]
    with_email: int
    with_verified_channel: int
    verified: int
    seed_companies: int
    seed_companies_reachable: int
    seed_unreachable: list[str] = field(default_factory=list)
    seed_not_in_directory: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "companies": self.companies,
            "by_kind": dict(self.by_kind),
            "with_email": self.with_email,
            "with_verified_channel": self.with_verified_channel,
            "verified": self.verified,
            "seed_companies_reachable": self.seed_companies_reachable,
            "seed_companies": self.seed_companies,
            "seed_unreachable": list(self.seed_unreachable),
            "seed_not_in_directory": list(self.seed_not_in_directory),
        }


def _reachable(index: dict[str, Company], slug: str) -> bool:
    """The company, or the successor that answers for it (Sprint -> T-Mobile), has a verified
    channel."""
    seen: set[str] = set()
    company = index.get(slug)
    while company is not None and company.slug not in seen:
        if has_verified_channel(company):
            return True
        seen.add(company.slug)
        company = index.get(company.successor or "")
    return False


def coverage(companies: Iterable[Company], seeds: Iterable[str] | None = None) -> Coverage:
    index = {c.slug: c for c in companies}
    seeds = list(seed_slugs() if seeds is None else seeds)
    by_kind = {kind: 0 for kind in COMPANY_KINDS}
    for company in index.values():
        by_kind[company.kind] = by_kind.get(company.kind, 0) + 1
    present = [s for s in seeds if s in index]
    unreachable = [s for s in present if not _reachable(index, s)]
    return Coverage(
        companies=len(index),
        by_kind=by_kind,
        with_email=sum(has_email(c) for c in index.values()),
        with_verified_channel=sum(has_verified_channel(c) for c in index.values()),
        verified=sum(c.quality == "verified" for c in index.values()),
        seed_companies=len(seeds),
        seed_companies_reachable=len(present) - len(unreachable),
        seed_unreachable=unreachable,
        seed_not_in_directory=[s for s in seeds if s not in index],
    )

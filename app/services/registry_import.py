"""Importing the California data broker registry CSV into the store, all or nothing.

Each broker is matched to an existing record by name (or alias/brand/DBA) or by website domain.
A match with a bundled record is reported and never adds to or changes its contacts (a bundled
data broker gets only the registry's facts, e.g. DROP, as an overlay); a match with
a previously imported record updates it; a match with the user's own record leaves it alone; no
match adds a new broker. Every imported broker is marked as reachable through California's DROP.
"""

from __future__ import annotations

import copy
import logging
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any

from app.core import cppa, cppa_cells
from app.core import directory as core_directory
from app.core.errors import OffMapError, ValidationError
from app.core.model import Company
from app.core.text import Text
from app.services.directory import bundled_companies, slug_for
from app.store import Store
from app.store import companies as company_repo
from app.store.connection import Connection

log = logging.getLogger(__name__)
REGISTRY_PAGE = "https://cppa.ca.gov/data_broker_registry/"
DROP_NOTE = ("Registered California data broker: a California resident's single DROP request "
             "(privacy.ca.gov) reaches it. Registry e-mail addresses sometimes belong to an agency "
             "or vendor, so review the address before sending a letter.")

Progress = Callable[[int, int], None]


class ImportCancelled(OffMapError):
    """The user cancelled; nothing was imported."""


@dataclass
class ImportResult:
    added: int = 0
    updated: int = 0
    skipped: int = 0
    unchanged: int = 0
    not_merged: int = 0  # rows matching a bundled company: reported, contacts never merged
    style: str = ""
    problems: list[dict[str, Any]] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {"added": self.added, "updated": self.updated, "skipped": self.skipped,
                "unchanged": self.unchanged, "not_merged": self.not_merged, "style": self.style,
                "problems": self.problems}


def _registry_facts(entry: cppa.RegistryEntry, file_name: str) -> dict[str, Any]:
    facts: dict[str, Any] = {"drop": True, "precise_geolocation": entry.precise_geolocation,
                             "file": file_name[:200], "imported_on": date.today().isoformat()}
    if entry.date_added:
        facts["date_added"] = entry.date_added[:40]
    if entry.dba:
        facts["dba"] = entry.dba
    if entry.rights_url:
        facts["rights_url"] = entry.rights_url
    if entry.websites:
        facts["websites"] = entry.websites
    if entry.flags:
        facts["flags"] = entry.flags
    if entry.statistics:
        facts["statistics"] = entry.statistics
    return facts


def _as_company(entry: cppa.RegistryEntry, slug: str, file_name: str) -> Company:
    location = []
    if entry.precise_geolocation:
        location.append({"kind": "precise-location",
                         "detail": "The broker told the California registry it collects "
                                   "consumers' precise geolocation.",
                         "source": REGISTRY_PAGE})
    return Company(
        slug=slug, name=entry.name, kind="broker",
        aliases=[entry.dba] if entry.dba and entry.dba != entry.name else [],
        contacts={"email": entry.email, "webform": entry.rights_url, "postal": entry.postal,
                  "phone": entry.phone, "cpni_opt_out": None, "privacy_page": None},
        laws=["us-ca"], jurisdictions=["US-CA"], location_data=location,
        sources=[{"url": REGISTRY_PAGE, "title": "California data broker registry (CPPA), "
                  f"imported from {file_name[:120]}", "seen": date.today().isoformat()}],
        verified_on=date.today().isoformat(), quality="secondary", notes=DROP_NOTE,
        origin="cppa",
        extra={"website": entry.websites[0] if entry.websites else None,
               "registry": _registry_facts(entry, file_name)},
    )


class _Matcher:
    """Finds the existing record an entry refers to, by name or website domain."""

    def __init__(self, companies: dict[str, Company]) -> None:
        self.by_name: dict[str, str] = {}
        self.by_domain: dict[str, str] = {}
        for company in companies.values():
            self.remember(company)

    def remember(self, company: Company) -> None:
        for name in [company.name, *company.aliases, *company.brands]:
            key = cppa.entry_key(name)
            if key:
                self.by_name.setdefault(key, company.slug)
        registry = company.extra.get("registry") or {}
        sites = [company.extra.get("website"), *(registry.get("websites") or [])]
        for site in sites:
            if site:
                self.by_domain.setdefault(cppa_cells.domain_of(site), company.slug)

    def find(self, entry: cppa.RegistryEntry) -> str | None:
        for name in (entry.name, entry.dba):
            if name and cppa.entry_key(name) in self.by_name:
                return self.by_name[cppa.entry_key(name)]
        for site in entry.websites:
            if cppa_cells.domain_of(site) in self.by_domain:
                return self.by_domain[cppa_cells.domain_of(site)]
        return None


def _not_merged(entry: cppa.RegistryEntry, company: Company) -> Text:
    if company.kind == "broker":
        return Text("'{name}' matches OffMap's record '{slug}': only its registry facts were "
                    "attached; its contacts in the file were not used", name=entry.name,
                    slug=company.slug)
    return Text("'{name}' matches OffMap's record '{slug}' ({kind}), which is not a data "
                "broker: the row was not merged; check it yourself", name=entry.name,
                slug=company.slug, kind=company.kind)


def _same(a: Company, b: Company) -> bool:
    def strip(company: Company) -> dict[str, Any]:
        data = copy.deepcopy(company.to_json())
        data.pop("verified_on", None)
        data["sources"] = [{k: v for k, v in s.items() if k != "seen"} for s in data["sources"]]
        registry = (data.get("extra") or {}).get("registry") or {}
        registry.pop("imported_on", None)
        registry.pop("file", None)
        return data
    return strip(a) == strip(b)


def import_registry(store: Store, path: Path, progress: Progress | None = None,
                    cancelled: Callable[[], bool] | None = None) -> ImportResult:
    """Imports a registry CSV in one transaction: either every good row lands or nothing does."""
    try:
        size = path.stat().st_size
        if size > cppa.MAX_FILE_BYTES:
            raise ValidationError(
                "{name} is larger than {max_file_bytes} MB; the registry CSV is far smaller. "
                "Check that you picked the right file.",
                name=path.name, max_file_bytes=cppa.MAX_FILE_BYTES // (1024 * 1024))
        data = path.read_bytes()
    except OSError as exc:
        raise ValidationError(
            "cannot read {path}: {error}.",
            path=path, error=exc.strerror or exc) from exc
    if not data.strip():
        raise ValidationError(
            "{name} is empty; download the registry CSV again.",
            name=path.name)
    parsed = cppa.parse_registry(data)
    result = ImportResult(style=parsed.style, skipped=len(parsed.problems),
                          problems=[{"line": p.line, "reason": p.reason}
                                    for p in parsed.problems[:200]])
    bundled = {c.slug: c for c in bundled_companies(store.home)}
    stored = {c.slug: c for c in company_repo.list_all(store.conn)}
    effective = core_directory.merge_directory(bundled.values(), stored.values())
    matcher = _Matcher(effective)
    total = len(parsed.entries)
    with store.transaction() as conn:
        for done, entry in enumerate(parsed.entries, start=1):
            if cancelled and cancelled():
                raise ImportCancelled("the import was cancelled; nothing was imported.")
            _import_one(conn, entry, path.name, bundled, stored, effective, matcher, result)
            if progress and (done % 25 == 0 or done == total):
                progress(done, total)
    log.info("registry import: added=%d updated=%d skipped=%d unchanged=%d",
             result.added, result.updated, result.skipped, result.unchanged)
    return result


def _import_one(conn: Connection, entry: cppa.RegistryEntry, file_name: str,
                bundled: dict[str, Company],
                stored: dict[str, Company], effective: dict[str, Company], matcher: _Matcher,
                result: ImportResult) -> None:
    slug = matcher.find(entry)
    if slug is not None and slug in stored and stored[slug].origin == "user":
        result.skipped += 1
        result.problems.append({"line": entry.line, "reason": Text(
            "'{slug}' is your own record; it was left as you wrote it", slug=slug)})
        return
    new_slug = slug or slug_for(entry.name, set(effective))
    candidate = _as_company(entry, new_slug, file_name)
    if slug in bundled:
        # A file must never change where a bundled company's mail goes: the row is reported,
        # its contacts are dropped, and only a bundled data broker gets the registry's facts.
        result.not_merged += 1
        result.problems.append({"line": entry.line, "reason": _not_merged(entry, bundled[slug])})
        if bundled[slug].kind != "broker":
            return
        candidate = replace(candidate, name=bundled[slug].name, kind=bundled[slug].kind,
                            aliases=[], location_data=[], laws=[], jurisdictions=[],
                            contacts={key: None for key in core_directory.CONTACT_KEYS})
    try:
        core_directory.check_schema({"schema_version": 1, "generated_on": "2000-01-01",
                                     "companies": [core_directory.company_to_record(candidate)]})
    except ValidationError:
        result.skipped += 1
        result.problems.append({"line": entry.line, "reason": Text(
            "the row's values do not fit a directory record")})
        return
    previous = stored.get(new_slug)
    if previous is not None and _same(previous, candidate):
        result.unchanged += 1
        return
    company_repo.upsert(conn, candidate)
    stored[new_slug] = candidate
    if slug is None:
        effective[new_slug] = candidate
        matcher.remember(candidate)
        result.added += 1
    else:
        result.updated += 1

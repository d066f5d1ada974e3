"""Directory use cases: look companies up, search, resolve successors, and keep the user's own
companies. The effective directory is the bundled file (or its updated copy in the data home,
which overrides it) merged with the companies kept in the store (user-added and imported)."""

from __future__ import annotations

import logging
import re
import threading
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from app.core import directory as core
from app.core.errors import NotFoundError, ValidationError
from app.core.model import COMPANY_KINDS, Company
from app.core.provenance import contact_sources
from app.store import Store
from app.store import companies as company_repo

log = logging.getLogger(__name__)

HOME_DIRECTORY = Path("directory") / "companies.json"
_cache_lock = threading.Lock()
_cache: dict[tuple[str, int, int], list[Company]] = {}
# The last merged index with the bundled list and store records it was merged from.
_last_index: list[tuple[list[Company], list[Company], dict[str, Company]]] = []


def home_directory_path(home: Path) -> Path:
    """Where `directory update` keeps the downloaded directory (it overrides the bundled one)."""
    return home / HOME_DIRECTORY


def _read(path: Path) -> list[Company]:
    return list(_records(path))


def _records(path: Path) -> list[Company]:
    """The parsed file, cached while its size and time stay the same: callers may not change
    the list (_read gives a copy); a new parse is a new list."""
    stat = path.stat()
    key = (str(path), stat.st_mtime_ns, stat.st_size)
    with _cache_lock:
        cached = _cache.get(key)
    if cached is None:
        shipped = path == core.bundled_directory_path()
        cached = core.parse_document(path.read_bytes(), with_schema=not shipped)
        with _cache_lock:
            _cache.clear()
            _cache[key] = cached
    return cached


def directory_source(home: Path) -> Path:
    """The file the bundled records come from: the home copy when present and valid."""
    override = home_directory_path(home)
    if override.is_file():
        try:
            _records(override)
            return override
        except (OSError, ValidationError) as exc:
            log.warning("ignoring the updated directory in the home: %s", type(exc).__name__)
    return core.bundled_directory_path()


def bundled_companies(home: Path) -> list[Company]:
    return _read(directory_source(home))


def directory_index(store: Store) -> dict[str, Company]:
    """Every company by slug: bundled (or updated) records merged with the store's. Each letter
    asks for it, so the last merge is reused (as a new dict) while neither side has changed."""
    bundled = _records(directory_source(store.home))
    stored = company_repo.list_all(store.conn)
    with _cache_lock:
        last = _last_index[0] if _last_index else None
    if last is None or last[0] is not bundled or last[1] != stored:
        last = (bundled, stored, core.merge_directory(bundled, stored))
        with _cache_lock:
            _last_index[:] = [last]
    return dict(last[2])


def get_company(store: Store, slug: str) -> Company:
    return core.lookup(directory_index(store), slug)


def resolve_company(store: Store, slug: str) -> Company:
    """The company that answers for `slug` today, following successors (sprint -> t-mobile)."""
    return core.resolve(directory_index(store), slug)


def search_companies(store: Store, text: str = "", kind: str | None = None) -> list[Company]:
    return core.search(directory_index(store).values(), text, kind)


def company_json(company: Company, index: dict[str, Company] | None = None) -> dict[str, Any]:
    """The CONTRACT's company object, with host and successor names when an index is given."""
    data = company.to_json()
    data.pop("extra", None)
    data["website"] = core.website(company)
    data["registry"] = core.registry(company) or None
    data["drop"] = core.drop_covers(company)
    data["contact_sources"] = {kind: source.to_json()
                               for kind, source in contact_sources(company).items()}
    from app.core.identification import needs_of  # typed lists, else read from its words

    needs = needs_of(company)
    data["required_identification"] = list(needs.required)
    data["do_not_send"] = list(needs.refused)
    if index is not None:
        data["host_names"] = [index[h].name for h in company.hosts if h in index]
        successor = index.get(company.successor or "")
        data["successor_name"] = successor.name if successor else None
    return data


# ------------------------------------------------------------------ the user's own companies
def slug_for(name: str, taken: set[str]) -> str:
    base = core.normalise(name).replace(" ", "-")[:60].strip("-") or "company"
    slug, n = base, 2
    while slug in taken:
        slug, n = f"{base}-{n}", n + 1
    return slug


def clean_user_company(company: Company) -> Company:
    """Checks a company the user typed against the directory schema; messages say what to fix."""
    name = (company.name or "").strip()
    if not name:
        raise ValidationError("A company needs a name.")
    if company.kind not in COMPANY_KINDS:
        raise ValidationError(
            "'{kind}' is not a company kind; use one of: {company_kinds}.",
            kind=company.kind, company_kinds=', '.join(COMPANY_KINDS))
    contacts = {k: ((company.contacts or {}).get(k) or "").strip() or None
                for k in core.CONTACT_KEYS}
    email = contacts.get("email")
    if email and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", email):
        raise ValidationError(
            "'{email}' is not an e-mail address (expected name@example.org).",
            email=email)
    cleaned = replace(company, name=name, contacts=contacts, origin="user",
                      notes=(company.notes or "").strip(),
                      aliases=[a.strip() for a in company.aliases if a.strip()],
                      verified_on=company.verified_on or date.today().isoformat())
    if cleaned.kind == "mvno" and not cleaned.hosts:
        raise ValidationError("An MVNO needs its host network (the carrier it runs on).")
    record = core.company_to_record(cleaned)
    try:
        core.check_schema({"schema_version": 1, "generated_on": date.today().isoformat(),
                           "companies": [record]})
    except ValidationError as exc:
        if "shown" not in exc.text.values:
            raise
        raise ValidationError("this company cannot be saved: {shown}{more}.",
                              **exc.text.values) from exc
    return cleaned


def save_user_company(store: Store, company: Company) -> Company:
    """Adds or edits one of the user's own companies (marked origin 'user'; updates and imports
    never overwrite it). A new company without a slug gets one from its name."""
    index = directory_index(store)
    if not company.slug:
        company = replace(company, slug=slug_for(company.name, set(index)))
    cleaned = clean_user_company(company)
    links = [*cleaned.hosts, *([cleaned.successor] if cleaned.successor else [])]
    for link in links:
        if link not in index or link == cleaned.slug:
            raise ValidationError(
                "'{link}' is not a company in the directory; pick an existing one.",
                link=link)
    with store.transaction() as conn:
        company_repo.upsert(conn, cleaned)
    log.info("user company saved")
    return cleaned


def delete_user_company(store: Store, slug: str) -> None:
    stored = company_repo.get(store.conn, slug)
    if stored is None or stored.origin != "user":
        raise NotFoundError(
            "'{slug}' is not one of your own companies, so it cannot be deleted.",
            slug=slug)
    with store.transaction() as conn:
        company_repo.delete(conn, slug)

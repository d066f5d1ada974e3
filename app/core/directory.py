"""The company directory as data: parsing and validating directory documents, merging the bundled
records with the user's and imported ones, searching, and following successors and hosts.

Pure: no store, no network, no writes. Callers hand in the text of a directory file (bundled,
or the updated copy in the data home) and the records kept in the store.
"""

from __future__ import annotations

import copy
import functools
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.core import safe_json
from app.core.errors import NotFoundError, ValidationError
from app.core.folding import fold
from app.core.model import COMPANY_KINDS, Company
from app.core.resources import resource
from app.core.text import Text, join_list

if TYPE_CHECKING:
    import jsonschema

SCHEMA_VERSION = 1
CONTACT_KEYS = ("email", "webform", "postal", "phone", "cpni_opt_out", "privacy_page")
# Record keys kept in Company.extra (they are not dataclass fields).
EXTRA_KEYS = ("website", "registry", "withdrawn")
_COMPANY_FIELDS = {f.name for f in fields(Company)} - {"origin", "extra"}
_MAX_ERRORS_SHOWN = 3
_MAX_SUCCESSOR_HOPS = 10


def bundled_directory_path() -> Path:
    return resource("directory", "companies.json")


@functools.cache
def directory_schema() -> dict[str, Any]:
    schema: dict[str, Any] = json.loads(resource("directory", "schema.json").read_text(
        encoding="utf-8"))
    return schema


@functools.cache
def _validator() -> jsonschema.Draft202012Validator:
    import jsonschema  # imported here: it costs a tenth of a second of start-up

    return jsonschema.Draft202012Validator(directory_schema())


# ------------------------------------------------------------------ validation
def _where(error: jsonschema.ValidationError, document: dict[str, Any]) -> str:
    path = list(error.absolute_path)
    if len(path) >= 2 and path[0] == "companies" and isinstance(path[1], int):
        companies = document.get("companies") or []
        record = companies[path[1]] if path[1] < len(companies) else {}
        slug = record.get("slug") if isinstance(record, dict) else None
        rest = "/".join(str(p) for p in path[2:])
        if slug:
            return Text("company '{slug}' {field}", slug=slug, field=rest) if rest else \
                Text("company '{slug}'", slug=slug)
        number = path[1] + 1
        return Text("company #{number} {field}", number=number, field=rest) if rest else \
            Text("company #{number}", number=number)
    return "/".join(str(p) for p in path) or Text("the document")


def validate_document(document: Any, with_schema: bool = True) -> None:
    """Raises ValidationError naming the first problems when `document` is not a valid
    directory (schema, unique slugs, and hosts/successors/shared_with that exist).
    `with_schema=False` skips the JSON Schema pass, for the file shipped with OffMap, which the
    test suite validates against the schema."""
    if with_schema:
        check_schema(document)
    elif not isinstance(document, dict) or not isinstance(document.get("companies"), list):
        raise ValidationError("the directory file is not a JSON object with a 'companies' list.")
    problems = reference_problems(document["companies"])
    if problems:
        raise ValidationError(
            "the directory file is inconsistent: {problems}.",
            problems=join_list(problems[:3], "; "))


def check_schema(document: Any) -> None:
    """The JSON Schema part of validate_document (links between records are not checked)."""
    if not isinstance(document, dict):
        raise ValidationError("the directory file is not a JSON object with a 'companies' list.")
    errors = sorted(_validator().iter_errors(document), key=lambda e: list(e.absolute_path))
    if errors:
        shown = join_list([Text("{where}: {problem}", where=_where(e, document),
                                problem=e.message[:200]) for e in errors[:_MAX_ERRORS_SHOWN]],
                          "; ")
        more = Text(" (and {count} more)", count=len(errors) - _MAX_ERRORS_SHOWN) \
            if len(errors) > 3 else ""
        raise ValidationError(
            "the directory file does not match its schema: {shown}{more}.",
            shown=shown, more=more)


def reference_problems(records: list[dict[str, Any]]) -> list[str]:
    """Duplicate slugs and links to companies that are not in the same document."""
    problems: list[str] = []
    slugs: set[str] = set()
    for record in records:
        if record["slug"] in slugs:
            problems.append(Text("slug '{slug}' appears twice", slug=record["slug"]))
        slugs.add(record["slug"])
    for record in records:
        links = [("host", h) for h in record.get("hosts", [])]
        links += [("shared_with", s["slug"]) for s in record.get("shared_with", [])]
        links += [("runs", r) for r in record.get("runs", [])]
        if record.get("successor"):
            links.append(("successor", record["successor"]))
        for label, slug in links:
            if slug not in slugs:
                problems.append(Text("'{slug}' names {field} '{target}', which is not listed",
                                     slug=record["slug"], field=label, target=slug))
            elif slug == record["slug"]:
                problems.append(Text("'{slug}' names itself as {field}", slug=record["slug"],
                                     field=label))
    return problems


def parse_document(data: bytes | str, with_schema: bool = True) -> list[Company]:
    """Decodes, validates and converts a directory file's content (bundled origin)."""
    document = safe_json.loads(data, Text("the directory file"))
    validate_document(document, with_schema)
    return [record_to_company(r) for r in document["companies"]]


# ------------------------------------------------------------------ conversion
def record_to_company(record: dict[str, Any], origin: str = "bundled") -> Company:
    values = {k: copy.deepcopy(v) for k, v in record.items() if k in _COMPANY_FIELDS}
    extra = {k: copy.deepcopy(record[k]) for k in EXTRA_KEYS if record.get(k) is not None}
    values["contacts"] = {k: (record.get("contacts") or {}).get(k) for k in CONTACT_KEYS}
    values["notes"] = values.get("notes") or ""
    return Company(**values, origin=origin, extra=extra)


def company_to_record(company: Company) -> dict[str, Any]:
    """The schema's record shape (no origin), e.g. to validate a user's company."""
    record: dict[str, Any] = {name: copy.deepcopy(getattr(company, name))
                              for name in sorted(_COMPANY_FIELDS)}
    record["contacts"] = {k: (company.contacts or {}).get(k) or None for k in CONTACT_KEYS}
    for key in EXTRA_KEYS:
        if company.extra.get(key) is not None:
            record[key] = copy.deepcopy(company.extra[key])
    return record


def website(company: Company) -> str | None:
    return company.extra.get("website")


def registry(company: Company) -> dict[str, Any]:
    return company.extra.get("registry") or {}


def drop_covers(company: Company) -> bool:
    """True when the company is a broker registered in California, so a California resident's
    single DROP request (Delete Act) reaches it."""
    return bool(registry(company).get("drop"))


# ------------------------------------------------------------------ merging
def overlay_registry(base: Company, imported: Company) -> Company:
    """A bundled record with the registry facts an earlier import stored for it. Its contacts
    are never added to or changed: an imported file cannot redirect a bundled company's mail."""
    extra = dict(base.extra)
    if imported.extra.get("registry"):
        extra["registry"] = copy.deepcopy(imported.extra["registry"])
    if not extra.get("website") and imported.extra.get("website"):
        extra["website"] = imported.extra["website"]
    known = {s.get("url") for s in base.sources}
    sources = base.sources + [s for s in imported.sources if s.get("url") not in known]
    return replace(base, extra=extra, sources=sources)


def merge_directory(bundled: Iterable[Company], stored: Iterable[Company]) -> dict[str, Company]:
    """Effective records by slug: a user's record replaces a bundled one; an imported (cppa)
    record for a bundled company only enriches it; other stored records are added."""
    merged = {c.slug: c for c in bundled}
    for company in stored:
        base = merged.get(company.slug)
        if company.origin == "cppa" and base is not None and base.origin == "bundled":
            merged[company.slug] = overlay_registry(base, company)
        else:
            merged[company.slug] = company
    return merged


# ------------------------------------------------------------------ lookups
def normalise(text: str) -> str:
    """Case, accents and punctuation folded: 'AT&T' -> 'at t', 'Café' -> 'cafe' (accents and
    case as every search folds them, app.core.folding)."""
    return " ".join(re.sub(r"[^0-9a-z]+", " ", fold(text or "")).split())


def _compact(text: str) -> str:
    return normalise(text).replace(" ", "")


def names_of(company: Company) -> list[str]:
    return [company.name, company.slug, *company.aliases, *company.brands]


def _score(company: Company, needle: str, compact_needle: str) -> int:
    """0 = no match; higher is better. Text matches a whole name, its start, or the start of one
    of its words ('mobile' finds 'T-Mobile'; 't mobile' does not find 'Boost Mobile')."""
    best = 0
    for index, name in enumerate(names_of(company)):
        own = index < 2 or name in company.aliases  # name, slug and aliases beat brands
        norm, compact = normalise(name), _compact(name)
        if needle == norm or compact_needle == compact:
            score = 6 if own else 4
        elif norm.startswith(needle) or compact.startswith(compact_needle):
            score = 5 if own else 3
        elif f" {needle}" in f" {norm}":
            score = 2 if own else 1
        else:
            continue
        best = max(best, score)
    return best


def match_keys(company: Company) -> tuple[tuple[str, str], ...]:
    """The company's names prepared for keys_match (normalised once, for lists that filter on
    every key): each as " " + its normalised form and without spaces."""
    return tuple((" " + normalise(name), _compact(name)) for name in names_of(company))


def keys_match(keys: tuple[tuple[str, str], ...], needle: str) -> bool:
    """Whether `needle` (normalise(text)) is found in names prepared by match_keys, as _score
    finds it: the start of a name or of one of its words, or of the name without spaces
    ("tmobile" finds "T-Mobile")."""
    if not needle:
        return True
    spaced, compact = " " + needle, needle.replace(" ", "")
    return any(name_compact.startswith(compact) or spaced in name_spaced
               for name_spaced, name_compact in keys)


def matches(company: Company, text: str) -> bool:
    """True when `text` is empty or found in the company's name, slug, aliases or brands."""
    return keys_match(match_keys(company), normalise(text))


def search(companies: Iterable[Company], text: str = "", kind: str | None = None) -> list[Company]:
    """Companies whose name, slug, alias or brand contains `text` (case, accents and punctuation
    ignored), best matches first; all of `kind` when text is empty."""
    if kind is not None and kind not in COMPANY_KINDS:
        raise ValidationError(
            "'{kind}' is not a company kind; use one of: {company_kinds}.",
            kind=kind, company_kinds=', '.join(COMPANY_KINDS))
    pool = [c for c in companies if kind is None or c.kind == kind]
    needle = normalise(text)
    if not needle:
        return sorted(pool, key=lambda c: normalise(c.name))
    compact_needle = needle.replace(" ", "")
    scored = [(_score(c, needle, compact_needle), c) for c in pool]
    return [c for score, c in sorted(scored, key=lambda p: (-p[0], normalise(p[1].name)))
            if score > 0]


def lookup(index: dict[str, Company], slug: str) -> Company:
    company = index.get((slug or "").strip().lower())
    if company is None:
        raise NotFoundError(
            "no company '{slug}'; try `offmap directory search`.",
            slug=slug)
    return company


def resolve(index: dict[str, Company], slug: str) -> Company:
    """Follows successors (sprint -> t-mobile) to the company that answers for `slug` today."""
    company = lookup(index, slug)
    seen = {company.slug}
    while company.successor:
        nxt = index.get(company.successor)
        if nxt is None or nxt.slug in seen or len(seen) > _MAX_SUCCESSOR_HOPS:
            break
        seen.add(nxt.slug)
        company = nxt
    return company


def successor_chain(index: dict[str, Company], slug: str) -> list[Company]:
    """[company, its successor, ...] up to the company that answers today."""
    chain = [lookup(index, slug)]
    while chain[-1].successor and chain[-1].successor in index:
        nxt = index[chain[-1].successor]
        if nxt in chain or len(chain) > _MAX_SUCCESSOR_HOPS:
            break
        chain.append(nxt)
    return chain


# ------------------------------------------------------------------ holdings suggestions
@dataclass(frozen=True)
class Suggestion:
    """A company the holdings wizard proposes, with why (the user accepts or drops it)."""

    company: Company
    role: str  # "service", "host", "successor", "recipient"
    reason: str
    source: str | None = None
    data: tuple[str, ...] = field(default_factory=tuple)
    via: str | None = None  # slug whose sharing brought it in


def _data_kinds(company: Company, default: tuple[str, ...]) -> tuple[str, ...]:
    kinds = tuple(dict.fromkeys(d["kind"] for d in company.location_data if d.get("kind")))
    return kinds or default


def _add(found: dict[str, Suggestion], suggestion: Suggestion) -> None:
    if suggestion.company.slug not in found:
        found[suggestion.company.slug] = suggestion


def _recipients(index: dict[str, Company], giver: Company,
                found: dict[str, Suggestion]) -> None:
    for share in giver.shared_with:
        target = index.get(share["slug"])
        if target is None:
            continue
        _add(found, Suggestion(target, "recipient", share.get("reason", ""), share.get("source"),
                               _data_kinds(target, ("precise-location",)), giver.slug))


def phone_service_suggestions(index: dict[str, Company], slug: str) -> list[Suggestion]:
    """For a carrier or MVNO: the service itself, its successor, its host networks, and every
    company known to have received location data from any of them, each with its reason."""
    chosen = lookup(index, slug)
    found: dict[str, Suggestion] = {}
    carrier_data = ("precise-location", "cell-site", "call-records", "cpni")
    _add(found, Suggestion(chosen, "service", Text("Your phone service."), None,
                           carrier_data if chosen.kind in ("carrier", "mvno")
                           else _data_kinds(chosen, ("precise-location",))))
    networks = [chosen]
    for later in successor_chain(index, chosen.slug)[1:]:
        _add(found, Suggestion(later, "successor", _successor_reason(chosen, later), None,
                               carrier_data))
        networks.append(later)
    for network in list(networks):
        for host_slug in network.hosts:
            host = index.get(host_slug)
            if host is None:
                continue
            _add(found, Suggestion(host, "host",
                                   Text("{network} runs on {host}'s network, which sees where the "
                                        "phone connects.", network=network.name, host=host.name),
                                   None, carrier_data, network.slug))
            networks.append(resolve(index, host.slug))
    for network in networks:
        _recipients(index, network, found)
    return list(found.values())


def _successor_reason(chosen: Company, later: Company) -> Text:
    """Why `later` holds `chosen`'s old records, one sentence per kind of succession."""
    if chosen.successor_reason == "merged":
        return Text("{company} merged into {successor}; it now holds the old records.",
                    company=chosen.name, successor=later.name)
    if chosen.successor_reason == "acquired":
        return Text("{company} was acquired by {successor}; it now holds the old records.",
                    company=chosen.name, successor=later.name)
    if chosen.successor_reason == "defunct":
        return Text("{company} closed down; {successor} now holds its old records.",
                    company=chosen.name, successor=later.name)
    return Text("{company} became part of {successor}; it now holds the old records.",
                company=chosen.name, successor=later.name)


def app_suggestions(index: dict[str, Company], slug: str) -> list[Suggestion]:
    """For an app, platform or SDK: the app and the companies known to have received its
    users' location (its SDK partners and buyers), each with its reason."""
    chosen = lookup(index, slug)
    found: dict[str, Suggestion] = {}
    _add(found, Suggestion(chosen, "service", Text("An app on your phone."), None,
                           _data_kinds(chosen, ("precise-location", "ad-id"))))
    _recipients(index, chosen, found)
    return list(found.values())

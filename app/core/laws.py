"""Law rules shipped as data in resources/laws/<id>.json (schema: resources/laws/schema.json).

A law record says which request types it grants (with the citation of each right), its deadlines
(amount, unit, citation, confidence), the appeal and agent rules, what precise geolocation
triggers, and the regulator. Code never hard-codes a figure: a rule change is a data change.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any

from app.core.errors import ValidationError
from app.core.model import REQUEST_TYPES
from app.core.resources import resource

CONFIDENCES = ("statute", "regulation", "secondary", "unverified")
# Which company kinds each `applies_to` value covers.
APPLIES_TO_KINDS = {
    "business": ("carrier", "mvno", "aggregator", "broker", "app", "platform"),
    "carrier": ("carrier", "mvno"),
    "government": ("government",),
}


def laws_dir() -> Path:
    return resource("laws")


@functools.cache
def _load_all() -> dict[str, dict[str, Any]]:
    laws: dict[str, dict[str, Any]] = {}
    for path in sorted(laws_dir().glob("*.json")):
        if path.name == "schema.json":
            continue
        record = json.loads(path.read_text(encoding="utf-8"))
        laws[record["id"]] = record
    return laws


def _copy(value: Any) -> Any:
    """A deep copy of JSON data (dicts, lists and scalars, nothing shared), three times as fast
    as the copy module's deepcopy, which every letter paid for its law."""
    if isinstance(value, dict):
        return {key: _copy(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_copy(item) for item in value]
    return value


def load_laws() -> dict[str, dict[str, Any]]:
    """All law records by id (a copy: callers may not change the cached data)."""
    laws: dict[str, dict[str, Any]] = _copy(_load_all())
    return laws


def law_ids() -> list[str]:
    return list(_load_all())


def get_law(law_id: str) -> dict[str, Any]:
    laws = _load_all()
    if law_id not in laws:
        raise ValidationError(
            "'{law_id}' is not a law OffMap knows. Valid laws: {laws}.",
            law_id=law_id, laws=', '.join(sorted(laws)))
    law: dict[str, Any] = _copy(laws[law_id])
    return law


def granted_types(law: dict[str, Any]) -> list[str]:
    """The request types the law grants, in OffMap's usual order."""
    return [t for t in REQUEST_TYPES if t in law.get("grants", {})]


def grant_for(law: dict[str, Any], request_type: str) -> dict[str, Any]:
    """The law's rule for one request type, or ValidationError saying which types it grants."""
    grant: dict[str, Any] | None = law.get("grants", {}).get(request_type)
    if grant is None:
        granted = ", ".join(granted_types(law)) or "none"
        raise ValidationError(
            "{short_name} ({id}) does not grant a '{request_type}' request; it grants: {granted}. "
            "Choose one of those types or another law.",
            short_name=law['short_name'], id=law['id'], request_type=request_type, granted=granted)
    return grant


def deadline_rule(law: dict[str, Any], key: str | None) -> dict[str, Any] | None:
    """The deadline rule named `key` ("respond", "opt_out", ...), None when there is none."""
    if not key:
        return None
    rule: dict[str, Any] | None = law.get("deadlines", {}).get(key)
    return rule


def applies_to_kind(law: dict[str, Any], kind: str) -> bool:
    """True when the law covers a company of this kind (carrier, broker, government ...)."""
    return any(kind in APPLIES_TO_KINDS.get(scope, ()) for scope in law.get("applies_to", []))


def laws_for_state(country: str, state: str) -> list[dict[str, Any]]:
    """Laws whose jurisdiction is exactly this state/province (e.g. US/CA -> us-ca)."""
    return [
        _copy(law) for law in _load_all().values()
        if law["jurisdiction"]["country"] == country and law["jurisdiction"]["state"] == state
        and state
    ]


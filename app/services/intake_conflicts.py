"""Conflict check at intake, as legal-aid case systems do it: before a new client is created,
the existing clients with the same name (ignoring case, accents, punctuation, spacing and word
order), the same date of birth or a phone number in common (compared in E.164 form) are shown,
so a worker does not open a second case for someone the clinic already helps."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

import phonenumbers

from app.core.clients import validate_client
from app.core.errors import ValidationError
from app.core.model import Client
from app.core.text import Text, join_list
from app.store import Store
from app.store.rows import loads

MATCH_REASONS = ("name", "birth_date", "phone")
# The reasons as words for people (Texts: translated by the window).
REASON_WORDS = {"name": Text("same name"), "birth_date": Text("same date of birth"),
                "phone": Text("same phone number")}
_NOT_WORD = re.compile(r"[^\w]+")


@dataclass(frozen=True)
class IntakeMatch:
    """An existing client who may be the person being added, and why."""

    client_id: int
    name: str
    archived: bool
    matched_on: tuple[str, ...] = field(default_factory=tuple)  # from MATCH_REASONS

    def to_json(self) -> dict[str, Any]:
        return {"id": self.client_id, "name": self.name, "archived": self.archived,
                "matched_on": list(self.matched_on)}

    def reasons_text(self) -> str:
        return join_list([REASON_WORDS[r] for r in self.matched_on])


class DuplicateClientError(ValidationError):
    """Adding the client would likely duplicate existing ones; `matches` names them."""

    def __init__(self, matches: list[IntakeMatch]) -> None:
        listing = "; ".join(f"{m.client_id} {m.name} ({', '.join(m.matched_on)})"
                            for m in matches)
        super().__init__(
            "{count} existing client(s) may be the same person: {listing}. Nothing was added. "
            "See them with 'offmap client show ID'; to add a new client anyway, repeat with "
            "--allow-duplicate.", count=len(matches), listing=listing)
        self.matches = matches


def normalise_name(name: str) -> str:
    """Case, accents, punctuation and spacing removed: 'GARCÍA-López,  Ana' -> 'garcia lopez
    ana'."""
    decomposed = unicodedata.normalize("NFKD", name or "")
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(_NOT_WORD.sub(" ", bare.casefold()).replace("_", " ").split())


def _name_key(name: str) -> tuple[str, ...]:
    """Word order does not matter ('Garcia, Ana' is 'Ana Garcia')."""
    return tuple(sorted(normalise_name(name).split()))


def e164(phone: str, country: str = "") -> str | None:
    """The number in E.164 form, or None when it is not a possible phone number."""
    region = (country or "US").upper()
    try:
        number = phonenumbers.parse(phone, region if len(region) == 2 else "US")
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_possible_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def find_matches(store: Store, client: Client, exclude_id: int | None = None) -> list[IntakeMatch]:
    """The existing clients (archived ones too) who may be the person in `client`: same
    normalised name, same date of birth, or a phone number in common. Invalid input raises the
    same ValidationError adding the client would."""
    clean = validate_client(client)
    name_key = _name_key(clean.name)
    phones = {p for p in (e164(x, clean.country) for x in clean.phones) if p}
    birth = clean.birth_date or ""
    matches = []
    rows = store.conn.execute("SELECT id, name, phones, birth_date, archived, country"
                              " FROM clients ORDER BY id")
    for row in rows:
        if exclude_id is not None and row[0] == exclude_id:
            continue
        reasons = []
        if name_key and _name_key(row[1]) == name_key:
            reasons.append("name")
        if birth and (row[3] or "") == birth:
            reasons.append("birth_date")
        if phones and phones & {p if p.startswith("+") else e164(p, row[5] or "")
                                for p in loads(row[2], [])}:
            reasons.append("phone")
        if reasons:
            matches.append(IntakeMatch(client_id=row[0], name=row[1], archived=bool(row[4]),
                                       matched_on=tuple(reasons)))
    return matches


def add_client_checked(store: Store, client: Client, allow_duplicate: bool = False) -> Client:
    """Adds the client unless existing clients may be the same person (DuplicateClientError
    names them); `allow_duplicate` adds them anyway, once the worker has seen the matches."""
    from app.services.clients import add_client

    if not allow_duplicate:
        matches = find_matches(store, client)
        if matches:
            raise DuplicateClientError(matches)
    return add_client(store, client)

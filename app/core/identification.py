"""What each recipient needs to find a person's records, and what it says not to send.

A directory record states it in typed lists (`required_identification`, `do_not_send`, ids from
model.IDENTIFIERS); older records only describe it in words (`identification`, e.g. "device
advertising ID (IDFA or AAID)", "do not send name, e-mail or address"), which are read here
into the same ids. Some laws add their own needs (a Privacy Act request to a federal agency
carries a date of birth and a signed statement of identity): those come from
resources/identification/laws.json. Pure: no store, no Qt.
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass, field
from typing import Any

from app.core.model import IDENTIFIERS, Client, Company
from app.core.resources import resource
from app.core.text import Text

# Identifiers the letter itself provides (a statement the person signs), never "missing".
STATEMENTS = ("sworn-statement", "citizenship-statement")
# Never stored by OffMap: the printed letter carries a blank the person fills in by hand.
HAND_WRITTEN = ("ssn-last4",)

# Names in the interface (translatable) and in letters (always English).
LABELS = {
    "name": Text("Name"), "email": Text("E-mail address"), "phone": Text("Phone number"),
    "postal-address": Text("Postal address"), "ad-id": Text("Advertising ID (AAID/IDFA)"),
    "date-of-birth": Text("Date of birth"), "account-number": Text("Account number"),
    "sworn-statement": Text("Signed statement of identity (28 U.S.C. 1746)"),
    "citizenship-statement": Text("Citizenship or permanent-residence statement"),
    "state-residency": Text("State of residence"),
    "ssn-last4": Text("Last four digits of the Social Security number"),
}
LETTER_LABELS = {
    "name": "Name", "email": "E-mail", "phone": "Phone number", "postal-address": "Address",
    "ad-id": "Mobile advertising ID", "date-of-birth": "Date of birth",
    "account-number": "Account number", "state-residency": "State of residence",
    "ssn-last4": "Last four digits of my Social Security number",
}

# Words of the older free-text `identification` entries, per identifier.
_WORDS = {
    "name": re.compile(r"\bname\b"),
    "phone": re.compile(r"phone"),
    "email": re.compile(r"e-?mail"),
    "postal-address": re.compile(r"(?<!e-mail )(?<!email )\baddress"),
    "ad-id": re.compile(r"advertising id|\bidfa\b|\baaid\b|\bad id|\bmaid\b"),
    "date-of-birth": re.compile(r"birth"),
    "account-number": re.compile(r"account (number|no\b|#)|customer number|account id"),
    "sworn-statement": re.compile(r"sworn|perjury|verification of identity|notari"),
    "citizenship-statement": re.compile(r"citizen|permanent resident"),
    "ssn-last4": re.compile(r"social security|\bssn\b"),
    "state-residency": re.compile(r"residen(cy|t of)"),
}
_REFUSALS = ("do not", "don't", "never")


@dataclass(frozen=True)
class Needs:
    """What a recipient needs (`required`) and refuses (`refused`), as identifier ids.
    `typed` is False when they were read from free text; `unread` keeps the free-text entries
    no identifier matched (shown to the user as they are)."""

    required: tuple[str, ...]
    refused: tuple[str, ...]
    typed: bool
    unread: tuple[str, ...] = ()
    stated: bool = True  # False when the record says nothing (then OffMap chooses)


def _kinds_in(text: str) -> list[str]:
    low = text.lower()
    return [kind for kind, pattern in _WORDS.items() if pattern.search(low)]


def _from_words(entries: list[str]) -> Needs:
    required: list[str] = []
    refused: list[str] = []
    unread: list[str] = []
    for entry in (" ".join(str(e).split()) for e in entries):
        kinds = _kinds_in(entry)
        if entry.lower().startswith(_REFUSALS):
            refused += [k for k in kinds if k not in refused]
        elif kinds:
            required += [k for k in kinds if k not in required]
        elif entry:
            unread.append(entry)
    return Needs(tuple(required), tuple(refused), typed=False, unread=tuple(unread),
                 stated=bool(entries))


@functools.cache
def law_requirements() -> dict[str, dict[str, Any]]:
    document = json.loads(resource("identification", "laws.json").read_text(encoding="utf-8"))
    return {law["law"]: law for law in document["laws"]}


def needs_of(company: Company, law_id: str | None = None) -> Needs:
    """The company's needs, typed when its record has them, read from its words otherwise,
    plus what the law adds (never something the company refuses)."""
    if company.required_identification or company.do_not_send:
        needs = Needs(tuple(k for k in company.required_identification if k in IDENTIFIERS),
                      tuple(k for k in company.do_not_send if k in IDENTIFIERS), typed=True)
    else:
        needs = _from_words(list(company.identification))
    added = law_requirements().get(law_id or "", {}).get("required", [])
    extra = tuple(k for k in added if k not in needs.required and k not in needs.refused)
    if not extra:
        return needs
    return Needs(needs.required + extra, needs.refused, needs.typed, needs.unread, stated=True)


def account_number(client: Client, company: Company) -> str:
    return (client.account_numbers or {}).get(company.slug, "")


def has_identifier(client: Client, company: Company, kind: str) -> bool:
    """Whether OffMap holds this identifier for the client (statements always: the letter
    writes them; the SSN never: it is written by hand)."""
    held = {
        "name": bool(client.name), "email": bool(client.emails), "phone": bool(client.phones),
        "postal-address": bool(client.address), "ad-id": bool(client.ad_ids),
        "date-of-birth": bool(client.birth_date),
        "account-number": bool(account_number(client, company)),
        "state-residency": bool(client.state),
    }
    if kind in STATEMENTS:
        return True
    return held.get(kind, False)


@dataclass(frozen=True)
class Missing:
    """An identifier the recipient needs that the letter cannot carry yet, and how to get it."""

    kind: str
    label: str
    how: str

    def to_json(self) -> dict[str, str]:
        return {"kind": self.kind, "label": str(self.label), "how": str(self.how)}


def how_to_get(kind: str, client: Client, company: Company) -> Text:
    """One sentence: where the person finds the identifier and how to add it to OffMap."""
    client_id = client.id if client.id is not None else "ID"
    if kind == "ad-id":
        return Text(
            "Find the phone's advertising ID (the Ad-ID toolkit page shows where Android and "
            "iPhone keep it), then add it to the client: Edit client, or `offmap client edit "
            "{client_id} --ad-id UUID`.", client_id=client_id)
    if kind == "date-of-birth":
        return Text(
            "Ask the client for their date of birth and add it: Edit client, or `offmap client "
            "edit {client_id} --birth-date YYYY-MM-DD`.", client_id=client_id)
    if kind == "account-number":
        return Text(
            "The account number is on the client's bill or in their online account with "
            "{company}; add it: Edit client, or `offmap client edit {client_id} --account "
            "{slug}=NUMBER`.", company=company.name, client_id=client_id, slug=company.slug)
    if kind == "ssn-last4":
        return Text(
            "OffMap never stores Social Security numbers: print the letter and write the last "
            "four digits by hand in the space left for them.")
    if kind == "state-residency":
        return Text(
            "Add the client's state: Edit client, or `offmap client edit {client_id} --state "
            "XX`.", client_id=client_id)
    return Text(
        "Add the client's {what}: Edit client in the Clients page.", what=LABELS[kind])


@dataclass
class Plan:
    """What one letter gives the recipient.

    `items` are the identifier ids listed in the letter (in LETTER order); `show_name` says
    whether the person's name may appear at all (sender block, signature); `reply` is how the
    recipient can answer ("email", "postal-address" or ""); `missing` what it needs that the
    client's record lacks; `unread` free-text needs OffMap could not interpret."""

    items: list[str]
    show_name: bool
    reply: str
    statements: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    unread: list[str] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)


LETTER_ORDER = ("name", "date-of-birth", "phone", "ad-id", "account-number", "email",
                "postal-address", "state-residency", "ssn-last4")


def plan_for(client: Client, company: Company, law_id: str | None, carrier: bool) -> Plan:
    """Exactly what the recipient needs (never what it refuses). With nothing stated, the name,
    phone numbers and a reply address: what any company can search by."""
    needs = needs_of(company, law_id)
    refused = set(needs.refused)

    def usable(kind: str) -> bool:
        return kind not in refused and has_identifier(client, company, kind)

    if not needs.stated:
        wanted = ["name", "phone", "email"] + ([] if client.emails else ["postal-address"])
    elif needs.typed:
        wanted = list(needs.required)
    else:
        wanted = _legacy_wanted(client, needs, carrier)
    if needs.typed and carrier and "phone" not in refused and not wanted:
        wanted = ["phone"]
    items = [k for k in LETTER_ORDER if k in wanted and (usable(k) or k in HAND_WRITTEN)]
    reply = ""
    if "email" in items or ("email" not in refused and client.emails):
        reply = "email"
    elif "postal-address" not in refused and client.address and (
            not needs.typed or "postal-address" in needs.required):
        reply = "postal-address"
    missing = [k for k in needs.required
               if k not in refused and k not in STATEMENTS
               and (k in HAND_WRITTEN or not has_identifier(client, company, k))]
    searchable = [k for k in items if k not in ("name", "state-residency")]
    if not searchable:
        # Nothing the company could find the person by (it wants an identifier the client has
        # not given): give what it does not refuse, and the draft says what is missing.
        fallback = [k for k in ("name", "phone", "email") if usable(k)]
        items = [k for k in LETTER_ORDER if k in items or k in fallback]
    return Plan(
        items=items,
        show_name="name" not in refused,
        reply=reply,
        statements=[k for k in STATEMENTS if k in needs.required],
        missing=missing,
        unread=list(needs.unread),
        refused=sorted(refused),
    )


def _legacy_wanted(client: Client, needs: Needs, carrier: bool) -> list[str]:
    """The older rule for free-text records: the name, what the words ask for, phone numbers
    for a carrier, ad IDs when the client has them, and a way to reply."""
    asked = set(needs.required)
    wanted = ["name", *needs.required]
    if carrier:
        wanted.append("phone")
    if client.ad_ids:
        wanted.append("ad-id")
    if client.emails and "email" not in needs.refused and (
            "email" in asked or "postal-address" not in asked):
        wanted.append("email")
    elif client.address or "postal-address" in asked:
        wanted.append("postal-address")
    return list(dict.fromkeys(wanted))

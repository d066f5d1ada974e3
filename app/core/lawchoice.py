"""Which law a request should rely on, from where the client lives and what kind of company it
goes to (issue 4, item 3). Pure: the answer comes from the law data, never from per-law `if`s.

- A resident of a state or province with its own law gets that law (a Californian: `us-ca`).
- A carrier or MVNO additionally gets `us-cpni` (47 U.S.C. 222) for US clients.
- An EU/EEA resident gets `eu-gdpr`; a UK resident `uk-gdpr`; other Canadians `ca-pipeda`.
- A government record (company kind `government`) gets `us-privacy-act`.
- A US state without a law gets a plain explanation, what still applies (CPNI for carriers), and
  a model law for a voluntary request that cites the company's own privacy policy.
The user can always override the suggestion; `is_voluntary` tells the letter when the chosen
law does not cover the client's residence.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from app.core.day_counting import CONTROLLER_CALENDAR
from app.core.laws import applies_to_kind, granted_types, load_laws
from app.core.model import REQUEST_TYPE_WORDS
from app.core.text import Text, join_list

EU_MEMBER_STATES = frozenset(
    "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE".split()
)
EEA_EXTRA = frozenset({"IS", "LI", "NO"})
# The law used as wording for a voluntary request when the client's state has no law.
VOLUNTARY_MODEL_LAW = "us-ca"

# Texts, so the interface can show a place in its own language (letters print them in English).
US_STATE_NAMES = {
    "AL": Text("Alabama"), "AK": Text("Alaska"), "AZ": Text("Arizona"), "AR": Text("Arkansas"),
    "CA": Text("California"), "CO": Text("Colorado"), "CT": Text("Connecticut"),
    "DE": Text("Delaware"), "DC": Text("the District of Columbia"), "FL": Text("Florida"),
    "GA": Text("Georgia"), "HI": Text("Hawaii"), "ID": Text("Idaho"), "IL": Text("Illinois"),
    "IN": Text("Indiana"), "IA": Text("Iowa"), "KS": Text("Kansas"), "KY": Text("Kentucky"),
    "LA": Text("Louisiana"), "ME": Text("Maine"), "MD": Text("Maryland"),
    "MA": Text("Massachusetts"), "MI": Text("Michigan"), "MN": Text("Minnesota"),
    "MS": Text("Mississippi"), "MO": Text("Missouri"), "MT": Text("Montana"),
    "NE": Text("Nebraska"), "NV": Text("Nevada"), "NH": Text("New Hampshire"),
    "NJ": Text("New Jersey"), "NM": Text("New Mexico"), "NY": Text("New York"),
    "NC": Text("North Carolina"), "ND": Text("North Dakota"), "OH": Text("Ohio"),
    "OK": Text("Oklahoma"), "OR": Text("Oregon"), "PA": Text("Pennsylvania"),
    "RI": Text("Rhode Island"), "SC": Text("South Carolina"), "SD": Text("South Dakota"),
    "TN": Text("Tennessee"), "TX": Text("Texas"), "UT": Text("Utah"), "VT": Text("Vermont"),
    "VA": Text("Virginia"), "WA": Text("Washington"), "WV": Text("West Virginia"),
    "WI": Text("Wisconsin"), "WY": Text("Wyoming"), "PR": Text("Puerto Rico"), "GU": Text("Guam"),
    "VI": Text("the U.S. Virgin Islands"), "AS": Text("American Samoa"),
    "MP": Text("the Northern Mariana Islands"),
}


@dataclass
class LawChoice:
    """The suggestion: `laws` in order of preference (ids), why, and what else still applies.
    `voluntary_model` is the law whose wording a voluntary request may borrow when no law
    covers the client."""

    laws: list[str]
    explanation: str
    still_applies: list[str] = field(default_factory=list)
    voluntary_model: str | None = None

    def first_granting(self, request_type: str, laws: dict[str, dict[str, Any]]) -> str | None:
        for law_id in self.laws:
            if request_type in laws[law_id]["grants"]:
                return law_id
        return None

    def to_json(self) -> dict[str, Any]:
        return {
            "laws": list(self.laws),
            "explanation": self.explanation,
            "still_applies": list(self.still_applies),
            "voluntary_model": self.voluntary_model,
        }


def holiday_region(law: dict[str, Any], company_jurisdictions: list[str],
                   client_country: str) -> str | None:
    """Whose public holidays a Member-State roll-off rule (GDPR: Reg. 1182/71 Art. 3(4)) skips:
    the controller's EU/EEA country from the directory, else the client's own EU/EEA country
    (a guess that can only make OffMap wait longer, never call an answer late too early);
    None for laws with a fixed calendar or none."""
    if (law.get("roll_off") or {}).get("calendar") != CONTROLLER_CALENDAR:
        return None
    european = EU_MEMBER_STATES | EEA_EXTRA
    for code in company_jurisdictions:
        if code.upper() in european:
            return code.upper()
    country = (client_country or "").upper()
    return country if country in european else None


def is_carrier(kind: str) -> bool:
    return kind in ("carrier", "mvno")


def _residence_laws(
    laws: dict[str, dict[str, Any]], country: str, state: str
) -> list[dict[str, Any]]:
    """Laws covering where the client lives, most specific first."""
    country = country or ("US" if state else "")
    found = [
        law for law in laws.values()
        if state and law["jurisdiction"] == {"country": country, "state": state}
    ]
    national = [
        law for law in laws.values()
        if law["jurisdiction"] == {"country": country, "state": None}
        and "business" in law["applies_to"]
    ]
    if country in EU_MEMBER_STATES or country in EEA_EXTRA:
        national += [laws["eu-gdpr"]]
    return found + [law for law in national if law not in found]


def _place(country: str, state: str) -> str:
    if (country or "US") == "US" and state:
        return US_STATE_NAMES.get(state, state)
    if state:
        return f"{state} ({country})"
    return country or Text("an unknown place")


def choose_laws(
    country: str, state: str, company_kind: str, company_laws: list[str] | None = None
) -> LawChoice:
    """The suggested law(s) for a client living in country/state writing to a company of
    `company_kind`. `company_laws` are laws the directory says the company is subject to."""
    laws = load_laws()
    country, state = _normalise(country, state)
    us = country in ("", "US")
    if company_kind == "government":
        return _government(laws, country)

    residence = [law for law in _residence_laws(laws, country, state)
                 if applies_to_kind(law, company_kind)]
    chosen = [law["id"] for law in residence]
    still: list[str] = []
    if us and is_carrier(company_kind):
        chosen.append("us-cpni")
        still.append(_cpni_note(laws))
    for law_id in company_laws or []:
        if law_id in laws and law_id not in chosen and _covers_residence(laws[law_id],
                                                                         country, state):
            chosen.append(law_id)

    if residence:
        names = join_list([f"{law['short_name']} ({law['id']})" for law in residence])
        place = _place(country, state)
        if "us-cpni" in chosen:
            explanation = Text("{place} residents are covered by {laws}. As the company is a phone "
                               "carrier, CPNI (47 U.S.C. 222) also applies.",
                               place=place, laws=names)
        else:
            explanation = Text("{place} residents are covered by {laws}.", place=place, laws=names)
        return LawChoice(chosen, explanation, still)

    return _no_law(laws, country, state, company_kind, chosen, still)


def _covers_residence(law: dict[str, Any], country: str, state: str) -> bool:
    jurisdiction = law["jurisdiction"]
    if jurisdiction["country"] == "EU":
        return country in EU_MEMBER_STATES or country in EEA_EXTRA
    if jurisdiction["country"] != (country or "US"):
        return False
    return jurisdiction["state"] in (None, state)


def _cpni_note(laws: dict[str, dict[str, Any]]) -> str:
    cpni = laws["us-cpni"]
    return Text("{law}: phone carriers need your approval to use or share call location "
                "information (47 U.S.C. 222(f)); requests: {types}.",
                law=cpni["short_name"], types=join_list(
                    [REQUEST_TYPE_WORDS.get(t, t) for t in granted_types(cpni)]))


def _government(laws: dict[str, dict[str, Any]], country: str) -> LawChoice:
    act = laws["us-privacy-act"]
    if country in ("", "US"):
        return LawChoice(
            ["us-privacy-act"],
            Text("Records held by a US federal agency: the {act} (5 U.S.C. 552a) gives access to "
                 "records about you; the letter also asks under FOIA (5 U.S.C. 552).",
                 act=act["name"]),
        )
    return LawChoice(
        [],
        Text("The {act} covers US citizens and permanent residents; OffMap has no law for a "
             "resident of {country} asking a government agency.", act=act["name"], country=country),
        [Text("A FOIA request (5 U.S.C. 552) is open to anyone; choose us-privacy-act to use that "
              "letter.")],
    )


def _no_law(
    laws: dict[str, dict[str, Any]], country: str, state: str, kind: str,
    chosen: list[str], still: list[str],
) -> LawChoice:
    place = _place(country, state)
    if (country or "US") == "US":
        if state:
            reason = Text("{place} has no consumer privacy law in OffMap's data.", place=place)
        else:
            reason = Text("The client's state is not recorded, so no state law can be chosen; "
                          "add the state to the client.")
    else:
        reason = Text("OffMap has no privacy law for residents of {place}.", place=place)
    model = laws[VOLUNTARY_MODEL_LAW]
    still = [*still, Text(
        "A voluntary request: many companies honour privacy requests from everyone under their "
        "own privacy policy. Choose a model law (for example {law_id}, {law}) and the letter asks "
        "the company to apply its policy and that law's standards voluntarily, without claiming "
        "you live there.", law_id=VOLUNTARY_MODEL_LAW, law=model["short_name"])]
    if not is_carrier(kind) or (country or "US") != "US":
        still.insert(0, Text("No law obliges this company to answer on time, but it may still do "
                             "so."))
    return LawChoice(chosen, reason, still, VOLUNTARY_MODEL_LAW)


def is_voluntary(law: dict[str, Any], country: str, state: str) -> bool:
    """True when `law` does not cover a client living in country/state (the user chose it as a
    model for a voluntary request). Federal and carrier laws cover every US resident."""
    country, state = _normalise(country, state)
    country = country or ("US" if state else "")
    if not country:
        return law["jurisdiction"]["state"] is not None
    return not _covers_residence(law, country, state)


def _normalise(country: str, state: str) -> tuple[str, str]:
    country = (country or "").strip().upper()
    return ("GB" if country == "UK" else country), (state or "").strip().upper()

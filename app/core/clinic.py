"""The clinic profile and authorized-agent rules (pure).

A clinic sends letters either in the client's own name (mode "client") or as the client's
**authorized agent** (mode "agent"). In agent mode a letter states the agency and cites the
law's agent rule (the law record's "agent": {"allowed", "citation", "only_for"?}); a law that
does not allow agents (or not for this request type) refuses the letter with a message that
says what to do instead. The signed authorization form the client gives the clinic is
described here as plain data; app/render prints it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from app.core.clients import clean_email
from app.core.errors import ValidationError
from app.core.letter_values import data_word, in_words
from app.core.model import FOLLOWUP_TYPES, Client
from app.core.text import Text, join_list

CLINIC_MODES = ("client", "agent")
MAX_FIELD = 200
MAX_ADDRESS = 1000
TYPE_PHRASES = {
    "access": "to know and to access the personal information they hold about me",
    "delete": "to delete my personal information",
    "correct": "to correct inaccurate personal information about me",
    "opt-out": "to opt out of the sale and sharing of my personal information and of targeted "
               "advertising",
    "limit": "to limit the use and disclosure of my sensitive personal information, including "
             "my precise geolocation",
    "withdraw-consent": "to withdraw my consent to the processing of my location data",
    "cpni-opt-out": "to withdraw approval for the use and disclosure of my customer proprietary "
                    "network information (CPNI)",
}


@dataclass
class ClinicProfile:
    name: str = ""
    address: str = ""
    staff: str = ""
    email: str = ""
    phone: str = ""
    mode: str = "client"

    @property
    def is_agent(self) -> bool:
        return self.mode == "agent"

    @property
    def address_lines(self) -> list[str]:
        return [line.strip() for line in self.address.splitlines() if line.strip()]

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "address": self.address, "staff": self.staff,
                "email": self.email, "phone": self.phone, "mode": self.mode}

    @classmethod
    def from_json(cls, value: Any) -> ClinicProfile:
        if not isinstance(value, dict):
            return cls()
        known = {k: str(value.get(k) or "") for k in ("name", "address", "staff", "email",
                                                       "phone")}
        mode = str(value["mode"]) if value.get("mode") in CLINIC_MODES else "client"
        return cls(mode=mode, **known)


def _single_line(value: str, label: str) -> str:
    value = (value or "").strip()
    if any(unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp") for ch in value):
        raise ValidationError(
            "The clinic's {label} must be one line without control characters.",
            label=label)
    if len(value) > MAX_FIELD:
        raise ValidationError(
            "The clinic's {label} is longer than {max_field} characters.",
            label=label, max_field=MAX_FIELD)
    return value


def validate_profile(profile: ClinicProfile) -> ClinicProfile:
    """A normalised copy, or ValidationError naming what to fix. Agent mode needs the clinic's
    name, the staff member who signs, and an address or e-mail for the companies' replies."""
    if profile.mode not in CLINIC_MODES:
        raise ValidationError(
            "'{mode}' is not a letter mode; choose 'client' (letters in the client's name) or "
            "'agent' (the clinic as authorized agent).",
            mode=profile.mode)
    address = (profile.address or "").strip().replace("\r\n", "\n").replace("\r", "\n")
    if any(unicodedata.category(ch) in ("Cc", "Cf") and ch != "\n" for ch in address):
        raise ValidationError("The clinic's address contains control characters.")
    if len(address) > MAX_ADDRESS:
        raise ValidationError(
            "The clinic's address is longer than {max_address} characters.",
            max_address=MAX_ADDRESS)
    email = (profile.email or "").strip()
    if email:
        email = clean_email(email)
    clean = replace(
        profile,
        name=_single_line(profile.name, "name"),
        staff=_single_line(profile.staff, "staff member"),
        phone=_single_line(profile.phone, "phone"),
        email=email,
        address=re.sub(r"\n{2,}", "\n", address),
    )
    if clean.is_agent:
        missing = [label for label, value in ((Text("the clinic's name"), clean.name),
                                              (Text("the staff member who signs"), clean.staff))
                   if not value]
        if not (clean.address or clean.email):
            missing.append(Text("an address or e-mail for replies"))
        if missing:
            raise ValidationError(
                "To send letters as authorized agent, fill in {missing}; or choose letters in "
                "the client's own name.", missing=join_list(missing))
    return clean


# -- agent rules -------------------------------------------------------------------------------
def agent_rule(law: dict[str, Any], request_type: str,
               parent_type: str | None = None) -> dict[str, Any]:
    """The law's agent rule for this request, or ValidationError when the law does not let an
    authorized agent make it. Follow-ups (reminder, appeal, complaint) follow the type of the
    request they follow up."""
    name = f"{law.get('short_name') or law.get('name') or law.get('id')} ({law.get('id')})"
    rule = law.get("agent") or {}
    if not rule.get("allowed"):
        note = f" {rule['note']}" if rule.get("note") else ""
        raise ValidationError(
            "{name} does not provide for authorized agents, so the clinic cannot send this letter "
            "as the client's agent.{note} Send it in the client's own name (Settings > Clinic: "
            "letters in the client's name) or choose a law that allows agents.",
            name=name, note=note)
    effective = parent_type if request_type in FOLLOWUP_TYPES and parent_type else request_type
    only_for = rule.get("only_for") or []
    if only_for and effective not in only_for:
        raise ValidationError(
            "{name} lets an authorized agent make only these requests: {only_for} "
            "({citation}); a '{effective}' request must come from the client. Send this one in "
            "the client's own name.",
            name=name, only_for=', '.join(only_for), citation=rule.get("citation", ""),
            effective=effective)
    return dict(rule)


def person_word(law: dict[str, Any]) -> str:
    """The law's own word for the person whose data it is: consumer (state laws, the CCPA),
    customer (CPNI, Rhode Island), individual (PIPEDA, the Privacy Act), person concerned
    (Quebec), data subject (GDPR)."""
    return str((law.get("agent") or {}).get("person_word") or "person concerned")


def agent_statement(profile: ClinicProfile, client_name: str, law: dict[str, Any],
                    rule: dict[str, Any], request_type: str = "") -> str:
    """The paragraph that opens an agent letter."""
    law_name = law.get("short_name") or law.get("name") or law.get("id")
    citation = rule.get("citation") or ""
    cited = f" ({citation})" if citation else ""
    word = person_word(law)
    if request_type == "complaint":
        # The agent rule cited to a company says nothing of complaints to a regulator.
        signed = "mandate" if rule.get("basis") == "mandate" else "authorization"
        return (
            f"{profile.name} makes this complaint on behalf of {client_name}, the {word}, with "
            f"their signed permission. In this letter \"I\" and \"my\" refer to {client_name}. "
            f"A copy of the signed {signed} is enclosed or available on request; please send "
            f"your reply to {profile.name} at the address above."
        )
    if rule.get("basis") == "mandate":
        # GDPR Art. 80 is for not-for-profit bodies; an individual helper acts under a mandate.
        return (
            f"{profile.name} makes this request on behalf of {client_name}, the {word}, "
            f"under the written mandate {client_name} has signed{cited}. In this letter \"I\" "
            f"and \"my\" refer to {client_name}. A copy of the signed mandate is enclosed or "
            f"available on request; please send your reply to {profile.name} at the address "
            "above."
        )
    # Where regulations, not the law itself, let the agent act, they are named in the words.
    allows = rule.get("allowed_by") or f"{law_name} allows"
    cited = "" if rule.get("allowed_by") else cited
    return (
        f"{profile.name} makes this request as the authorized agent of {client_name}, the "
        f"{word}, with their signed permission, as {allows}{cited}. In this letter "
        f"\"I\" and \"my\" refer to {client_name}. A copy of the signed authorization is "
        f"available on request; please send your reply to {profile.name} at the address "
        f"above and do not ask the {word} to repeat the request."
    )


def agent_block(profile: ClinicProfile, client: Client, law: dict[str, Any], request_type: str,
                parent_type: str | None = None) -> dict[str, Any]:
    """What a letter template needs in agent mode (the `agent` key of the letter context), or
    ValidationError when the law does not allow it."""
    rule = agent_rule(law, request_type, parent_type)
    return {
        "clinic": profile.name,
        "staff": profile.staff,
        "address_lines": profile.address_lines,
        "email": profile.email,
        "phone": profile.phone,
        "client_name": client.name,
        "citation": rule.get("citation", ""),
        "confidence": rule.get("confidence", "unverified"),
        "statement": agent_statement(profile, client.name, law, rule, request_type),
        "person_word": person_word(law),
        "mandate": rule.get("basis") == "mandate",
        "signature": f"{profile.staff}, for {profile.name}, on behalf of {client.name} under "
                     "a written mandate" if rule.get("basis") == "mandate" else
                     f"{profile.staff}, for {profile.name}, authorized agent of {client.name}",
    }


# -- authorization form ------------------------------------------------------------------------
def _one_word_or(words: list[str], mixed: str) -> str:
    distinct = list(dict.fromkeys(words))
    return distinct[0] if len(distinct) == 1 else mixed


def _form_words(allowing: list[dict[str, Any]]) -> dict[str, str]:
    """The form's wording in the words of the laws on it: the person (each law's own
    `person_word`; "client" where the laws differ or one gives none), the agent (a
    representative under a written mandate where the rule's basis is a mandate: GDPR, UK GDPR)
    and the data (each law's defined term, joined with "or" where they differ)."""
    person = _one_word_or([str((law.get("agent") or {}).get("person_word") or "")
                           for law in allowing], "")
    mandates = {(law.get("agent") or {}).get("basis") == "mandate" for law in allowing}
    if mandates == {True}:
        agent = {"label": "The representative (written mandate)",
                 "role": "my representative under this written mandate",
                 "rules": "Rules under which a representative acts on a written mandate",
                 "title": "Written mandate of a representative for privacy requests",
                 "document": "mandate"}
    elif True in mandates:
        agent = {"label": "The authorized agent or representative (written mandate)",
                 "role": "my authorized agent or, where the law provides for a mandate, my "
                         "representative under this written mandate",
                 "rules": "Rules that allow an authorized agent or a representative under a "
                          "written mandate",
                 "title": "Authorization of an authorized agent or representative for privacy "
                          "requests",
                 "document": "authorization"}
    else:
        agent = {"label": "The authorized agent", "role": "my authorized agent",
                 "rules": "Rules that allow an authorized agent",
                 "title": "Authorization of an authorized agent for privacy requests",
                 "document": "authorization"}
    data = " or ".join(dict.fromkeys(data_word(law) for law in allowing)) or data_word({})
    return {"client": f"The {person}" if person else "The client", "data": data,
            **{f"agent_{key}": value for key, value in agent.items()}}


@dataclass
class AuthorizationForm:
    """The text of the permission the client signs; app/render lays it out with signature
    lines."""

    title: str
    date: str
    client_lines: list[str]
    clinic_lines: list[str]
    paragraphs: list[str]
    powers: list[str]
    companies: list[str]
    laws: list[str]
    signatures: list[str]  # labels of the signature lines
    client_label: str  # the person in the laws' words ("The data subject"; "The client")
    agent_label: str  # "The authorized agent", or "The representative (written mandate)"
    rules_heading: str  # heads `laws`


def authorization_form(profile: ClinicProfile, client: Client, laws: list[dict[str, Any]],
                       companies: list[str], today: date) -> AuthorizationForm:
    """The authorization form for `client`: names the clinic, the staff member, the requests it
    may make, the companies concerned (empty: any business) and the agent rule of each law
    that allows agents. Raises ValidationError when the profile is incomplete or no law given
    allows an agent."""
    clean = validate_profile(replace(profile, mode="agent"))
    allowing = [law for law in laws if (law.get("agent") or {}).get("allowed")]
    if laws and not allowing:
        # Each law with the section that names who may make requests (none names an agent).
        names = ", ".join(
            f"{law.get('id')} ({(law.get('agent') or {}).get('citation')})"
            if (law.get("agent") or {}).get("citation") else str(law.get("id")) for law in laws)
        raise ValidationError(
            "none of the laws that apply to this client ({names}) provides for authorized agents, "
            "so an authorization form would not help; send letters in the client's own name "
            "instead.",
            names=names)
    identifiers = [*client.phones, *client.emails]
    client_lines = [client.name, *[line for line in client.address.splitlines() if line.strip()]]
    if identifiers:
        client_lines.append("Phone numbers and e-mail: " + ", ".join(identifiers))
    clinic_lines = [clean.name, *clean.address_lines]
    contact = ", ".join(x for x in (clean.email, clean.phone) if x)
    if contact:
        clinic_lines.append(contact)
    powers = sorted({t for law in allowing for t in (law.get("agent") or {}).get("only_for") or
                     law.get("grants", {}).keys() if t in TYPE_PHRASES},
                    key=list(TYPE_PHRASES).index) or list(TYPE_PHRASES)
    words = _form_words(allowing)
    law_lines = []
    for law in allowing:
        rule = law["agent"]
        only = rule.get("only_for") or []
        limit = f" (only for: {', '.join(only)})" if only else ""
        law_lines.append(f"{law.get('short_name') or law.get('name')} ({law['id']}): "
                         f"{rule.get('citation', '')}{limit}")
    paragraphs = [
        f"I, {client.name}, authorize {clean.name}, acting through {clean.staff} and its other "
        f"staff, to act as {words['agent_role']} and to make the following requests on my behalf "
        f"about the {words['data']}, including location data, that the companies listed below "
        "hold about me:",
        "I understand that a company may ask me to confirm this permission or my identity "
        f"directly. This {words['agent_document']} remains in effect until I revoke it in "
        f"writing to {clean.name}. A copy of this signed form may be sent to the companies with my "
        "requests.",
    ]
    return AuthorizationForm(
        title=words["agent_title"],
        date=today.isoformat(),
        client_lines=client_lines,
        clinic_lines=clinic_lines,
        paragraphs=paragraphs,
        powers=[in_words(TYPE_PHRASES[p], words["data"]) for p in powers],
        companies=list(companies) or [f"Any business that holds my {words['data']}"],
        laws=law_lines,
        signatures=[f"Signature of {client.name}", "Date",
                    f"Signature of {clean.staff}, for {clean.name}", "Date"],
        client_label=words["client"],
        agent_label=words["agent_label"],
        rules_heading=words["agent_rules"],
    )

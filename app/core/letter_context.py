"""The context a letter template sees: sender, recipient, law, data concerned, the answer date,
and only the identification the company needs, every string already single-line."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from app.core.clients import display_phone
from app.core.deadlines import DueInfo, describe_rule
from app.core.identification import (
    LABELS,
    LETTER_LABELS,
    Plan,
    account_number,
    how_to_get,
    plan_for,
)
from app.core.lawchoice import US_STATE_NAMES, is_carrier
from app.core.letter_values import (
    CARRIER_DEFAULT_DATA,
    DATA_KIND_LABELS,
    NON_US_DATA_KIND_LABELS,
    OTHER_DEFAULT_DATA,
    TYPE_TITLES,
    data_word,
    format_date,
    lines_of,
    one_line,
    page_size_for,
    safe_value,
)
from app.core.model import Client, Company, Request


@dataclass
class IdentityPlan:
    """Which of the client's identifiers the letter gives the company (see core.identification:
    what its record requires, never what it says not to send). `missing` names what the company
    needs that OffMap does not hold yet (an account number, a date of birth ...)."""

    name: bool
    phones: bool
    email: bool
    address: bool
    ad_ids: bool
    plan: Plan
    missing: list[str] = field(default_factory=list)


def identity_plan(client: Client, company: Company, law_id: str | None = None) -> IdentityPlan:
    plan = plan_for(client, company, law_id, is_carrier(company.kind))
    return IdentityPlan(
        name=plan.show_name,
        phones="phone" in plan.items,
        email="email" in plan.items or plan.reply == "email",
        address="postal-address" in plan.items or plan.reply == "postal-address",
        ad_ids="ad-id" in plan.items,
        missing=[LETTER_LABELS.get(k, k) for k in plan.missing] + plan.unread,
        plan=plan,
    )


def _identification(client: Client, company: Company, plan: Plan, style: str,
                    phones: list[str]) -> list[dict[str, Any]]:
    values = {
        "name": [one_line(client.name)],
        "phone": phones,
        "ad-id": [one_line(a) for a in client.ad_ids],
        "email": [one_line(client.emails[0])] if client.emails else [],
        "postal-address": [", ".join(lines_of(client.address))] if client.address else [],
        "date-of-birth": [format_date(date.fromisoformat(client.birth_date), style)]
        if client.birth_date else [],
        "account-number": [one_line(account_number(client, company))],
        "state-residency": [US_STATE_NAMES.get(client.state, client.state)],
        "ssn-last4": ["____ (written by hand)"],
    }
    return [{"label": LETTER_LABELS[kind], "value": value, "kind": kind}
            for kind in plan.items for value in values.get(kind, []) if value]


def _data_kinds(company: Company, holding_data: list[str], details: dict[str, Any]) -> list[str]:
    kinds = details.get("data") or holding_data
    if not kinds:
        kinds = CARRIER_DEFAULT_DATA if is_carrier(company.kind) else OTHER_DEFAULT_DATA
    return [k for k in kinds if k in DATA_KIND_LABELS]


def _data_label(kind: str, us_law: bool) -> str:
    return DATA_KIND_LABELS[kind] if us_law else NON_US_DATA_KIND_LABELS.get(
        kind, DATA_KIND_LABELS[kind])


def _recipient(company: Company) -> dict[str, Any]:
    contacts = company.contacts or {}
    return {
        "name": one_line(company.name),
        "department": "Privacy Office" if company.kind != "government" else
                      "Privacy Act / FOIA Officer",
        "lines": lines_of(contacts.get("postal")),
        "email": one_line(contacts.get("email")),
        "webform": one_line(contacts.get("webform")),
    }


def _regulator_recipient(regulator: dict[str, Any]) -> dict[str, Any]:
    return {
        "name": one_line(regulator.get("name")),
        "department": "",
        "lines": lines_of(regulator.get("postal")),
        "email": one_line(regulator.get("email")),
        "webform": one_line(regulator.get("complaint_url")),
    }


def _due(info: DueInfo | None, style: str) -> dict[str, Any] | None:
    if info is None or info.due_on is None:
        return None
    rule = info.rule
    period = describe_rule({**rule, "citation": None, "confidence": None})
    # The law's roll-off rule: the last day still on time, stated when it is later.
    late = info.late_after if info.late_after and info.late_after != info.due_on else None
    return {
        "date": format_date(info.due_on, style),
        "iso": info.due_on.isoformat(),
        "late_date": format_date(late, style),
        "late_iso": late.isoformat() if late else "",
        "late_citation": info.roll_rule.get("citation", "") if late else "",
        "practice": bool(rule.get("practice")),
        "law_name": rule.get("law_name", ""),
        # "stop": the period is for stopping the processing (a revocation), not for an answer.
        "stop": rule.get("act") == "stop",
        "period": period,
        "amount": rule.get("amount"),
        "unit": rule.get("unit"),
        "citation": rule.get("citation") or "",
        "confidence": rule.get("confidence") or "unverified",
        "extended_date": format_date(info.extended_due_on, style),
        "confirm_date": format_date(info.confirm_by, style),
        "confirm_period": describe_rule({**info.confirm_rule, "citation": None,
                                         "confidence": None}) if info.confirm_rule else "",
        "confirm_citation": info.confirm_rule.get("citation", "") if info.confirm_rule else "",
    }


def _follow_up(info: DueInfo | None, style: str) -> dict[str, Any] | None:
    """OffMap's suggested follow-up date where the law sets no period: the letter asks for a
    confirmation by then, never as a legal deadline."""
    if info is None or info.due_on is not None or info.follow_up_on is None:
        return None
    return {"date": format_date(info.follow_up_on, style), "iso": info.follow_up_on.isoformat(),
            "period": describe_rule({**info.follow_up_rule, "citation": None,
                                     "confidence": None})}


def _confirm(info: DueInfo | None, style: str) -> dict[str, Any] | None:
    """The acknowledgement date where the law sets one, also when it sets no answer date
    (a Privacy Act amendment: acknowledge in 10 working days, then act promptly)."""
    if info is None or info.confirm_by is None:
        return None
    rule = info.confirm_rule
    return {"date": format_date(info.confirm_by, style), "iso": info.confirm_by.isoformat(),
            "period": describe_rule({**rule, "citation": None, "confidence": None}),
            "citation": rule.get("citation", ""),
            "binding": rule.get("confidence") in ("statute", "regulation")}


def _resident_statement(law: dict[str, Any], client: Client, voluntary: bool) -> str:
    """A state law protects that state's residents: the letter says the person is one."""
    state = law["jurisdiction"].get("state")
    if voluntary or law["jurisdiction"]["country"] != "US" or not state:
        return ""
    if (client.state or "").upper() != state:
        return ""
    place = US_STATE_NAMES.get(state, state)
    name = str(law["name"])
    if ", " in name:  # "…Act, as amended by the … Act": the aside closes with a comma too
        name += ","
    return f"I am a resident of {place}, so the {name} applies to my {data_word(law)}."


def _place_of(law: dict[str, Any]) -> str:
    jurisdiction: dict[str, str] = law["jurisdiction"]
    if jurisdiction["country"] == "US" and jurisdiction["state"]:
        return US_STATE_NAMES.get(jurisdiction["state"], jurisdiction["state"])
    return {"EU": "the European Union", "GB": "the United Kingdom", "CA": "Canada",
            "US": "the United States"}.get(jurisdiction["country"], jurisdiction["country"])



def build_context(
    *,
    client: Client,
    company: Company,
    request: Request,
    law: dict[str, Any],
    due: DueInfo | None,
    letter_date: date,
    holding_data: list[str] | None = None,
    parent: dict[str, Any] | None = None,
    parent_events: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """Everything a letter template may use. Strings are single-line and unescaped (the HTML
    layout escapes); `details` holds the request's free text, also single-line."""
    style = "us" if page_size_for(client.country) == "Letter" else "intl"
    details = safe_value(dict(request.details))
    grant = law.get("grants", {}).get(request.type, {})
    plan = identity_plan(client, company, request.law)
    needs = plan.plan
    if request.type == "complaint":  # a regulator needs to know who complains and how to reply
        plan = replace(plan, name=True, email=bool(client.emails),
                       address=bool(client.address) and not client.emails)
    kinds = _data_kinds(company, list(holding_data or []), request.details)
    phones = [one_line(display_phone(p)) for p in client.phones]  # once for both uses: slow
    us_law = law["jurisdiction"]["country"] == "US"
    contacts = company.contacts or {}
    regulator = safe_value(law.get("regulator") or {})
    recipient = _regulator_recipient(regulator) if request.type == "complaint" \
        else _recipient(company)
    if request.via and request.via != "email":  # sent by post, web form or phone
        recipient = {**recipient, "email": ""}
    return {
        "reference": one_line(request.reference),
        "type": request.type,
        "title": TYPE_TITLES.get(request.type, "Request"),
        "date": format_date(letter_date, style),
        "date_iso": letter_date.isoformat(),
        "date_style": style,
        "page_size": page_size_for(client.country),
        "sender": {
            "name": one_line(client.name) if plan.name else "",
            "address_lines": lines_of(client.address) if plan.address else [],
            "email": one_line(client.emails[0]) if plan.email else "",
        },
        "recipient": recipient,
        "company": {
            "name": one_line(company.name),
            "slug": company.slug,
            "kind": company.kind,
            "privacy_page": one_line(contacts.get("privacy_page")),
            "cpni_opt_out": one_line(contacts.get("cpni_opt_out")),
            "email": one_line(contacts.get("email")),
            "named": one_line(details.get("named_company_name")
                              or details.get("named_company", "")),
        },
        "carrier": is_carrier(company.kind),
        "law": safe_value(law),
        "law_place": _place_of(law),
        "grant": safe_value(grant),
        "voluntary": bool(request.details.get("voluntary")),
        "data_kinds": [_data_label(k, us_law) for k in kinds],
        "us_law": us_law,
        "broker": company.kind == "broker",
        "resident_statement": _resident_statement(law, client,
                                                  bool(request.details.get("voluntary"))),
        "confirm": _confirm(due, style),
        "data_kind_ids": kinds,
        "phones": list(phones) if plan.phones else [],
        "ad_ids": [one_line(a) for a in client.ad_ids] if plan.ad_ids else [],
        "identification": _identification(client, company, needs, style, phones),
        "identification_missing": plan.missing,
        "missing_identification": list(needs.missing),
        # For the window: what to get before sending, and how (translatable Texts).
        "missing_help": [{"label": LABELS[k], "how": how_to_get(k, client, company)}
                         for k in needs.missing],
        "statements": {"sworn": "sworn-statement" in needs.statements,
                       "citizenship": "citizenship-statement" in needs.statements},
        "identity": {
            "name": one_line(client.name) if plan.name else "",
            "birth_date": format_date(date.fromisoformat(client.birth_date), style)
            if client.birth_date and "date-of-birth" not in needs.refused else "",
            "address": ", ".join(lines_of(client.address))
            if client.address and "postal-address" not in needs.refused else "",
        },
        # The company asked not to be sent the e-mail address, but an e-mailed letter
        # carries its sender's address anyway: the letter says why it is there.
        "email_refused": "email" in needs.refused and bool(client.emails),
        "name_refused": not plan.name,
        "due": _due(due, style),
        "follow_up": _follow_up(due, style),
        "details": details,
        "note": one_line(request.details.get("note", "")),
        "regulator": regulator,
        "parent": safe_value(parent) if parent else None,
        "parent_events": safe_value(parent_events or []),
    }

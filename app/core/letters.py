"""Letters as text: the context a template sees, the sandboxed Jinja2 engine, and the composed
`Letter` (sender, date, recipient, subject, body blocks) that app/render turns into PDF, DOCX,
HTML, plain text and e-mail. Pure: reads templates from resources/templates, writes nothing.

Templates (`resources/templates/<type>.txt.j2`) are plain text with two blocks, `subject` and
`body`. In the body each non-empty line is one paragraph and consecutive lines starting with
"- " are one list. Every value from users or the directory reaches a template already made
single-line (no CR/LF or control characters), and the HTML layout autoescapes, so a name like
`<b>{{ x }}</b>` prints exactly as typed and can neither add markup nor e-mail headers.
"""

from __future__ import annotations

import functools
import re
import textwrap
import unicodedata
from dataclasses import dataclass, field, replace
from datetime import date
from typing import TYPE_CHECKING, Any

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
from app.core.model import Client, Company, Request
from app.core.resources import resource

if TYPE_CHECKING:
    from jinja2.sandbox import SandboxedEnvironment

MONTHS = ("January February March April May June July August September October November "
          "December").split()
LETTER_SIZE_COUNTRIES = frozenset({"", "US", "CA", "MX", "PR", "PH", "CL", "CO", "VE", "GT"})
DATA_KIND_LABELS = {
    "precise-location": "precise location data (GPS, Wi-Fi and other device location)",
    "cell-site": "cell-site location information (the towers and sectors my phone used)",
    "call-records": "call detail records, including where calls were made or received",
    "cpni": "customer proprietary network information (CPNI), including the location of use "
            "of the service",
    "ad-id": "location data linked to my mobile advertising ID",
    "call-recordings": "recordings of my calls",
}
# Outside the US "CPNI" (47 U.S.C. 222) means nothing: the same records in plain words.
NON_US_DATA_KIND_LABELS = {
    "cpni": "information about my use of your telecommunications service, including where and "
            "when it was used",
}
CARRIER_DEFAULT_DATA = ("precise-location", "cell-site", "call-records", "cpni")
OTHER_DEFAULT_DATA = ("precise-location",)
TYPE_TITLES = {
    "access": "Request to access personal information",
    "delete": "Request to delete personal information",
    "correct": "Request to correct personal information",
    "opt-out": "Request to opt out of the sale and sharing of personal information",
    "limit": "Request to limit the use of sensitive personal information",
    "withdraw-consent": "Withdrawal of consent to the processing of my location data",
    "cpni-opt-out": "CPNI opt-out: withdrawal of approval to use or disclose my CPNI",
    "reminder": "Reminder of an unanswered request",
    "appeal": "Appeal of the response to my request",
    "complaint": "Complaint about an unanswered or refused request",
}


# ---------------------------------------------------------------- safe values


def one_line(value: Any) -> str:
    """A value as one line of plain text: CR/LF/tabs become spaces, control and format
    characters (bidi overrides, NUL ...) are dropped, runs of spaces collapse."""
    text = "" if value is None else str(value)
    kept = []
    for ch in text:
        category = unicodedata.category(ch)
        if ch in "\r\n\t\v\f\u2028\u2029\x85":
            kept.append(" ")
        elif category in ("Cc", "Cf", "Cs", "Co", "Cn") and ch != "\u200d":
            continue
        else:
            kept.append(ch)
    return re.sub(r" {2,}", " ", "".join(kept)).strip()


def lines_of(value: Any) -> list[str]:
    """A multi-line value (an address) as a list of clean single lines."""
    text = "" if value is None else str(value)
    parts = re.split(r"\r\n|\r|\n|\u2028|\u2029|\x85", text)
    return [line for line in (one_line(p) for p in parts) if line]


def format_date(day: date | None, style: str = "us") -> str:
    if day is None:
        return ""
    if style == "us":
        return f"{MONTHS[day.month - 1]} {day.day}, {day.year}"
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def page_size_for(country: str) -> str:
    """US Letter for North America (and an unknown country), A4 elsewhere (EU, UK ...)."""
    return "Letter" if (country or "").upper() in LETTER_SIZE_COUNTRIES else "A4"


# ---------------------------------------------------------------- context


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
    missing: list[str] = field(default_factory=list)
    plan: Plan | None = None


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


def _identification(client: Client, company: Company, plan: Plan, style: str) -> list[dict]:
    values = {
        "name": [one_line(client.name)],
        "phone": [one_line(display_phone(p)) for p in client.phones],
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
    return f"I am a resident of {place}, so the {law['name']} applies to my personal data."


def _place_of(law: dict[str, Any]) -> str:
    jurisdiction = law["jurisdiction"]
    if jurisdiction["country"] == "US" and jurisdiction["state"]:
        return US_STATE_NAMES.get(jurisdiction["state"], jurisdiction["state"])
    return {"EU": "the European Union", "GB": "the United Kingdom", "CA": "Canada",
            "US": "the United States"}.get(jurisdiction["country"], jurisdiction["country"])


def _safe(value: Any) -> Any:
    """Deep copy of directory/law data with every string made single-line."""
    if isinstance(value, str):
        return one_line(value)
    if isinstance(value, dict):
        return {str(k): _safe(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_safe(v) for v in value]
    return value


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
    details = _safe(dict(request.details))
    grant = law.get("grants", {}).get(request.type, {})
    plan = identity_plan(client, company, request.law)
    needs = plan.plan
    if request.type == "complaint":  # a regulator needs to know who complains and how to reply
        plan = replace(plan, name=True, email=bool(client.emails),
                       address=bool(client.address) and not client.emails)
    kinds = _data_kinds(company, list(holding_data or []), request.details)
    us_law = law["jurisdiction"]["country"] == "US"
    contacts = company.contacts or {}
    regulator = _safe(law.get("regulator") or {})
    recipient = _regulator_recipient(regulator) if request.type == "complaint" \
        else _recipient(company)
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
        "law": _safe(law),
        "law_place": _place_of(law),
        "grant": _safe(grant),
        "voluntary": bool(request.details.get("voluntary")),
        "data_kinds": [_data_label(k, us_law) for k in kinds],
        "us_law": us_law,
        "broker": company.kind == "broker",
        "resident_statement": _resident_statement(law, client,
                                                  bool(request.details.get("voluntary"))),
        "confirm": _confirm(due, style),
        "data_kind_ids": kinds,
        "phones": [one_line(display_phone(p)) for p in client.phones] if plan.phones else [],
        "ad_ids": [one_line(a) for a in client.ad_ids] if plan.ad_ids else [],
        "identification": _identification(client, company, needs, style),
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
        "details": details,
        "note": one_line(request.details.get("note", "")),
        "regulator": regulator,
        "parent": _safe(parent) if parent else None,
        "parent_events": _safe(parent_events or []),
    }


# ---------------------------------------------------------------- engine


@functools.cache
def template_environment() -> SandboxedEnvironment:
    """Sandboxed: templates cannot reach Python internals. `.html.j2` templates autoescape."""
    # Imported here: Jinja2 is slow to import and the window's lists never render a letter.
    from jinja2 import FileSystemLoader, StrictUndefined, select_autoescape
    from jinja2.sandbox import SandboxedEnvironment

    env = SandboxedEnvironment(
        loader=FileSystemLoader(str(resource("templates"))),
        autoescape=select_autoescape(enabled_extensions=("html.j2",), default=False,
                                     default_for_string=False),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
    )
    env.filters["one_line"] = one_line
    return env


def template_name(request_type: str) -> str:
    return f"{request_type}.txt.j2"


def render_blocks(request_type: str, context: dict[str, Any]) -> tuple[str, str]:
    """(subject title, body text) from the request type's template."""
    template = template_environment().get_template(template_name(request_type))
    ctx = template.new_context(dict(context))
    subject = one_line("".join(template.blocks["subject"](ctx)))
    body = "".join(template.blocks["body"](ctx))
    return subject, body


# ---------------------------------------------------------------- letter


@dataclass
class Block:
    kind: str  # "p" (a paragraph) or "ul" (list items)
    text: str = ""
    items: list[str] = field(default_factory=list)


@dataclass
class Letter:
    reference: str
    subject: str
    date: str
    sender_lines: list[str]
    recipient_lines: list[str]
    salutation: str
    blocks: list[Block]
    closing: str
    signature: str
    page_size: str
    to_addr: str = ""

    @property
    def document_title(self) -> str:
        """For file metadata: the reference only (never a name or an address)."""
        return f"OffMap letter {self.reference}"


def parse_body(text: str) -> list[Block]:
    """Each non-empty line is a paragraph; consecutive lines starting with "- " form a list."""
    blocks: list[Block] = []
    for line in (raw.strip() for raw in text.splitlines()):
        if not line:
            continue
        if line.startswith("- "):
            if not blocks or blocks[-1].kind != "ul":
                blocks.append(Block("ul"))
            blocks[-1].items.append(line[2:].strip())
        else:
            blocks.append(Block("p", line))
    return blocks


def compose_letter(context: dict[str, Any]) -> Letter:
    title, body = render_blocks(context["type"], context)
    sender = context["sender"]
    recipient = context["recipient"]
    recipient_lines = [recipient["name"]]
    if recipient.get("department"):
        recipient_lines.append(recipient["department"])
    recipient_lines += recipient["lines"]
    if recipient.get("email"):
        recipient_lines.append(f"By e-mail: {recipient['email']}")
    elif recipient.get("webform") and not recipient["lines"]:
        recipient_lines.append(f"Via: {recipient['webform']}")
    sender_lines = [one_line(line) for line in (sender["name"], *sender["address_lines"])
                    if one_line(line)]
    if sender["email"]:
        sender_lines.append(one_line(sender["email"]))
    blocks = parse_body(body)
    if context.get("agent"):  # the clinic writes as authorized agent (services.clinic)
        blocks.insert(0, Block("p", one_line(context["agent"]["statement"])))
    return Letter(
        reference=context["reference"],
        subject=f"{title} (reference {context['reference']})",
        date=context["date"],
        sender_lines=sender_lines,
        recipient_lines=recipient_lines,
        salutation="Dear Sir or Madam,",
        blocks=blocks,
        closing="Yours faithfully,",
        signature=one_line(sender.get("signature") or sender["name"]),
        page_size=context["page_size"],
        to_addr=recipient.get("email", ""),
    )


def letter_text(letter: Letter, width: int = 76) -> str:
    """The letter as plain text, wrapped at `width` (URLs and addresses never broken)."""
    wrap = functools.partial(textwrap.fill, width=width, break_long_words=False,
                             break_on_hyphens=False)
    parts = ["\n".join(letter.sender_lines), letter.date, "\n".join(letter.recipient_lines),
             wrap(f"Subject: {letter.subject}"), letter.salutation]
    for block in letter.blocks:
        if block.kind == "p":
            parts.append(wrap(block.text))
        else:
            parts.append("\n".join(
                textwrap.fill(item, width=width, initial_indent="  - ",
                              subsequent_indent="    ", break_long_words=False,
                              break_on_hyphens=False)
                for item in block.items
            ))
    parts.append(f"{letter.closing}\n\n{letter.signature}")
    return "\n\n".join(parts) + "\n"


def letter_html(letter: Letter, for_print: bool = False) -> str:
    """The letter as an HTML document (autoescaped layout template)."""
    template = template_environment().get_template("letter.html.j2")
    return template.render(letter=letter, for_print=for_print)

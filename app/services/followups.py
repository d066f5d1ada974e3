"""Follow-ups: from a late or refused request, draft the right next letter.

- reminder: to the company, citing the date it missed (the answer, or the confirmation of receipt);
- appeal: to the company, only where the law grants one; its answer date comes from the law;
- complaint: to the law's regulator (CalPrivacy, a state AG, the FCC, a GDPR authority, the
  Privacy Commissioner ...), with the whole history as a timeline PDF.

A follow-up is a new draft request whose parent is the original request (a follow-up of a
follow-up attaches to the same original), created through services.requests.new_request.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from app.core.day_counting import add_period
from app.core.deadlines import describe_rule
from app.core.errors import ValidationError
from app.core.letter_case import CaseHistory, derived_of
from app.core.letter_values import TYPE_TITLES, format_date, page_size_for
from app.core.model import FOLLOWUP_TYPES, Request
from app.core.text import Text
from app.core.tracking import (
    FLAG_CONFIRMATION_MISSING,
    FLAG_EXTENSION_LATE,
    FLAG_FOLLOW_UP_DUE,
    Derived,
    status_word,
)
from app.services.letter_case import load_history
from app.services.requests import new_request
from app.store import Store

REFUSED = ("denied", "partial")
BINDING = ("statute", "regulation")
FOLLOWUP_WORDS = {"reminder": Text("reminder"), "appeal": Text("appeal"),
                  "complaint": Text("complaint")}


def original_of(store: Store, request: Request) -> Request:
    """The request a chain of follow-ups is about."""
    return load_history(store, request).original


def chain_of(store: Store, original: Request) -> list[Request]:
    """The original request and every follow-up attached to it, oldest first."""
    return list(load_history(store, original).chain)


def _late(derived: Derived) -> tuple[str, date | None]:
    """What the company missed: ("response", deadline), ("confirmation", confirm_by) or, where
    the law sets no period, ("follow-up", OffMap's suggested date: a practice, not a deadline)."""
    if derived.overdue:
        return "response", derived.deadline
    if FLAG_CONFIRMATION_MISSING in derived.flags:
        return "confirmation", derived.confirm_by
    if FLAG_FOLLOW_UP_DUE in derived.flags:
        return "follow-up", derived.follow_up_on
    return "", None


def _describe_state(request: Request, derived: Derived) -> Text:
    reference, due = request.reference, derived.deadline
    if derived.stage in ("draft", "bounced"):
        return Text("request {reference} has not reached the company yet", reference=reference)
    status = status_word(derived.status)
    if due and derived.is_open:
        return Text("request {reference} is {status}; its answer is due {due}",
                    reference=reference, status=status, due=due.isoformat())
    return Text("request {reference} is {status}", reference=reference, status=status)


def _check(kind: str, request: Request, derived: Derived, law: dict[str, Any] | None) -> None:
    if derived.stage in ("draft", "bounced"):
        raise ValidationError(
            "{request}; send it first (offmap request mark-sent), then follow up if it goes "
            "unanswered.",
            request=_describe_state(request, derived))
    missed, _ = _late(derived)
    if kind == "reminder":
        if derived.stage in (*REFUSED, "fulfilled", "closed"):
            raise ValidationError(
                "{request}, so there is nothing to remind the company of. To challenge a refusal "
                "or an incomplete answer, draft an appeal or a complaint.",
                request=_describe_state(request, derived))
        if not missed:
            raise ValidationError(
                "{request}; a reminder cites a missed date, so it can be drafted once that date "
                "has passed.",
                request=_describe_state(request, derived))
    elif kind == "appeal":
        appeal = (law or {}).get("appeal") or {}
        if not appeal.get("available"):
            note = appeal.get("note") or Text("Send a reminder or a complaint to the regulator.")
            raise ValidationError(
                "{law} grants no appeal. {note}",
                law=(law or {}).get('short_name', request.law), note=note)
        if derived.stage not in REFUSED and not derived.overdue:
            raise ValidationError(
                "{request}; an appeal challenges a refusal, an incomplete answer or a missed "
                "deadline.",
                request=_describe_state(request, derived))
    elif kind == "complaint":
        if request.details.get("voluntary"):
            raise ValidationError(
                "request {reference} was voluntary (no privacy law covers the client's "
                "residence), so no regulator enforces it; send a reminder instead.",
                reference=request.reference)
        if not (law or {}).get("regulator"):
            raise ValidationError(
                "OffMap knows no regulator for {law}.",
                law=request.law)
        regulator: dict[str, Any] = (law or {}).get("regulator") or {}
        covers = regulator.get("covers")
        if covers and request.type not in covers:
            raise ValidationError(
                "the {regulator} handles only these requests under {law}: {covers}. {note}",
                regulator=regulator["name"], law=(law or {}).get("short_name", request.law),
                covers=", ".join(covers), note=regulator.get("note", ""))
        # Past OffMap's follow-up date (a practice) a complaint may go, but it says the law sets
        # no period and claims no missed deadline (complaint.txt.j2).
        if derived.stage not in REFUSED and not missed \
                and FLAG_EXTENSION_LATE not in derived.flags:
            raise ValidationError(
                "{request}; a complaint is for a refusal, an incomplete answer or a missed "
                "deadline.",
                request=_describe_state(request, derived))
    else:
        raise ValidationError(
            "'{kind}' is not a follow-up; use one of: {followup_types}.",
            kind=kind, followup_types=', '.join(FOLLOWUP_TYPES))


def _existing_draft(history: CaseHistory, kind: str) -> Request | None:
    for request in history.chain[1:]:
        if request.type == kind and request.status == "draft":
            return request
    return None


def _details(history: CaseHistory, derived: Derived, kind: str,
             law: dict[str, Any] | None) -> dict[str, Any]:
    original = history.original
    style = "us" if page_size_for(history.client.country) == "Letter" else "intl"
    missed, missed_on = _late(derived)
    title = TYPE_TITLES.get(original.type, "Request")
    details: dict[str, Any] = {
        "parent_reference": original.reference,
        "parent_type": original.type,
        "parent_title": title,
        "parent_phrase": title if title[:2].isupper() else title[0].lower() + title[1:],
        "parent_status": derived.status,
        "parent_sent_on": derived.sent_on.isoformat() if derived.sent_on else "",
        "parent_sent_text": format_date(derived.sent_on, style),
        "parent_due_text": format_date(derived.deadline, style),
        "missed": missed,
        "missed_on": missed_on.isoformat() if missed_on else "",
        "missed_text": format_date(missed_on, style),
        "answered_text": format_date(derived.answered_on, style),
        "parent_voluntary": bool(original.details.get("voluntary")),
    }
    due_rule = derived.due.rule if derived.due else {}
    binding = due_rule.get("confidence") in BINDING
    details["parent_rule_citation"] = due_rule.get("citation", "") if binding else ""
    # The law whose clock it is where not the request's own (the Privacy Act: FOIA's).
    details["parent_rule_law"] = due_rule.get("law_name", "") if binding else ""
    details["parent_rule_stop"] = due_rule.get("act") == "stop"
    rule: dict[str, Any] = {}
    if missed == "confirmation" and derived.due:
        rule = derived.due.confirm_rule
    elif missed == "response" and derived.due:
        rule = derived.due.extension_rule if derived.extended_due_on else derived.due.rule
    details["missed_citation"] = rule.get("citation", "")
    # A revocation's period is for stopping the processing, not for an answer.
    details["missed_stop"] = rule.get("act") == "stop"
    # "had to" only where a statute or regulation says so; otherwise "was expected".
    details["missed_binding"] = rule.get("confidence") in BINDING
    grant = ((law or {}).get("grants") or {}).get(original.type) or {}
    details["parent_right"] = grant.get("right", "")
    details["parent_right_citation"] = grant.get("citation", "")
    details["warnings"] = time_limit_warnings(law, kind, derived, style)
    if kind == "complaint":
        details.update(_filing_window(law, derived, style))
    details["appeal_citation"] = ((law or {}).get("appeal") or {}).get("citation", "")
    details["regulator_name"] = ((law or {}).get("regulator") or {}).get("name", "")
    details["timeline_attached"] = kind == "complaint"
    return details


def _filing_window(law: dict[str, Any] | None, derived: Derived,
                   style: str) -> dict[str, Any]:
    """The last day to file a complaint where the law sets one (Quebec: 30 days after a
    refusal or a deemed refusal, s.43), for the complaint letter."""
    remedy = _remedy(law, "complaint")
    start = _refused_on(derived)
    if not remedy or start is None:
        return {}
    file_by = add_period(start, remedy["amount"], remedy["unit"])
    after = Text("the refusal of {day}", day=format_date(start, style)) \
        if derived.stage in REFUSED else \
        Text("the deemed refusal when no answer came by {day}", day=format_date(start, style))
    return {"file_by": file_by.isoformat(), "file_by_text": format_date(file_by, style),
            "file_within_citation": remedy["citation"], "file_after": after,
            "file_within_period": describe_rule({**remedy, "citation": None,
                                                 "confidence": None})}


def _remedy(law: dict[str, Any] | None, kind: str) -> dict[str, Any] | None:
    for remedy in (law or {}).get("remedies") or []:
        if remedy.get("kind") == kind and remedy.get("unit") in ("calendar", "business",
                                                                 "months"):
            found: dict[str, Any] = remedy
            return found
    return None


def _refused_on(derived: Derived) -> date | None:
    """When the company refused: its answer, or the day after the last day on time passed
    without one (a deemed refusal)."""
    if derived.stage in REFUSED:
        return derived.answered_on
    if derived.overdue and derived.late_after:
        return derived.late_after
    return None


def time_limit_warnings(law: dict[str, Any] | None, kind: str, derived: Derived,
                        style: str = "us") -> list[str]:
    """Time limits the person must keep for the next step (shown by the CLI and the window):
    a complaint's filing window, an agency's appeal window, a court application after the
    regulator's report."""
    warnings: list[str] = []
    law = law or {}
    if kind == "complaint":
        window = _filing_window(law, derived, style)
        if window:
            warnings.append(Text(
                "File this complaint by {file_by}: {period} after {after} ({citation}).",
                file_by=window["file_by"], period=window["file_within_period"],
                after=window["file_after"], citation=window["file_within_citation"]))
        for other in (law.get("regulator") or {}).get("also") or []:
            warnings.append(Text("You may also complain to the {name} ({citation}).",
                                 name=other["name"], citation=other["citation"]))
        for remedy in law.get("remedies") or []:
            if remedy.get("kind") == "court":
                warnings.append(Text(
                    "Afterwards: {where}, within {amount} {unit} after {after} ({citation}).",
                    where=remedy["where"], amount=remedy["amount"], unit=remedy["unit"],
                    after=remedy["after"], citation=remedy["citation"]))
    if kind == "appeal":
        appeal_window = (law.get("appeal") or {}).get("file_within")
        if appeal_window:
            warnings.append(Text(
                "Check the appeal deadline: {period} ({citation}, {confidence}). {note}",
                period=describe_rule({**appeal_window, "citation": None, "confidence": None}),
                citation=appeal_window.get("citation", ""),
                confidence=appeal_window.get("confidence", ""), note=appeal_window.get("note", "")))
    return warnings


def check_followup(store: Store, request_id: int, kind: str,
                   today: date | None = None) -> str | None:
    """None when `kind` can be drafted for the request now, else the reason it cannot."""
    try:
        _prepare(store, request_id, kind, today)
    except ValidationError as exc:
        return exc.text
    return None


def _prepare(store: Store, request_id: int, kind: str,
             today: date | None) -> tuple[CaseHistory, Derived, dict[str, Any] | None]:
    history = load_history(store, request_id)
    original = history.original
    derived = derived_of(history, original, today)
    law = history.laws.get(original.law)
    _check(kind, original, derived, law)
    existing = _existing_draft(history, kind)
    if existing is not None:
        raise ValidationError(
            "a draft {kind} for {reference} already exists ({draft}, request {id}); send or "
            "delete it first.",
            kind=FOLLOWUP_WORDS[kind], reference=original.reference, draft=existing.reference,
            id=existing.id)
    return history, derived, law


def draft_followup(store: Store, request_id: int, kind: str,
                   today: date | None = None) -> Request:
    """Creates the draft reminder, appeal or complaint for request `request_id` (or for the
    original request it follows up)."""
    history, derived, law = _prepare(store, request_id, kind, today)
    original = history.original
    return new_request(
        store, original.client_id, original.company, kind, law=original.law,
        parent_id=original.id, details=_details(history, derived, kind, law),
    )

"""A request's deadlines under its law (CONTRACT.md "Deadline rules"): when the company receives
it, and the answer, extension and confirmation dates with their rules and citations. Pure: dates
in, dates out; the day counting itself is app.core.day_counting.

- The clock starts the day the company receives the request (`received_on`).
- Calendar days are counted exactly; business days skip Saturdays, Sundays and US federal
  holidays (observed dates, from the `holidays` package); months keep the day number and fall
  back to the month's last day.
- Only laws with `roll_weekend` (eu-gdpr, uk-gdpr) move a period ending on a weekend to Monday.
- An extension lengthens the period counted from the same receipt date; the weekend rule is
  applied once, to the final date.
- `late_after` is the last day an answer is still on time once the law's own roll-off rule (its
  `roll_off` data: which days a last day moves past, and whose public holidays) is applied; it
  equals the due date where the law has none. `day_counting.is_overdue` is the one overdue rule.
- Where the law sets no period for a request (a consent withdrawal under the GDPR, PIPEDA, most
  state laws; a CPNI opt-out), `due_on` and `late_after` stay None and `follow_up_on` is OffMap's
  suggested follow-up date (a `practice` rule): never overdue, never a legal deadline.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from app.core.day_counting import (
    UNITS,
    add_period_noted,
    roll_off,
)
from app.core.errors import ValidationError
from app.core.text import Text, join_list

CHANNELS = ("email", "post", "webform", "phone")
POST_DELIVERY_DAYS = 5
FOLLOWUPS_WITHOUT_DEADLINE = ("reminder", "complaint")

# How sure OffMap is of a deadline rule (the laws' "confidence"), as shown beside a date.
_CONFIDENCE_WORDS = {"statute": Text("statute"), "regulation": Text("regulation"),
                     "provider": Text("provider"), "secondary": Text("secondary"),
                     "unverified": Text("unverified")}


@dataclass
class DueInfo:
    """When a company must act. `rule` is the deadline rule used (citation, confidence, unit,
    amount); `notes` explain adjustments in words a user can read beside the date."""

    due_on: date | None
    extended_due_on: date | None = None
    confirm_by: date | None = None
    rule: dict[str, Any] = field(default_factory=dict)
    extension_rule: dict[str, Any] = field(default_factory=dict)
    confirm_rule: dict[str, Any] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    late_after: date | None = None
    extended_late_after: date | None = None
    roll_rule: dict[str, Any] = field(default_factory=dict)
    follow_up_on: date | None = None
    follow_up_rule: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "due_on": _iso(self.due_on),
            "late_after": _iso(self.late_after),
            "extended_due_on": _iso(self.extended_due_on),
            "extended_late_after": _iso(self.extended_late_after),
            "roll_rule": dict(self.roll_rule),
            "confirm_by": _iso(self.confirm_by),
            "rule": dict(self.rule),
            "extension_rule": dict(self.extension_rule),
            "confirm_rule": dict(self.confirm_rule),
            "notes": list(self.notes),
            "follow_up_on": _iso(self.follow_up_on),
            "follow_up_rule": dict(self.follow_up_rule),
        }


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


# ---------------------------------------------------------------- receipt


def received_on(sent_on: date, via: str, delivered_on: date | None = None) -> date:
    """The day the clock starts: the day sent for e-mail, web form and phone; for post the
    recorded delivery date, else the sent date plus 5 calendar days."""
    if via not in CHANNELS:
        raise ValidationError(
            "unknown channel '{via}'; use one of: {channels}.",
            via=via, channels=', '.join(CHANNELS))
    if via != "post":
        return sent_on
    if delivered_on is not None:
        if delivered_on < sent_on:
            raise ValidationError(
                "the delivery date {delivered_on} is before the sending date {sent_on}; check "
                "both dates.",
                delivered_on=delivered_on.isoformat(), sent_on=sent_on.isoformat())
        return delivered_on
    return sent_on + timedelta(days=POST_DELIVERY_DAYS)


# ---------------------------------------------------------------- laws


def _rule(law: dict[str, Any], key: str | None) -> dict[str, Any]:
    if not key:
        return {}
    rule = law.get("deadlines", {}).get(key)
    if not rule:
        return {}
    result = {
        "key": key,
        "amount": rule.get("amount"),
        "unit": rule.get("unit"),
        "citation": rule.get("citation"),
        "confidence": rule.get("confidence", "unverified"),
    }
    if rule.get("note"):
        result["note"] = rule["note"]
    if rule.get("practice"):
        result["practice"] = True
    if rule.get("law_name"):
        result["law_name"] = rule["law_name"]
    if rule.get("act"):
        result["act"] = rule["act"]
    return result


def _has_amount(rule: dict[str, Any]) -> bool:
    return bool(rule) and isinstance(rule.get("amount"), int) and rule.get("unit") in UNITS


def _period_words(amount: int, unit: str) -> Text:
    if unit == "months":
        return Text("1 month") if amount == 1 else Text("{amount} months", amount=amount)
    if unit == "business":
        return Text("{amount} business days", amount=amount)
    return Text("{amount} calendar days", amount=amount)


def describe_rule(rule: dict[str, Any]) -> str:
    """'45 calendar days (11 CCR 7021(b), regulation)' for showing beside a date."""
    if not _has_amount(rule):
        return ""
    period = _period_words(rule["amount"], rule["unit"])
    confidence = str(rule.get("confidence") or "")
    details = [part for part in (rule.get("citation"),
                                 _CONFIDENCE_WORDS.get(confidence, confidence)) if part]
    if not details:
        return period
    return Text("{period} ({details})", period=period, details=join_list(details))


def _grant(law: dict[str, Any], request_type: str) -> dict[str, Any]:
    grants = law.get("grants", {})
    if request_type not in grants:
        granted = ", ".join(sorted(grants)) or "none"
        raise ValidationError(
            "{law} does not grant a '{request_type}' request (it grants: {granted}); choose "
            "another type or law.",
            law=law.get('short_name') or law.get('id', 'this law'), request_type=request_type,
            granted=granted)
    return grants[request_type] or {}


def _confirm_key(grant: dict[str, Any]) -> str | None:
    """A grant names its confirmation-of-receipt rule ("confirm": "confirm"); none otherwise."""
    return grant.get("confirm") or None


def _extended(
    law: dict[str, Any], received: date, rule: dict[str, Any], roll: bool,
    key: str = "extension",
) -> tuple[date | None, dict[str, Any], list[str]]:
    extension = _rule(law, key)
    if not _has_amount(extension):
        note = Text("the law's extension period is not known: {note}", note=extension["note"]) \
            if extension.get("note") else Text("the law's extension period is not known")
        return None, extension, [note] if extension else []
    if extension["unit"] == rule["unit"]:
        total = rule["amount"] + extension["amount"]
        end, notes = add_period_noted(received, total, rule["unit"], roll)
    else:
        first, _ = add_period_noted(received, rule["amount"], rule["unit"], False)
        end, notes = add_period_noted(first, extension["amount"], extension["unit"], roll)
    return end, extension, [Text("with the extension: {note}", note=n) for n in notes]


def _appeal_grant(law: dict[str, Any], parent_type: str | None) -> dict[str, Any]:
    """The appeal's answer rule: per the type of the request appealed where the law sets one
    (the Privacy Act: FOIA's 20 working days for access, 30 for a refused amendment)."""
    appeal = law.get("appeal") or {}
    if not appeal.get("available"):
        raise ValidationError(
            "{law} grants no appeal; send a reminder or a complaint to the regulator instead.",
            law=law.get('short_name') or law.get('id', 'this law'))
    key = (appeal.get("by_type") or {}).get(parent_type or "") or appeal.get("deadline", "appeal")
    return {"deadline": key, "extendable": bool(appeal.get("extension")),
            "extension": appeal.get("extension")}


def compute_due(law: dict[str, Any], request_type: str, received: date,
                region: str | None = None, parent_type: str | None = None) -> DueInfo:
    """The due dates of a `request_type` request under `law` received on `received`.
    Follow-ups: "appeal" uses the law's appeal deadline (for the `parent_type` appealed);
    "reminder" and "complaint" have none. `region` is the holiday calendar of a Member-State
    roll-off rule (the controller's country)."""
    roll = bool(law.get("roll_weekend", False))
    if request_type in FOLLOWUPS_WITHOUT_DEADLINE:
        note = Text("a reminder has no response deadline of its own") \
            if request_type == "reminder" else \
            Text("a complaint has no response deadline of its own")
        return DueInfo(due_on=None, notes=[note])
    if request_type == "appeal":
        grant = _appeal_grant(law, parent_type)
    else:
        grant = _grant(law, request_type)
    rule = _rule(law, grant.get("deadline"))
    follow_up = _rule(law, grant.get("follow_up"))
    if rule.get("practice"):
        # A practice is never a legal deadline: it only suggests when to follow up.
        rule, follow_up = {}, follow_up or rule
    info = DueInfo(due_on=None, rule=rule)
    confirm = _rule(law, _confirm_key(grant))
    if _has_amount(confirm):
        info.confirm_rule = confirm
        info.confirm_by, notes = add_period_noted(
            received, confirm["amount"], confirm["unit"], roll
        )
        info.notes.extend(Text("confirmation: {note}", note=n) for n in notes)
    if not _has_amount(rule):
        info.notes.append(
            Text("the law sets no response deadline for this request")
            if not rule else Text("the response deadline is not known")
        )
        if _has_amount(follow_up):
            info.follow_up_rule = follow_up
            info.follow_up_on, _ = add_period_noted(received, follow_up["amount"],
                                                    follow_up["unit"], False)
            info.notes.append(Text(
                "OffMap suggests following up if nothing has changed by {follow_up_on}, "
                "{period} after receipt: a practice, not a legal deadline",
                follow_up_on=info.follow_up_on.isoformat(),
                period=_period_words(follow_up["amount"], follow_up["unit"])))
        return info
    info.due_on, notes = add_period_noted(received, rule["amount"], rule["unit"], roll)
    info.notes.extend(notes)
    info.late_after, notes = roll_off(law, info.due_on, region)
    info.notes.extend(notes)
    info.roll_rule = _roll_rule(law)
    if grant.get("extendable"):
        info.extended_due_on, info.extension_rule, notes = _extended(
            law, received, rule, roll, grant.get("extension") or "extension")
        info.notes.extend(notes)
        info.extended_late_after, notes = roll_off(law, info.extended_due_on, region)
        info.notes.extend(Text("with the extension: {note}", note=n) for n in notes)
    return info


def _roll_rule(law: dict[str, Any]) -> dict[str, Any]:
    rule = law.get("roll_off") or {}
    if not rule.get("skip"):
        return {}
    return {key: rule[key] for key in ("skip", "calendar", "citation", "confidence")
            if key in rule}

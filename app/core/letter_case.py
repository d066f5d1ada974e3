"""A request's case: everything its letter, its timeline and its follow-ups are composed from,
loaded in one query set by `app.services.letter_case.load_case`. The functions here compose
from it without any further reading."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from app.core.clinic import ClinicProfile, agent_block, validate_profile
from app.core.day_counting import roll_off
from app.core.deadlines import DueInfo, compute_due, received_on
from app.core.directory import _successor_reason
from app.core.letter_context import build_context
from app.core.model import FOLLOWUP_TYPES, Client, Company, Event, Request
from app.core.timeline import TimelineEntry
from app.core.tracking import Derived, derive


@dataclass(frozen=True)
class CaseHistory:
    """The original request and every follow-up of it (oldest first), their events by request
    id and their laws by law id (None for a law this OffMap does not know)."""

    client: Client
    chain: tuple[Request, ...]
    events: Mapping[int, tuple[Event, ...]] = field(default_factory=dict)
    laws: Mapping[str, dict[str, Any] | None] = field(default_factory=dict)
    company_name: str = ""  # the original's company as it answers today (else its slug)

    @property
    def original(self) -> Request:
        return self.chain[0]

    def events_of(self, request: Request) -> list[Event]:
        return list(self.events.get(request.id or 0, ()))


@dataclass(frozen=True)
class LetterCase:
    """`parent` is the request a follow-up answers, with its events; `history` is loaded for
    letters that enclose the timeline (complaints)."""

    request: Request
    client: Client
    company: Company
    law: dict[str, Any]
    holding_data: tuple[str, ...] = ()
    parent: Request | None = None
    parent_company: Company | None = None
    parent_law: dict[str, Any] | None = None
    parent_events: tuple[Event, ...] = ()
    named_company: Company | None = None  # a merged or defunct company the request names
    clinic: ClinicProfile = field(default_factory=ClinicProfile)
    history: CaseHistory | None = None


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def letter_due(law: dict[str, Any], request: Request, letter_date: date) -> DueInfo | None:
    """The answer date a letter states: counted from the day the company receives it (today, or
    5 days later by post), or the dates tracking recorded once the request was sent."""
    via = request.via or request.details.get("via") or "email"
    region = request.details.get("holiday_region") or None
    info = compute_due(law, request.type, received_on(letter_date, via), region,
                       request.details.get("parent_type") or None)
    if request.due_on:
        info.due_on = _day(request.due_on)
        info.extended_due_on = _day(request.extended_due_on)
        info.late_after = roll_off(law, info.due_on, region)[0]
        info.extended_late_after = roll_off(law, info.extended_due_on, region)[0]
    return info


def successor_reason(case: LetterCase) -> str:
    """The letter's English sentence on why the successor holds the named company's records
    ("Sprint merged into T-Mobile; it now holds the old records."), or ""."""
    named = case.named_company
    if named is None or named.slug == case.request.company:
        return ""
    return str(_successor_reason(named, case.company))


def agent_of(case: LetterCase) -> dict[str, Any] | None:
    """The letter's `agent` block: None in client mode; in agent mode the clinic, staff, agency
    statement and the law's agent citation. Raises ValidationError when the law does not let
    an agent make this request (or the clinic profile is incomplete)."""
    if not case.clinic.is_agent:
        return None
    validate_profile(case.clinic)
    request = case.request
    parent_type = None
    if request.type in FOLLOWUP_TYPES and case.parent is not None:
        parent_type = case.parent.type
    return agent_block(case.clinic, case.client, case.law, request.type, parent_type)


def letter_context(case: LetterCase, today: date | None = None) -> dict[str, Any]:
    """The template context of the case's request (without the agent block: see agent_of).
    A draft is dated today; a sent letter keeps its sending date."""
    request, law = case.request, case.law
    letter_date = _day(request.sent_on) or today or date.today()
    parent, parent_events = None, []
    if case.parent is not None and case.parent_company is not None:
        parent = {**case.parent.to_json(), "company_name": case.parent_company.name,
                  "law_name": (case.parent_law or {}).get("name")}
        parent_events = [event.to_json() for event in case.parent_events]
    context = build_context(
        client=case.client, company=case.company, request=request, law=law,
        due=letter_due(law, request, letter_date), letter_date=letter_date,
        holding_data=list(case.holding_data), parent=parent, parent_events=parent_events,
    )
    if context["company"].get("named"):  # why the successor gets it (merged, acquired ...)
        context["company"]["named_reason"] = successor_reason(case)
    return context


def derived_of(history: CaseHistory, request: Request, today: date | None = None) -> Derived:
    """The status, dates and flags of a request of the history, from its loaded events."""
    return derive(request, history.events_of(request), history.laws.get(request.law),
                  today or date.today())


def timeline_entries(history: CaseHistory, today: date | None = None) -> list[TimelineEntry]:
    """The original request and each follow-up, with events and status."""
    entries = []
    for request in history.chain:
        law = history.laws.get(request.law)
        entries.append(TimelineEntry(
            request=request, derived=derived_of(history, request, today),
            events=history.events_of(request), law_name=(law or {}).get("name", request.law)))
    return entries

"""Counting days (CONTRACT.md "Deadline rules"): calendar days exactly, business days without
Saturdays, Sundays and US federal holidays (observed dates, from the `holidays` package), months
keeping the day number (the month's last day when it has none), the GDPR weekend rule, and a
law's roll-off rule for the last day still on time. Pure: dates in, dates out."""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from app.core.errors import ValidationError
from app.core.text import Text, join_list

UNITS = ("calendar", "business", "months")
ROLL_SKIPS = ("saturday", "sunday", "holiday")
# A roll-off calendar naming no fixed country: the controller's Member State (GDPR), given per
# request as its `holiday_region`.
CONTROLLER_CALENDAR = "member-state"
_UNIT_WORDS = {"calendar": Text("calendar days"), "business": Text("business days"),
               "months": Text("months")}


@lru_cache(maxsize=64)
def _federal_holidays(year: int) -> dict[date, str]:
    import holidays  # here, not at the top: slow to import, and most callers never need it

    return dict(holidays.country_holidays("US", years=year, observed=True).items())


def holiday_name(day: date) -> str | None:
    """The US federal holiday (observed date) falling on `day`, if any."""
    return _federal_holidays(day.year).get(day)


def is_business_day(day: date) -> bool:
    return day.weekday() < 5 and holiday_name(day) is None


def _add_business_days(start: date, amount: int) -> tuple[date, list[str]]:
    day, counted = start, 0
    skipped: list[str] = []
    while counted < amount:
        day += timedelta(days=1)
        if day.weekday() >= 5:
            continue
        name = holiday_name(day)
        if name:
            skipped.append(Text("{holiday} ({day})", holiday=name, day=day.isoformat()))
            continue
        counted += 1
    return day, skipped


def add_months(start: date, amount: int) -> date:
    """Same day number `amount` months later; the month's last day when it has no such day."""
    month_index = start.month - 1 + amount
    year, month = start.year + month_index // 12, month_index % 12 + 1
    last = calendar.monthrange(year, month)[1]
    return date(year, month, min(start.day, last))


def roll_off_weekend(day: date) -> tuple[date, str | None]:
    """Moves a Saturday or Sunday to the following Monday, with a note saying so."""
    if day.weekday() < 5:
        return day, None
    monday = day + timedelta(days=7 - day.weekday())
    if day.weekday() == 5:
        return monday, Text("{day} falls on a Saturday, moved to Monday {monday}",
                            day=day.isoformat(), monday=monday.isoformat())
    return monday, Text("{day} falls on a Sunday, moved to Monday {monday}",
                        day=day.isoformat(), monday=monday.isoformat())


@lru_cache(maxsize=256)
def _calendar_holidays(calendar_id: str, year: int) -> dict[date, str]:
    """Public holidays of a `holidays` calendar named "US-CA", "CA", "GB", "FR" ... (country,
    then an optional subdivision); empty when the package does not know it."""
    import holidays

    country, _, subdivision = calendar_id.partition("-")
    try:
        found = holidays.country_holidays(country, subdiv=subdivision or None, years=year,
                                          categories=("public",))
    except (NotImplementedError, KeyError, ValueError):
        return {}
    return dict(found.items())


def roll_calendar(law: dict[str, Any], region: str | None = None) -> str | None:
    """Whose public holidays the law's roll-off skips: the law's fixed calendar, or for a
    Member-State rule the request's `region` (None when unknown)."""
    calendar_id = (law.get("roll_off") or {}).get("calendar")
    if calendar_id == CONTROLLER_CALENDAR:
        return region.upper() if region else None
    return calendar_id or None


def roll_off(law: dict[str, Any], day: date | None,
             region: str | None = None) -> tuple[date | None, list[str]]:
    """`day` moved past the days the law's roll-off rule skips (Saturdays, Sundays, public
    holidays), with notes naming each day passed; unchanged where the law has no such rule."""
    rule = law.get("roll_off") or {}
    skips = set(rule.get("skip") or ())
    if day is None or not skips:
        return day, []
    calendar_id = roll_calendar(law, region)
    passed: list[str] = []
    moved = day
    while True:
        holiday = _calendar_holidays(calendar_id, moved.year).get(moved) \
            if calendar_id and "holiday" in skips else None
        if holiday:
            passed.append(Text("{holiday} ({day})", holiday=holiday, day=moved.isoformat()))
        elif moved.weekday() == 5 and "saturday" in skips:
            passed.append(Text("Saturday {day}", day=moved.isoformat()))
        elif moved.weekday() == 6 and "sunday" in skips:
            passed.append(Text("Sunday {day}", day=moved.isoformat()))
        else:
            break
        moved += timedelta(days=1)
    notes: list[str] = []
    if passed:
        notes.append(Text("the last day falls on {days}, so an answer on {late_after} is still on "
                          "time ({citation})", days=join_list(passed),
                          late_after=moved.isoformat(), citation=rule.get("citation", "")))
    if "holiday" in skips and not calendar_id:
        notes.append(Text("the public holidays of the controller's country are not known, so "
                          "only weekends were skipped"))
    return moved, notes


def is_overdue(late_after: date | None, as_of: date) -> bool:
    """THE overdue rule (CONTRACT.md): late once the as-of date is after `late_after`, the last
    day an answer is still on time. Lists, reminders and complaints all ask this."""
    return late_after is not None and as_of > late_after


def _check_period(amount: int, unit: str) -> None:
    if unit not in UNITS:
        raise ValidationError(
            "unknown deadline unit '{unit}'; use one of: {units}.",
            unit=unit, units=', '.join(UNITS))
    if isinstance(amount, bool) or not isinstance(amount, int) or amount < 0:
        raise ValidationError(
            "a deadline needs a whole number of {unit_words} (0 or more), not {amount!r}.",
            unit_words=_UNIT_WORDS[unit], amount=amount)


def add_period_noted(
    start: date, amount: int, unit: str, roll_weekend: bool
) -> tuple[date, list[str]]:
    _check_period(amount, unit)
    notes: list[str] = []
    if unit == "calendar":
        end = start + timedelta(days=amount)
    elif unit == "business":
        end, skipped = _add_business_days(start, amount)
        if skipped:
            notes.append(Text("US federal holidays not counted: {holidays}",
                              holidays=join_list(skipped)))
    else:
        end = add_months(start, amount)
    if roll_weekend:
        end, note = roll_off_weekend(end)
        if note:
            notes.append(note)
    return end, notes


def add_period(start: date, amount: int, unit: str, roll_weekend: bool = False) -> date:
    """`start` plus `amount` units ("calendar", "business" or "months"); see the module doc."""
    return add_period_noted(start, amount, unit, roll_weekend)[0]


def business_days_between(start: date, end: date) -> int:
    """Business days after `start` up to and including `end` (0 when end <= start)."""
    count, day = 0, start
    while day < end:
        day += timedelta(days=1)
        if is_business_day(day):
            count += 1
    return count

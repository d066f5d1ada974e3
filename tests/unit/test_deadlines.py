"""Deadline arithmetic. Every expected date below was counted by hand on a calendar; the
comment beside it shows the count."""

from __future__ import annotations

from datetime import date

import pytest

from app.core.day_counting import (
    add_months,
    add_period,
    business_days_between,
    holiday_name,
    roll_off_weekend,
)
from app.core.deadlines import compute_due, describe_rule, received_on
from app.core.errors import ValidationError
from tests.unit.law_samples import EU_GDPR, US_CA, US_CO, US_CPNI, US_NE

D = date.fromisoformat


# ------------------------------------------------------------------ received_on

@pytest.mark.parametrize(
    ("sent", "via", "delivered", "expected"),
    [
        ("2026-03-10", "email", None, "2026-03-10"),
        ("2026-03-14", "webform", None, "2026-03-14"),   # a Saturday still counts as sent
        ("2026-03-10", "phone", None, "2026-03-10"),
        ("2026-03-10", "post", None, "2026-03-15"),      # + 5 calendar days
        ("2026-12-28", "post", None, "2027-01-02"),      # across the year end
        ("2028-02-26", "post", None, "2028-03-02"),      # 27, 28, 29 (leap), 1, 2
        ("2026-03-10", "post", "2026-03-12", "2026-03-12"),  # recorded delivery wins
        ("2026-03-10", "email", "2026-03-20", "2026-03-10"),  # delivery ignored for e-mail
    ],
)
def test_received_on(sent, via, delivered, expected):
    got = received_on(D(sent), via, D(delivered) if delivered else None)
    assert got == D(expected)


def test_received_on_refuses_unknown_channel_and_delivery_before_sending():
    with pytest.raises(ValidationError, match="unknown channel 'fax'"):
        received_on(D("2026-03-10"), "fax")
    with pytest.raises(ValidationError, match="before the sending date"):
        received_on(D("2026-03-10"), "post", D("2026-03-09"))


# ------------------------------------------------------------------ add_period

CALENDAR = [
    ("2026-01-15", 45, "2026-03-01"),   # Jan 16-31 = 16, Feb = 28 (44), Mar 1 = 45; a Sunday
    ("2026-01-15", 90, "2026-04-15"),   # 16 + 28 + 31 = 75, + 15
    ("2025-12-15", 45, "2026-01-29"),   # Dec 16-31 = 16, + 29 in January
    ("2028-01-15", 45, "2028-02-29"),   # 16 + 29 (leap February) = 45
    ("2027-01-15", 45, "2027-03-01"),   # 16 + 28 = 44, Mar 1 = 45
    ("2028-02-29", 365, "2029-02-28"),  # 2028-03-01..2029-02-28 is 365 days
    ("2026-07-01", 30, "2026-07-31"),
    ("2026-05-01", 0, "2026-05-01"),
]


@pytest.mark.parametrize(("start", "amount", "expected"), CALENDAR)
def test_calendar_days_are_exact_and_never_moved(start, amount, expected):
    assert add_period(D(start), amount, "calendar") == D(expected)


BUSINESS = [
    # Thanksgiving Thu 2026-11-26: 24(1) 25(2) [26] 27(3) 30(4) 1(5) 2(6) 3(7) 4(8) 7(9) 8(10)
    ("2026-11-23", 10, "2026-12-08"),
    # Christmas Fri 2026-12-25, New Year Fri 2027-01-01:
    # 24(1) [25] 28(2) 29(3) 30(4) 31(5) [Jan 1] 4(6) 5(7) 6(8) 7(9) 8(10)
    ("2026-12-23", 10, "2027-01-08"),
    # Observed dates: Christmas 2027 observed Fri 12-24, New Year 2028 observed Fri 2027-12-31:
    # 21(1) 22(2) 23(3) [24] 27(4) 28(5) 29(6) 30(7) [31] Jan 3(8) 4(9) 5(10)
    ("2027-12-20", 10, "2028-01-05"),
    # MLK day Mon 2026-01-19: 16(1) [19] 20(2) 21(3) 22(4) 23(5) 26(6) 27(7) 28(8) 29(9) 30(10)
    ("2026-01-15", 10, "2026-01-30"),
    # Independence Day 2026 observed Fri 07-03:
    # 2(1) [3] 6..10 (2-6) 13..17 (7-11) 20 21 22 23 (12-15)
    ("2026-07-01", 15, "2026-07-23"),
    # Juneteenth 2027 observed Fri 06-18: next business day after Thursday is Monday
    ("2027-06-17", 1, "2027-06-21"),
    # Veterans Day 2028 observed Fri 11-10
    ("2028-11-09", 1, "2028-11-13"),
    # Starting on a Saturday: Monday is the first business day
    ("2026-03-07", 1, "2026-03-09"),
    # Leap day is an ordinary Tuesday: Mon 2028-02-28 + 1
    ("2028-02-28", 1, "2028-02-29"),
    # Washington's Birthday Mon 2028-02-21: 18 Fri(start) [21] 22(1) ... 25(4) 28(5) 29(6)
    ("2028-02-18", 6, "2028-02-29"),
    ("2026-03-10", 0, "2026-03-10"),
]


@pytest.mark.parametrize(("start", "amount", "expected"), BUSINESS)
def test_business_days_skip_weekends_and_federal_holidays(start, amount, expected):
    assert add_period(D(start), amount, "business") == D(expected)


MONTHS = [
    ("2026-01-31", 1, "2026-02-28"),    # no Feb 31: the month's last day
    ("2028-01-31", 1, "2028-02-29"),    # leap year
    ("2028-02-29", 1, "2028-03-29"),
    ("2028-02-29", 12, "2029-02-28"),
    ("2026-03-31", 1, "2026-04-30"),
    ("2026-12-15", 1, "2027-01-15"),    # across the year end
    ("2026-11-15", 2, "2027-01-15"),
    ("2025-10-31", 4, "2026-02-28"),
    ("2026-01-31", 3, "2026-04-30"),
    ("2026-06-10", 0, "2026-06-10"),
]


@pytest.mark.parametrize(("start", "amount", "expected"), MONTHS)
def test_months_keep_the_day_number_or_take_the_last_day(start, amount, expected):
    assert add_period(D(start), amount, "months") == D(expected)
    assert add_months(D(start), amount) == D(expected)


ROLLED = [
    ("2026-01-31", 1, "months", "2026-03-02"),    # Sat 2026-02-28 -> Mon 03-02
    ("2026-02-15", 1, "months", "2026-03-16"),    # Sun 2026-03-15 -> Mon 03-16
    ("2026-11-30", 3, "months", "2027-03-01"),    # Sun 2027-02-28 -> Mon 03-01
    ("2028-01-31", 1, "months", "2028-02-29"),    # Tue: unchanged
    ("2026-01-15", 45, "calendar", "2026-03-02"),  # Sun 03-01 -> Mon (only when rolling)
]


@pytest.mark.parametrize(("start", "amount", "unit", "expected"), ROLLED)
def test_roll_weekend_moves_saturday_and_sunday_to_monday(start, amount, unit, expected):
    assert add_period(D(start), amount, unit, roll_weekend=True) == D(expected)


def test_roll_off_weekend_says_what_it_did():
    assert roll_off_weekend(D("2026-02-27")) == (D("2026-02-27"), None)
    day, note = roll_off_weekend(D("2026-02-28"))
    assert day == D("2026-03-02")
    assert note == "2026-02-28 falls on a Saturday, moved to Monday 2026-03-02"
    assert "Sunday" in roll_off_weekend(D("2026-03-01"))[1]


@pytest.mark.parametrize(
    ("amount", "unit", "message"),
    [(3, "weeks", "unknown deadline unit 'weeks'"), (-1, "calendar", "whole number"),
     (1.5, "months", "whole number"), (True, "business", "whole number")],
)
def test_add_period_refuses_bad_input(amount, unit, message):
    with pytest.raises(ValidationError, match=message):
        add_period(D("2026-01-01"), amount, unit)


def test_holiday_lookup_and_business_day_count():
    assert holiday_name(D("2026-11-26")) == "Thanksgiving Day"
    assert "observed" in holiday_name(D("2027-12-31"))
    assert holiday_name(D("2026-11-27")) is None
    # 2026-11-23 .. 2026-12-08 counted above as 10 business days
    assert business_days_between(D("2026-11-23"), D("2026-12-08")) == 10
    assert business_days_between(D("2026-12-08"), D("2026-11-23")) == 0


# ------------------------------------------------------------------ compute_due

def test_us_ca_delete_45_days_extension_90_confirmation_10_business_days():
    info = compute_due(US_CA, "delete", D("2026-01-15"))
    assert info.due_on == D("2026-03-01")            # a Sunday, not moved under us-ca
    assert info.extended_due_on == D("2026-04-15")   # 45 + 45 from the same receipt date
    assert info.confirm_by == D("2026-01-30")        # skips MLK day
    assert info.rule == {"key": "respond", "amount": 45, "unit": "calendar",
                         "citation": "11 CCR 7021(b)", "confidence": "regulation"}
    assert info.extension_rule["citation"] == "11 CCR 7021(b)"
    assert not any("moved to Monday" in n for n in info.notes)
    assert any("Martin Luther King" in n for n in info.notes)


def test_us_ca_opt_out_is_15_business_days_without_extension_or_confirmation():
    info = compute_due(US_CA, "opt-out", D("2026-07-01"))
    assert info.due_on == D("2026-07-23")
    assert info.extended_due_on is None
    assert info.confirm_by is None
    assert info.rule["confidence"] == "unverified"


def test_gdpr_month_ending_on_saturday_moves_to_monday_and_extension_counts_from_receipt():
    info = compute_due(EU_GDPR, "access", D("2026-01-31"))
    assert info.due_on == D("2026-03-02")            # Sat 02-28 -> Mon 03-02
    # Three months from 01-31 = 04-30 (a Thursday). Counting two months from the rolled
    # first date would give Mon 05-04: wrong.
    assert info.extended_due_on == D("2026-04-30")
    assert "2026-02-28 falls on a Saturday, moved to Monday 2026-03-02" in info.notes
    assert info.confirm_by is None


def test_gdpr_extension_weekend_rule_applied_once_on_the_final_date():
    info = compute_due(EU_GDPR, "delete", D("2026-11-30"))
    assert info.due_on == D("2026-12-30")            # Wednesday
    assert info.extended_due_on == D("2027-03-01")   # Sun 2027-02-28 -> Mon
    assert any(n.startswith("with the extension: 2027-02-28 falls on a Sunday") for n in info.notes)


def test_gdpr_leap_day():
    assert compute_due(EU_GDPR, "access", D("2028-01-31")).due_on == D("2028-02-29")


def test_appeal_uses_the_laws_appeal_deadline():
    info = compute_due(US_CO, "appeal", D("2026-06-01"))
    assert info.due_on == D("2026-07-16")            # June 2-30 = 29, + 16 in July
    assert info.extended_due_on is None
    assert info.rule["citation"] == "C.R.S. 6-1-1306(3)(b)"


def test_appeal_refused_where_the_law_grants_none():
    with pytest.raises(ValidationError, match="grants no appeal"):
        compute_due(US_CA, "appeal", D("2026-06-01"))


@pytest.mark.parametrize("kind", ["reminder", "complaint"])
def test_reminder_and_complaint_have_no_due_date(kind):
    info = compute_due(US_CA, kind, D("2026-06-01"))
    assert info.due_on is None and info.extended_due_on is None and info.confirm_by is None


def test_unknown_extension_gives_no_extended_date_and_says_why():
    info = compute_due(US_NE, "delete", D("2026-01-15"))
    assert info.due_on == D("2026-03-01")
    assert info.extended_due_on is None
    assert any("extension period is not known" in n for n in info.notes)


def test_law_without_deadline_for_a_type():
    info = compute_due(US_CPNI, "access", D("2026-01-15"))
    assert info.due_on is None
    assert info.notes == ["the law sets no response deadline for this request"]
    assert compute_due(US_CPNI, "cpni-opt-out", D("2026-01-15")).due_on == D("2026-02-14")


def test_type_not_granted_is_refused_with_the_granted_list():
    with pytest.raises(ValidationError, match=r"does not grant a 'withdraw-consent'.*access"):
        compute_due(US_CA, "withdraw-consent", D("2026-01-15"))


def test_confirmation_rule_only_where_the_grant_names_it():
    law = {**US_CA, "grants": {**US_CA["grants"],
                               "delete": {**US_CA["grants"]["delete"], "confirm": False},
                               "limit": {**US_CA["grants"]["limit"], "confirm": "confirm"}}}
    assert compute_due(law, "delete", D("2026-01-15")).confirm_by is None
    assert compute_due(law, "limit", D("2026-01-15")).confirm_by == D("2026-01-30")


def test_describe_rule_and_json():
    info = compute_due(US_CA, "delete", D("2026-01-15"))
    assert describe_rule(info.rule) == "45 calendar days (11 CCR 7021(b), regulation)"
    assert describe_rule(EU_GDPR["deadlines"]["respond"]) == "1 month (GDPR Art. 12(3), statute)"
    assert info.to_json()["extended_due_on"] == "2026-04-15"


# ------------------------------------------------------------------ the shipped law data

def _shipped(law_id: str) -> dict:
    laws = pytest.importorskip("app.core.laws")
    return laws.get_law(law_id)


@pytest.mark.parametrize(
    ("law_id", "kind", "received", "due", "extended", "confirm"),
    [
        ("us-ca", "delete", "2026-01-15", "2026-03-01", "2026-04-15", "2026-01-30"),
        ("us-ca", "limit", "2026-07-01", "2026-07-23", None, None),
        ("eu-gdpr", "access", "2026-01-31", "2026-03-02", "2026-04-30", None),
        ("uk-gdpr", "delete", "2026-11-30", "2026-12-30", "2027-03-01", None),
        ("us-ia", "delete", "2026-01-15", "2026-04-15", "2026-05-30", None),  # 90, then +45
        ("ca-pipeda", "access", "2026-01-15", "2026-02-14", "2026-03-16", None),  # 30 + 30
    ],
)
def test_shipped_laws(law_id, kind, received, due, extended, confirm):
    info = compute_due(_shipped(law_id), kind, D(received))
    assert info.due_on == D(due)
    assert info.extended_due_on == (D(extended) if extended else None)
    assert info.confirm_by == (D(confirm) if confirm else None)
    assert info.rule["citation"] and info.rule["confidence"]


def test_shipped_appeal_us_co():
    assert compute_due(_shipped("us-co"), "appeal", D("2026-06-01")).due_on == D("2026-07-16")

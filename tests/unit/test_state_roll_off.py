"""Issue 14 items 6 and 8, per state: a last day on a weekend or holiday moves only where the
state's own computation-of-time statute says so (law data `roll_off`, read 2026-12-04), checked
through the core, the services and the command line; appeal answer periods read in the text."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from app.core import laws
from app.core.day_counting import is_overdue
from app.core.deadlines import compute_due
from app.core.law_review import law_review_markdown
from app.core.model import Client
from app.services import clients as client_service
from app.services import requests as request_service
from app.services import tracking
from tests.cli_run import ok_json as _cli_json
from tests.cli_run import run as _cli

D = date.fromisoformat

# (law, received, due_on, late_after): 2026-01-03 is a Saturday, 2026-01-04 a Sunday, 2026-01-19
# Martin Luther King Jr. Day, 2026-10-05 Colorado's Frances Xavier Cabrini Day, 2026-07-24 Utah's
# Pioneer Day.
CASES = [
    # Va. Code 1-210(E): Saturdays, Sundays and legal holidays.
    ("us-va", "2025-11-20", "2026-01-04", "2026-01-05"),
    ("us-va", "2025-11-19", "2026-01-03", "2026-01-05"),
    ("us-va", "2025-12-05", "2026-01-19", "2026-01-20"),
    # Tenn. Code Ann. 1-3-102.
    ("us-tn", "2025-11-20", "2026-01-04", "2026-01-05"),
    ("us-tn", "2025-12-05", "2026-01-19", "2026-01-20"),
    # Colo. Rev. Stat. 2-4-108(2), with Colorado's own holidays.
    ("us-co", "2025-11-20", "2026-01-04", "2026-01-05"),
    ("us-co", "2026-08-21", "2026-10-05", "2026-10-06"),
    # Minn. Stat. 645.15.
    ("us-mn", "2025-11-19", "2026-01-03", "2026-01-05"),
    # Ky. Rev. Stat. 446.030 and Neb. Rev. Stat. 25-2221 (both 'secondary').
    ("us-ky", "2025-11-20", "2026-01-04", "2026-01-05"),
    ("us-ne", "2025-11-20", "2026-01-04", "2026-01-05"),
    # Mont. Code Ann. 1-1-306: holidays, and Sundays are holidays (1-1-216); Saturdays are not.
    ("us-mt", "2025-11-20", "2026-01-04", "2026-01-05"),
    ("us-mt", "2025-11-19", "2026-01-03", "2026-01-03"),
    ("us-mt", "2025-12-05", "2026-01-19", "2026-01-20"),
    # Utah Code 68-3-7: Pioneer Day (Friday 2026-07-24), then the weekend.
    ("us-ut", "2026-06-09", "2026-07-24", "2026-07-27"),
    # Iowa Code 4.1(34): only a Sunday moves (90-day period).
    ("us-ia", "2025-10-06", "2026-01-04", "2026-01-05"),
    ("us-ia", "2025-10-05", "2026-01-03", "2026-01-03"),
    ("us-ia", "2025-10-21", "2026-01-19", "2026-01-19"),
    # No rule that reaches a controller's answer: Oregon (ORS 174.120 does not), and states
    # whose general rule was not found (Texas, New Hampshire).
    ("us-or", "2025-11-20", "2026-01-04", "2026-01-04"),
    ("us-tx", "2025-11-20", "2026-01-04", "2026-01-04"),
    ("us-nh", "2025-11-20", "2026-01-04", "2026-01-04"),
]


@pytest.mark.parametrize(("law_id", "received", "due_on", "late_after"), CASES)
def test_each_states_last_day_moves_as_its_statute_says(law_id, received, due_on, late_after):
    law = laws.get_law(law_id)
    info = compute_due(law, "access", D(received))
    assert (info.due_on, info.late_after) == (D(due_on), D(late_after))
    assert is_overdue(info.late_after, D(late_after)) is False
    assert is_overdue(info.late_after, D(late_after) + timedelta(days=1)) is True
    moved = [note for note in info.notes if "still on time" in note]
    if late_after != due_on:
        assert moved and law["roll_off"]["citation"] in moved[0]
    else:
        assert not moved


@pytest.mark.parametrize(("law_id", "citation", "confidence"), [
    ("us-va", "Va. Code 1-210(E)", "statute"),
    ("us-tn", "Tenn. Code Ann. 1-3-102", "statute"),
    ("us-co", "Colo. Rev. Stat. 2-4-108(2)", "statute"),
    ("us-mn", "Minn. Stat. 645.15", "statute"),
    ("us-mt", "Mont. Code Ann. 1-1-306; 1-1-216(1)(a)", "statute"),
    ("us-ia", "Iowa Code 4.1(34)", "statute"),
    ("us-ut", "Utah Code 68-3-7", "statute"),
    ("us-ky", "Ky. Rev. Stat. 446.030", "secondary"),
    ("us-ne", "Neb. Rev. Stat. 25-2221", "secondary"),
    ("us-or", "ORS 174.120", "secondary"),
])
def test_roll_off_rules_read_cite_their_section_and_source(law_id, citation, confidence):
    law = laws.get_law(law_id)
    rule = law["roll_off"]
    assert (rule["citation"], rule["confidence"]) == (citation, confidence)
    read = {s["url"]: s.get("read_on") for s in law["sources"]}
    assert read[rule["source"]] == "2026-12-04"
    assert "2026-12-04" in rule["note"]


@pytest.mark.parametrize("law_id", ["us-tx", "us-nh", "us-md", "us-nj", "us-in", "us-ct", "us-de",
                                    "us-ri"])
def test_states_without_a_rule_read_say_what_was_searched(law_id):
    rule = laws.get_law(law_id)["roll_off"]
    assert rule["skip"] == [] and rule["confidence"] == "unverified"
    assert rule["note"].startswith("Searched on 2026-12-04") and "not moved" in rule["note"]


def test_law_review_shows_each_states_roll_off():
    text = law_review_markdown(laws.load_laws())
    for citation in ("Va. Code 1-210(E)", "Tenn. Code Ann. 1-3-102", "Minn. Stat. 645.15",
                     "Iowa Code 4.1(34)", "ORS 174.120"):
        assert citation in text, citation


def test_service_waits_until_after_virginias_rolled_day(store):
    client = client_service.add_client(store, Client(
        name="Ana Client", state="VA", country="US", emails=["ana@example.org"],
        phones=["+1 804 555 0100"], address="1 Main St\nRichmond"))
    request = request_service.new_request(store, client.id, "kochava", "delete")
    tracking.mark_sent(store, request.id, on="2025-11-20")
    shown = tracking.derive_one(store, request.id, D("2026-01-05"))
    assert (shown.due_on, shown.late_after) == (D("2026-01-04"), D("2026-01-05"))
    assert shown.overdue is False
    assert tracking.derive_one(store, request.id, D("2026-01-06")).overdue is True


def test_cli_shows_virginias_late_after_and_letter_states_it(capsys, tmp_path):
    home = tmp_path / "h"
    client = _cli_json(capsys, home, "client", "add", "--name", "Ana", "--state", "VA",
                       "--country", "US", "--email", "ana@example.org")["id"]
    request = _cli_json(capsys, home, "request", "new", "--client", str(client),
                        "--company", "kochava", "--type", "delete")
    _cli(capsys, home, "request", "mark-sent", str(request["id"]), "--on", "2025-11-20")
    shown = _cli_json(capsys, home, "request", "show", str(request["id"]))
    assert (shown["due_on"], shown["late_after"]) == ("2026-01-04", "2026-01-05")
    assert _cli_json(capsys, home, "deadlines", "--as-of", "2026-01-05")[0]["overdue"] is False
    assert _cli_json(capsys, home, "deadlines", "--as-of", "2026-01-06")[0]["overdue"] is True
    out = tmp_path / "letter.txt"
    code, _, err = _cli(capsys, home, "letter", str(request["id"]), "--format", "txt", "--out",
                        str(out))
    assert code == 0, err
    text = " ".join(out.read_text(encoding="utf-8").split())
    assert "January 5, 2026 (2026-01-05) is still on time" in text
    assert "Va. Code 1-210(E)" in text


# ------------------------------------------------------------------ item 8: appeal answers read

@pytest.mark.parametrize(("law_id", "citation"), [
    ("us-va", "Va. Code 59.1-577(C)"),
    ("us-ct", "Conn. Gen. Stat. 42-518(d)"),
    ("us-de", "Del. Code tit. 6, 12D-104(d)"),
    ("us-ne", "Neb. Rev. Stat. 87-1109(3)"),
])
def test_sixty_day_appeal_answers_read_in_the_statute(law_id, citation):
    law = laws.get_law(law_id)
    appeal = law["deadlines"]["appeal"]
    assert (appeal["amount"], appeal["unit"], appeal["citation"], appeal["confidence"]) == \
        (60, "calendar", citation, "statute")
    assert (law["appeal"]["citation"], law["appeal"]["confidence"]) == (citation, "statute")
    assert {s["url"]: s.get("read_on") for s in law["sources"]}[appeal["source"]] == "2026-12-04"
    info = compute_due(law, "appeal", D("2026-03-02"))
    assert info.due_on == D("2026-05-01")

"""Company report figures on a hand-counted data set (us-ca delete: 45 calendar days, +45 on a
timely extension), its CSV/PDF exports without client identities, and the command line."""

from __future__ import annotations

import csv
import io
import json
from datetime import date

import pytest

from app.cli import main
from app.core.errors import ValidationError
from app.core.model import Client
from app.core.reports import RequestFacts, classify, company_figures
from app.services import clients as client_service
from app.services import reports as report_service
from app.services import requests as request_service
from app.services import tracking

TODAY = date(2026, 11, 20)


def _sent(store, client_id: int, company: str, on: str) -> int:
    request = request_service.new_request(store, client_id, company, "delete")
    assert request.law == "us-ca"
    tracking.mark_sent(store, request.id, on, "email")
    return request.id


@pytest.fixture
def data_set(store):
    """By hand, as of 2026-11-20:
    AT&T    #1 sent 06-01 (due 07-16) fulfilled 07-01 -> on time, 30 days
            #2 sent 06-01 (due 07-16) denied 08-01    -> late, refused, 61 days
            #3 sent 06-01 extended 07-10 (due 08-30) fulfilled 08-20 -> on time, 80 days
            #4 sent 10-01 (due 11-15) no answer       -> late
            #5 sent 11-10 (due 12-25) no answer       -> pending
            a draft, a bounced one and a sent reminder -> not counted
            => sent 5, on time 2, late 2, refused 1, pending 1, median 61
    Kochava #9 sent 09-01 partial 09-11 (client A), #10 sent 09-01 fulfilled 09-21 (client B)
            => sent 2, on time 2, late 0, refused 0, pending 0, median 15
    """
    a = client_service.add_client(store, Client(name="Report Client A", state="CA")).id
    b = client_service.add_client(store, Client(name="Report Client B", state="CA")).id
    tracking.log_event(store, _sent(store, a, "att", "2026-06-01"), "fulfilled", "2026-07-01")
    tracking.log_event(store, _sent(store, b, "att", "2026-06-01"), "denied", "2026-08-01")
    third = _sent(store, a, "att", "2026-06-01")
    tracking.log_event(store, third, "extended", "2026-07-10")
    tracking.log_event(store, third, "fulfilled", "2026-08-20")
    fourth = _sent(store, b, "att", "2026-10-01")
    _sent(store, a, "att", "2026-11-10")
    request_service.new_request(store, a, "att", "delete")  # draft
    bounced = _sent(store, a, "att", "2026-09-01")
    tracking.log_event(store, bounced, "bounced", "2026-09-01")
    reminder = request_service.new_request(store, b, "att", "reminder", parent_id=fourth)
    tracking.mark_sent(store, reminder.id, "2026-11-16", "email")
    tracking.log_event(store, _sent(store, a, "kochava", "2026-09-01"), "partial", "2026-09-11")
    tracking.log_event(store, _sent(store, b, "kochava", "2026-09-01"), "fulfilled",
                       "2026-09-21")
    return store


def test_figures_match_the_hand_count(data_set):
    figures = report_service.company_report(data_set, TODAY)
    assert [f.to_json() for f in figures] == [
        {"company": "att", "name": "AT&T", "sent": 5, "on_time": 2, "late": 2, "refused": 1,
         "pending": 1, "answered": 3, "median_days": 61},
        {"company": "kochava", "name": "Kochava", "sent": 2, "on_time": 2, "late": 0,
         "refused": 0, "pending": 0, "answered": 2, "median_days": 15},
    ]


def test_classify_edges():
    day = date(2026, 1, 1)
    on_deadline = RequestFacts("x", day, date(2026, 2, 1), date(2026, 2, 1), "denied")
    assert classify(on_deadline, TODAY) == "on_time"
    no_deadline = RequestFacts("x", day, None, None, "sent")
    assert classify(no_deadline, TODAY) == "pending"
    answered_without_deadline = RequestFacts("x", day, None, date(2026, 6, 1), "fulfilled")
    assert classify(answered_without_deadline, TODAY) == "on_time"
    acknowledged_only = RequestFacts("x", day, date(2026, 2, 1), None, "acknowledged")
    assert classify(acknowledged_only, TODAY) == "late"
    assert company_figures([], {}, TODAY) == []


def test_csv_and_pdf_exports_name_no_client(data_set, tmp_path):
    out = tmp_path / "report.csv"
    report_service.export_report(data_set, out, today=TODAY)
    text = out.read_text(encoding="utf-8")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows == [
        ["company", "name", "sent", "answered_on_time", "late", "refused", "pending",
         "median_days_to_answer"],
        ["att", "AT&T", "5", "2", "2", "1", "1", "61"],
        ["kochava", "Kochava", "2", "2", "0", "0", "0", "15"],
    ]
    assert "Report Client" not in text
    pdf = tmp_path / "report.pdf"
    report_service.export_report(data_set, pdf, today=TODAY)
    assert pdf.read_bytes().startswith(b"%PDF")
    with pytest.raises(ValidationError, match=r"neither \.csv nor \.pdf"):
        report_service.export_report(data_set, tmp_path / "report.xlsx")


def test_cli_report(data_set, capsys, monkeypatch):
    home = str(data_set.home)
    code = main(["--home", home, "report", "--as-of", "2026-11-20", "--json"])
    out = json.loads(capsys.readouterr().out)
    assert code == 0 and out[0]["late"] == 2 and out[1]["median_days"] == 15
    code = main(["--home", home, "report", "--as-of", "2026-11-20"])
    table = capsys.readouterr().out
    assert code == 0 and "AT&T" in table and "Report Client" not in table

"""`offmap request mark-sent|log|timeline`, `offmap deadlines`, `offmap followup`,
`offmap export ics|csv` through the real command line."""

from __future__ import annotations

import csv
import json
from datetime import date, timedelta
from pathlib import Path

import icalendar

from app.cli import main

TODAY = date.today()


def run(capsys, *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


class Cli:
    def __init__(self, capsys, home: Path) -> None:
        self.capsys, self.home = capsys, str(home)

    def __call__(self, *argv: str) -> tuple[int, str, str]:
        return run(self.capsys, "--home", self.home, *argv)

    def json(self, *argv: str):
        code, out, err = self(*argv, "--json")
        assert code == 0, err
        return json.loads(out)

    def client(self, state: str = "CA", name: str = "Ana Lopez") -> int:
        return self.json("client", "add", "--name", name, "--state", state, "--country", "US",
                         "--email", "ana@example.org")["id"]

    def request(self, client_id: int, company: str, kind: str) -> dict:
        return self.json("request", "new", "--client", str(client_id), "--company", company,
                         "--type", kind)


def test_sent_request_shows_the_right_due_date_and_extension_moves_it(capsys, tmp_path):
    cli = Cli(capsys, tmp_path / "h")
    request = cli.request(cli.client(), "att", "delete")
    sent = cli.json("request", "mark-sent", str(request["id"]), "--on", "2026-01-15",
                    "--via", "email")
    assert (sent["status"], sent["sent_on"], sent["due_on"], sent["extended_due_on"]) == \
        ("overdue", "2026-01-15", "2026-03-01", None)
    logged = cli.json("request", "log", request["reference"], "--event", "extended",
                      "--on", "2026-02-20", "--text", "complex request")
    assert logged["event"]["kind"] == "extended"
    shown = cli.json("request", "show", str(request["id"]))
    assert (shown["due_on"], shown["extended_due_on"]) == ("2026-03-01", "2026-04-15")


def test_deadlines_json_lists_overdue_and_days_left(capsys, tmp_path):
    cli = Cli(capsys, tmp_path / "h")
    ana = cli.client()
    late = cli.request(ana, "att", "delete")
    cli.json("request", "mark-sent", str(late["id"]), "--on", "2026-01-15")
    fresh = cli.request(ana, "kochava", "delete")
    cli.json("request", "mark-sent", str(fresh["id"]), "--on", TODAY.isoformat())
    cli.request(ana, "verizon", "access")   # a draft: not listed
    rows = cli.json("deadlines")
    by_id = {row["id"]: row for row in rows}
    assert set(by_id) == {late["id"], fresh["id"]}
    assert by_id[late["id"]]["overdue"] is True
    assert by_id[late["id"]]["status"] == "overdue"
    assert by_id[late["id"]]["days_left"] == (date(2026, 3, 1) - TODAY).days
    assert by_id[fresh["id"]]["overdue"] is False
    assert by_id[fresh["id"]]["days_left"] == 45
    assert by_id[fresh["id"]]["category"] == "waiting"
    for key in ("client_id", "company", "law", "type", "reference", "sent_on", "due_on",
                "extended_due_on", "parent_id"):
        assert key in rows[0]

    # --as-of: before the deadline it is not overdue yet, after it is.
    early = {r["id"]: r for r in cli.json("deadlines", "--as-of", "2026-02-01")}
    assert early[late["id"]]["overdue"] is False
    assert early[late["id"]]["status"] == "sent"
    assert early[late["id"]]["days_left"] == 28
    # Overdue once the as-of date is after late_after (the due date moved by the law's roll-off).
    late_after = date.fromisoformat(by_id[fresh["id"]]["late_after"])
    assert late_after >= date.fromisoformat(by_id[fresh["id"]]["due_on"])
    on_time = {r["id"]: r for r in cli.json("deadlines", "--as-of", late_after.isoformat())}
    assert on_time[fresh["id"]]["overdue"] is False
    later = late_after + timedelta(days=1)
    future = {r["id"]: r for r in cli.json("deadlines", "--as-of", later.isoformat())}
    assert future[fresh["id"]]["overdue"] is True

    code, out, _ = cli("deadlines")
    assert code == 0 and "OVERDUE" in out and late["reference"] in out


def test_deadlines_for_one_client(capsys, tmp_path):
    cli = Cli(capsys, tmp_path / "h")
    ana, bo = cli.client(name="Ana"), cli.client(name="Bo")
    for client_id in (ana, bo):
        request = cli.request(client_id, "att", "delete")
        cli.json("request", "mark-sent", str(request["id"]), "--on", "2026-01-15")
    rows = cli.json("deadlines", "--client", str(bo))
    assert [row["client_id"] for row in rows] == [bo]
    code, _, err = cli("deadlines", "--client", "999")
    assert code == 1 and err.startswith("offmap: error:")


def test_log_with_attachment_and_errors(capsys, tmp_path):
    cli = Cli(capsys, tmp_path / "h")
    request = cli.request(cli.client(), "att", "delete")
    code, _, err = cli("request", "log", str(request["id"]), "--event", "acknowledged")
    assert code == 1 and "mark it sent first" in err
    code, _, err = cli("request", "mark-sent", str(request["id"]), "--on", "15/01/2026")
    assert code == 1 and "YYYY-MM-DD" in err
    code, _, err = cli("request", "mark-sent", str(request["id"]), "--delivered", "2026-01-20")
    assert code == 1 and "--via post" in err
    code, _, err = cli("request", "log", str(request["id"]), "--event", "replied")
    assert code == 2
    cli.json("request", "mark-sent", str(request["id"]), "--on", "2026-01-15", "--via", "post",
             "--delivered", "2026-01-17")
    reply = tmp_path / "reply.pdf"
    reply.write_bytes(b"%PDF-1.4 reply")
    logged = cli.json("request", "log", str(request["id"]), "--event", "denied", "--on",
                      "2026-02-01", "--text", "Could not verify", "--attach", str(reply))
    assert logged["event"]["attachments"][0]["filename"] == "reply.pdf"
    assert logged["request"]["status"] == "denied"
    assert logged["request"]["received_on"] == "2026-01-17"
    code, _, err = cli("request", "log", str(request["id"]), "--event", "note",
                       "--attach", str(tmp_path / "missing.pdf"))
    assert code == 1 and "there is no file at" in err


def test_followup_cli(capsys, tmp_path):
    cli = Cli(capsys, tmp_path / "h")
    request = cli.request(cli.client(), "att", "cpni-opt-out")
    cli.json("request", "mark-sent", str(request["id"]), "--on", "2026-01-15")
    complaint = cli.json("followup", str(request["id"]), "--kind", "complaint")
    assert (complaint["type"], complaint["parent_id"], complaint["law"], complaint["status"]) \
        == ("complaint", request["id"], "us-cpni", "draft")
    code, _, err = cli("followup", str(request["id"]), "--kind", "appeal")
    assert code == 1 and "grants no appeal" in err
    out = tmp_path / "complaint.txt"
    code, _, err = cli("letter", str(complaint["id"]), "--format", "txt", "--out", str(out))
    assert code == 0, err
    assert "Federal Communications Commission" in out.read_text()
    html = tmp_path / "timeline.html"
    code, _, err = cli("request", "timeline", str(complaint["id"]), "--format", "html",
                       "--out", str(html))
    assert code == 0, err
    assert request["reference"] in html.read_text()


def test_export_ics_has_one_event_per_open_deadline(capsys, tmp_path):
    cli = Cli(capsys, tmp_path / "h")
    ana = cli.client()
    ids = []
    for company, on in (("att", "2026-01-15"), ("kochava", TODAY.isoformat())):
        request = cli.request(ana, company, "delete")
        cli.json("request", "mark-sent", str(request["id"]), "--on", on)
        ids.append(request)
    done = cli.request(ana, "verizon", "delete")
    cli.json("request", "mark-sent", str(done["id"]), "--on", "2026-01-15")
    cli.json("request", "log", str(done["id"]), "--event", "fulfilled", "--on", "2026-02-01")
    cli.request(ana, "google", "access")   # draft
    out = tmp_path / "deadlines.ics"
    result = cli.json("export", "ics", "--out", str(out))
    assert result == {"out": str(out), "count": 2}

    calendar = icalendar.Calendar.from_ical(out.read_bytes())
    events = list(calendar.walk("VEVENT"))
    assert len(events) == 2
    by_uid = {str(e["UID"]): e for e in events}
    first = by_uid[f"{ids[0]['reference']}-deadline@offmap"]
    assert first.decoded("DTSTART") == date(2026, 3, 1)
    assert first.decoded("DTEND") == date(2026, 3, 2)
    assert ids[0]["reference"] in str(first["SUMMARY"]) and "AT&T" in str(first["SUMMARY"])
    alarms = list(first.walk("VALARM"))
    assert [a.decoded("TRIGGER") for a in alarms] == [timedelta(days=-3), timedelta(hours=9)]
    assert all(str(a["ACTION"]) == "DISPLAY" for a in alarms)
    second = by_uid[f"{ids[1]['reference']}-deadline@offmap"]
    assert second.decoded("DTSTART") == TODAY + timedelta(days=45)
    assert "Ana Lopez" not in out.read_text()   # calendars get synced: no client names


def test_export_csv(capsys, tmp_path):
    cli = Cli(capsys, tmp_path / "h")
    ana = cli.client(name="=HYPERLINK(\"x\")")
    request = cli.request(ana, "att", "delete")
    cli.json("request", "mark-sent", str(request["id"]), "--on", "2026-01-15")
    cli.request(ana, "kochava", "opt-out")
    out = tmp_path / "requests.csv"
    assert cli.json("export", "csv", "--out", str(out))["count"] == 2
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(raw.decode("utf-8-sig").splitlines()))
    assert [r["reference"] for r in rows] == [request["reference"], rows[1]["reference"]]
    assert rows[0]["due_on"] == "2026-03-01" and rows[0]["company_name"] == "AT&T"
    assert rows[0]["client_name"].startswith("'=")   # no formula runs in a spreadsheet
    code, _, err = cli("export", "csv", "--out", str(tmp_path / "no" / "such" / "x.csv"))
    assert code == 1 and "does not exist" in err

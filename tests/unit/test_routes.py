"""Web form, post and phone routes, channel health and successors, through the real command
line (offmap request webform|post|delivered|phone|call|channels, mark-sent, log)."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

from app.services import channel_health, routes
from app.store import open_store
from tests.unit.test_cli_tracking import Cli

TODAY = date.today()


def _cli(capsys, tmp_path) -> Cli:
    return Cli(capsys, tmp_path / "h")


def _events(cli: Cli, request_id: int) -> list[dict]:
    store = open_store(Path(cli.home))
    try:
        from app.services.tracking import list_events

        return [e.to_json() for e in list_events(store, request_id)]
    finally:
        store.close()


def test_webform_route_prints_the_form_then_records_confirmation_and_screenshot(
        capsys, tmp_path):
    cli = _cli(capsys, tmp_path)
    request = cli.request(cli.client(), "t-mobile", "delete")
    code, out, err = cli("request", "webform", str(request["id"]))
    assert code == 0, err
    assert "Web form: https://www.t-mobile.com/privacy-center/" in out
    assert "E-mail: ana@example.org" in out and f"Reference: {request['reference']}" in out
    assert "Letter to paste:" in out and request["reference"] in out.split("Letter to paste:")[1]

    shot = tmp_path / "form.png"
    shot.write_bytes(b"\x89PNG\r\n\x1a\n" + b"0" * 64)
    sent = cli.json("request", "webform", request["reference"], "--sent", "--confirmation",
                    "TMO-123 456", "--attach", str(shot))
    assert (sent["status"], sent["sent_on"], sent["channel"] if "channel" in sent
            else sent["via"]) == ("sent", TODAY.isoformat(), "webform")
    [event] = [e for e in _events(cli, request["id"]) if e["kind"] == "sent"]
    assert event["data"]["confirmation"] == "TMO-123 456"
    assert event["data"]["channel_value"].startswith("https://www.t-mobile.com/")
    assert [a["filename"] for a in event["attachments"]] == ["form.png"]


def test_webform_with_a_missing_screenshot_records_nothing(capsys, tmp_path):
    cli = _cli(capsys, tmp_path)
    request = cli.request(cli.client(), "t-mobile", "delete")
    code, _out, err = cli("request", "webform", str(request["id"]), "--sent",
                          "--attach", str(tmp_path / "nope.png"))
    assert code == 1 and err.startswith("offmap: error:")
    assert cli.json("request", "show", str(request["id"]))["status"] == "draft"
    code, _out, err = cli("request", "webform", str(request["id"]), "--confirmation", "X")
    assert code == 1 and "--sent" in err


def test_mark_sent_keeps_confirmation_tracking_and_files(capsys, tmp_path):
    cli = _cli(capsys, tmp_path)
    request = cli.request(cli.client(), "ice", "access")
    receipt = tmp_path / "receipt.pdf"
    receipt.write_bytes(b"%PDF-1.4 receipt")
    cli.json("request", "mark-sent", str(request["id"]), "--via", "post", "--tracking",
             "9407 1000 0000 0000 0000 00", "--attach", str(receipt))
    [event] = [e for e in _events(cli, request["id"]) if e["kind"] == "sent"]
    assert event["data"]["tracking_number"] == "9407 1000 0000 0000 0000 00"
    assert [a["filename"] for a in event["attachments"]] == ["receipt.pdf"]
    other = cli.request(cli.client(name="B"), "att", "delete")
    code, _out, err = cli("request", "mark-sent", str(other["id"]), "--tracking", "1")
    assert code == 1 and "--via post" in err


def test_post_clock_runs_from_sent_plus_five_days_then_from_the_delivery_date(capsys,
                                                                           tmp_path):
    cli = _cli(capsys, tmp_path)
    request = cli.request(cli.client(), "kochava", "delete")  # us-ca: 45 calendar days
    sent_on = TODAY - timedelta(days=20)
    posted = cli.json("request", "mark-sent", str(request["id"]), "--via", "post", "--on",
                      sent_on.isoformat(), "--tracking", "9400 1")
    assert posted["due_on"] == (sent_on + timedelta(days=5 + 45)).isoformat()

    delivered_on = sent_on + timedelta(days=2)
    later = cli.json("request", "delivered", request["reference"], "--on",
                     delivered_on.isoformat())
    assert later["due_on"] == (delivered_on + timedelta(days=45)).isoformat()
    assert later["sent_on"] == sent_on.isoformat()

    code, _out, err = cli("request", "delivered", str(request["id"]), "--on",
                          (sent_on - timedelta(days=1)).isoformat())
    assert code == 1 and "before the sending date" in err
    code, _out, err = cli("request", "delivered", str(request["id"]), "--on", "2026-13-01")
    assert code == 1 and "YYYY-MM-DD" in err
    assert cli.json("request", "show", str(request["id"]))["due_on"] == later["due_on"]


def test_delivery_date_needs_a_posted_request(capsys, tmp_path):
    cli = _cli(capsys, tmp_path)
    request = cli.request(cli.client(), "kochava", "delete")
    code, _out, err = cli("request", "delivered", str(request["id"]), "--on",
                          TODAY.isoformat())
    assert code == 1 and "not been sent yet" in err
    cli.json("request", "mark-sent", str(request["id"]), "--via", "email")
    code, _out, err = cli("request", "delivered", str(request["id"]), "--on",
                          TODAY.isoformat())
    assert code == 1 and "not by post" in err


def test_post_without_a_postal_address_says_so_and_writes_nothing(capsys, tmp_path):
    cli = _cli(capsys, tmp_path)
    request = cli.request(cli.client(), "kochava", "delete")
    target = tmp_path / "letter.pdf"
    code, _out, err = cli("request", "post", str(request["id"]), "--out", str(target))
    assert code == 1 and "no postal address" in err
    assert not target.exists()


def test_phone_script_and_call_log(capsys, tmp_path):
    cli = _cli(capsys, tmp_path)
    request = cli.request(cli.client(), "verizon", "opt-out")
    number = cli.json("request", "channels", str(request["id"]))["phone"]
    code, script, err = cli("request", "phone", str(request["id"]))
    assert code == 0, err
    assert request["reference"] in script and f"Calling: Verizon at {number}" in script
    assert "Cal. Civ. Code" in script  # the law's citation for what to ask for
    assert "E911" in script  # a carrier: emergency location is not affected
    assert "- E-mail: ana@example.org" in script
    assert "WRITE DOWN" in script

    code, _out, err = cli("request", "call", str(request["id"]), "--spoke-to", " ",
                          "--said", "ok")
    assert code == 1 and "who you spoke to" in err
    assert cli.json("request", "show", str(request["id"]))["status"] == "draft"

    sent = cli.json("request", "call", str(request["id"]), "--spoke-to", "Dana (ID 4471)",
                    "--said", "Opt-out recorded, letter to follow in 10 days",
                    "--confirmation", "VZ-998")
    assert sent["status"] == "sent" and sent["sent_on"] == TODAY.isoformat()
    events = _events(cli, request["id"])
    [send] = [e for e in events if e["kind"] == "sent"]
    [note] = [e for e in events if e["kind"] == "note"]
    assert send["data"]["via"] == "phone" and send["data"]["confirmation"] == "VZ-998"
    assert send["data"]["channel_value"] == number
    assert "Dana (ID 4471)" in note["text"] and "VZ-998" in note["text"]


def test_a_bounce_marks_the_address_suspect_and_the_next_channel_is_offered(capsys,
                                                                           tmp_path):
    cli = _cli(capsys, tmp_path)
    first = cli.request(cli.client(), "kochava", "delete")
    cli.json("request", "mark-sent", str(first["id"]), "--via", "email")
    # The sent event of an e-mailed letter names its recipient, as services.sending records it.
    store = open_store(Path(cli.home))
    try:
        from app.store import events as event_repo

        [sent] = [e for e in event_repo.list_for_request(store.conn, first["id"])]
        sent.data["to"] = ["Privacy@Kochava.com"]
        with store.transaction() as conn:
            event_repo.update(conn, sent)
    finally:
        store.close()
    cli.json("request", "log", str(first["id"]), "--event", "bounced", "--text",
             "550 5.1.1 user unknown")
    listing = cli.json("request", "channels", str(first["id"]))
    [email] = [c for c in listing["channels"] if c["kind"] == "email"]
    assert email["health"] == "suspect" and "550 5.1.1" in email["reason"]
    assert listing["channels"][-1]["kind"] == "email"  # suspect ones come last

    with_ad_id = cli.json("client", "add", "--name", "Bo", "--state", "CA", "--country", "US",
                          "--ad-id", "38400000-8cf0-11bd-b23e-10b96e40000d")["id"]
    second = cli.request(with_ad_id, "kochava", "access")
    code, _out, err = cli("send", str(second["id"]))
    assert code == 1 and "marked suspect" in err and "privacy@kochava.com" in err
    code, _out, err = cli("request", "channels", str(second["id"]), "--clear", "nobody@x.org")
    assert code == 1 and "not a suspect channel" in err
    cleared = cli.json("request", "channels", str(second["id"]), "--clear",
                       "privacy@kochava.com")
    assert all(c["health"] == "ok" for c in cleared["channels"])


def test_channels_are_ordered_healthy_first_then_quality_and_kind(store):
    from app.core.model import Company

    company = Company(slug="acme", name="Acme", kind="broker", contacts={
        "email": "privacy@acme.example", "phone": "800 555 0100"}, quality="secondary",
        sources=[{"url": "https://acme.example/privacy", "title": "Privacy"}])
    company.channels = [
        {"kind": "postal", "value": "1 Main St\nTown, CA 90000", "quality": "verified",
         "source": "https://acme.example/privacy", "seen": "2026-12-03"},
        {"kind": "webform", "value": "https://acme.example/form", "quality": "verified",
         "source": "https://acme.example/privacy", "seen": "2026-12-03"}]
    channel_health.mark_suspect(store, "acme", "webform", "https://acme.example/form",
                                "HTTP 503")
    channel_health.mark_suspect(store, "acme", "webform", "https://acme.example/form",
                                "HTTP 500")
    ordered = channel_health.channels_with_health(
        company, channel_health.suspect_channels(store, "acme"))
    assert [(c.kind, c.health) for c in ordered] == [
        ("postal", "ok"), ("email", "ok"), ("phone", "ok"), ("webform", "suspect")]
    [suspect] = channel_health.suspect_channels(store, "acme")
    assert (suspect.count, suspect.reason) == (2, "HTTP 500")
    assert channel_health.first_healthy(ordered).kind == "postal"


def test_successor_request_says_where_it_goes_and_why(capsys, tmp_path):
    cli = _cli(capsys, tmp_path)
    request = cli.request(cli.client(), "sprint", "delete")
    assert request["company"] == "t-mobile"
    listing = cli.json("request", "channels", str(request["id"]))
    assert listing["successor_note"] == ("This request goes to T-Mobile, not Sprint: Sprint "
                                         "merged into T-Mobile; it now holds the old records.")
    text = tmp_path / "letter.txt"
    code, _out, err = cli("letter", str(request["id"]), "--format", "txt", "--out", str(text))
    assert code == 0, err
    letter = " ".join(text.read_text().split())
    assert "as the successor of Sprint: Sprint merged into T-Mobile; it now holds the old " \
           "records." in letter
    code, out, _err = cli("request", "webform", str(request["id"]))
    assert out.startswith("This request goes to T-Mobile, not Sprint")


def test_route_plan_lists_values_the_form_asks_for(store):
    from app.core.model import Client
    from app.services import clients as client_service
    from app.services.requests import new_request

    client = client_service.add_client(store, Client(
        name="Rosa Testwell", emails=["rosa@example.net"], state="CA", country="US"))
    request = new_request(store, client.id, "t-mobile", "delete")
    plan = routes.route_plan(store, request.id)
    labels = {v.label: v.value for v in plan.values}
    assert labels["Reference"] == request.reference and labels["E-mail"] == "rosa@example.net"
    assert plan.webform and plan.webform.startswith("https://")
    assert json.loads(json.dumps(plan.to_json()))["next"]["kind"] == "webform"


def test_address_lines_keep_state_and_zip_with_the_city():
    assert routes.address_lines("1 Main St, Suite 2, San Jose, CA 95112") == [
        "1 Main St", "Suite 2", "San Jose, CA 95112"]
    assert routes.address_lines("A\nB") == ["A", "B"]

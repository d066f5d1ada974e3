"""The window's record-keeping actions through the command line: archiving, deleting and case
notes of a client, deleting a holding or a draft, and a request's events with deleting one
logged by mistake (the status follows). Bad input exits 1 with one `offmap: error:` line and
changes nothing."""

from __future__ import annotations

from tests.cli_run import failed, ok_json, run


def test_client_archive_notes_and_delete(capsys, tmp_path):
    home = tmp_path / "home"
    client = ok_json(capsys, home, "client", "add", "--name", "Ana Lopez", "--state", "CA")["id"]
    assert ok_json(capsys, home, "client", "archive", str(client))["archived"] is True
    assert ok_json(capsys, home, "client", "show", str(client))["archived"] is True
    assert ok_json(capsys, home, "client", "archive", str(client), "--undo")["archived"] is False
    notes = ok_json(capsys, home, "client", "notes", str(client), "--set", "Called on Tuesday.")
    assert notes["notes"] == "Called on Tuesday."
    assert ok_json(capsys, home, "client", "show", str(client))["notes"] == "Called on Tuesday."

    assert "--yes" in failed(capsys, home, "client", "delete", str(client))
    assert ok_json(capsys, home, "client", "show", str(client))["id"] == client  # kept
    assert "no client with id 77" in failed(capsys, home, "client", "archive", "77")
    code, _out, err = run(capsys, home, "client", "delete", str(client), "--yes")
    assert code == 0, err
    assert ok_json(capsys, home, "client", "list") == []


def test_holding_and_draft_deletion_and_events(capsys, tmp_path):
    home = tmp_path / "home"
    client = ok_json(capsys, home, "client", "add", "--name", "Ana Lopez", "--state", "CA")["id"]
    holding = ok_json(capsys, home, "holding", "add", "--client", str(client), "--company",
                      "att")["id"]
    assert run(capsys, home, "holding", "delete", str(holding))[0] == 0
    assert ok_json(capsys, home, "holding", "list", "--client", str(client)) == []
    assert "no holding with id" in failed(capsys, home, "holding", "delete", str(holding))

    draft = ok_json(capsys, home, "request", "new", "--client", str(client), "--company",
                    "kochava", "--type", "access")
    sent = ok_json(capsys, home, "request", "new", "--client", str(client), "--company",
                   "kochava", "--type", "delete")
    assert run(capsys, home, "request", "delete", draft["reference"])[0] == 0
    assert [r["id"] for r in ok_json(capsys, home, "request", "list")] == [sent["id"]]

    assert run(capsys, home, "request", "mark-sent", str(sent["id"]))[0] == 0
    assert "already sent" in failed(capsys, home, "request", "delete", str(sent["id"]))
    assert run(capsys, home, "request", "log", str(sent["id"]), "--event", "acknowledged")[0] == 0
    events = ok_json(capsys, home, "request", "events", str(sent["id"]))
    assert [e["kind"] for e in events] == ["sent", "acknowledged"]
    assert ok_json(capsys, home, "request", "show", str(sent["id"]))["status"] == "acknowledged"

    undone = ok_json(capsys, home, "request", "unlog", str(events[1]["id"]))
    assert undone["deleted"]["kind"] == "acknowledged" and undone["request"]["status"] == "sent"
    assert [e["kind"] for e in ok_json(capsys, home, "request", "events", str(sent["id"]))] == \
        ["sent"]
    assert "event" in failed(capsys, home, "request", "unlog", "999")


def test_edit_event_corrects_it_and_adds_files(capsys, tmp_path):
    home = tmp_path / "home"
    client = ok_json(capsys, home, "client", "add", "--name", "Ana Lopez", "--state", "CA")["id"]
    request = ok_json(capsys, home, "request", "new", "--client", str(client), "--company",
                      "kochava", "--type", "delete")
    assert run(capsys, home, "request", "mark-sent", str(request["id"]))[0] == 0
    assert run(capsys, home, "request", "log", str(request["id"]), "--event", "acknowledged")[0] \
        == 0
    sent, logged = ok_json(capsys, home, "request", "events", str(request["id"]))
    answer = tmp_path / "answer.txt"
    answer.write_text("We cannot verify you.")
    edited = ok_json(capsys, home, "request", "edit-event", str(logged["id"]), "--event",
                     "denied", "--text", "Refused: not verified.", "--attach", str(answer))
    assert (edited["event"]["kind"], edited["event"]["text"]) == ("denied",
                                                                  "Refused: not verified.")
    assert len(edited["event"]["attachments"]) == 1 and edited["request"]["status"] == "denied"

    assert "in the future" in failed(capsys, home, "request", "edit-event", str(logged["id"]),
                                     "--on", "2099-01-01")
    assert "a sending cannot become" in failed(capsys, home, "request", "edit-event",
                                               str(sent["id"]), "--event", "note")
    assert "no event with id 999" in failed(capsys, home, "request", "edit-event", "999",
                                            "--text", "x")
    kinds = [e["kind"] for e in ok_json(capsys, home, "request", "events", str(request["id"]))]
    assert kinds == ["sent", "denied"]  # the refused edits changed nothing

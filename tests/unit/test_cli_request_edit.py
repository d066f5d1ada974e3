"""`offmap request show --json` carries the request's version and `offmap request edit
--if-version N` refuses an edit made on a stale copy, as `client edit` does."""

from __future__ import annotations

import json

from tests.unit.test_cli_requests import _client, run


def _json(capsys, home: str, *argv: str):
    code, out, err = run(capsys, "--home", home, *argv, "--json")
    assert code == 0, err
    return json.loads(out)


def test_a_stale_request_edit_is_refused_with_who_changed_it(capsys, tmp_path):
    home = str(tmp_path / "h")
    client_id = _client(capsys, home, "--state", "CA")
    request = _json(capsys, home, "request", "new", "--client", str(client_id),
                    "--company", "att", "--type", "delete")
    shown = _json(capsys, home, "request", "show", str(request["id"]))
    read_at = shown["version"]
    assert isinstance(read_at, int)

    saved = _json(capsys, home, "request", "edit", request["reference"], "--note",
                  "Call before writing.", "--if-version", str(read_at))
    assert saved["details"]["note"] == "Call before writing." and saved["version"] > read_at

    code, out, err = run(capsys, "--home", home, "request", "edit", str(request["id"]),
                         "--note", "Stale text.", "--if-version", str(read_at))
    assert code == 1 and out == ""
    assert err.startswith(f"offmap: error: request {request['reference']} was changed by ")
    assert "meanwhile; nothing was saved. Reload and try again." in err
    again = _json(capsys, home, "request", "show", str(request["id"]))
    assert again["details"]["note"] == "Call before writing."
    assert again["version"] == saved["version"]

    # Without --if-version the edit goes through (the last writer wins, as before).
    code, out, err = run(capsys, "--home", home, "request", "edit", str(request["id"]),
                         "--note", "")
    assert code == 0 and "updated" in out, err
    assert _json(capsys, home, "request", "show", str(request["id"]))["details"]["note"] == ""


def test_a_sent_request_cannot_be_edited(capsys, tmp_path):
    home = str(tmp_path / "h")
    client_id = _client(capsys, home, "--state", "CA")
    request = _json(capsys, home, "request", "new", "--client", str(client_id),
                    "--company", "att", "--type", "delete")
    code, _out, err = run(capsys, "--home", home, "request", "mark-sent", str(request["id"]),
                          "--on", "2026-11-02")
    assert code == 0, err
    code, _out, err = run(capsys, "--home", home, "request", "edit", str(request["id"]),
                          "--note", "Too late.")
    assert code == 1 and "was already sent" in err

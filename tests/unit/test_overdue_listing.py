"""'overdue' comes from the passing of time: listings see it without another command first."""

from __future__ import annotations

import json

from tests.unit.test_cli_clients import run


def test_request_list_and_show_see_a_deadline_that_passed(capsys, home):
    _, out, _ = run(capsys, "client", "add", "--name", "Ana", "--state", "CA", "--json")
    client_id = json.loads(out)["id"]
    _, out, _ = run(capsys, "request", "new", "--client", str(client_id), "--company", "att",
                    "--type", "delete", "--json")
    request_id = json.loads(out)["id"]
    assert run(capsys, "request", "mark-sent", str(request_id), "--on", "2026-01-05")[0] == 0
    code, out, _ = run(capsys, "request", "list", "--status", "overdue", "--json")
    assert code == 0
    assert [r["id"] for r in json.loads(out)] == [request_id]
    _, out, _ = run(capsys, "request", "show", str(request_id), "--json")
    shown = json.loads(out)
    assert (shown["status"], shown["due_on"]) == ("overdue", "2026-02-19")

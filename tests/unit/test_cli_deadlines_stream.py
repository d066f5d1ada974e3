"""`offmap deadlines --json` streamed from the store: the same document as the listing built
whole, in the same order (deadline, then id, none last), and nothing printed for an unknown
client."""

from __future__ import annotations

import json
from datetime import date

from app.services import deadlines
from app.store import open_store
from tests.unit.test_cli_tracking import Cli


def test_streamed_json_is_the_whole_listing(capsys, tmp_path):
    cli = Cli(capsys, tmp_path / "h")
    ana, bo = cli.client(name="Ana Díaz"), cli.client(name="Bo")
    for client_id, company, on in ((ana, "att", "2026-01-15"), (bo, "kochava", "2026-01-15"),
                                   (ana, "verizon", "2025-11-02"), (bo, "att", "2026-03-01")):
        request = cli.request(client_id, company, "delete")
        cli.json("request", "mark-sent", str(request["id"]), "--on", on)
    withdrawn = cli.request(ana, "kochava", "opt-out")  # a type some laws set no period for
    cli.json("request", "mark-sent", str(withdrawn["id"]), "--on", "2026-02-01")
    code, out, err = cli("deadlines", "--json", "--as-of", "2026-02-10")
    assert code == 0, err
    store = open_store(tmp_path / "h")
    try:
        whole = [row.to_json() for row in
                 deadlines.list_deadlines(store, as_of=date(2026, 2, 10))]
    finally:
        store.close()
    assert out == json.dumps(whole, ensure_ascii=False, indent=2) + "\n"
    keys = [(r["deadline"] is None, r["deadline"] or "", r["id"]) for r in json.loads(out)]
    assert keys == sorted(keys) and len(keys) == 5


def test_an_unknown_client_prints_no_half_document(capsys, tmp_path):
    cli = Cli(capsys, tmp_path / "h")
    cli.client()
    code, out, err = cli("deadlines", "--json", "--client", "999")
    assert code == 1 and out == "" and err.startswith("offmap: error:")
    code, out, _ = cli("deadlines", "--json")
    assert code == 0 and out == "[]\n"

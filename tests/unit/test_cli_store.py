"""`offmap store status` (CONTRACT.md): backend, encryption, schema version, clients, requests."""

from __future__ import annotations

import json

from app.cli import main
from app.store.migrations import LATEST_VERSION


def _run(capsys, home, *args: str) -> tuple[int, str, str]:
    code = main(["--home", str(home), *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_status_counts_what_the_store_holds(tmp_path, capsys):
    home = tmp_path / "home"
    code, out, _ = _run(capsys, home, "client", "add", "--name", "Ana Test", "--state", "CA",
                        "--country", "US", "--json")
    assert code == 0
    client_id = json.loads(out)["id"]
    for company in ("t-mobile", "verizon"):
        code, _, err = _run(capsys, home, "request", "new", "--client", str(client_id),
                            "--company", company, "--type", "delete", "--json")
        assert code == 0, err
    code, out, _ = _run(capsys, home, "store", "status", "--json")
    assert code == 0
    status = json.loads(out)
    assert status["backend"] == "sqlite"
    assert status["encrypted"] is True
    assert status["schema_version"] == LATEST_VERSION
    assert (status["clients"], status["requests"]) == (1, 2)


def test_status_for_humans_names_the_backend(tmp_path, capsys):
    code, out, _ = _run(capsys, tmp_path / "home", "store", "status")
    assert code == 0
    assert out.startswith("sqlite store at ") and "0 clients, 0 requests" in out


def test_status_refuses_a_damaged_store(tmp_path, capsys):
    home = tmp_path / "home"
    home.mkdir(mode=0o700)
    (home / "offmap.sqlite3").write_bytes(b"not a database at all" * 10)
    code, _, err = _run(capsys, home, "store", "status")
    assert code == 1
    assert err.startswith("offmap: error:") and "damaged" in err

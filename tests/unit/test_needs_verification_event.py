"""CONTRACT.md lists `needs-verification` among the events `request log` takes: a company asking
the person to verify their identity has answered (status acknowledged) and the clock keeps
running."""

from __future__ import annotations

import json

import pytest

from app.cli import main


def _json(capsys, *args: str):
    code = main(list(args))
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out)


def test_log_needs_verification(tmp_path, capsys):
    home = ["--home", str(tmp_path / "home")]
    client = _json(capsys, *home, "client", "add", "--name", "Verify Test", "--state", "CA",
                   "--country", "US", "--json")
    request = _json(capsys, *home, "request", "new", "--client", str(client["id"]), "--company",
                    "t-mobile", "--type", "access", "--json")
    assert main([*home, "request", "mark-sent", str(request["id"]), "--on", "2026-11-02"]) == 0
    capsys.readouterr()
    before = _json(capsys, *home, "request", "show", str(request["id"]), "--json")
    assert main([*home, "request", "log", str(request["id"]), "--event", "needs-verification",
                 "--on", "2026-11-05", "--text", "They ask for a copy of a bill."]) == 0
    capsys.readouterr()
    after = _json(capsys, *home, "request", "show", str(request["id"]), "--json")
    assert after["status"] == "acknowledged"
    assert after["due_on"] == before["due_on"]


def test_unknown_event_is_a_usage_error(tmp_path, capsys):
    home = ["--home", str(tmp_path / "home")]
    client = _json(capsys, *home, "client", "add", "--name", "Verify Test", "--json")
    request = _json(capsys, *home, "request", "new", "--client", str(client["id"]), "--company",
                    "t-mobile", "--type", "access", "--law", "us-cpni", "--json")
    with pytest.raises(SystemExit) as exit_:
        main([*home, "request", "log", str(request["id"]), "--event", "verified-maybe"])
    assert exit_.value.code == 2

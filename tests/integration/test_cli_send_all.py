"""`offmap send-all` against a real SMTP server (aiosmtpd, STARTTLS + AUTH, on loopback): every
draft of the client goes out one after the other, a web-form-only company's letter stays a
draft with the reason, and a wrong password stops the batch with exit 1 and marks nothing."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from app.cli import main
from tests.integration.mailserver import PASSWORD, USER, MailServer, make_certificates

pytestmark = pytest.mark.integration


def run(capsys, monkeypatch, home: Path, *argv: str, stdin: str = "") -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    try:
        code = main(["--home", str(home), *argv])
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def ok_json(capsys, monkeypatch, home: Path, *argv: str, stdin: str = ""):
    code, out, err = run(capsys, monkeypatch, home, *argv, "--json", stdin=stdin)
    assert code == 0, err
    return json.loads(out)


def test_send_all_sends_each_draft_once(capsys, monkeypatch, tmp_path: Path):
    home = tmp_path / "home"
    certs = make_certificates(tmp_path / "certs")
    client = ok_json(capsys, monkeypatch, home, "client", "add", "--name", "Ana Lopez",
                     "--state", "CA", "--email", "ana@example.org")["id"]
    # Kochava acts only on the advertising ID: without one its letter would stay a draft.
    ok_json(capsys, monkeypatch, home, "client", "edit", str(client), "--ad-id",
            "38400000-8cf0-11bd-b23e-10b96e40000d")
    email = ok_json(capsys, monkeypatch, home, "request", "new", "--client", str(client),
                    "--company", "kochava", "--type", "delete")
    webform = ok_json(capsys, monkeypatch, home, "request", "new", "--client", str(client),
                      "--company", "google", "--type", "delete")
    with MailServer(certs, "starttls") as server:
        ok_json(capsys, monkeypatch, home, "account", "set", "--host", "127.0.0.1", "--port",
                str(server.port), "--user", USER, "--security", "starttls")

        code, _out, err = run(capsys, monkeypatch, home, "send-all", "--client", str(client),
                              "--password-stdin", stdin="wrong\n")
        lines = err.strip().splitlines()
        assert code == 1 and len(lines) == 1 and lines[0].startswith("offmap: error: ")
        assert server.messages == []
        statuses = ok_json(capsys, monkeypatch, home, "request", "list")
        assert {r["status"] for r in statuses} == {"draft"}

        items = ok_json(capsys, monkeypatch, home, "send-all", "--client", str(client),
                        "--password-stdin", stdin=PASSWORD + "\n")
        outcomes = {i["request_id"]: i["outcome"] for i in items}
        assert outcomes == {email["id"]: "sent", webform["id"]: "web-form-or-post"}
        assert [m.rcpt_tos for m in server.messages] == [["privacy@kochava.com"]]
        assert ok_json(capsys, monkeypatch, home, "request", "show",
                       str(email["id"]))["status"] == "sent"
        assert ok_json(capsys, monkeypatch, home, "request", "show",
                       str(webform["id"]))["status"] == "draft"

        # Again: only the web-form draft is left, and it is never e-mailed.
        again = ok_json(capsys, monkeypatch, home, "send-all", "--password-stdin",
                        stdin=PASSWORD + "\n")
        assert [(i["request_id"], i["outcome"]) for i in again] == \
            [(webform["id"], "web-form-or-post")]
        assert len(server.messages) == 1

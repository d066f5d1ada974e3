"""`offmap send-all` and `offmap bulk opt-out --send` hold a letter that lacks identification
its company needs (Kochava acts only on the advertising ID) as a draft with the reason, like
`offmap send`, unless --allow-missing-id; a real SMTP server (aiosmtpd, loopback) receives the
letters that go."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.integration.mailserver import PASSWORD, USER, MailServer, make_certificates
from tests.integration.test_cli_send_all import ok_json, run

pytestmark = pytest.mark.integration

REGISTRY = Path(__file__).resolve().parents[1] / "fixtures" / "cppa" / "registry-2025.csv"
AD_ID = "38400000-8cf0-11bd-b23e-10b96e40000d"


def _setup(capsys, monkeypatch, home: Path, server: MailServer) -> int:
    ok_json(capsys, monkeypatch, home, "account", "set", "--host", "127.0.0.1", "--port",
            str(server.port), "--user", USER, "--security", "starttls")
    return ok_json(capsys, monkeypatch, home, "client", "add", "--name", "Ana Lopez",
                   "--state", "CA", "--email", "ana@example.org")["id"]


def test_send_all_holds_letters_missing_an_identifier(capsys, monkeypatch, tmp_path: Path):
    home = tmp_path / "home"
    with MailServer(make_certificates(tmp_path / "certs"), "starttls") as server:
        client = _setup(capsys, monkeypatch, home, server)
        request = ok_json(capsys, monkeypatch, home, "request", "new", "--client", str(client),
                          "--company", "kochava", "--type", "delete")

        items = ok_json(capsys, monkeypatch, home, "send-all", "--client", str(client),
                        "--password-stdin", stdin=PASSWORD + "\n")
        assert [(i["request_id"], i["outcome"], i["ok"]) for i in items] == \
            [(request["id"], "missing-id", False)]
        assert "Advertising ID (AAID/IDFA)" in items[0]["message"]
        assert "--allow-missing-id" in items[0]["message"]
        assert server.messages == []
        assert ok_json(capsys, monkeypatch, home, "request", "show",
                       str(request["id"]))["status"] == "draft"

        code, out, _err = run(capsys, monkeypatch, home, "send-all", "--password-stdin",
                              stdin=PASSWORD + "\n")
        assert code == 0
        assert f"{request['reference']}: missing-id: " in out and "0 of 1 letters sent" in out

        items = ok_json(capsys, monkeypatch, home, "send-all", "--allow-missing-id",
                        "--password-stdin", stdin=PASSWORD + "\n")
        assert [i["outcome"] for i in items] == ["sent"]
        assert [m.rcpt_tos for m in server.messages] == [["privacy@kochava.com"]]


def test_send_all_sends_once_the_identifier_is_added(capsys, monkeypatch, tmp_path: Path):
    home = tmp_path / "home"
    with MailServer(make_certificates(tmp_path / "certs"), "starttls") as server:
        client = _setup(capsys, monkeypatch, home, server)
        ok_json(capsys, monkeypatch, home, "request", "new", "--client", str(client),
                "--company", "kochava", "--type", "delete")
        ok_json(capsys, monkeypatch, home, "client", "edit", str(client), "--ad-id", AD_ID)
        items = ok_json(capsys, monkeypatch, home, "send-all", "--password-stdin",
                        stdin=PASSWORD + "\n")
        assert [i["outcome"] for i in items] == ["sent"]
        assert len(server.messages) == 1


def _flag_kochava(capsys, monkeypatch, home: Path, tmp_path: Path) -> None:
    """Kochava tells the registry it collects precise geolocation (a registry row of ours)."""
    rows = REGISTRY.read_text(encoding="utf-8-sig").splitlines(keepends=True)
    registry = tmp_path / "registry.csv"
    registry.write_text("".join(rows[:3]) + (
        '"Kochava Inc.",,https://www.kochava.com,privacy@kochava.com,,"Sandpoint, ID",'
        "https://www.kochava.com/support-privacy/,Yes,No,No,1,1,0,0,1,1,1,0,1,1\n"),
        encoding="utf-8")
    ok_json(capsys, monkeypatch, home, "directory", "import-cppa", str(registry))


def _kochava_reason(summary: dict) -> list[str]:
    return [line for line in summary["not_sent"] if "Kochava" in line or "kochava" in line]


def test_bulk_opt_out_send_holds_letters_missing_an_identifier(capsys, monkeypatch,
                                                               tmp_path: Path):
    home = tmp_path / "home"
    with MailServer(make_certificates(tmp_path / "certs"), "starttls") as server:
        client = _setup(capsys, monkeypatch, home, server)
        _flag_kochava(capsys, monkeypatch, home, tmp_path)
        plan = ok_json(capsys, monkeypatch, home, "bulk", "opt-out", "--client", str(client),
                       "--dry-run")
        assert "kochava" in [b["slug"] for b in plan["brokers"]]

        summary = ok_json(capsys, monkeypatch, home, "bulk", "opt-out", "--client",
                          str(client), "--send", "--password-stdin", stdin=PASSWORD + "\n")
        reasons = _kochava_reason(summary)
        assert len(reasons) == 1
        assert "Advertising ID (AAID/IDFA)" in reasons[0] and "stays a draft" in reasons[0]
        assert ["privacy@kochava.com"] not in [m.rcpt_tos for m in server.messages]
        made = ok_json(capsys, monkeypatch, home, "request", "list", "--client", str(client))
        assert [r["status"] for r in made if r["company"] == "kochava"] == ["draft"]


def test_bulk_opt_out_send_with_allow_missing_id(capsys, monkeypatch, tmp_path: Path):
    home = tmp_path / "home"
    with MailServer(make_certificates(tmp_path / "certs"), "starttls") as server:
        client = _setup(capsys, monkeypatch, home, server)
        _flag_kochava(capsys, monkeypatch, home, tmp_path)
        summary = ok_json(capsys, monkeypatch, home, "bulk", "opt-out", "--client",
                          str(client), "--send", "--allow-missing-id", "--password-stdin",
                          stdin=PASSWORD + "\n")
        assert _kochava_reason(summary) == []
        assert ["privacy@kochava.com"] in [m.rcpt_tos for m in server.messages]

"""The Replies page's reading and follow-up through the command line: `reply show` prints the
message as text with the suggestion, `reply followup` drafts the appeal or complaint quoting
the refusal. Bad input exits 1 with one `offmap: error:` line."""

from __future__ import annotations

from pathlib import Path

from tests.cli_run import failed, ok_json, run


def _refusal(path: Path, reference: str) -> Path:
    path.write_text(
        "From: Kochava Privacy <privacy@kochava.com>\n"
        "To: ana@example.org\n"
        f"Subject: RE: Request to delete personal information (reference {reference})\n"
        "Date: Mon, 30 Nov 2026 16:20:00 -0800\n"
        "Message-ID: <deny-cli-0001@mail.kochava.com>\n"
        "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n"
        "We were unable to verify your identity with the information provided, so we cannot\n"
        "process your request at this time.\n", encoding="utf-8")
    return path


def test_show_and_followup_from_a_refusal(capsys, tmp_path):
    home = tmp_path / "home"
    client = ok_json(capsys, home, "client", "add", "--name", "Ana Ruiz", "--state", "VA",
                     "--email", "ana@example.org")["id"]
    request = ok_json(capsys, home, "request", "new", "--client", str(client), "--company",
                      "kochava", "--type", "delete")
    assert run(capsys, home, "request", "mark-sent", str(request["id"]), "--on",
               "2026-11-20")[0] == 0
    [imported] = ok_json(capsys, home, "reply", "import",
                         str(_refusal(tmp_path / "refusal.eml", request["reference"])))
    assert imported["request_id"] == request["id"]
    assert imported["suggested_event"] == "denied"
    reply_id = str(imported["reply_id"])

    shown = ok_json(capsys, home, "reply", "show", reply_id)
    assert "unable to verify your identity" in shown["text"] and shown["from"] == \
        "privacy@kochava.com"
    code, out, _err = run(capsys, home, "reply", "show", reply_id)
    assert code == 0 and "Suggested: denied" in out and "unable to verify" in out

    assert run(capsys, home, "reply", "accept", reply_id)[0] == 0
    draft = ok_json(capsys, home, "reply", "followup", reply_id)
    assert draft["type"] == "appeal" and draft["parent_id"] == request["id"]  # Virginia appeals
    assert "unable to verify your identity" in draft["details"]["quoted_reply"]
    complaint = ok_json(capsys, home, "reply", "followup", reply_id, "--kind", "complaint")
    assert complaint["type"] == "complaint"


def test_followup_needs_a_filed_reply(capsys, tmp_path):
    home = tmp_path / "home"
    [imported] = ok_json(capsys, home, "reply", "import",
                         str(_refusal(tmp_path / "refusal.eml", "OFM-ZZZZ-ZZZZ")))
    assert imported["request_id"] is None
    assert "not filed on a request yet" in failed(capsys, home, "reply", "followup",
                                                  str(imported["reply_id"]))
    assert failed(capsys, home, "reply", "show", "999")

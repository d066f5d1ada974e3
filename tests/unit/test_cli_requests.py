"""`offmap request new|list|show` and `offmap letter` (text formats; PDF and e-mail are in
tests/integration/test_letters_render.py)."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import docx

from app.cli import main


def run(capsys, *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def _client(capsys, home: str, *extra: str) -> int:
    code, out, err = run(capsys, "--home", home, "client", "add", "--name", "Ana Lopez",
                         "--phone", "+1 415 555 0100", "--email", "ana@example.org", *extra,
                         "--json")
    assert code == 0, err
    return json.loads(out)["id"]


def test_new_list_show_json_shapes(capsys, tmp_path: Path):
    home = str(tmp_path / "h")
    client_id = _client(capsys, home, "--state", "CA")
    code, out, err = run(capsys, "--home", home, "request", "new", "--client", str(client_id),
                         "--company", "att", "--type", "delete", "--json")
    assert code == 0, err
    created = json.loads(out)
    assert {"id", "reference", "law", "type"} <= set(created)
    assert (created["law"], created["type"]) == ("us-ca", "delete")

    code, out, _ = run(capsys, "--home", home, "request", "list", "--json")
    listed = json.loads(out)
    keys = {"id", "client_id", "company", "law", "type", "reference", "status", "sent_on",
            "due_on", "extended_due_on", "parent_id"}
    assert keys <= set(listed[0]) and listed[0]["status"] == "draft"

    code, out, _ = run(capsys, "--home", home, "request", "list", "--status", "sent", "--json")
    assert json.loads(out) == []
    code, out, _ = run(capsys, "--home", home, "request", "show", created["reference"],
                       "--json")
    assert json.loads(out)["id"] == created["id"]
    code, out, _ = run(capsys, "--home", home, "request", "show", str(created["id"]))
    assert created["reference"] in out and "us-ca" in out


def test_plain_new_prints_id_reference_law_type(capsys, tmp_path: Path):
    home = str(tmp_path / "h")
    client_id = _client(capsys, home, "--state", "CA")
    _code, out, _ = run(capsys, "--home", home, "request", "new", "--client", str(client_id),
                       "--company", "att", "--type", "cpni-opt-out")
    request_id, reference, law, request_type = out.split()
    assert (law, request_type) == ("us-cpni", "cpni-opt-out")
    assert reference.startswith("OFM-") and request_id.isdigit()


def test_errors_exit_1_with_one_line_and_usage_errors_exit_2(capsys, tmp_path: Path):
    home = str(tmp_path / "h")
    client_id = _client(capsys, home, "--state", "FL")
    code, out, err = run(capsys, "--home", home, "request", "new", "--client", str(client_id),
                         "--company", "kochava", "--type", "delete")
    assert code == 1 and out == ""
    assert err.startswith("offmap: error:") and err.count("\n") == 1
    assert "--law us-ca" in err
    code, _, err = run(capsys, "--home", home, "request", "new", "--client", str(client_id),
                       "--company", "kochava", "--type", "teleport")
    assert code == 2
    code, _, err = run(capsys, "--home", home, "request", "show", "42")
    assert code == 1 and "no request with id 42" in err
    code, out, _ = run(capsys, "--home", home, "request", "list", "--json")
    assert json.loads(out) == []


def test_letter_text_html_docx(capsys, tmp_path: Path):
    home = str(tmp_path / "h")
    client_id = _client(capsys, home, "--state", "CA")
    code, out, _ = run(capsys, "--home", home, "request", "new", "--client", str(client_id),
                       "--company", "att", "--type", "delete", "--json")
    created = json.loads(out)
    due = date.today() + timedelta(days=45)

    txt = tmp_path / "letter.txt"
    code, _, err = run(capsys, "--home", home, "letter", str(created["id"]), "--format", "txt",
                       "--out", str(txt))
    assert code == 0, err
    text = " ".join(txt.read_text(encoding="utf-8").split())
    assert created["reference"] in text and "Cal. Civ. Code 1798.105" in text
    assert due.isoformat() in text and "E911" in text

    html = tmp_path / "letter.html"
    assert run(capsys, "--home", home, "letter", created["reference"], "--format", "html",
               "--out", str(html))[0] == 0
    assert "<!DOCTYPE html>" in html.read_text(encoding="utf-8")

    word = tmp_path / "letter.docx"
    assert run(capsys, "--home", home, "letter", str(created["id"]), "--format", "docx",
               "--out", str(word))[0] == 0
    document = docx.Document(str(word))
    body = " ".join(p.text for p in document.paragraphs)
    assert created["reference"] in body and "1798.105" in body
    props = document.core_properties
    assert props.author == "" and props.last_modified_by == ""
    assert "Ana" not in (props.title or "") and created["reference"] in props.title


def test_letter_into_a_missing_folder_writes_nothing(capsys, tmp_path: Path):
    home = str(tmp_path / "h")
    client_id = _client(capsys, home, "--state", "CA")
    run(capsys, "--home", home, "request", "new", "--client", str(client_id), "--company",
        "att", "--type", "delete")
    code, _, err = run(capsys, "--home", home, "letter", "1", "--format", "txt", "--out",
                       str(tmp_path / "missing" / "x.txt"))
    assert code == 1 and "does not exist" in err
    code, _, err = run(capsys, "--home", home, "letter", "1", "--format", "txt")
    assert code == 1 and "--out" in err
    assert not (tmp_path / "missing").exists()
    assert [p.name for p in tmp_path.iterdir()] == ["h"]


def test_mailto_is_refused_without_a_company_address(capsys, tmp_path: Path):
    home = str(tmp_path / "h")
    client_id = _client(capsys, home, "--state", "CA")
    run(capsys, "--home", home, "request", "new", "--client", str(client_id), "--company",
        "att", "--type", "delete")
    code, _, err = run(capsys, "--home", home, "letter", "1", "--format", "mailto")
    assert code == 1 and "--format eml" in err

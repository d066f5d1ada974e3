"""Case import checks records with the same domain rules as data typed in (issue 16, item 6):
a reference with a line break, an unknown law, status or type, an impossible date or an unknown
company refuses the whole file, naming the first problem; nothing is imported."""

from __future__ import annotations

import json

import pytest

from app.cli import main
from app.services import case_files
from tests.unit import test_case_files as base
from tests.unit.test_case_files import _assert_refused, _valid_entries, _write

sample, target, hostile = base.sample, base.target, base.hostile  # the same fixtures


def _first_request(doc: dict) -> dict:
    return doc["requests"][0]


CASES = [
    ("reference-newline", lambda d: _first_request(d).update(
        reference=_first_request(d)["reference"] + "\nBcc: x@evil.example"),
     "reference .* is not in OffMap's format"),
    ("reference-shape", lambda d: _first_request(d).update(reference="HELLO"),
     "reference 'HELLO' is not in OffMap's format"),
    ("law", lambda d: _first_request(d).update(law="us-zz"), "unknown law 'us-zz'"),
    ("status", lambda d: _first_request(d).update(status="won"), "unknown status 'won'"),
    ("type", lambda d: _first_request(d).update(type="sue"), "unknown type 'sue'"),
    ("company", lambda d: _first_request(d).update(company="no-such-co"),
     "unknown company 'no-such-co'"),
    ("channel", lambda d: _first_request(d).update(via="pigeon"), "unknown channel 'pigeon'"),
    ("date", lambda d: _first_request(d).update(sent_on="2026-02-30"),
     r"impossible date '2026-02-30' \(sent_on\)"),
    ("date-text", lambda d: _first_request(d).update(due_on="soon"),
     r"impossible date 'soon' \(due_on\)"),
    ("event-date", lambda d: d["events"][0].update(on="2026-13-01"),
     "event has an impossible date '2026-13-01'"),
    ("holding-company", lambda d: d["holdings"][0].update(company="ghost-broker"),
     "holding names the unknown company 'ghost-broker'"),
    ("holding-kind", lambda d: d["holdings"][0].update(data=["thoughts"]),
     "unknown data kind 'thoughts'"),
]


@pytest.mark.parametrize("name, change, message", CASES, ids=[c[0] for c in CASES])
def test_records_the_app_never_writes_are_refused(store, sample, tmp_path, hostile, target,
                                                  name, change, message):
    entries = _valid_entries(store, sample, tmp_path)
    doc = json.loads(entries["case.json"])
    change(doc)
    path = _write(hostile / f"{name}.zip", {**entries, "case.json": json.dumps(doc).encode()})
    _assert_refused(target, path, "this case file cannot be imported: .*" + message)


def test_a_valid_export_still_imports(store, sample, tmp_path, target):
    out = tmp_path / "valid.zip"
    case_files.export_case(store, sample.a, out)
    result = case_files.import_case(target, out)
    assert result.requests == 3


def test_cli_names_the_first_problem_on_one_line(store, sample, tmp_path, hostile, capsys):
    entries = _valid_entries(store, sample, tmp_path)
    doc = json.loads(entries["case.json"])
    doc["requests"][0]["law"] = "xx-nowhere"
    doc["requests"][1]["status"] = "won"
    path = _write(hostile / "cli.zip", {**entries, "case.json": json.dumps(doc).encode()})
    assert main(["--home", str(tmp_path / "other"), "import", "case", str(path)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("offmap: error: this case file cannot be imported: request ")
    assert "unknown law 'xx-nowhere'" in err and "won" not in err
    assert len(err.strip().splitlines()) == 1


def test_companies_from_a_case_file_are_not_trusted_for_sending(store, tmp_path, target):
    from app.core.model import Client, Company
    from app.services import clients as client_service
    from app.services import directory as directory_service
    from app.services.requests import new_request

    mine = directory_service.save_user_company(store, Company(
        slug="", name="Corner Data Shop", kind="broker",
        contacts={"email": "privacy@corner.example"}))
    client = client_service.add_client(store, Client(name="Case Carrier", state="CA"))
    new_request(store, client.id, mine.slug, "delete")
    out = tmp_path / "case.zip"
    case_files.export_case(store, client.id, out)
    case_files.import_case(target, out)
    imported = directory_service.get_company(target, mine.slug)
    source = directory_service.company_json(imported)["contact_sources"]["email"]
    assert source["source"].startswith("a case file imported on ")
    assert source["trusted"] is False
    mine_here = directory_service.company_json(directory_service.get_company(store, mine.slug))
    assert mine_here["contact_sources"]["email"]["trusted"] is True  # typed in here

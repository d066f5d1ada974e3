"""Case files: one client's export holds only that client's data, re-imports into an empty home
with identical content (ids remapped), optional passphrase encryption, and crafted archives
(path traversal, links, zip bombs, bad JSON, wrong checksums) refused with nothing written."""

from __future__ import annotations

import io
import json
import stat
import zipfile
from pathlib import Path

import pytest

from app.cli import main
from app.core.case_file import CaseFileError
from app.core.model import Client
from app.services import attachments as attachment_service
from app.services import case_crypto, case_files
from app.services.case_files import PassphraseNeeded
from app.store import clients as client_repo
from app.store import events as event_repo
from app.store import holdings as holding_repo
from app.store import open_store
from app.store import requests as request_repo
from tests.unit.case_samples import B_CANARIES, build

PASSPHRASE = "correct horse battery staple"


@pytest.fixture
def sample(store, tmp_path):
    files = tmp_path / "files"
    files.mkdir()
    return build(store, files)


def _entries(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _content(store, client_id: int) -> dict:
    """Everything stored for a client, without ids or timestamps, keyed by reference."""
    conn = store.conn
    client = client_repo.get(conn, client_id).to_json()
    for key in ("id", "created_at"):
        client.pop(key)
    holdings = sorted((h.company, tuple(h.data), h.evidence, h.reason)
                      for h in holding_repo.list_for_client(conn, client_id))
    requests = request_repo.list_where(conn, client_id=client_id)
    by_id = {r.id: r.reference for r in requests}
    rows = {}
    for request in requests:
        row = request.to_json()
        for key in ("id", "client_id"):
            row.pop(key)
        row["parent_id"] = by_id.get(request.parent_id)
        row["events"] = [
            (e.kind, e.on, e.text, json.dumps(e.data, sort_keys=True),
             tuple((a.filename, a.sha256, a.size, a.mime) for a in e.attachments))
            for e in event_repo.list_for_request(conn, request.id)
        ]
        rows[request.reference] = row
    return {"client": client, "holdings": holdings, "requests": rows}


def test_export_holds_only_the_chosen_clients_data(store, sample, tmp_path):
    out = tmp_path / "a.zip"
    result = case_files.export_case(store, sample.a, out)
    entries = _entries(out)
    assert {"case.json", "summary.pdf"} <= set(entries)
    assert result.requests == 3 and result.attachments == 2
    assert result.letters == 3 and result.problems == []
    letters = [n for n in entries if n.startswith("letters/")]
    assert letters and all(any(ref in n for ref in sample.a_refs) for n in letters)
    attachments = sorted(n for n in entries if n.startswith("attachments/"))
    assert len(attachments) == 2
    doc = json.loads(entries["case.json"])
    assert doc["client"]["name"] == "Ana Alvarez"
    assert sorted(r["reference"] for r in doc["requests"]) == sorted(sample.a_refs)
    everything = b"\n".join(data for name, data in entries.items() if not name.endswith(".pdf"))
    for canary in (*B_CANARIES, *sample.b_refs):
        assert canary.encode() not in everything, canary
    # And B's own export holds B's data but nothing of A's.
    out_b = tmp_path / "b.zip"
    case_files.export_case(store, sample.b, out_b)
    doc_b = json.loads(_entries(out_b)["case.json"])
    assert doc_b["client"]["name"] == B_CANARIES[0]
    text_b = json.dumps(doc_b)
    for value in ("Ana Alvarez", "ana@example.org", "+14155550100", *sample.a_refs):
        assert value not in text_b


def test_round_trip_into_an_empty_home_is_identical(store, sample, tmp_path):
    out = tmp_path / "a.zip"
    case_files.export_case(store, sample.a, out)
    other = open_store(tmp_path / "other-home")
    try:
        # Someone already there, so the new ids differ from the old ones.
        client_repo.insert(other.conn, Client(name="Someone Else"))
        result = case_files.import_case(other, out)
        assert result.client_id != sample.a
        assert (result.requests, result.events, result.attachments) == (3, 5, 2)
        assert _content(other, result.client_id) == _content(store, sample.a)
        for event in (e for r in request_repo.list_where(other.conn, client_id=result.client_id)
                      for e in event_repo.list_for_request(other.conn, r.id)):
            for attachment in event.attachments:
                copied = attachment_service.path_for(other.home, attachment)
                original = attachment_service.path_for(store.home, attachment)
                assert copied.read_bytes() == original.read_bytes()
        # Exporting the imported case gives the same case.json (apart from ids and dates).
        again = tmp_path / "again.zip"
        case_files.export_case(other, result.client_id, again)
        first, second = (json.loads(_entries(p)["case.json"]) for p in (out, again))
        for doc in (first, second):
            doc.pop("exported_at")
            old_ids = {r["id"]: r["reference"] for r in doc["requests"]}
            doc["client"].pop("id")
            doc["client"].pop("created_at")
            for row in doc["requests"]:
                row["id"] = old_ids[row["id"]]
                row["parent_id"] = old_ids.get(row["parent_id"])
            for row in doc["events"]:
                row["request_id"] = old_ids[row["request_id"]]
            for row in doc["letters"]:
                row["request_id"] = old_ids[row["request_id"]]
        assert first == second
    finally:
        other.close()


def test_importing_a_case_twice_is_refused(store, sample, tmp_path):
    out = tmp_path / "a.zip"
    case_files.export_case(store, sample.a, out)
    before = client_repo.count(store.conn)
    with pytest.raises(CaseFileError, match="already in this OffMap"):
        case_files.import_case(store, out)
    assert client_repo.count(store.conn) == before


def test_passphrase_encryption(store, sample, tmp_path):
    out = tmp_path / "sealed.zip"
    with pytest.raises(Exception, match="shorter than 8"):
        case_files.export_case(store, sample.a, out, passphrase="short")
    assert not out.exists()
    result = case_files.export_case(store, sample.a, out, passphrase=PASSPHRASE)
    assert result.encrypted
    entries = _entries(out)
    assert set(entries) == {"README.txt", "case.sealed"}
    assert b"Ana Alvarez" not in entries["case.sealed"]
    assert case_files.is_encrypted_case(out)

    other = open_store(tmp_path / "other-home")
    try:
        with pytest.raises(PassphraseNeeded, match="--passphrase-stdin"):
            case_files.import_case(other, out)
        with pytest.raises(case_crypto.WrongPassphrase, match="passphrase is wrong"):
            case_files.import_case(other, out, passphrase="not the passphrase")
        assert client_repo.count(other.conn) == 0
        imported = case_files.import_case(other, out, passphrase=PASSPHRASE)
        assert _content(other, imported.client_id) == _content(store, sample.a)
    finally:
        other.close()


def test_a_tampered_or_truncated_sealed_case_is_refused(store, sample, tmp_path):
    out = tmp_path / "sealed.zip"
    case_files.export_case(store, sample.a, out, passphrase=PASSPHRASE)
    sealed = _entries(out)["case.sealed"]
    for name, payload in (("flipped", sealed[:-40] + bytes([sealed[-40] ^ 1]) + sealed[-39:]),
                          ("truncated", sealed[: len(sealed) - 100])):
        bad = tmp_path / f"{name}.zip"
        with zipfile.ZipFile(bad, "w") as archive:
            archive.writestr("case.sealed", payload)
        with pytest.raises(case_crypto.WrongPassphrase):
            case_files.import_case(store, bad, passphrase=PASSPHRASE)


def test_crypto_refuses_costly_parameters():
    sealed = io.BytesIO()
    case_crypto.seal(io.BytesIO(b"x" * 10), sealed, PASSPHRASE)
    raw = sealed.getvalue()
    header_len = int.from_bytes(raw[len(case_crypto.MAGIC):len(case_crypto.MAGIC) + 2], "big")
    start = len(case_crypto.MAGIC) + 2
    header = json.loads(raw[start:start + header_len])
    header["n"] = 2 ** 30
    new_header = json.dumps(header).encode()
    crafted = (case_crypto.MAGIC + len(new_header).to_bytes(2, "big") + new_header
               + raw[start + header_len:])
    with pytest.raises(case_crypto.SealedFormatError, match="does not accept"):
        case_crypto.unseal(io.BytesIO(crafted), io.BytesIO(), PASSPHRASE, 10 ** 6)
    plain = io.BytesIO()
    case_crypto.unseal(io.BytesIO(raw), plain, PASSPHRASE, 10 ** 6)
    assert plain.getvalue() == b"x" * 10


# -- hostile archives ---------------------------------------------------------------------------
def _valid_entries(store, sample, tmp_path) -> dict[str, bytes]:
    out = tmp_path / "valid.zip"
    case_files.export_case(store, sample.a, out)
    return _entries(out)


def _write(path: Path, entries: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return path


def _assert_refused(store, path: Path, message: str, **kwargs) -> None:
    folder = path.parent
    outside_before = sorted(p.name for p in folder.parent.iterdir())
    in_folder_before = sorted(p.name for p in folder.iterdir())
    clients_before = client_repo.count(store.conn)
    blobs_before = sorted(p.name for p in (store.home / "attachments").rglob("*"))
    with pytest.raises(CaseFileError, match=message):
        case_files.import_case(store, path, **kwargs)
    assert sorted(p.name for p in folder.parent.iterdir()) == outside_before
    assert sorted(p.name for p in folder.iterdir()) == in_folder_before
    assert client_repo.count(store.conn) == clients_before
    assert sorted(p.name for p in (store.home / "attachments").rglob("*")) == blobs_before
    assert not list(store.home.glob(".import-*"))


@pytest.fixture
def target(tmp_path):
    """An empty OffMap to import into."""
    opened = open_store(tmp_path / "target-home")
    yield opened
    opened.close()


@pytest.fixture
def hostile(tmp_path):
    folder = tmp_path / "incoming" / "inner"
    folder.mkdir(parents=True)
    return folder


@pytest.mark.parametrize("name", ["../evil.txt", "../../evil.txt", "/tmp/evil.txt",
                                  "attachments/../../evil.txt", "C:/evil.txt",
                                  "attachments\\..\\evil.txt"])
def test_path_traversal_is_refused(store, sample, tmp_path, hostile, name, target):
    entries = _valid_entries(store, sample, tmp_path)
    doc = json.loads(entries["case.json"])
    for event in doc["events"]:
        for attachment in event["attachments"]:
            attachment["path"] = name
    entries["case.json"] = json.dumps(doc).encode()
    entries[name] = b"evil"
    _assert_refused(target, _write(hostile / "traversal.zip", entries), "unsafe file name")
    assert not (tmp_path / "evil.txt").exists() and not (tmp_path / "incoming" / "evil.txt") \
        .exists()


def test_symlink_entry_is_refused(store, sample, tmp_path, hostile, target):
    path = hostile / "link.zip"
    with zipfile.ZipFile(path, "w") as archive:
        info = zipfile.ZipInfo("attachments/link")
        info.external_attr = (stat.S_IFLNK | 0o777) << 16
        archive.writestr(info, "/etc/passwd")
        archive.writestr("case.json", _valid_entries(store, sample, tmp_path)["case.json"])
    _assert_refused(target, path, "contains a link")


def test_zip_bomb_is_refused_before_reading(store, hostile, target):
    path = hostile / "bomb.zip"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive, \
            archive.open("case.json", "w") as handle:
        chunk = b"\0" * (1024 * 1024)
        for _ in range(40):
            handle.write(chunk)
    assert path.stat().st_size < 1024 * 1024
    _assert_refused(target, path, "zip bomb")


def test_bad_json_and_bad_records_are_refused(store, sample, tmp_path, hostile, target):
    entries = _valid_entries(store, sample, tmp_path)
    good = json.loads(entries["case.json"])

    def variant(name: str, doc_bytes: bytes, message: str) -> None:
        _assert_refused(target, _write(hostile / f"{name}.zip", {**entries,
                                                                 "case.json": doc_bytes}),
                        message)

    variant("not-json", b"{not json", "not valid JSON")
    variant("not-utf8", b"\xff\xfe\x00", "not valid JSON")
    variant("other-format", json.dumps({"format": "something"}).encode(), "not an OffMap case")
    missing = dict(good)
    missing.pop("client")
    variant("no-client", json.dumps(missing).encode(), "not valid at")
    newer = {**good, "version": 99}
    variant("newer", json.dumps(newer).encode(), "newer OffMap")
    orphan = json.loads(json.dumps(good))
    orphan["events"][0]["request_id"] = 999999
    variant("orphan", json.dumps(orphan).encode(), "event for a request it does not hold")
    kind = json.loads(json.dumps(good))
    kind["events"][0]["kind"] = "exploded"
    variant("kind", json.dumps(kind).encode(), "unknown kind")
    slug = json.loads(json.dumps(good))
    slug["holdings"][0]["company"] = "../etc"
    variant("slug", json.dumps(slug).encode(), "not valid at holdings/0/company")
    bad_client = json.loads(json.dumps(good))
    bad_client["client"]["emails"] = ["not an address"]
    variant("client", json.dumps(bad_client).encode(), "client's details are not valid")
    _assert_refused(target, _write(hostile / "no-json.zip", {"summary.pdf": b"%PDF"}),
                    "no case.json")


def test_attachment_that_does_not_match_is_refused(store, sample, tmp_path, hostile, target):
    entries = _valid_entries(store, sample, tmp_path)
    name = next(n for n in entries if n.startswith("attachments/"))
    entries[name] = b"X" * len(entries[name])
    _assert_refused(target, _write(hostile / "checksum.zip", entries), "does not match")
    entries.pop(name)
    _assert_refused(target, _write(hostile / "missing.zip", entries), "is missing")


def test_not_a_zip_is_refused(store, hostile, target):
    path = hostile / "plain.zip"
    path.write_text("hello", encoding="utf-8")
    _assert_refused(target, path, "not a zip file")


# -- command line -------------------------------------------------------------------------------
def run(capsys, monkeypatch, *argv: str, stdin: str = "") -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    try:
        code = main(list(argv))
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_export_and_import_with_a_passphrase(store, sample, tmp_path, capsys, monkeypatch):
    home = str(store.home)
    out = tmp_path / "cli.zip"
    code, stdout, _ = run(capsys, monkeypatch, "--home", home, "export", "case", "--client",
                          str(sample.a), "--out", str(out), "--passphrase-stdin", "--json",
                          stdin=PASSPHRASE + "\n")
    assert code == 0 and json.loads(stdout)["encrypted"] is True
    other = str(tmp_path / "cli-other")
    code, _, err = run(capsys, monkeypatch, "--home", other, "import", "case", str(out))
    assert code == 1 and err.startswith("offmap: error: ") and "passphrase" in err
    code, _, err = run(capsys, monkeypatch, "--home", other, "import", "case", str(out),
                       "--passphrase-stdin", stdin="wrong passphrase\n")
    assert code == 1 and "passphrase is wrong" in err
    code, stdout, _ = run(capsys, monkeypatch, "--home", other, "import", "case", str(out),
                          "--passphrase-stdin", "--json", stdin=PASSPHRASE + "\n")
    assert code == 0
    new_id = json.loads(stdout)["id"]
    code, stdout, _ = run(capsys, monkeypatch, "--home", other, "client", "show", str(new_id),
                          "--json")
    assert json.loads(stdout)["name"] == "Ana Alvarez"
    code, stdout, _ = run(capsys, monkeypatch, "--home", home, "export", "ics", "--out",
                          str(tmp_path / "x.ics"))
    assert code == 0  # the tracking exports still share `offmap export`


def test_the_clients_own_company_travels_with_the_case(store, tmp_path):
    from app.core.model import Company
    from app.services import clients as client_service
    from app.services import directory
    from app.services import holdings as holding_service
    from app.services import requests as request_service

    client_id = client_service.add_client(store, Client(name="Local Shop Client",
                                                        state="CA")).id
    shop = directory.save_user_company(store, Company(
        slug="", name="Corner Location Shop", kind="app",
        contacts={"email": "privacy@corner.example"}))
    holding_service.add_holding(store, client_id, shop.slug, ["precise-location"])
    request_service.new_request(store, client_id, shop.slug, "delete")
    out = tmp_path / "shop.zip"
    case_files.export_case(store, client_id, out)
    other = open_store(tmp_path / "other-home")
    try:
        result = case_files.import_case(other, out)
        assert result.companies == 1
        assert directory.get_company(other, shop.slug).name == "Corner Location Shop"
        assert _content(other, result.client_id) == _content(store, client_id)
    finally:
        other.close()


def test_logs_of_the_clinic_flows_carry_no_personal_data(store, sample, tmp_path, capsys,
                                                         monkeypatch):
    home = str(store.home)
    other = str(tmp_path / "log-other")
    out = tmp_path / "logged.zip"
    steps = [
        ([home, "export", "case", "--client", str(sample.b), "--out", str(out)], ""),
        ([other, "import", "case", str(out)], ""),
        ([home, "backup", "--out", str(tmp_path / "b.sqlite3")], ""),
        ([home, "report"], ""),
        ([home, "export", "report", "--out", str(tmp_path / "r.csv")], ""),
    ]
    for argv, stdin in steps:
        code, _, err = run(capsys, monkeypatch, "--home", *argv, stdin=stdin)
        assert code == 0, err
    logs = b"".join(p.read_bytes() for root in (home, other)
                    for p in (Path(root) / "logs").glob("*.log*"))
    assert logs
    for canary in (*B_CANARIES, *sample.b_refs, "Ana Alvarez"):
        assert canary.encode() not in logs, canary

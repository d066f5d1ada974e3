"""An imported case's attachments go into the (encrypted) store in the transaction that records
the case: no readable copy is left in the data home, and a failed import leaves no file."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.errors import OffMapError
from app.paths import attachments_dir
from app.services import attachments as attachment_service
from app.services import case_files
from app.store import blobs as blob_repo
from app.store import clients as client_repo
from app.store import events as event_repo
from app.store import open_store
from app.store import requests as request_repo
from tests.unit.case_samples import build

NEEDLES = (b"AT&T answered Ana", b"scan of the reply for Ana")   # the sample's two files


@pytest.fixture
def store_backend() -> str:
    """Files in the data home: the embedded store."""
    return "sqlite"


def _readable(root: Path) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file()
            and any(needle in p.read_bytes() for needle in NEEDLES)]


@pytest.fixture
def exported(store, tmp_path):
    files = tmp_path / "files"
    files.mkdir()
    sample = build(store, files)
    out = tmp_path / "a.zip"
    case_files.export_case(store, sample.a, out)
    return out


def test_an_imported_case_leaves_no_readable_file_in_the_home(exported, tmp_path):
    other = open_store(tmp_path / "other-home")
    try:
        assert other.encrypted
        result = case_files.import_case(other, exported)
        assert result.attachments == 2 and blob_repo.count(other.conn) == 2
        assert _readable(other.home) == []
        assert not attachments_dir(other.home).exists() or not [
            p for p in attachments_dir(other.home).rglob("*") if p.is_file()]
        assert [p.name for p in other.home.iterdir() if p.name.startswith(".import-")] == []
        contents = [attachment_service.read_bytes(other, a)
                    for r in request_repo.list_where(other.conn, client_id=result.client_id)
                    for e in event_repo.list_for_request(other.conn, r.id) for a in e.attachments]
        assert sorted(n for n in NEEDLES if any(n in c for c in contents)) == sorted(NEEDLES)
    finally:
        other.close()


def test_a_failed_import_leaves_no_file_and_no_client(exported, tmp_path, monkeypatch):
    other = open_store(tmp_path / "other-home")
    real_insert = event_repo.insert
    calls = []

    def failing_insert(conn, event):
        calls.append(event)
        if len(calls) == 3:
            raise OffMapError("simulated failure while importing")
        return real_insert(conn, event)

    monkeypatch.setattr(event_repo, "insert", failing_insert)
    try:
        with pytest.raises(OffMapError, match="simulated failure"):
            case_files.import_case(other, exported)
        assert client_repo.count(other.conn) == 0 and blob_repo.count(other.conn) == 0
        assert _readable(other.home) == []
        monkeypatch.setattr(event_repo, "insert", real_insert)
        assert case_files.import_case(other, exported).attachments == 2
        assert blob_repo.count(other.conn) == 2
    finally:
        other.close()

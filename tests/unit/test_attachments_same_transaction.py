"""An event's files are saved in the transaction that records the event: until it commits no
other connection sees them, and when it fails no file is left in the store (no clean-up step
that a crash could skip)."""

from __future__ import annotations

import os

import pytest

from app.core.errors import OffMapError
from app.services import tracking
from app.store import events as event_repo
from app.store import open_store
from tests.unit.test_tracking_service import make_request


@pytest.fixture
def store_backend() -> str:
    """A second connection to the same file stands in for another OffMap."""
    return "sqlite"


def _blob_count(conn) -> int:
    return conn.execute("SELECT count(*) FROM blobs").fetchone()[0]


def _log(store, request_id, scan):
    tracking.log_event(store, request_id, "note", on="2026-01-16", attachments=[scan])


def _send(store, request_id, scan):
    tracking.mark_sent(store, request_id, on="2026-01-16", via="webform", attachments=[scan])


def _attach(store, request_id, scan):
    event = tracking.log_event(store, request_id, "note", on="2026-01-16")
    tracking.add_attachments(store, event.id, [scan])


@pytest.mark.parametrize("action, failing", [
    (_log, "insert"), (_send, "insert"), (_attach, "add_attachment")])
def test_a_failed_event_leaves_no_file_and_others_never_see_one(store, tmp_path, monkeypatch,
                                                                action, failing):
    request = make_request(store)
    if action is not _send:
        tracking.mark_sent(store, request.id, on="2026-01-15")
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF " + os.urandom(4096))
    other = open_store(store.home)
    seen_by_other: list[int] = []
    real = getattr(event_repo, failing)

    def failing_write(conn, item):
        if not isinstance(item, int) and (item.attachments if failing == "insert" else True):
            seen_by_other.append(_blob_count(other.conn))
            raise OffMapError("simulated failure while recording the event")
        return real(conn, item)

    monkeypatch.setattr(event_repo, failing, failing_write)
    try:
        with pytest.raises(OffMapError, match="simulated failure"):
            action(store, request.id, scan)
        assert seen_by_other == [0]   # not visible before the event is saved
        assert _blob_count(store.conn) == 0 and _blob_count(other.conn) == 0
    finally:
        other.close()
    monkeypatch.setattr(event_repo, failing, real)
    action(store, request.id, scan)
    assert _blob_count(store.conn) == 1

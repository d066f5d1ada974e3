"""services.tracking and services.attachments on a real store."""

from __future__ import annotations

import os
import stat
from datetime import date, timedelta
from pathlib import Path

import pytest

from app.core.errors import OffMapError, ValidationError
from app.core.model import Client, Request
from app.paths import attachments_dir
from app.services import attachments as attachment_service
from app.services import tracking
from app.services.clients import add_client
from app.store import requests as request_repo

D = date.fromisoformat


def make_request(store, law: str = "us-ca", kind: str = "delete", reference: str = "OFM-AAAA-0001",
                 client_id: int | None = None) -> Request:
    if client_id is None:
        client_id = add_client(store, Client(name="Test Person", state="CA", country="US")).id
    request = Request(client_id=client_id, company="att", law=law, type=kind,
                      reference=reference, created_on="2026-01-10")
    with store.transaction() as conn:
        request.id = request_repo.insert(conn, request)
    return request


def _row(store, request_id):
    return request_repo.get(store.conn, request_id)


def test_mark_sent_sets_the_due_date(store):
    req = make_request(store)
    sent = tracking.mark_sent(store, req.id, on="2026-01-15", via="email",
                              data={"message_id": "<abc@offmap>", "smtp_response": "250 OK"})
    assert (sent.sent_on, sent.via, sent.due_on, sent.extended_due_on) == \
        ("2026-01-15", "email", "2026-03-01", None)
    row = _row(store, req.id)
    assert row.due_on == "2026-03-01" and row.message_id == "<abc@offmap>"
    events = tracking.list_events(store, req.id)
    assert [e.kind for e in events] == ["sent"]
    assert events[0].data == {"message_id": "<abc@offmap>", "smtp_response": "250 OK",
                              "via": "email"}


def test_logging_extended_moves_the_deadline_by_the_laws_extension(store):
    req = make_request(store)
    tracking.mark_sent(store, req.id, on="2026-01-15")
    tracking.log_event(store, req.id, "extended", on="2026-02-10", text="complex request")
    row = _row(store, req.id)
    assert row.due_on == "2026-03-01"
    assert row.extended_due_on == "2026-04-15"


def test_post_uses_delivery_date(store):
    req = make_request(store)
    assert tracking.mark_sent(store, req.id, on="2026-01-15", via="post").due_on == "2026-03-06"
    req2 = make_request(store, reference="OFM-AAAA-0002", client_id=req.client_id)
    sent = tracking.mark_sent(store, req2.id, on="2026-01-15", via="post",
                              data={"delivered_on": "2026-01-17"})
    assert sent.due_on == "2026-03-03"


def test_overdue_is_cached_and_refreshed(store):
    req = make_request(store)
    tracking.mark_sent(store, req.id, on="2026-01-15")
    assert _row(store, req.id).status == "overdue"   # today is well past 2026-03-01
    tracking.log_event(store, req.id, "fulfilled", on="2026-02-01")
    assert _row(store, req.id).status == "fulfilled"


def test_mark_overdue_turns_open_requests_late(store):
    req = make_request(store)
    today = date.today()
    tracking.mark_sent(store, req.id, on=today)
    assert _row(store, req.id).status == "sent"
    # 60 days: past the 45-day deadline even when the law's roll-off moves its last day.
    assert tracking.mark_overdue(store, today + timedelta(days=60)) == 1
    assert _row(store, req.id).status == "overdue"
    assert tracking.mark_overdue(store, today + timedelta(days=60)) == 0


def test_mark_overdue_commits_in_short_batches(store, monkeypatch):
    """Thousands of requests falling due at once are marked in short transactions, so the
    window's other connections never wait past their busy timeout; all of them are marked."""
    client_id = add_client(store, Client(name="Batch Person", state="CA", country="US")).id
    today = date.today()
    ids = []
    for n in range(7):
        request = make_request(store, reference=f"OFM-BATC-{n:04d}", client_id=client_id)
        tracking.mark_sent(store, request.id, on=today)
        ids.append(request.id)
    monkeypatch.setattr(tracking, "OVERDUE_BATCH", 3)
    transactions = []
    real = type(store).transaction

    def counting(self):
        transactions.append(1)
        return real(self)

    monkeypatch.setattr(type(store), "transaction", counting)
    assert tracking.mark_overdue(store, today + timedelta(days=60)) == 7
    assert len(transactions) == 3  # 3 + 3 + 1
    assert {_row(store, request_id).status for request_id in ids} == {"overdue"}


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda s, r: tracking.mark_sent(s, r, on="15/01/2026"), "write it as YYYY-MM-DD"),
        (lambda s, r: tracking.mark_sent(s, r, on="2026-01-15", via="fax"),
         "'fax' is not a way of sending"),
        (lambda s, r: tracking.mark_sent(s, r, on=date.today() + timedelta(days=2)),
         "in the future"),
        (lambda s, r: tracking.mark_sent(s, r, on="2026-01-15", via="post",
                                         data={"delivered_on": "2026-01-10"}),
         "before the sending date"),
        (lambda s, r: tracking.log_event(s, r, "acknowledged", on="2026-01-15"),
         "mark it sent first"),
        (lambda s, r: tracking.log_event(s, r, "sent", on="2026-01-15"), "mark-sent"),
        (lambda s, r: tracking.log_event(s, r, "replied", on="2026-01-15"),
         "'replied' is not an event"),
        (lambda s, r: tracking.log_event(s, r, "closed", on="2026-01-15"), "say why"),
        (lambda s, r: tracking.log_event(s, r, "note", on="2026-01-15",
                                         attachments=["/nonexistent/x.pdf"]),
         "there is no file at"),
    ],
)
def test_bad_input_is_refused_and_nothing_changes(store, call, message):
    req = make_request(store)
    with pytest.raises(ValidationError, match=message):
        call(store, req.id)
    assert tracking.list_events(store, req.id) == []
    assert _row(store, req.id).status == "draft"


def test_answer_dated_before_sending_is_refused(store):
    req = make_request(store)
    tracking.mark_sent(store, req.id, on="2026-01-15")
    with pytest.raises(ValidationError, match="before the request was sent"):
        tracking.log_event(store, req.id, "denied", on="2026-01-14")


def test_unknown_request(store):
    with pytest.raises(OffMapError, match="no request with id 999"):
        tracking.mark_sent(store, 999, on="2026-01-15")


def test_edit_delete_and_undo(store):
    req = make_request(store)
    tracking.mark_sent(store, req.id, on="2026-01-15")
    ext = tracking.log_event(store, req.id, "extended", on="2026-02-10")
    assert _row(store, req.id).extended_due_on == "2026-04-15"
    ext.on, ext.text = "2026-03-05", "late notice"
    tracking.update_event(store, ext)
    assert _row(store, req.id).extended_due_on is None   # late extension: invalid
    assert "extension-late" in tracking.derive_one(store, req.id).flags
    removed = tracking.delete_event(store, ext.id)
    assert [e.kind for e in tracking.list_events(store, req.id)] == ["sent"]
    restored = tracking.restore_event(store, removed)
    assert restored.id is not None
    events = tracking.list_events(store, req.id)
    assert [(e.kind, e.on, e.text) for e in events][-1] == ("extended", "2026-03-05",
                                                             "late notice")


def test_sent_event_cannot_change_kind(store):
    req = make_request(store)
    tracking.mark_sent(store, req.id, on="2026-01-15")
    sent = tracking.list_events(store, req.id)[0]
    sent.kind = "note"
    with pytest.raises(ValidationError, match="cannot become"):
        tracking.update_event(store, sent)
    sent = tracking.list_events(store, req.id)[0]
    sent.on = "2026-01-20"
    tracking.update_event(store, sent)
    assert _row(store, req.id).due_on == "2026-03-06"


# ------------------------------------------------------------------ attachments

def _file(tmp_path: Path, name: str, content: bytes, sub: str = "") -> Path:
    folder = tmp_path / "src" / sub
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(content)
    return path


def _home_files(home: Path) -> list[Path]:
    return [p for p in attachments_dir(home).rglob("*") if p.is_file()]


def _blob_count(store) -> int:
    return store.conn.execute("SELECT count(*) FROM blobs").fetchone()[0]


def test_attachments_are_kept_in_the_store_content_addressed(store, tmp_path):
    req = make_request(store)
    tracking.mark_sent(store, req.id, on="2026-01-15")
    first = _file(tmp_path, "reply.pdf", b"%PDF first", "a")
    second = _file(tmp_path, "reply.pdf", b"%PDF second", "b")   # same name, other content
    event = tracking.log_event(store, req.id, "acknowledged", on="2026-01-20",
                               attachments=[first, second])
    stored = tracking.list_events(store, req.id)[-1].attachments
    assert [a.filename for a in stored] == ["reply.pdf", "reply.pdf"]
    assert stored[0].sha256 != stored[1].sha256
    for attachment, content in zip(stored, (b"%PDF first", b"%PDF second"), strict=True):
        assert attachment_service.read_bytes(store, attachment) == content
        path = attachment_service.path_for(store, attachment)   # a temporary copy to open
        assert path.read_bytes() == content and path.name == "reply.pdf"
        assert store.home not in path.parents
        if os.name == "posix":
            assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert attachment.mime == "application/pdf" and attachment.size == len(content)
    first.unlink()   # the store keeps its own copy
    assert attachment_service.read_bytes(store.home, stored[0]) == b"%PDF first"
    assert _home_files(store.home) == [] and _blob_count(store) == 2
    assert event.id is not None


def test_the_same_file_twice_is_stored_once(store, tmp_path):
    req = make_request(store)
    tracking.mark_sent(store, req.id, on="2026-01-15")
    one = _file(tmp_path, "a.png", b"same bytes")
    two = _file(tmp_path, "b.png", b"same bytes")
    tracking.log_event(store, req.id, "note", on="2026-01-16", attachments=[one])
    tracking.log_event(store, req.id, "note", on="2026-01-17", attachments=[two])
    assert _blob_count(store) == 1


def _sparse(tmp_path: Path, name: str, size: int) -> Path:
    path = tmp_path / name
    with path.open("wb") as handle:
        handle.truncate(size)
    return path


def test_a_30_mb_file_is_refused_unless_confirmed(store, tmp_path):
    req = make_request(store)
    tracking.mark_sent(store, req.id, on="2026-01-15")
    big = _sparse(tmp_path, "video.mov", 30 * 1024 * 1024)
    with pytest.raises(attachment_service.LargeFileError, match=r"'video.mov' is 30 MB.*confirm"):
        tracking.log_event(store, req.id, "note", on="2026-01-16", attachments=[big])
    assert [e.kind for e in tracking.list_events(store, req.id)] == ["sent"]
    assert _blob_count(store) == 0
    event = tracking.log_event(store, req.id, "note", on="2026-01-16", attachments=[big],
                               confirm_large=True)
    assert event.attachments[0].size == 30 * 1024 * 1024


def test_a_file_over_the_cap_is_refused_even_when_confirmed(store, tmp_path):
    req = make_request(store)
    tracking.mark_sent(store, req.id, on="2026-01-15")
    huge = _sparse(tmp_path, "video.mov", 200 * 1024 * 1024)
    with pytest.raises(attachment_service.TooLargeError,
                       match=r"'video.mov' is 200 MB, over the 100 MB .* smaller copy"):
        tracking.log_event(store, req.id, "note", on="2026-01-16", attachments=[huge],
                           confirm_large=True)
    assert [e.kind for e in tracking.list_events(store, req.id)] == ["sent"]
    assert _blob_count(store) == 0


def _full_after(conn, pages: int) -> None:
    """SQLite's own "database or disk is full" once the file would grow by `pages` pages."""
    count = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {count + pages}")


def test_full_disk_leaves_nothing_half_written(store, tmp_path, monkeypatch):
    if store.backend != "sqlite":
        pytest.skip("SQLite's page limit stands in for a full disk; a server's disk is its own")
    req = make_request(store)
    tracking.mark_sent(store, req.id, on="2026-01-15")
    source = _file(tmp_path, "scan.jpg", os.urandom(2 * 1024 * 1024))
    real_open = attachment_service.open_store

    def nearly_full(home):
        opened = real_open(home)
        _full_after(opened.conn, 8)
        return opened

    monkeypatch.setattr(attachment_service, "open_store", nearly_full)
    _full_after(store.conn, 8)
    with pytest.raises(attachment_service.DiskFullError, match=r"disk .* is full.*Free some space"):
        tracking.log_event(store, req.id, "note", on="2026-01-16", attachments=[source])
    assert [e.kind for e in tracking.list_events(store, req.id)] == ["sent"]
    assert _blob_count(store) == 0 and _home_files(store.home) == []
    monkeypatch.setattr(attachment_service, "open_store", real_open)
    store.conn.execute("PRAGMA max_page_count = 1073741823")
    tracking.log_event(store, req.id, "note", on="2026-01-16", attachments=[source])
    assert _blob_count(store) == 1


def test_too_little_free_space_is_refused_before_copying(store, tmp_path, monkeypatch):
    req = make_request(store)
    source = _file(tmp_path, "scan.jpg", b"x" * 5000)
    monkeypatch.setattr(attachment_service.shutil, "disk_usage",
                        lambda _p: type("U", (), {"free": 1000})())
    with pytest.raises(attachment_service.DiskFullError):
        tracking.log_event(store, req.id, "note", on="2026-01-16", attachments=[source])
    assert _blob_count(store) == 0


def test_failed_transaction_removes_the_new_copies(store, tmp_path, monkeypatch):
    req = make_request(store)
    tracking.mark_sent(store, req.id, on="2026-01-15")
    source = _file(tmp_path, "scan.jpg", b"content")

    def broken_refresh(conn, request_id, today=None):
        raise OffMapError("simulated failure")

    monkeypatch.setattr(tracking, "refresh", broken_refresh)
    with pytest.raises(OffMapError, match="simulated"):
        tracking.log_event(store, req.id, "note", on="2026-01-16", attachments=[source])
    assert _blob_count(store) == 0
    assert [e.kind for e in tracking.list_events(store, req.id)] == ["sent"]


def test_prune_keeps_used_files_and_removes_unused(store, tmp_path):
    req = make_request(store)
    tracking.mark_sent(store, req.id, on="2026-01-15")
    keep = tracking.log_event(store, req.id, "note", on="2026-01-16",
                              attachments=[_file(tmp_path, "k.txt", b"keep")])
    drop = tracking.log_event(store, req.id, "note", on="2026-01-16",
                              attachments=[_file(tmp_path, "d.txt", b"drop")])
    tracking.delete_event(store, drop.id)
    assert attachment_service.prune_unused(store) == 0  # just stored: maybe still attaching
    assert attachment_service.prune_unused(store, min_age_seconds=-1) == 1
    assert attachment_service.read_bytes(store, keep.attachments[0]) == b"keep"
    with pytest.raises(OffMapError, match="missing"):
        attachment_service.read_bytes(store, drop.attachments[0])


def test_files_of_deleted_events_go_when_offmap_exits(store, tmp_path):
    """Undo can bring a deleted event back while the window is open, so its files stay until
    exit; then files unreferenced for an hour are removed and the store closed."""
    from app.gui.shell.launch import finish

    req = make_request(store)
    tracking.mark_sent(store, req.id, on="2026-01-15")
    keep = tracking.log_event(store, req.id, "note", on="2026-01-16",
                              attachments=[_file(tmp_path, "k.txt", b"keep")])
    drop = tracking.log_event(store, req.id, "note", on="2026-01-16",
                              attachments=[_file(tmp_path, "d.txt", b"drop")])
    tracking.delete_event(store, drop.id)
    with store.transaction() as conn:
        conn.execute("UPDATE blobs SET created_at = '2026-01-01T00:00:00Z'")
    home = store.home
    finish(store)
    assert attachment_service.read_bytes(home, keep.attachments[0]) == b"keep"
    with pytest.raises(OffMapError, match="missing"):
        attachment_service.read_bytes(home, drop.attachments[0])
    if store.backend == "sqlite":   # a server store's connection reconnects when used again
        with pytest.raises(Exception, match="closed"):
            store.conn.execute("SELECT 1")

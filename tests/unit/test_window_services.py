"""Service functions the window uses instead of reaching into the store (the CLI can call them
too)."""

from __future__ import annotations

from app.services import preferences as preference_service


def test_stored_language_defaults_to_system_then_reads_the_choice(store):
    assert preference_service.stored_language(store) == "system"
    preference_service.set_setting(store, "language", "es")
    assert preference_service.stored_language(store) == "es"


def test_overdue_request_ids_marks_and_lists_the_late_open_requests(store):
    from datetime import date, timedelta

    from app.services import deadlines, tracking
    from app.services import requests as request_service
    from tests.unit.test_tracking_service import make_request

    late = make_request(store)
    on_time = make_request(store, reference="OFM-AAAA-0002", client_id=late.client_id)
    draft = make_request(store, reference="OFM-AAAA-0003", client_id=late.client_id)
    today = date.today()
    tracking.mark_sent(store, late.id, on=today - timedelta(days=60))
    tracking.mark_sent(store, on_time.id, on=today)
    assert deadlines.overdue_request_ids(store, today) == {late.id}
    assert request_service.get_request(store, late.id).status == "overdue"
    assert request_service.get_request(store, draft.id).status == "draft"


def _interrupted(store):
    from app.store import outbox as outbox_repo
    from tests.unit.test_tracking_service import make_request

    request = make_request(store)
    with store.transaction() as conn:
        outbox_repo.claim(conn, request.id, "<m1@example.org>", None, "privacy@att.example")
    return request


def test_record_interrupted_send_marks_sent_and_clears_the_outbox_together(store):
    from datetime import date

    from app.services import tracking
    from app.store import events as event_repo
    from app.store import outbox as outbox_repo

    request = _interrupted(store)
    updated = tracking.record_interrupted_send(store, request.id)
    assert updated.status == "sent" and updated.sent_on == date.today().isoformat()
    assert outbox_repo.get(store.conn, request.id) is None
    sent = [e for e in event_repo.list_for_request(store.conn, request.id) if e.kind == "sent"]
    assert [e.data for e in sent] == [{"via": "email"}]


def test_record_interrupted_send_failing_leaves_both_unchanged(store, monkeypatch):
    import pytest

    from app.services import tracking
    from app.store import events as event_repo
    from app.store import outbox as outbox_repo

    request = _interrupted(store)

    def broken_release(conn, request_id):
        raise RuntimeError("disk gone")

    monkeypatch.setattr(outbox_repo, "release", broken_release)
    with pytest.raises(RuntimeError):
        tracking.record_interrupted_send(store, request.id)
    assert outbox_repo.get(store.conn, request.id) is not None
    assert event_repo.list_for_request(store.conn, request.id) == []
    assert tracking.request_repo.get(store.conn, request.id).status == "draft"


def test_record_interrupted_send_of_a_closed_request_keeps_its_outbox_row(store):
    import pytest

    from app.core.errors import ValidationError
    from app.services import tracking
    from app.store import outbox as outbox_repo

    request = _interrupted(store)
    tracking.log_event(store, request.id, "closed", text="Withdrawn")
    with pytest.raises(ValidationError):
        tracking.record_interrupted_send(store, request.id)
    assert outbox_repo.get(store.conn, request.id) is not None

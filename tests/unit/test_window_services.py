"""Service functions the window uses instead of reaching into the store (the CLI can call them
too)."""

from __future__ import annotations

from app.services import preferences as preference_service


def test_stored_language_defaults_to_system_then_reads_the_choice(store):
    assert preference_service.stored_language(store) == "system"
    preference_service.set_setting(store, "language", "es")
    assert preference_service.stored_language(store) == "es"
    assert preference_service.stored_language(store.conn) == "es"


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

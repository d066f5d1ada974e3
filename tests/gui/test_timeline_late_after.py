"""A request's timeline says when the answer is still on time once the law's roll-off rule moves
a last day off a weekend or holiday (issue 14), and counts no negative "days left"."""

from __future__ import annotations

import re

from app.core.model import Client
from app.services import clients as client_service
from app.services import requests as request_service
from app.services import tracking


def test_timeline_names_the_later_day_and_its_rule(window):
    from app.gui.requests.request_timeline import RequestTimeline

    store = window.ctx.store
    client = client_service.add_client(store, Client(name="Ana", state="CA", country="US",
                                                     emails=["ana@example.org"]))
    request = request_service.new_request(store, client.id, "kochava", "delete")
    tracking.mark_sent(store, request.id, on="2025-12-03")   # due Sat 2026-01-17; MLK Monday
    timeline = RequestTimeline(window.ctx)
    timeline.set_request(request.id)
    text = timeline.summary.text()
    assert "answer due 2026-01-17" in text
    assert "an answer on 2026-01-20 is still on time (Code Civ. Proc. 12a" in text
    assert not re.search(r"-\d+ days? left", text)

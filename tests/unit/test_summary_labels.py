"""The client's summary names request statuses in the window's words (Partly answered, Refused,
Not delivered), from a table kept identical to the window's."""

from __future__ import annotations

import pytest

from app.gui.common.kind_labels import REQUEST_STATUS_LABELS
from app.render.case_summary import OUTCOME_LABELS, summary_html


def test_the_summary_and_the_window_share_one_status_table():
    assert {status: str(label) for status, label in OUTCOME_LABELS.items()} == \
        REQUEST_STATUS_LABELS


def _doc(*statuses: str) -> dict:
    requests = [{"id": i, "reference": f"OFM-AAAA-{i:04d}", "company": "att", "law": "us-ca",
                 "type": "delete", "status": status, "sent_on": "2026-01-15",
                 "due_on": "2026-03-01"} for i, status in enumerate(statuses, start=1)]
    return {"client": {"name": "Ana Client"}, "holdings": [], "requests": requests,
            "events": [], "exported_at": "2026-12-04T00:00:00"}


@pytest.mark.parametrize(("status", "word", "old"), [
    ("partial", "Partly answered", "Partly fulfilled"),
    ("bounced", "Not delivered", "Bounced"),
    ("denied", "Refused", "Denied"),
])
def test_the_summary_says_what_the_window_says(status, word, old):
    for for_client in (False, True):
        html = summary_html(_doc(status, "fulfilled"), {"att": "AT&T"}, for_client=for_client)
        assert html.count(word) == 2     # the request's row and the outcomes table
        assert old not in html

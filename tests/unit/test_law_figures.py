"""Figures read at section level on 2026-12-03 (issue 14): each with its amount, the section it
comes from, its confidence and a source recorded as read; and the dates OffMap derives from them."""

from __future__ import annotations

from datetime import date

import pytest

from app.core import laws
from app.core.deadlines import compute_due

D = date.fromisoformat

# law, deadline key, amount, citation, confidence
FIGURES = [
    ("us-tn", "respond", 45, "Tenn. Code Ann. 47-18-3304(b)(1)", "statute"),
    ("us-tn", "extension", 45, "Tenn. Code Ann. 47-18-3304(b)(1)", "statute"),
    ("us-tn", "appeal", 60, "Tenn. Code Ann. 47-18-3304", "secondary"),
]


@pytest.mark.parametrize(("law_id", "key", "amount", "citation", "confidence"), FIGURES)
def test_figure_is_cited_at_section_level_with_its_source(law_id, key, amount, citation,
                                                          confidence):
    law = laws.get_law(law_id)
    rule = law["deadlines"][key]
    assert (rule["amount"], rule["citation"], rule["confidence"]) == \
        (amount, citation, confidence)
    assert "et seq." not in rule["citation"] and " ch. " not in rule["citation"]
    read = {s["url"]: s for s in law["sources"]}
    assert read[rule["source"]]["read_on"] == "2026-12-03"


# law, request type, section read for the right
GRANTS = [
    ("us-tn", "access", "Tenn. Code Ann. 47-18-3304(a)(2)(A)"),
    ("us-tn", "correct", "Tenn. Code Ann. 47-18-3304(a)(2)(B)"),
    ("us-tn", "delete", "Tenn. Code Ann. 47-18-3304(a)(2)(C)"),
    ("us-tn", "opt-out", "Tenn. Code Ann. 47-18-3304(a)(2)(E)"),
]


@pytest.mark.parametrize(("law_id", "kind", "citation"), GRANTS)
def test_rights_cite_the_paragraph_read(law_id, kind, citation):
    grant = laws.get_law(law_id)["grants"][kind]
    assert (grant["citation"], grant["confidence"]) == (citation, "statute")


def test_tennessee_dates_follow_the_sections_read():
    due = compute_due(laws.get_law("us-tn"), "access", D("2026-03-02"))
    assert due.due_on == D("2026-04-16")   # 45 days, 47-18-3304(b)(1)
    assert due.extended_due_on == D("2026-05-31")   # once, by 45 more days
    appeal = compute_due(laws.get_law("us-tn"), "appeal", D("2026-03-02"), parent_type="access")
    assert appeal.due_on == D("2026-05-01") and appeal.rule["confidence"] == "secondary"

"""The Directory page's detail pane shows each channel (kind, value, quality, source, date read)
and the identification the company needs and refuses, by name, reachable by keyboard."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.core.model import Company
from app.gui.directory.company_detail import CompanyDetail, company_html


@pytest.fixture
def page(window):
    window.show_page("directory")
    return window.page("directory")


def test_kochava_shows_its_channel_needs_and_refusals(page, qtbot):
    page.select("kochava")
    text = page.detail.toPlainText()
    html = page.detail.toHtml().replace('"', "'")
    assert "Channels" in text
    assert "privacy@kochava.com" in text and "Verified" in text and "read on 2026-12-03" in text
    assert "Reviewed" in text and "Last verified" not in text
    assert ("href='https://support.kochava.com/reference-information/kochava-privacy-request/'"
            in html)
    needs = next(line for line in text.splitlines() if line.startswith("Identification it needs"))
    assert "Advertising ID (AAID/IDFA)" in needs and "Name" not in needs
    refused = next(line for line in text.splitlines() if line.startswith("Never send it"))
    assert "Name" in refused and "Phone number" in refused and "E-mail address" in refused
    assert "ad-id" not in text  # identifiers by name, not by id


def test_channel_without_source_or_date_and_unknown_identifier(qtbot):
    company = Company(slug="x", name="X Corp", kind="broker", channels=[
        {"kind": "webform", "value": "https://x.example/privacy", "quality": "unverified"},
        {"kind": "postal", "value": ""}],
        required_identification=["date-of-birth", "sworn-statement"])
    out = company_html(company, {})
    assert "Web form</b>: <a href='https://x.example/privacy'>" in out
    assert "(Unverified)" in out and "read on" not in out and out.count("<li>") == 1
    assert "Date of birth, Signed statement of identity (28 U.S.C. 1746)" in out
    assert "Never send it" not in out
    assert "Channels" not in company_html(Company(slug="y", name="Y", kind="app"), {})


def test_links_are_reachable_by_keyboard(qtbot):
    detail = CompanyDetail()
    qtbot.addWidget(detail)
    company = Company(slug="x", name="X Corp", kind="broker", channels=[
        {"kind": "email", "value": "privacy@x.example", "quality": "verified",
         "source": "https://x.example/privacy", "seen": "2026-12-03"}])
    detail.show_company(company, {})
    assert detail.focusPolicy() == Qt.FocusPolicy.StrongFocus
    assert detail.textInteractionFlags() & Qt.TextInteractionFlag.LinksAccessibleByKeyboard
    detail.show()
    detail.setFocus()
    assert detail.focusNextPrevChild(True)  # Tab moves to the first link inside the pane
    assert detail.textCursor().hasSelection()
    assert detail.textCursor().selectedText() == "privacy@x.example"

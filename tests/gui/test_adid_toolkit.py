"""The Ad-ID toolkit page, the client dialog's new fields, the coverage line of the Directory page
and the request pane's missing-identifier warning."""

from __future__ import annotations

from app.core.model import Client
from app.gui.clients.client_dialog import ClientDialog
from app.services import clients as client_service
from app.services import requests as request_service
from app.services import tracking
from app.services.coverage import directory_coverage

AD_ID = "38400000-8cf0-11bd-b23e-10b96e40000d"


def _page(window):
    window.show_page("adid")
    return window.page("adid")


def test_guide_shows_sourced_steps_and_the_ad_id_only_brokers(window):
    page = _page(window)
    text = page.guide_view.toPlainText()
    assert "Privacy & Security → Tracking" in text
    assert "Delete advertising ID" in text
    assert "read on 2026-12-03" in text
    html = page.guide_view.toHtml()
    assert "support.apple.com" in html and "support.google.com" in html
    assert "Kochava" in page.brokers.text()


def test_store_an_ad_id_on_the_client_with_validation(window, qtbot):
    ctx = window.ctx
    client = client_service.add_client(ctx.store, Client(name="Ana", state="NY"))
    ctx.bus.clients_changed.emit()
    page = _page(window)
    page.client_box.setCurrentIndex(page.client_box.findData(client.id))
    page.ad_id_edit.setText("not-an-id")
    assert page.store_ad_id() is False
    assert "not an advertising ID" in page.status.text()
    assert client_service.get_client(ctx.store, client.id).ad_ids == []
    page.ad_id_edit.setText(AD_ID)
    assert page.store_ad_id() is True
    assert client_service.get_client(ctx.store, client.id).ad_ids == [AD_ID]
    assert AD_ID in page.status.text() and page.ad_id_edit.text() == ""


def test_alt_i_reaches_the_advertising_id_field(window, qtbot):
    from PySide6.QtCore import Qt

    page = _page(window)
    page.client_box.setFocus()
    qtbot.keyClick(page.client_box, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)
    assert page.ad_id_edit.hasFocus()


def test_drop_is_explained_to_a_californian_only(window):
    ctx = window.ctx
    ny = client_service.add_client(ctx.store, Client(name="Ny Person", state="NY"))
    ca = client_service.add_client(ctx.store, Client(name="Ca Person", state="CA"))
    ctx.bus.clients_changed.emit()
    page = _page(window)
    page.client_box.setCurrentIndex(page.client_box.findData(ny.id))
    assert "for California residents" in page.drop_view.toPlainText()
    assert "Connected" not in page.drop_view.toPlainText()
    page.client_box.setCurrentIndex(page.client_box.findData(ca.id))
    text = page.drop_view.toPlainText()
    assert "registered" in text and "still need their own requests" in text
    assert "mobile advertising IDs (MAID)" in text and "privacy.ca.gov" in page.drop_view.toHtml()


def test_client_dialog_edits_birth_date_accounts_and_shows_validation(qtbot):
    dialog = ClientDialog(Client(id=3, name="Ana", ad_ids=[AD_ID], birth_date="1980-04-23",
                                 account_numbers={"att": "A-1"}))
    qtbot.addWidget(dialog)
    assert dialog.birth_date.text() == "1980-04-23"
    assert dialog.accounts.toPlainText() == "att = A-1"
    for field, value, words in [
        (dialog.birth_date, "23/04/1980", "YYYY-MM-DD"),
        (dialog.ad_ids, "1234", "not an advertising ID"),
    ]:
        old = field.text()
        field.setText(value)
        dialog.accept()
        assert dialog.result_client is None and words in dialog.error.text()
        field.setText(old)
    dialog.accounts.setPlainText("att")
    dialog.accept()
    assert "company = number" in dialog.error.text()
    dialog.accounts.setPlainText("att = A-2\nkochava: K-9")
    dialog.accept()
    assert dialog.result_client is not None
    assert dialog.result_client.account_numbers == {"att": "A-2", "kochava": "K-9"}
    assert dialog.result_client.birth_date == "1980-04-23"


def test_directory_page_shows_the_stats_figures(window):
    window.show_page("directory")
    panel = window.page("directory").coverage
    figures = directory_coverage(window.ctx.store)
    text = panel.text()
    assert f"{figures.companies} companies" in text
    assert f"{figures.with_email} with an e-mail address" in text
    assert f"{figures.seed_companies_reachable} of {figures.seed_companies}" in text


def test_request_pane_warns_about_a_missing_ad_id(window):
    ctx = window.ctx
    client = client_service.add_client(ctx.store, Client(name="Ana", state="CA",
                                                         emails=["ana@example.org"]))
    request = request_service.new_request(ctx.store, client.id, "kochava", "delete")
    window.show_page("requests")
    page = window.page("requests")
    page.reload(select_id=request.id)
    assert page.detail.request_id == request.id
    summary = page.detail.summary.text()
    assert "Missing before sending" in summary and "Ad-ID toolkit" in summary
    tracking.mark_sent(ctx.store, request.id)
    page.reload(select_id=request.id)
    summary = page.detail.summary.text()   # a sent letter: no longer a task before sending
    assert "Missing from the letter" in summary and "before sending" not in summary


def test_send_asks_before_a_letter_that_lacks_what_the_company_needs(window, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from app.gui.requests import missing_id_prompt

    ctx = window.ctx
    client = client_service.add_client(ctx.store, Client(name="Ana", state="CA",
                                                         emails=["ana@example.org"]))
    request = request_service.new_request(ctx.store, client.id, "kochava", "delete")
    shown: list[str] = []

    def cancel(box):
        shown.append(box.informativeText())
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "exec", cancel)
    assert missing_id_prompt.confirm_send(window, ctx, request.id) is False
    assert "Advertising ID" in shown[0] and "Ad-ID toolkit" in shown[0]
    client_service.update_client(ctx.store, Client(**{**client.__dict__, "ad_ids": [AD_ID]}))
    assert missing_id_prompt.confirm_send(window, ctx, request.id) is True
    assert len(shown) == 1  # nothing missing: no question


def test_new_request_preview_says_what_the_letter_would_lack(window, qtbot):
    from app.gui.requests.new_request_dialog import NewRequestDialog

    client = client_service.add_client(window.ctx.store, Client(name="Ana", state="CA"))
    dialog = NewRequestDialog(window.ctx, client.id, ["kochava"], parent=window)
    qtbot.addWidget(dialog)
    dialog.plan_view.selectRow(0)
    text = dialog.explanation.text()
    assert "Missing before sending:" in text and "Advertising ID" in text


def test_send_all_asks_once_naming_the_letters_that_lack_identification(window, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from app.gui.requests import missing_id_prompt

    ctx = window.ctx
    client = client_service.add_client(ctx.store, Client(name="Ana", state="CA",
                                                         emails=["ana@example.org"]))
    kochava = request_service.new_request(ctx.store, client.id, "kochava", "delete")
    shown: list[str] = []

    def cancel(box):
        shown.append(box.informativeText())
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "exec", cancel)
    assert missing_id_prompt.confirm_send_all(window, ctx, [kochava.id]) is False
    assert kochava.reference in shown[0] and "Advertising ID" in shown[0]
    assert missing_id_prompt.confirm_send_all(window, ctx, []) is True

"""The web form, post and phone dialogs and the "Other ways" menu, driven like a user would:
copy values, open the form, save the window-envelope PDF, record confirmation, tracking,
delivery and the call; channels show a bounced address as suspect; successors say why."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate
from PySide6.QtGui import QGuiApplication

from app.core.model import Client
from app.gui.requests import webform_dialog
from app.gui.requests.phone_dialog import PhoneDialog
from app.gui.requests.post_dialog import PostDialog
from app.gui.requests.route_menu import ChannelsDialog
from app.gui.requests.webform_dialog import WebformDialog
from app.services import channel_health
from app.services import clients as client_service
from app.services.requests import get_request, new_request
from app.services.tracking import list_events


@pytest.fixture
def client_id(window) -> int:
    return client_service.add_client(window.ctx.store, Client(
        name="Gui Router", emails=["router@example.net"], phones=["+14155550142"],
        address="12 Oak St\nSan Jose, CA 95112", state="CA", country="US")).id


def test_webform_dialog_copies_values_opens_the_form_and_records_proof(window, client_id,
                                                                      monkeypatch, tmp_path):
    store = window.ctx.store
    request = new_request(store, client_id, "sprint", "delete")
    opened = []
    monkeypatch.setattr(webform_dialog.QDesktopServices, "openUrl",
                        lambda url: opened.append(url.toString()) or True)
    dialog = WebformDialog(window.ctx, request.id, window)
    assert "Sprint merged into T-Mobile" in dialog.findChildren(
        webform_dialog.QLabel)[0].text()
    dialog.copy_buttons["Reference"].click()
    assert QGuiApplication.clipboard().text() == request.reference
    dialog.copy_letter_button.click()
    assert request.reference in QGuiApplication.clipboard().text()
    dialog.open_button.click()
    assert opened and opened[0].startswith("https://www.t-mobile.com/")

    shot = tmp_path / "submitted.png"
    shot.write_bytes(b"\x89PNG\r\n\x1a\n" + b"1" * 32)
    dialog.confirmation.setText("REQ-778")
    dialog.files.add(tmp_path / "missing.png")
    dialog.mark_button.click()
    assert "missing.png" in dialog.status.text()
    assert get_request(store, request.id).status == "draft"
    dialog.files.list.clear()
    dialog.files.add(shot)
    dialog.mark_button.click()
    saved = get_request(store, request.id)
    assert (saved.status, saved.via) == ("sent", "webform")
    [sent] = [e for e in list_events(store, request.id) if e.kind == "sent"]
    assert sent.data["confirmation"] == "REQ-778"
    assert [a.filename for a in sent.attachments] == ["submitted.png"]


def test_post_dialog_saves_the_pdf_then_records_posting_and_delivery(window, client_id,
                                                                    tmp_path):
    store = window.ctx.store
    request = new_request(store, client_id, "ice", "access")
    dialog = PostDialog(window.ctx, request.id, window)
    assert dialog.envelope.currentData() == "us10"
    target = tmp_path / "post.pdf"
    dialog.save_pdf(str(target))
    assert target.read_bytes().startswith(b"%PDF-")
    posted_on = date.today() - timedelta(days=10)
    dialog.day.setDate(QDate(posted_on.year, posted_on.month, posted_on.day))
    dialog.tracking.setText("9407 1118 9876 5432 1000 00")
    dialog.mark_button.click()
    saved = get_request(store, request.id)
    assert (saved.status, saved.via, saved.sent_on) == ("sent", "post", posted_on.isoformat())
    due_before = saved.due_on

    later = PostDialog(window.ctx, request.id, window)
    assert later.posted and not later.tracking.isEnabled()
    delivered_on = posted_on + timedelta(days=2)
    later.delivered.setDate(QDate(delivered_on.year, delivered_on.month, delivered_on.day))
    later.mark_button.click()
    after = get_request(store, request.id)
    assert after.due_on != due_before  # counted from delivery, not posting + 5 days
    [sent] = [e for e in list_events(store, request.id) if e.kind == "sent"]
    assert sent.data["delivered_on"] == delivered_on.isoformat()
    assert sent.data["tracking_number"] == "9407 1118 9876 5432 1000 00"


def test_phone_dialog_shows_the_script_and_logs_the_call(window, client_id):
    store = window.ctx.store
    request = new_request(store, client_id, "verizon", "opt-out")
    dialog = PhoneDialog(window.ctx, request.id, window)
    script = dialog.script.toPlainText()
    assert request.reference in script and "WRITE DOWN" in script
    dialog.said.setPlainText("Opt-out placed")
    dialog.log_button.click()
    assert "who you spoke to" in dialog.status.text()
    assert get_request(store, request.id).status == "draft"
    dialog.spoke_to.setText("Sam")
    dialog.confirmation.setText("C-1")
    dialog.log_button.click()
    saved = get_request(store, request.id)
    assert (saved.status, saved.via) == ("sent", "phone")
    assert any(e.kind == "note" and "Sam" in e.text for e in list_events(store, request.id))


def test_channels_dialog_shows_a_suspect_channel_and_clears_it(window, client_id):
    store = window.ctx.store
    request = new_request(store, client_id, "kochava", "delete")
    channel_health.mark_suspect(store, "kochava", "email", "privacy@kochava.com",
                                "550 5.1.1 user unknown")
    dialog = ChannelsDialog(window.ctx, request.id, window)
    assert "suspect since" in dialog.list.text() and "550 5.1.1" in dialog.list.text()
    assert dialog.clear_button.isEnabled()
    dialog.clear_button.click()
    assert channel_health.suspect_channels(store, "kochava") == []
    assert "suspect since" not in dialog.list.text()


def test_requests_page_has_the_other_ways_menu(window, client_id):
    from app.gui.requests.requests_page import RequestsPage

    store = window.ctx.store
    request = new_request(store, client_id, "t-mobile", "delete")
    page = RequestsPage(window.ctx)
    page.reload()
    assert page.select(request.id)
    routes = page.sending.routes
    assert routes.button.isEnabled()
    assert all(routes.route_actions[r].isEnabled() for r in ("webform", "post", "phone"))


def test_webform_dialog_names_missing_identification_in_the_interface_language(window, qapp):
    from app.gui.common import i18n

    client = client_service.add_client(window.ctx.store, Client(
        name="Ana Ruiz", emails=["ana@example.org"], state="CA", country="US"))
    request = new_request(window.ctx.store, client.id, "kochava", "delete")
    i18n.apply_language(qapp, "es")
    try:
        dialog = WebformDialog(window.ctx, request.id, window)
        notes = [label.text() for label in dialog.findChildren(webform_dialog.QLabel)
                 if "publicidad" in label.text() or "advertising" in label.text()]
        assert notes and "ID de publicidad" in notes[0]
        assert "Mobile advertising ID" not in notes[0]   # the letter's English label
        dialog.reject()
    finally:
        i18n.apply_language(qapp, "en")


@pytest.mark.parametrize("dialog_class", [WebformDialog, PostDialog, PhoneDialog])
def test_no_known_channel_links_to_the_company_in_the_directory(window, client_id, qtbot,
                                                                 dialog_class):
    from PySide6.QtWidgets import QLabel

    from app.services import routes

    store = window.ctx.store
    # A company the directory knows no web form, postal address or phone number for.
    for slug in ("01advertising", "5x5-data", "accupedo", "acronymix", "3cinteractive"):
        request = new_request(store, client_id, slug, "delete")
        plan = routes.route_plan(store, request.id)
        if not (plan.webform or plan.postal or plan.phone):
            break
    else:
        pytest.skip("every sample company has a web form, address or phone now")
    window.show_page("directory")
    directory = window.page("directory")
    directory.search.setText("verizon")  # a filter that hides the company
    window.show_page("requests")
    dialog = dialog_class(window.ctx, request.id, window)
    qtbot.addWidget(dialog)
    dialog.show()
    label = next(w for w in dialog.findChildren(QLabel) if "directory:" in w.text())
    assert "see its channels in the Directory" in label.text()
    label.linkActivated.emit(f"directory:{slug}")
    assert not dialog.isVisible()
    assert window.current_page_key() == "directory"
    assert directory.selected_company().slug == slug
    assert directory.search.text() == ""

"""The window speaks in words: no command-line instructions, no raw identifiers of kinds."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtWidgets import QLabel

from app.core.errors import OffMapError
from app.gui.common.messages import error_text, shown
from app.gui.common.no_commands import without_commands

MESSAGES = Path(__file__).resolve().parents[2] / "app" / "gui" / "common" / "i18n_messages.py"


def test_no_catalogued_message_tells_a_window_user_to_run_a_command():
    templates = re.findall(r'"([^"]*offmap [^"]*)"', MESSAGES.read_text(encoding="utf-8"))
    assert len(templates) > 10
    for template in templates:
        cleaned = without_commands(template)
        assert "offmap " not in cleaned, cleaned
        assert ",;" not in cleaned and "()" not in cleaned and "  " not in cleaned, cleaned
        assert len(cleaned) > 15, (template, cleaned)


def test_window_alternatives_are_kept():
    assert without_commands(
        "reply 4 is not filed on a request yet; say which one (offmap reply accept 4 --request "
        "ID, or choose it in the Replies inbox).") == \
        "reply 4 is not filed on a request yet; say which one (choose it in the Replies inbox)."
    assert without_commands("use 'offmap request mark-sent' (or Mark sent in the window) to "
                            "record sending.") == "use Mark sent to record sending."
    assert without_commands("Restore a backup with 'offmap restore FILE', or move it.") == \
        "Restore a backup, or move it."
    assert without_commands("None of the laws grants it; choose another type, or a law with "
                            "--law.") == "None of the laws grants it; choose another type."


def test_errors_shown_in_the_window_carry_no_command(qapp):
    exc = OffMapError("there is no client with id {client_id}; 'offmap client list' shows the "
                      "ids.", client_id=7)
    assert error_text(exc) == "There is no client with id 7."
    assert shown("plain words stay as they are") == "plain words stay as they are"


def test_suggestions_and_company_pickers_show_kinds_by_name(window):
    """The phone-service review named data kinds by code ("precise-location, cell-site, cpni")
    and company pickers showed "(aggregator)"."""
    from app.core.model import Client
    from app.gui.clients.holding_dialog import HoldingDialog
    from app.gui.clients.holdings_model import ProposalTableModel
    from app.services import clients as client_service
    from app.services import directory
    from app.services import holdings as holding_service

    store = window.ctx.store
    proposals = holding_service.phone_service_proposals(store, "att")
    model = ProposalTableModel()
    model.set_proposals(proposals)
    shown_data = [model.index(row, 2).data() for row in range(model.rowCount())]
    assert any("Precise location" in text or "precise location" in text.lower()
               for text in shown_data), shown_data
    assert not any(re.search(r"\b(precise-location|cell-site|cpni|call-records)\b", text)
                   for text in shown_data), shown_data
    client_service.add_client(store, Client(name="Ana", state="CA"))
    dialog = HoldingDialog(directory.search_companies(store), lambda *a: None, window)
    items = [dialog.company.itemText(i) for i in range(dialog.company.count())]
    assert any(item.endswith("(Location aggregator)") for item in items)
    assert not any(item.endswith("(aggregator)") for item in items)
    dialog.deleteLater()


def test_request_types_come_from_one_table():
    from app.core.model import REQUEST_TYPES
    from app.gui.common.kind_labels import REQUEST_TYPE_LABELS
    from app.gui.deadlines import deadlines_model
    from app.gui.requests import request_model

    assert set(REQUEST_TYPES) <= set(REQUEST_TYPE_LABELS)
    assert request_model.TYPE_LABELS is REQUEST_TYPE_LABELS
    assert deadlines_model.TYPE_LABELS is REQUEST_TYPE_LABELS


def test_counts_use_plural_forms(window, qtbot):
    from app.gui.common.plural import english_plural
    from app.gui.requests.letter_export import ExportDialog

    assert english_plural("Save 1 draft(s)", 1) == "Save 1 draft"
    assert english_plural("Save 3 draft(s)", 3) == "Save 3 drafts"
    assert english_plural("Guardar 2 borradores", 2) == "Guardar 2 borradores"
    one = ExportDialog(window.ctx, [1], window)
    two = ExportDialog(window.ctx, [1, 2], window)
    for dialog in (one, two):
        qtbot.addWidget(dialog)
    texts = [label.text() for d in (one, two) for label in d.findChildren(QLabel)]
    assert any(t.startswith("Export 1 letter.") for t in texts)
    assert any(t.startswith("Export 2 letters.") for t in texts)
    assert not any("(s)" in t for t in texts)


def test_no_spanish_message_tells_a_window_user_to_run_a_command():
    import xml.etree.ElementTree as ET

    catalogue = MESSAGES.parents[3] / "resources" / "i18n" / "offmap_es.ts"
    translations = [node.text for node in ET.parse(catalogue).getroot().iter("translation")
                    if node.text and "offmap " in node.text]
    assert len(translations) > 10
    for translation in translations:
        cleaned = without_commands(translation)
        assert "offmap " not in cleaned, cleaned
        assert " con," not in cleaned and ",." not in cleaned and "()" not in cleaned, cleaned


def test_company_detail_names_its_kind_and_data_in_words(window):
    from app.gui.directory.company_detail import company_html
    from app.services import directory

    index = directory.directory_index(window.ctx.store)
    text = company_html(index["locationsmart"], index)
    assert "<p>Location aggregator ·" in text and "<p>aggregator" not in text
    assert "precise-location" not in text and "Precise location" in text

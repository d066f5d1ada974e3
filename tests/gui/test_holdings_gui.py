"""Holdings in the client pane and the guided wizard, driven with qtbot."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWizard

from app.core.model import Client
from app.gui.clients.holdings_model import ProposalTableModel
from app.services import clients as client_service
from app.services import holdings as holding_service
from app.services.holdings import Proposal


@pytest.fixture
def section(window):
    store = window.ctx.store
    client = client_service.add_client(store, Client(name="Casey Example", state="CA",
                                                     country="US"))
    window.ctx.bus.clients_changed.emit()
    page = window.page("clients")
    page.select(client.id)
    section = page.holdings
    assert section.client_id == client.id
    return section


def holding_names(section) -> list[str]:
    model = section.model
    return [model.data(model.index(r, 0)) for r in range(model.rowCount())]


def test_section_is_shown_for_the_selected_client(section):
    assert section.isVisible()
    assert section.phone_button.isEnabled() and not section.remove_button.isEnabled()
    assert holding_names(section) == []
    assert "DROP" in section.drop_note.text()  # Californian client


def test_phone_service_wizard_adds_carrier_host_and_aggregators_with_reasons(section, qtbot):
    wizard = section.open_wizard("phone")
    qtbot.addWidget(wizard)
    qtbot.keyClicks(wizard.pick.search, "cricket")
    assert wizard.pick.chosen().slug == "cricket-wireless"
    wizard.next()
    model = wizard.review.model
    rows = {p.slug: p for p in model.proposals}
    assert rows["att"].role == "host"
    assert rows["locationsmart"].role == "recipient" and rows["locationsmart"].reason
    assert "DROP" in wizard.review.drop_note.text()
    # The user drops one proposal by unticking it (space on the check box column).
    row = [p.slug for p in model.proposals].index("dea")
    index = model.index(row, 0)
    assert model.setData(index, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert model.data(index, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert "Source: https://" in model.data(index, Qt.ItemDataRole.ToolTipRole)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    names = holding_names(section)
    assert {"Cricket Wireless", "AT&T", "LocationSmart", "Zumigo", "Securus Technologies"} \
        <= set(names)
    assert "Drug Enforcement Administration" not in names
    reasons = {h.company: h.evidence for h in holding_service.list_holdings(
        section.ctx.store, section.client_id)}
    assert "runs on AT&T" in reasons["att"]


def test_apps_wizard_lists_sdk_partners(section, qtbot):
    wizard = section.open_wizard("apps")
    qtbot.addWidget(wizard)
    qtbot.keyClicks(wizard.pick.search, "life360")
    wizard.next()
    slugs = [p.slug for p in wizard.review.model.proposals]
    assert slugs[0] == "life360" and {"arity", "placer-ai"} <= set(slugs)
    wizard.review.none_button.click()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert holding_names(section) == []


def test_wizard_cannot_go_on_without_a_choice(section, qtbot):
    wizard = section.open_wizard("phone")
    qtbot.addWidget(wizard)
    qtbot.keyClicks(wizard.pick.search, "zzzz-nothing")
    assert not wizard.pick.isComplete()


def test_remove_holding_asks_first(section, monkeypatch):
    holding_service.add_holding(section.ctx.store, section.client_id, "kochava", ["ad-id"])
    section.ctx.bus.holdings_changed.emit(section.client_id)
    assert holding_names(section) == ["Kochava"]
    section.table.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Cancel)
    section.remove_holding()
    assert holding_names(section) == ["Kochava"]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    section.remove_holding()
    assert holding_names(section) == []


def test_proposal_model_checkboxes_without_widgets(qtbot):
    model = ProposalTableModel()
    model.set_proposals([Proposal("a", "A", "carrier", "service", "Yours.", None, ["cpni"])])
    index = model.index(0, 0)
    assert model.flags(index) & Qt.ItemFlag.ItemIsUserCheckable
    assert model.data(index, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    model.set_all(False)
    assert model.proposals[0].accepted is False
    assert model.data(model.index(0, 1)) == "your service"

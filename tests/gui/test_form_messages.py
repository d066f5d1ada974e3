"""The client form's and the Clinic section's messages take the scheme's warning colours, so
they stay readable in the dark scheme (they were white on a fixed red)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.gui.common.appearance import apply_scheme, color, set_style
from tests.gui.test_appearance import contrast


@pytest.fixture
def dark(qapp):
    style, palette = qapp.style().name(), qapp.palette()
    apply_scheme(qapp, Qt.ColorScheme.Dark)
    yield qapp
    set_style(qapp, style)
    qapp.setPalette(palette)


def _colours(style_sheet: str) -> tuple[str, str]:
    parts = dict(p.strip().split(":", 1) for p in style_sheet.split(";") if ":" in p)
    return parts["color"].strip(), parts["background"].strip()


def test_the_client_forms_notice_is_readable_in_the_dark(dark, qtbot):
    from PySide6.QtGui import QColor

    from app.gui.clients.client_dialog import ClientDialog

    dialog = ClientDialog()
    qtbot.addWidget(dialog)
    dialog.set_notice("Ana Lopez was changed by a colleague meanwhile.")
    assert dialog.error.isVisibleTo(dialog)
    text, background = _colours(dialog.error.styleSheet())
    assert (text, background) == (color("warning_fg"), color("warning_bg"))
    assert contrast(QColor(text), QColor(background)) >= 4.5
    dialog.set_notice("")
    assert not dialog.error.isVisibleTo(dialog)


def test_the_clinic_sections_error_is_readable_in_the_dark(dark, window):
    section = window.page("settings").clinic
    text, background = _colours(section.error.styleSheet())
    assert (text, background) == (color("warning_fg"), color("warning_bg"))
    assert QApplication.instance() is dark

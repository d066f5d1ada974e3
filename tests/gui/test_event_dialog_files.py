"""The event dialog's Remove button works only on a chosen file: with no file in the list it
used to be enabled and did nothing."""

from __future__ import annotations

from app.gui.requests.event_dialog import EventDialog


def test_remove_is_enabled_only_while_a_file_is_chosen(qtbot):
    dialog = EventDialog()
    qtbot.addWidget(dialog)
    assert not dialog.remove_file.isEnabled()

    dialog.files.addItem("/tmp/reply.pdf")
    dialog.files.addItem("/tmp/receipt.png")
    dialog.files.setCurrentRow(1)
    assert dialog.remove_file.isEnabled()

    dialog.remove_file.click()
    dialog.files.setCurrentRow(0)
    dialog.remove_file.click()
    assert dialog.files.count() == 0
    assert not dialog.remove_file.isEnabled()

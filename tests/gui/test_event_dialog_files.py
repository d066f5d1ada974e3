"""The Remove buttons beside attachment lists (event dialog; web form, post and phone dialogs)
work only on a chosen file: with no file in the list they used to be enabled and did nothing."""

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


def test_the_route_dialogs_remove_works_only_on_a_selected_file(qtbot):
    from app.gui.requests.route_widgets import FilesPicker

    picker = FilesPicker("Attach the receipt…")
    qtbot.addWidget(picker)
    assert not picker.remove_button.isEnabled()  # an empty receipt list: nothing to remove

    picker.add("/tmp/receipt.png")
    picker.list.setCurrentRow(0)
    assert picker.remove_button.isEnabled()

    picker.remove_button.click()
    assert picker.paths() == []
    assert not picker.remove_button.isEnabled()

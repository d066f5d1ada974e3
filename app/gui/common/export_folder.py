"""Where exports go: the last folder the user exported to (kept with the window's settings,
the home folder the first time), and the confirmation after an export with "Show in folder"."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from app.gui.common.context import GuiContext
from app.gui.common.plural import english_plural
from app.gui.common.tr_context import TranslationContext
from app.services.preferences import window_key

FOLDER_KEY = window_key("export/last_folder")


def _settings(ctx: GuiContext):
    from app.gui.common.window_settings import window_settings

    return window_settings(ctx.home)


def last_folder(ctx: GuiContext) -> Path:
    """The folder of the last export when it still exists, else the home folder."""
    stored = _settings(ctx).value(FOLDER_KEY)
    if stored and Path(str(stored)).is_dir():
        return Path(str(stored))
    return Path.home()


def suggested_path(ctx: GuiContext, file_name: str) -> str:
    return str(last_folder(ctx) / file_name)


def remember_folder(ctx: GuiContext, chosen: str | Path) -> None:
    """Remembers the folder of `chosen` (a file, or a folder itself)."""
    path = Path(chosen)
    folder = path if path.is_dir() else path.parent
    settings = _settings(ctx)
    settings.setValue(FOLDER_KEY, str(folder))
    settings.sync()


def open_folder(folder: Path) -> bool:
    """Opens `folder` in the desktop's file manager (tests replace this)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


class ExportConfirmation(TranslationContext):
    """The words of the confirmation after an export."""


def _tr(text: str) -> str:
    return ExportConfirmation.tr(text)


def confirm_export(parent: QWidget, written: list[Path]) -> QMessageBox:
    """Says what was written and where, with "Show in folder"; returns the box (shown, not
    modal to the task that finished, so a test or the user closes it)."""
    folder = written[0].parent if written else Path.home()
    if len(written) == 1:
        text = _tr("Saved {file} in {folder}.").replace("{file}", written[0].name)
    else:
        count = len(written)
        text = english_plural(
            ExportConfirmation.tr("Saved %n file(s) in {folder}.", "", count), count)
    box = QMessageBox(QMessageBox.Icon.Information, _tr("Exported"),
                      text.replace("{folder}", str(folder)), QMessageBox.StandardButton.Close,
                      parent)
    show = box.addButton(_tr("&Show in folder"), QMessageBox.ButtonRole.ActionRole)
    show.clicked.connect(lambda: open_folder(folder))
    box.setObjectName("exportConfirmation")
    box.open()
    return box

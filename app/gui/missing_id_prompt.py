"""Before a letter goes out: if its recipient needs identifiers the letter lacks, say which and
how to get them, and send only when the user chooses to send it as it is."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.core.errors import OffMapError
from app.gui.context import GuiContext
from app.gui.messages import shown
from app.services.identification import missing_for_draft, missing_identification


def _tr(text: str) -> str:
    return QCoreApplication.translate("MissingIdPrompt", text)


def missing_text(ctx: GuiContext, request_id: int) -> str:
    """One line per missing identifier with how to get it; "" when nothing is missing."""
    try:
        missing = missing_identification(ctx.store, request_id)
    except OffMapError:
        return ""
    return "\n".join(f"• {shown(m.label)}: {shown(m.how)}" for m in missing)


def confirm_send(parent: QWidget, ctx: GuiContext, request_id: int) -> bool:
    """True when nothing is missing, or the user chose to send anyway."""
    details = missing_text(ctx, request_id)
    if not details:
        return True
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(_tr("Identification missing"))
    box.setText(_tr("The company needs identification this letter does not carry yet, so it "
                    "may not act on it."))
    box.setInformativeText(details)
    send = box.addButton(_tr("Send anyway"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is send


def draft_warning(ctx: GuiContext, client_id: int, company: str, law: str | None) -> str:
    """For the New request preview: what the letter would lack and how to get it, or ""."""
    try:
        missing = missing_for_draft(ctx.store, client_id, company, law)
    except OffMapError:
        return ""
    if not missing:
        return ""
    return _tr("Missing before sending:") + " " + " ".join(
        f"{shown(m.label)}: {shown(m.how)}" for m in missing)

"""Before a letter goes out: if its recipient needs identifiers the letter lacks, say which and
how to get them, and send only when the user chooses to send it as it is."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.core.errors import OffMapError
from app.gui.common.context import GuiContext
from app.gui.common.messages import shown
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


def confirm_send_all(parent: QWidget, ctx: GuiContext, request_ids: list[int]) -> bool:
    """Before sending several drafts: True when none lacks identification, or the user chose to
    send them anyway (the list names each request's missing identifiers)."""
    lines = []
    for request_id in request_ids:
        try:
            missing = missing_identification(ctx.store, request_id)
            reference = request_reference(ctx, request_id)
        except OffMapError:
            continue
        if missing:
            lines.append(f"• {reference}: " + ", ".join(shown(m.label) for m in missing))
    if not lines:
        return True
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(_tr("Identification missing"))
    box.setText(_tr("Some letters lack identification their company needs, so it may not act "
                    "on them. Open each request to see how to get what is missing."))
    box.setInformativeText("\n".join(lines[:20]))
    send = box.addButton(_tr("Send anyway"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is send


def request_reference(ctx: GuiContext, request_id: int) -> str:
    from app.services.requests import get_request

    return get_request(ctx.store, request_id).reference

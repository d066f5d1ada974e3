"""The California DROP note, worded (and translated) for the window."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from app.services import holdings as holding_service

if TYPE_CHECKING:
    from app.services.session import Store


def drop_note_text(store: Store, client_id: int) -> str:
    """Empty for a client outside California."""
    brokers = holding_service.drop_brokers(store, client_id)
    if brokers is None:
        return ""
    text = QCoreApplication.translate(
        "DropNote",
        "As a California resident, one request through California's Delete Request and Opt-out "
        "Platform (DROP, privacy.ca.gov) reaches every registered data broker. Carriers, apps "
        "and unregistered companies still need their own requests.")
    if brokers:
        text += " " + QCoreApplication.translate(
            "DropNote", "Registered brokers in this list: {names}.").replace(
            "{names}", ", ".join(brokers))
    return text

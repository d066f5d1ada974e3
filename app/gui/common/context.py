"""What every page gets: the home, the open store, the task runner and the change bus."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from app.gui.common.tasks import TaskRunner

if TYPE_CHECKING:
    from app.services.session import Store


class ChangeBus(QObject):
    """Pages announce changes here so other pages refresh without knowing each other."""

    clients_changed = Signal()
    holdings_changed = Signal(int)  # client id
    requests_changed = Signal()
    directory_changed = Signal()
    accounts_changed = Signal()
    client_selected = Signal(int)  # client id chosen anywhere in the app
    navigate = Signal(str)  # page key
    company_shown = Signal(str)  # a company's slug: the Directory page selects it


@dataclass
class GuiContext:
    home: Path
    store: Store
    tasks: TaskRunner
    bus: ChangeBus

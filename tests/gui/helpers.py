"""Driving modal dialogs from tests: the callback runs once the dialog is showing."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget


def when_modal(handle: Callable[[QWidget], None], attempts: int = 50) -> None:
    def check(remaining: int = attempts) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is not None:
            handle(dialog)
        elif remaining:
            QTimer.singleShot(20, lambda: check(remaining - 1))

    QTimer.singleShot(0, check)

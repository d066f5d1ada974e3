"""Starting OffMap again (after the interface language changed): the same program with the same
arguments, so the same data home opens."""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QProcess
from PySide6.QtWidgets import QApplication, QWidget

log = logging.getLogger("app.gui")


def restart_command(argv: list[str] | None = None, frozen: bool | None = None,
                    executable: str | None = None) -> list[str]:
    """The command that starts this OffMap again: the bundle's executable, or this Python
    running the app package (whatever script started it)."""
    argv = list(sys.argv if argv is None else argv)
    frozen = getattr(sys, "frozen", False) if frozen is None else frozen
    executable = executable or sys.executable
    return [executable, *argv[1:]] if frozen else [executable, "-m", "app", *argv[1:]]


def start_detached(command: list[str]) -> bool:
    return QProcess.startDetached(command[0], command[1:])[0]


def restart(window: QWidget) -> bool:
    """Closes the window (it saves its state) and, once it has closed, starts OffMap again.
    Returns False, changing nothing, when the window stays open or the new process cannot
    start."""
    command = restart_command()
    if not window.close():
        return False
    if not start_detached(command):
        log.warning("could not restart OffMap")
        window.show()
        return False
    log.info("restarting OffMap")
    app = QApplication.instance()
    if app is not None:
        app.quit()
    return True

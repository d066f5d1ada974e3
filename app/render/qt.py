"""A QGuiApplication for headless rendering (fonts need one). The command line has no window,
so it uses Qt's offscreen platform; the desktop app already has its QApplication."""

from __future__ import annotations

import os
import threading

_lock = threading.Lock()


def ensure_gui_application() -> None:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QGuiApplication

    with _lock:
        if QCoreApplication.instance() is not None:
            return
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication(["offmap"])
        # Kept for the life of the process; Qt deletes it at exit.
        globals()["_app"] = app

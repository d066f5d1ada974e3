"""Where the window keeps its own state (geometry, header and splitter positions): a file in the
home, not the domain preferences in the store."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings


def window_settings(home: Path) -> QSettings:
    """Window geometry and header state (not domain preferences), kept inside the home."""
    return QSettings(str(home / "window.ini"), QSettings.Format.IniFormat)

"""Logging to the home's logs/ folder. Logs carry no personal data and no secrets: log ids and
counts, never names, addresses, numbers or letter text."""

from __future__ import annotations

import io
import logging
import logging.handlers
import os
from pathlib import Path

from app.paths import logs_dir

LOG_NAME = "offmap.log"


class _PrivateRotatingHandler(logging.handlers.RotatingFileHandler):
    """Every log file, rotated ones included, is created 0600."""

    def _open(self) -> io.TextIOWrapper:
        fd = os.open(self.baseFilename, os.O_CREAT | os.O_APPEND | os.O_WRONLY, 0o600)
        os.close(fd)
        return super()._open()


def log_file(home: Path) -> Path:
    return logs_dir(home) / LOG_NAME


def setup_logging(home: Path, level: int = logging.INFO) -> Path:
    path = log_file(home)
    root = logging.getLogger("app")
    for handler in list(root.handlers):
        if getattr(handler, "_offmap", False):
            root.removeHandler(handler)
            handler.close()
    handler = _PrivateRotatingHandler(
        path, maxBytes=1_000_000, backupCount=3, encoding="utf-8", delay=True
    )
    handler._offmap = True  # type: ignore[attr-defined]
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(level)
    return path

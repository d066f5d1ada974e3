"""An excepthook that logs the error to the home and shows a dialog: never a silent crash.
The dialog and the log carry the exception type and traceback lines of OffMap's code, not the
values of local variables, so no personal data leaves through a crash report."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

log = logging.getLogger("app.crash")


def _summary(exc_type: type[BaseException], tb: TracebackType | None) -> str:
    frames = traceback.extract_tb(tb)
    lines = [f"  {Path(f.filename).name}:{f.lineno} in {f.name}" for f in frames]
    return f"{exc_type.__name__}\n" + "\n".join(lines)


def install_excepthook(log_path: Path) -> None:
    def hook(exc_type, exc, tb) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        summary = _summary(exc_type, tb)
        log.error("unexpected error:\n%s", summary)
        try:
            from PySide6.QtWidgets import QApplication, QMessageBox

            if QApplication.instance() is not None:
                box = QMessageBox(QMessageBox.Icon.Critical, "OffMap",
                                  "Something went wrong inside OffMap. Your data is safe: every "
                                  "change is saved as it is made.")
                box.setInformativeText(
                    f"The details were written to {log_path}. If this keeps happening, "
                    "send that file to the developers."
                )
                box.setDetailedText(summary)
                box.exec()
        except Exception:
            sys.__excepthook__(exc_type, exc, tb)

    sys.excepthook = hook

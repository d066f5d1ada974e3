"""One cold start, in a fresh process: `bare` (a plain PySide6 window) or `app HOME` (OffMap's
main window on that store). Prints JSON with the wall-clock time of the first paint of the window
and the process's peak resident memory, then exits."""

from __future__ import annotations

import json
import sys
import time


def _peak_kb() -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    import resource

    return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


def main() -> None:
    mode = sys.argv[1]
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    if mode == "bare":
        from PySide6.QtWidgets import QLabel, QMainWindow

        window = QMainWindow()
        window.setCentralWidget(QLabel("bare window"))
        window.resize(1100, 700)
    else:
        from pathlib import Path

        from app.gui.shell.launch import build_main_window, create_application

        create_application()
        window = build_main_window(Path(sys.argv[2]))

    result: dict[str, float] = {}

    class FirstPaint(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint and "painted" not in result:
                result["painted"] = time.time()
                QTimer.singleShot(0, app.quit)
            return False

    watcher = FirstPaint()
    window.installEventFilter(watcher)
    window.show()
    QTimer.singleShot(10000, app.quit)
    app.exec()
    print(json.dumps({"painted": result.get("painted"), "peak_kb": _peak_kb()}))


if __name__ == "__main__":
    main()

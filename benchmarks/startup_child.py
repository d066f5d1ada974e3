"""One cold start, in a fresh process: `bare` (a plain PySide6 window) or `app HOME` (OffMap's
main window on that store). Prints JSON with the wall-clock times of the window's first paint
and of "content ready" (the first page's list painted with its first rows, or its empty state;
the bare window's label is its content, so there both are the first paint) and the process's
peak resident memory, then exits."""

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
    # The app's first page is built just after the window's first paint (MainWindow's
    # start_page_built); until then the content is not ready.
    waits_for_page = hasattr(window, "start_page_built")

    class Watcher(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint:
                now = time.time()
                if obj is window:
                    result.setdefault("painted", now)
                if obj is not window or not waits_for_page:
                    result.setdefault("content", now)
                    QTimer.singleShot(0, app.quit)
            return False

    watcher = Watcher()
    window.installEventFilter(watcher)
    if waits_for_page:
        window.start_page_built.connect(lambda: _content_widget(window).installEventFilter(watcher))
    window.show()
    QTimer.singleShot(10000, app.quit)
    app.exec()
    print(json.dumps({"painted": result.get("painted"), "content": result.get("content"),
                      "peak_kb": _peak_kb()}))


def _content_widget(window):
    """What shows the Clients page's content: its list's rows, or its empty state."""
    page = window.page("clients")
    if page.stack.currentWidget() is page.empty:
        return page.empty
    return page.table.viewport()


if __name__ == "__main__":
    main()

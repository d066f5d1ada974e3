"""One measured opening of a list page, in a fresh process: the real application (style,
palette, main window) on the store in HOME, then the page PAGE ("requests" or "deadlines").

Prints one JSON line:
- first_open_ms: from asking for the page until its first rows are painted (the page's
  queries included; Python and Qt start-up and the window's own build excluded, and so is
  the window's warm-up, which loads the pages' code off its thread after the first paint:
  warm_up_ms is how long after the window showed that ended);
- show_call_ms: how long the window was blocked by that request (the rest runs off-thread);
- keystroke_ms: per key typed into (and deleted from) the filter, the time to handle the key
  and repaint the table, which is what typing feels like (the filter itself waits for a pause);
- results_ms: per pause in typing, from the filter starting to its rows painted (the deliberate
  pause before it, TYPING_PAUSE_MS, excluded);
- repaint_ms: the table's repaint alone (the in-run baseline for the keystrokes)."""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

TYPED = ["kochava", "ana ", "OFM-1", "verizon overdue", "zzz"]


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    key, home = sys.argv[1], Path(sys.argv[2])
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from app.gui.shell.launch import build_main_window, create_application

    app = create_application(["offmap-bench"])
    window = build_main_window(home, language="en")
    window.resize(1280, 800)
    window.show()
    QTest.qWaitForWindowExposed(window)
    # The window's start-up ends with the other pages' code loading off its thread (a
    # fraction of a second after it paints): a user's first switch comes after that.
    exposed = time.perf_counter()
    while not window.warmed_up.is_set() and time.perf_counter() - exposed < 30:
        app.processEvents()
        time.sleep(0.002)
    warm_up = time.perf_counter() - exposed

    started = time.perf_counter()
    window.show_page(key)
    page = window.page(key)
    show_call = time.perf_counter() - started
    model = page.model
    while model.loading or (model.row_count() == 0 and model.total() == 0):
        app.processEvents()
        time.sleep(0.001)
    viewport = page.table.viewport()
    viewport.repaint()
    first_open = time.perf_counter() - started

    marks: dict[str, float] = {}
    page._typing.timeout.connect(lambda: marks.__setitem__("filter", time.perf_counter()))
    model.refreshed.connect(lambda: marks.__setitem__("refreshed", time.perf_counter()))

    def settle() -> float | None:
        """Waits for the debounced filter to run; its time from start to rows painted."""
        marks.clear()
        deadline = time.perf_counter() + 30
        while "refreshed" not in marks and time.perf_counter() < deadline:
            app.processEvents()
            time.sleep(0.001)
        viewport.repaint()
        app.processEvents()
        if "filter" not in marks or "refreshed" not in marks:
            return None
        return time.perf_counter() - marks["filter"]

    page.search.setFocus()
    keystrokes, results = [], []
    for word in TYPED:
        for char in word:
            t0 = time.perf_counter()
            QTest.keyClick(page.search, char)
            viewport.repaint()
            app.processEvents()
            keystrokes.append(time.perf_counter() - t0)
        results.append(settle())
        for _ in word:
            t0 = time.perf_counter()
            QTest.keyClick(page.search, Qt.Key.Key_Backspace)
            viewport.repaint()
            app.processEvents()
            keystrokes.append(time.perf_counter() - t0)
        results.append(settle())
    repaints = []
    for _ in range(40):
        t0 = time.perf_counter()
        viewport.repaint()
        app.processEvents()
        repaints.append(time.perf_counter() - t0)
    ms = 1000.0
    print(json.dumps({
        "rows": model.total(),
        "first_open_ms": first_open * ms, "show_call_ms": show_call * ms,
        "warm_up_ms": warm_up * ms,
        "keystroke_ms": [k * ms for k in keystrokes],
        "results_ms": [r * ms for r in results if r is not None],
        "repaint_ms": [r * ms for r in repaints],
    }))
    window.close()
    window.ctx.store.close()


if __name__ == "__main__":
    main()

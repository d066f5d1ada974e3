"""One measured opening of a list page, in a fresh process: the real application (style,
palette, main window) on the store in HOME, then the page PAGE ("requests", "deadlines",
"clients" or "directory").

Prints one JSON line:
- first_open_ms: from asking the window for the page until its first rows are painted (the
  page's queries included; Python and Qt start-up and the window's own build excluded). A page
  switched to (all but Clients) is asked for once the window's warm-up, which loads the pages'
  code off its thread after the first paint, has ended: warm_up_ms is how long after the window
  showed that was. Clients is the start page: the window itself asks for it just after its first
  paint (opened_at_start), before the warm-up, which it waits for before typing;
- show_call_ms: how long the window was blocked by that request (the rest runs off-thread);
- keystroke_ms: per key typed into (and deleted from) the filter, the time to handle the key
  and repaint the table, which is what typing feels like;
- results_ms: where the filter waits for a pause in typing, per pause, from the filter starting
  (its timer firing) to its rows painted, the deliberate pause (TYPING_PAUSE_MS) excluded. Where
  the page filters on each key (Directory; Clients up to INSTANT_ROWS clients), there is no
  pause and the keystroke is the filter: results_ms are the keystrokes and filters_on_each_key
  says so;
- repaint_ms: the table's repaint alone (the in-run baseline for the keystrokes)."""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

_LISTS = ["kochava", "ana ", "OFM-1", "verizon overdue", "zzz"]
# What a user types on each page: request lists by company, client, reference and status;
# clients by name (the generator's "Ana Kim 12"), phone and e-mail fragments; companies by
# name and by kind as shown.
TYPED = {
    "requests": _LISTS,
    "deadlines": _LISTS,
    "clients": ["ana kim", "okafor", "555-01", "client123@", "zzz"],
    "directory": ["verizon", "kochava", "data broker", "mvno verified", "zzz"],
}


def _rows_in(model) -> bool:
    if getattr(model, "loading", False):
        return False
    total = model.total() if hasattr(model, "total") else 0
    return model.row_count() > 0 or total > 0


def _rows(model) -> int:
    return model.total() if hasattr(model, "total") else model.row_count()


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    key, home = sys.argv[1], Path(sys.argv[2])
    from PySide6.QtCore import QEvent, QObject, Qt
    from PySide6.QtTest import QTest

    from app.gui.shell.launch import build_main_window, create_application
    from app.gui.shell.main_window import START_PAGE

    app = create_application(["offmap-bench"])
    window = build_main_window(home, language="en")
    window.resize(1280, 800)
    opened: dict[str, float] = {}
    if key == START_PAGE:  # the window asks for it itself, after its first paint
        asked = window.show_page

        def timed_show_page(asked_key: str) -> None:
            started = time.perf_counter()
            asked(asked_key)
            if asked_key == key and "first_open" not in opened:
                opened["show_call"] = time.perf_counter() - started
                window.page(key).table.viewport().repaint()
                opened["first_open"] = time.perf_counter() - started

        window.show_page = timed_show_page  # type: ignore[method-assign]
    window.show()
    QTest.qWaitForWindowExposed(window)
    # The window's start-up ends with the other pages' code loading off its thread (a
    # fraction of a second after it paints): a user's first switch comes after that.
    exposed = time.perf_counter()
    while not window.warmed_up.is_set() and time.perf_counter() - exposed < 30:
        app.processEvents()
        time.sleep(0.002)
    warm_up = time.perf_counter() - exposed

    if key != START_PAGE:
        started = time.perf_counter()
        window.show_page(key)
        opened["show_call"] = time.perf_counter() - started
    page = window.page(key)
    model = page.model
    viewport = page.table.viewport()
    if key != START_PAGE:
        while not _rows_in(model):
            app.processEvents()
            time.sleep(0.001)
        viewport.repaint()
        opened["first_open"] = time.perf_counter() - started
    if "first_open" not in opened:
        raise RuntimeError(f"the {key} page was never opened")
    rows = _rows(model)

    marks: dict[str, float] = {}
    typing = getattr(page, "_typing", None)  # the timer of a page that waits for a pause

    class FilterStart(QObject):
        """Notes when the typing timer fires, before the page's filter runs on it."""

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Timer:
                marks["filter"] = time.perf_counter()
            return False

    if typing is not None:
        watcher = FilterStart()
        typing.installEventFilter(watcher)
        model.refreshed.connect(lambda: marks.__setitem__("refreshed", time.perf_counter()))

    def settle() -> float | None:
        """Waits for the debounced filter to run; its time from start to rows painted."""
        deadline = time.perf_counter() + 30
        while "refreshed" not in marks and time.perf_counter() < deadline:
            app.processEvents()
            time.sleep(0.001)
        viewport.repaint()
        app.processEvents()
        if "filter" not in marks or "refreshed" not in marks:
            return None
        return time.perf_counter() - marks["filter"]

    def press(key_or_char) -> tuple[float, bool]:
        """One key into the filter: its time to handled and repainted, and whether the page
        left the filter waiting for a pause."""
        t0 = time.perf_counter()
        QTest.keyClick(page.search, key_or_char)
        viewport.repaint()
        app.processEvents()
        return time.perf_counter() - t0, typing is not None and typing.isActive()

    page.search.setFocus()
    keystrokes: list[float] = []
    results: list[float | None] = []
    on_each_key = True
    for word in TYPED[key]:
        for keys in (list(word), [Qt.Key.Key_Backspace] * len(word)):
            waiting = False
            marks.clear()
            for pressed in keys:
                took, left_waiting = press(pressed)
                keystrokes.append(took)
                waiting = waiting or left_waiting
            if waiting:
                on_each_key = False
                results.append(settle())
            else:  # filtered on each key: the keystrokes were the filter
                results.extend(keystrokes[-len(keys):])
    repaints = []
    for _ in range(40):
        t0 = time.perf_counter()
        viewport.repaint()
        app.processEvents()
        repaints.append(time.perf_counter() - t0)
    ms = 1000.0
    print(json.dumps({
        "rows": rows, "opened_at_start": key == START_PAGE,
        "filters_on_each_key": on_each_key,
        "first_open_ms": opened["first_open"] * ms, "show_call_ms": opened["show_call"] * ms,
        "warm_up_ms": warm_up * ms,
        "keystroke_ms": [k * ms for k in keystrokes],
        "results_ms": [r * ms for r in results if r is not None],
        "repaint_ms": [r * ms for r in repaints],
    }))
    window.close()
    window.ctx.store.close()


if __name__ == "__main__":
    main()

"""The soak run behind tests/gui/test_soak.py, in a process of its own so that an abort of the
interpreter is a test failure rather than the end of pytest.

Usage: python -m tests.gui.soak_run WORKDIR [--page requests|deadlines] [--requests N]
                                   [--repaints N] [--keystrokes N] [--python-style]
Generates a store, opens the real main window under the real application style and palette,
repaints the page's table (scrolling as it goes; on Deadlines every other scroll brings a
group's divider line on screen; every WINDOW_EVERY-th repaint is of the whole window, its
sidebar's icons included), types into its filter, then repaints the Reports chart (it once
painted in Python: now a QLabel showing a pixmap drawn when its figures change); prints one JSON
line with the reference count of None at checkpoints (it falls when a binding drops references
to None, which aborts CPython 3.11 once it reaches zero). The first checkpoint comes after a
warm-up (caches filled, pages read once), then one per WINDOWS-th of the repaints and of the
keystrokes, each after a garbage collection, so the test can tell a steady loss from one-off
changes. --python-style adds a style with Python draw overrides (the pattern that leaks on
PySide6 6.12 with CPython 3.11) to check that the test can fail."""

from __future__ import annotations

import argparse
import gc
import json
import os
import sys
import time
from pathlib import Path

WORDS = ["kochava", "ana ", "OFM-1", "verizon", "zz", "díaz", "access"]
WINDOWS = 2
WARM_UP_REPAINTS = 200
WARM_UP_KEYSTROKES = 50
WINDOW_EVERY = 25


def _wait(app, ready, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while not ready() and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.005)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("workdir", type=Path)
    parser.add_argument("--page", choices=("requests", "deadlines"), default="requests")
    parser.add_argument("--requests", type=int, default=20000)
    parser.add_argument("--repaints", type=int, default=2000)
    parser.add_argument("--keystrokes", type=int, default=500)
    parser.add_argument("--python-style", action="store_true")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from benchmarks.generate_store import generate

    home = args.workdir / "home"
    generate(home, clients=max(10, args.requests // 25), requests=args.requests,
             events=args.requests * 2)

    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from app.gui.deadlines import deadlines_page
    from app.gui.deadlines.group_divider import starts_group
    from app.gui.requests import requests_page
    from app.gui.shell.launch import build_main_window, create_application

    app = create_application(["offmap-soak"])
    if args.python_style:
        _install_python_style(app)
    window = build_main_window(home, language="en")
    window.resize(1280, 800)
    window.show()
    window.show_page(args.page)
    page = window.page(args.page)
    table = page.table
    _wait(app, lambda: table.model().rowCount() > 0 and not page.model.loading, 60)
    app.processEvents()

    bar = table.verticalScrollBar()
    dividers = _divider_rows(page.model, starts_group) if args.page == "deadlines" else []
    repainted = divider_repaints = 0

    def repaint(count: int) -> None:
        nonlocal repainted, divider_repaints
        for _ in range(count):
            if repainted % 10 == 0:
                scroll = repainted // 10
                if dividers and scroll % 2:  # a divider a few rows down the screen
                    bar.setValue(max(0, dividers[scroll // 2 % len(dividers)] - scroll % 7))
                else:
                    bar.setValue((bar.value() + 37) % max(1, bar.maximum()))
            if repainted % WINDOW_EVERY == 0:
                window.repaint()
            else:
                table.viewport().repaint()
            app.processEvents()
            first, last = table.rowAt(0), table.rowAt(table.viewport().height() - 1)
            if any(first <= row <= last for row in dividers):
                divider_repaints += 1
            repainted += 1

    typed = 0
    module = deadlines_page if args.page == "deadlines" else requests_page
    pause = module.TYPING_PAUSE_MS + 40

    def type_keys(count: int) -> None:
        nonlocal typed
        goal = typed + count
        while typed < goal:
            for char in WORDS[typed % len(WORDS)]:
                QTest.keyClick(page.search, char)
                app.processEvents()
                typed += 1
            QTest.qWait(pause)  # the debounced filter runs once the typing pauses
            for _ in range(3):
                QTest.keyClick(page.search, Qt.Key.Key_Backspace)
                app.processEvents()
                typed += 1
            page.search.clear()
        QTest.qWait(pause)
        app.processEvents()

    def none_count() -> int:
        """None's count in the same state each time: the list at its top with only the rows
        on screen read (the model keeps up to thousands of rows, each holding Nones)."""
        _wait(app, lambda: not page.model.loading, 30)
        bar.setValue(0)
        page.model.forget_rows()
        table.viewport().repaint()
        app.processEvents()
        gc.collect()
        return sys.getrefcount(None)

    started = time.monotonic()
    repaint(WARM_UP_REPAINTS)
    page.search.setFocus()
    type_keys(WARM_UP_KEYSTROKES)
    page.table.setFocus()
    repaint_samples = [none_count()]
    for _ in range(WINDOWS):
        repaint(args.repaints // WINDOWS)
        repaint_samples.append(none_count())
    page.search.setFocus()
    typing_samples = [none_count()]
    typed_before = typed
    for _ in range(WINDOWS):
        type_keys(args.keystrokes // WINDOWS)
        typing_samples.append(none_count())
    chart_samples = _chart_samples(app, window, args.repaints // 4)
    seconds = time.monotonic() - started
    # Sampled before closing: freeing the window drops real references.
    window.close()
    app.processEvents()
    window.ctx.store.close()
    print(json.dumps({"python": sys.version.split()[0], "page": args.page,
                      "dividers": len(dividers), "divider_repaints": divider_repaints,
                      "repaint_samples": repaint_samples,
                      "typing_samples": typing_samples, "chart_samples": chart_samples,
                      "repaints": repainted - WARM_UP_REPAINTS,
                      "keystrokes": typed - typed_before, "seconds": round(seconds, 1)}))
    return 0


def _chart_samples(app, window, repaints: int) -> list[int]:
    """The Reports page's chart (once a paintEvent override, now a pixmap in a QLabel, kept so a
    return of Python painting there shows): None's count after a warm-up and after each of
    WINDOWS runs of `repaints` / WINDOWS repaints of it."""
    window.show_page("reports")
    chart = window.page("reports").chart
    _wait(app, lambda: not chart.counting, 30)

    def sample() -> int:
        app.processEvents()
        gc.collect()
        return sys.getrefcount(None)

    for _ in range(50):
        chart.repaint()
        app.processEvents()
    samples = [sample()]
    for _ in range(WINDOWS):
        for _ in range(repaints // WINDOWS):
            chart.repaint()
            app.processEvents()
        samples.append(sample())
    return samples


def _divider_rows(model, starts_group) -> list[int]:
    """The rows that start a group in the Deadlines list's urgency order (the groups' sizes
    added up), each checked to be drawn with its divider."""
    from app.services.deadlines import URGENCY

    rows, start = [], 0
    for category in URGENCY[:-1]:
        start += model.counts()[category]
        if 0 < start < model.row_count():
            rows.append(start)
    missing = [row for row in rows if not starts_group(model, row)]
    if missing or not rows:
        raise SystemExit(f"no group divider at rows {missing or rows}")
    return rows


def _install_python_style(app) -> None:
    """A proxy of the application's style whose draw calls go through Python (what
    app/gui/focus_style.py once did): the soak test must fail with it on PySide6 6.12."""
    from PySide6.QtWidgets import QProxyStyle

    class PythonDrawnStyle(QProxyStyle):
        def drawPrimitive(self, *args):
            super().drawPrimitive(*args)

        def drawControl(self, *args):
            super().drawControl(*args)

    app.setStyle(PythonDrawnStyle(app.style().name()))


if __name__ == "__main__":
    sys.exit(main())

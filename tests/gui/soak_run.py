"""The soak run behind tests/gui/test_soak.py, in a process of its own so that an abort of the
interpreter is a test failure rather than the end of pytest.

Usage: python -m tests.gui.soak_run WORKDIR [--requests N] [--repaints N] [--keystrokes N]
                                            [--python-style]
Generates a store, opens the real main window under the real application style and palette,
repaints the Requests table (scrolling as it goes) and types into its filter; prints one JSON
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


def _wait(app, ready, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while not ready() and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.005)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("workdir", type=Path)
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

    from app.gui.requests.requests_page import TYPING_PAUSE_MS
    from app.gui.shell.launch import build_main_window, create_application

    app = create_application(["offmap-soak"])
    if args.python_style:
        _install_python_style(app)
    window = build_main_window(home, language="en")
    window.resize(1280, 800)
    window.show()
    window.show_page("requests")
    page = window.page("requests")
    table = page.table
    _wait(app, lambda: table.model().rowCount() > 0, 60)
    app.processEvents()

    bar = table.verticalScrollBar()
    repainted = 0

    def repaint(count: int) -> None:
        nonlocal repainted
        for _ in range(count):
            if repainted % 10 == 0:
                bar.setValue((bar.value() + 37) % max(1, bar.maximum()))
            table.viewport().repaint()
            app.processEvents()
            repainted += 1

    typed = 0
    pause = TYPING_PAUSE_MS + 40

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
    seconds = time.monotonic() - started
    # Sampled before closing: freeing the window drops real references.
    window.close()
    app.processEvents()
    window.ctx.store.close()
    print(json.dumps({"python": sys.version.split()[0], "repaint_samples": repaint_samples,
                      "typing_samples": typing_samples,
                      "repaints": repainted - WARM_UP_REPAINTS,
                      "keystrokes": typed - typed_before, "seconds": round(seconds, 1)}))
    return 0


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

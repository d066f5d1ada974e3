"""The soak run behind tests/gui/test_soak.py, in a process of its own so that an abort of the
interpreter is a test failure rather than the end of pytest.

Usage: python -m tests.gui.soak_run WORKDIR [--requests N] [--repaints N] [--keystrokes N]
Generates a store, opens the real main window under the real application style and palette,
repaints the Requests table (scrolling as it goes) and types into its filter; prints one JSON
line with the reference count of None before and after (it falls when a binding drops
references to None, which aborts CPython 3.11 once it reaches zero)."""

from __future__ import annotations

import argparse
import gc
import json
import os
import sys
import time
from pathlib import Path

WORDS = ["kochava", "ana ", "OFM-1", "verizon", "zz", "díaz", "access"]


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
    window = build_main_window(home, language="en")
    window.resize(1280, 800)
    window.show()
    window.show_page("requests")
    page = window.page("requests")
    table = page.table
    _wait(app, lambda: table.model().rowCount() > 0, 60)
    app.processEvents()

    gc.collect()
    before = sys.getrefcount(None)
    started = time.monotonic()
    bar = table.verticalScrollBar()
    for n in range(args.repaints):
        if n % 10 == 0:
            bar.setValue((bar.value() + 37) % max(1, bar.maximum()))
        table.viewport().repaint()
        app.processEvents()
    page.search.setFocus()
    typed = 0
    pause = TYPING_PAUSE_MS + 40
    while typed < args.keystrokes:
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
    seconds = time.monotonic() - started
    app.processEvents()
    gc.collect()
    after = sys.getrefcount(None)  # before closing: freeing the window drops real references
    window.close()
    app.processEvents()
    window.ctx.store.close()
    print(json.dumps({"python": sys.version.split()[0], "none_before": before,
                      "none_after": after, "repaints": args.repaints, "keystrokes": typed,
                      "seconds": round(seconds, 1)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Renders the README screenshots docs/screenshots/light.png, dark.png and spanish.png from a
sample client, and clinic.png from a generated 2,000-client store, in throw-away data homes
(offscreen; nothing real is read or written). The window opens at its first-run size on a
1366×768 laptop screen, as a new user sees it.

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/screenshots.py      (or: make screenshots)

or on a real X server with a window manager, at the first-run size for a 1440×900 screen (how the
README's screenshots are made; the window manager gives the window its real available area):

    xvfb-run -a -s '-screen 0 1440x900x24' sh -c \
        'openbox & .venv/bin/python packaging/screenshots.py --display'

Each look runs in its own process so the palette and the interface language start clean.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"
LOOKS = {"light": ("light", "en"), "dark": ("dark", "en"), "spanish": ("light", "es"),
         "clinic": ("light", "en"), "deadlines": ("light", "en"), "directory": ("light", "en")}
# Looks shown on a generated clinic store, and the page each one shows.
CLINIC_PAGES = {"clinic": "requests", "deadlines": "deadlines", "directory": "directory"}
# The offscreen platform's screen (its default is 800 px square): a common laptop.
SCREEN = {"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768,
                       "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}
CLINIC = {"clients": 2000, "requests": 8000, "events": 30000}


def render(name: str) -> None:
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from app.core.model import Client
    from app.gui.common.appearance import apply_scheme
    from app.gui.shell.launch import build_main_window, create_application
    from app.services import clients as client_service
    from app.services import holdings as holding_service

    scheme, language = LOOKS[name]
    app = create_application()
    apply_scheme(app, Qt.ColorScheme.Dark if scheme == "dark" else Qt.ColorScheme.Light)
    with tempfile.TemporaryDirectory() as folder:
        home = Path(folder) / "home"
        if name in CLINIC_PAGES:
            subprocess.run([sys.executable, "-m", "benchmarks.generate_store", str(home),
                            *(f"--{key}={value}" for key, value in CLINIC.items())],
                           check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
        window = build_main_window(home, synchronous_tasks=True, language=language)
        store = window.ctx.store
        if name in CLINIC_PAGES:
            client_id = None
        else:
            client = client_service.add_client(store, Client(
                name="Ana López", emails=["ana@example.org"], phones=["+1 415 555 0100"],
                state="CA", country="US"))
            holding_service.add_holding(store, client.id, "att",
                                        ["precise-location", "cell-site"])
            holding_service.add_holding(store, client.id, "kochava", ["ad-id"])
            client_id = client.id
        window.ctx.bus.clients_changed.emit()
        window.show()  # at its first-run size for the screen (nothing remembered yet)
        page_key = CLINIC_PAGES.get(name, "clients")
        window.show_page(page_key)
        page = window.page(page_key)
        if client_id is not None:
            page.select(client_id)
        window.activateWindow()
        page.search.setFocus()  # where a user starts: the focus outline shows on the search
        for _ in range(25):  # a window manager maps and activates the window meanwhile
            app.processEvents()
            time.sleep(0.02)
        OUT.mkdir(parents=True, exist_ok=True)
        window.grab().save(str(OUT / f"{name}.png"))
        window.close()
        store.close()
    QApplication.processEvents()


def main(argv: list[str]) -> int:
    on_display = "--display" in argv
    argv = [arg for arg in argv if arg != "--display"]
    if argv:
        render(argv[0])
        return 0
    with tempfile.TemporaryDirectory() as config:
        screen = Path(config) / "screen.json"
        screen.write_text(json.dumps(SCREEN), encoding="utf-8")
        platform = "xcb" if on_display else f"offscreen:configfile={screen}"
        env = dict(os.environ, QT_QPA_PLATFORM=platform)
        env["XDG_CONFIG_HOME"] = config  # no desktop language or theme leaks in
        for name in LOOKS:
            subprocess.run([sys.executable, __file__, name], check=True, env=env, cwd=ROOT)
            print(f"docs/screenshots/{name}.png")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

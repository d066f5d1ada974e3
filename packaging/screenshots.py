"""Renders the README screenshots docs/screenshots/light.png, dark.png and spanish.png from a
sample client in a throw-away data home (offscreen; nothing real is read or written).

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/screenshots.py      (or: make screenshots)

Each look runs in its own process so the palette and the interface language start clean.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"
LOOKS = {"light": ("light", "en"), "dark": ("dark", "en"), "spanish": ("light", "es")}


def render(name: str) -> None:
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from app.core.model import Client
    from app.gui.appearance import apply_scheme
    from app.gui.launch import build_main_window, create_application
    from app.services import clients as client_service
    from app.services import holdings as holding_service

    scheme, language = LOOKS[name]
    app = create_application()
    apply_scheme(app, Qt.ColorScheme.Dark if scheme == "dark" else Qt.ColorScheme.Light)
    with tempfile.TemporaryDirectory() as folder:
        window = build_main_window(Path(folder) / "home", synchronous_tasks=True,
                                   language=language)
        store = window.ctx.store
        client = client_service.add_client(store, Client(
            name="Ana López", emails=["ana@example.org"], phones=["+1 415 555 0100"],
            state="CA", country="US"))
        holding_service.add_holding(store, client.id, "att", ["precise-location", "cell-site"])
        holding_service.add_holding(store, client.id, "kochava", ["ad-id"])
        window.ctx.bus.clients_changed.emit()
        window.resize(1200, 760)
        window.show()
        window.show_page("clients")
        page = window.page("clients")
        page.select(client.id)
        window.activateWindow()
        page.search.setFocus()  # where a user starts: the focus outline shows on the search
        for _ in range(5):
            app.processEvents()
        OUT.mkdir(parents=True, exist_ok=True)
        window.grab().save(str(OUT / f"{name}.png"))
        window.close()
        store.close()
    QApplication.processEvents()


def main(argv: list[str]) -> int:
    if argv:
        render(argv[0])
        return 0
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    with tempfile.TemporaryDirectory() as config:
        env["XDG_CONFIG_HOME"] = config  # no desktop language or theme leaks in
        for name in LOOKS:
            subprocess.run([sys.executable, __file__, name], check=True, env=env, cwd=ROOT)
            print(f"docs/screenshots/{name}.png")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

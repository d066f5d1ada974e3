"""Renders the README's Replies screenshots (docs/screenshots/replies-inbox.png and
replies-matched.png) from the test corpus in a throw-away data home, offscreen:

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/gui/reply_screenshots.py
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "docs" / "screenshots"


def main() -> int:
    sys.path.insert(0, str(ROOT))
    from PySide6.QtWidgets import QApplication, QMessageBox

    from app.gui.requests.request_timeline import RequestTimeline
    from app.gui.shell.launch import build_main_window, create_application
    from app.services import replies as reply_service
    from tests.unit.reply_samples import make_clinic

    app = create_application()
    QMessageBox.information = staticmethod(lambda *a, **k: QMessageBox.StandardButton.Ok)
    with tempfile.TemporaryDirectory() as folder:
        window = build_main_window(Path(folder) / "home", synchronous_tasks=True,
                                   language="en")
        store = window.ctx.store
        clinic = make_clinic(store)
        files = [clinic.write(name, Path(folder)) for name in (
            "spam.eml", "other_client_reference.eml", "ack_thread.eml", "verification.eml",
            "denial_exempt.eml", "dsn_bounce.eml", "es_prorroga.eml", "extension_date.eml")]
        reply_service.import_files(store, files)
        window.resize(1200, 760)
        window.show()
        page = window.page("replies")
        window.show_page("replies")
        page.reload()
        page.table.selectRow(next(i for i, r in enumerate(page.model.rows)
                                  if r["subject"].startswith("Action required")))
        for _ in range(5):
            app.processEvents()
        OUT.mkdir(parents=True, exist_ok=True)
        window.grab().save(str(OUT / "replies-inbox.png"))

        timeline = RequestTimeline(window.ctx)
        timeline.resize(1000, 420)
        timeline.set_request(clinic.ids["A"])
        timeline.show()
        for _ in range(5):
            app.processEvents()
        timeline.grab().save(str(OUT / "replies-matched.png"))
        timeline.close()
        window.close()
        store.close()
    QApplication.processEvents()
    print("docs/screenshots/replies-inbox.png\ndocs/screenshots/replies-matched.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())

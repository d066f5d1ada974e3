"""Words on a request's timeline that a translation must be able to tell apart: the Delete
button (a verb) beside the request type "Delete" (a noun) in the same context, and the
deadline rule's confidence, said in the interface language rather than as its stored code."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTranslator

from app.core.model import Client
from app.gui.requests.request_timeline import RequestTimeline
from app.services import clients as client_service
from app.services import requests as request_service
from app.services import tracking


class _Words(QTranslator):
    """Translates by (context, source, disambiguation), as a real catalogue does."""

    def __init__(self, words: dict[tuple[str, str, str | None], str]) -> None:
        super().__init__()
        self.words = words

    def translate(self, context, source, disambiguation=None, n=-1):
        return self.words.get((context, source, disambiguation or None), "")

    def isEmpty(self) -> bool:
        return False


def test_delete_button_and_confidence_are_translated_apart(window):
    words = _Words({("RequestTimeline", "Delete", None): "Eliminación",
                    ("RequestTimeline", "Delete", "button: delete the selected event"): "Eliminar",
                    ("RequestTimeline", "unverified", None): "no verificada",
                    ("RequestTimeline", "statute", None): "ley",
                    ("RequestTimeline", "regulation", None): "reglamento"})
    app = QCoreApplication.instance()
    app.installTranslator(words)
    try:
        ctx = window.ctx
        client = client_service.add_client(ctx.store, Client(name="Ana", state="CA",
                                                              emails=["ana@example.org"]))
        request = request_service.new_request(ctx.store, client.id, "kochava", "delete")
        tracking.mark_sent(ctx.store, request.id, on="2026-11-02")
        timeline = RequestTimeline(ctx)
        timeline.set_request(request.id)
        assert timeline.delete_button.text() == "Eliminar"
        summary = timeline.summary.text()
        assert "CCR" in summary
        assert any(word in summary for word in ("no verificada", "ley", "reglamento"))
        assert "unverified" not in summary and ", regulation)" not in summary
    finally:
        app.removeTranslator(words)

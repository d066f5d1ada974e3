"""The timeline previews a text attachment as plain characters (HTML shown as typed, not
rendered), and keeps the picture preview for images and the "open it" note for other files."""

from __future__ import annotations

from app.core.model import Client
from app.services import clients as client_service
from app.services import requests as request_service
from app.services import tracking

HOSTILE = (b"<h1>Big</h1><img src=x onerror=alert(1)>\r\nsecond\x00line \xff\n"
           b"<a href='http://example.org'>link</a>")


def test_a_text_file_is_previewed_as_plain_text(window, qtbot, tmp_path):
    from app.gui.requests.request_timeline import RequestTimeline

    store = window.ctx.store
    client = client_service.add_client(store, Client(name="Ana Díaz", state="CA"))
    request = request_service.new_request(store, client.id, "att", "delete")
    tracking.mark_sent(store, request.id, on="2026-01-15")
    reply = tmp_path / "reply.txt"
    reply.write_bytes(HOSTILE)
    other = tmp_path / "scan.pdf"
    other.write_bytes(b"%PDF-1.4")
    event = tracking.log_event(store, request.id, "note", on="2026-01-20", text="reply",
                               attachments=[reply, other])
    timeline = RequestTimeline(window.ctx)
    qtbot.addWidget(timeline)
    timeline.show()
    timeline.set_request(request.id)
    timeline.select_event(event.id)
    timeline.file_list.setCurrentIndex(timeline.files.index(0))
    assert timeline.selected_attachment().filename == "reply.txt"
    assert timeline.text_preview.isVisible() and not timeline.preview.isVisible()
    assert timeline.text_preview.toPlainText() == (
        "<h1>Big</h1><img src=x onerror=alert(1)>\nsecond\ufffdline \ufffd\n"
        "<a href='http://example.org'>link</a>")
    assert timeline.text_preview.isReadOnly()
    timeline.file_list.setCurrentIndex(timeline.files.index(1))  # not text: the note again
    assert not timeline.text_preview.isVisible() and timeline.preview.isVisible()
    assert "No preview" in timeline.preview.text()

"""Text attachments (.txt, .eml, .csv, .json) previewed as plain text: hostile bytes (HTML, CR/LF,
NUL, invalid UTF-8, bidirectional overrides) come out as visible characters, never as markup or
hidden content; the preview is capped."""

from __future__ import annotations

from app.core.model import Client
from app.core.plain_text import REPLACEMENT, is_plain_text, readable_text
from app.services import attachments as attachment_service
from app.services import clients as client_service
from app.services import requests as request_service
from app.services import tracking

HOSTILE = (b"<b>bold?</b><script>alert(1)</script>\r\nline two\rline three\n"
           b"nul:\x00: bad:\xff\xfe: esc:\x1b[31m: rtl:\xe2\x80\xaeevil\xe2\x80\xac\tend")


def test_which_files_are_text():
    assert is_plain_text("reply.txt", "application/octet-stream")
    assert is_plain_text("REPLY.EML", "message/rfc822")
    assert is_plain_text("data.csv", "text/csv") and is_plain_text("x.json", "application/json")
    assert is_plain_text("notes", "text/plain")
    assert not is_plain_text("page.html", "text/html") and not is_plain_text("a.htm", "")
    assert not is_plain_text("reply.pdf", "application/pdf")


def test_hostile_bytes_become_plain_visible_text():
    text, cut = readable_text(HOSTILE, 10_000)
    assert not cut
    assert text.startswith("<b>bold?</b><script>alert(1)</script>\nline two\nline three\n")
    assert "\r" not in text and "\x00" not in text and "\x1b" not in text
    assert f"nul:{REPLACEMENT}:" in text
    assert f"bad:{REPLACEMENT}{REPLACEMENT}:" in text          # invalid UTF-8, replaced
    assert f"rtl:{REPLACEMENT}evil{REPLACEMENT}\tend" in text  # no hidden reordering
    assert readable_text("Zoë".encode("utf-16"), 100) == ("Zoë", False)  # a byte-order mark
    assert readable_text(b"\xef\xbb\xbfhi", 100) == ("hi", False)
    assert readable_text(b"abcdef", 4) == ("abcd", True)


def test_a_stored_text_attachment_is_previewed_and_a_large_one_is_not(store, tmp_path):
    client = client_service.add_client(store, Client(name="Ana Díaz", state="CA"))
    request = request_service.new_request(store, client.id, "att", "delete")
    tracking.mark_sent(store, request.id, on="2026-01-15")
    small = tmp_path / "reply.txt"
    small.write_bytes(HOSTILE)
    big = tmp_path / "big.log"
    big.write_bytes(b"x" * (attachment_service.TEXT_PREVIEW_BYTES + 1))
    image = tmp_path / "scan.pdf"
    image.write_bytes(b"%PDF-1.4 not text")
    event = tracking.log_event(store, request.id, "note", on="2026-01-20", text="files",
                               attachments=[small, big, image])
    by_name = {a.filename: a for a in event.attachments}
    shown = attachment_service.text_preview(store, by_name["reply.txt"])
    assert shown is not None and shown.text == readable_text(HOSTILE, 10_000)[0]
    assert attachment_service.text_preview(store, by_name["big.log"]) is None
    assert attachment_service.text_preview(store, by_name["scan.pdf"]) is None

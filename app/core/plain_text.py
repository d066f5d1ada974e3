"""Files shown as plain text (an attached .txt, .eml, .csv or .json): which files are text, and
their bytes as safe text for a preview. The text is only ever displayed as characters: invalid
encodings are replaced, line ends made uniform, and characters that could hide or disguise
content (NUL and other control characters, bidirectional overrides) replaced by a visible mark."""

from __future__ import annotations

import codecs
import re
from pathlib import PurePath

TEXT_SUFFIXES = frozenset((".txt", ".text", ".log", ".csv", ".tsv", ".json", ".eml", ".md"))
TEXT_MIMES = frozenset(("message/rfc822", "application/json", "application/csv"))
REPLACEMENT = "\ufffd"
# C0 controls but tab and line feed, DEL and the C1 controls; the bidirectional embeddings,
# overrides and isolates that can make text read differently from what it is.
_HIDDEN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))


def is_plain_text(filename: str, mime: str) -> bool:
    """Whether a file of this name and type reads as text (not HTML: that is never rendered)."""
    mime = (mime or "").lower()
    if mime == "text/html" or PurePath(filename or "").suffix.lower() in (".html", ".htm"):
        return False
    return (mime.startswith("text/") or mime in TEXT_MIMES
            or PurePath(filename or "").suffix.lower() in TEXT_SUFFIXES)


def readable_text(data: bytes, max_chars: int) -> tuple[str, bool]:
    """`data` decoded for display (UTF-8 unless a byte-order mark says otherwise; undecodable
    bytes replaced), with CR LF and lone CR made LF and hidden characters replaced; at most
    `max_chars` characters, and whether it was cut."""
    encoding = next((name for bom, name in _BOMS if data.startswith(bom)), "utf-8")
    text = data.decode(encoding, errors="replace")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _HIDDEN.sub(REPLACEMENT, text)
    return text[:max_chars], len(text) > max_chars

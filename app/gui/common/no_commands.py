"""Service messages are shared with the command line, so some name an `offmap …` command; the
window shows them without it (it has its own button for the same thing, usually named in the
same message). Applied after translation; English wordings get a window equivalent, any other
command left over is dropped."""

from __future__ import annotations

import re

_QUOTED = r"(?:'offmap [^']*'|`offmap [^`]*`)"


def _parenthetical(match: re.Match) -> str:
    parts = [p.strip() for p in re.split(r", (?:or|o|u) |; ", match.group(1))]
    kept = [p for p in parts if "offmap " not in p and not p.startswith("on the command line")]
    if not kept:
        return ""
    first = re.sub(r"^(?:or|o|u) ", "", kept[0])
    return " (" + ", or ".join([first, *kept[1:]]) + ")"


def _mark_sent() -> str:
    """The window's own name for the button (translated when a catalogue is loaded)."""
    from PySide6.QtCore import QCoreApplication

    label = QCoreApplication.translate("RequestTimeline", "Mar&k sent…")
    return label.replace("&", "").rstrip("…").strip() or "Mark sent"


def without_commands(text: str) -> str:
    """`text` with no command-line instruction in it."""
    if "offmap " not in text and " --" not in text:
        return text
    text = re.sub(r"['`]offmap request mark-sent[^'`]*['`]", _mark_sent(), text)
    text = re.sub(r"\s*\(([^()]*offmap [^()]*)\)", _parenthetical, text)
    text = re.sub(r",? (?:or|o|u) (?:with |con )?" + _QUOTED, "", text)
    text = re.sub(r";\s*" + _QUOTED + r"[^.;]*", "", text)  # "; 'offmap x list' shows them"
    text = re.sub(r"use the id " + _QUOTED + r" shows", "use the id the Directory page shows", text)
    text = re.sub(r"try " + _QUOTED, "search the Directory page", text)
    text = re.sub(r"(?:record it )?with " + _QUOTED, "", text)
    text = re.sub(r"\s+(?:con|usando|using)\s+" + _QUOTED, "", text)
    text = re.sub(r"see " + _QUOTED + r" for the law ids", "choose one of the laws offered", text)
    text = text.replace("Mark sent (or Mark sent in the window)", "Mark sent")
    text = re.sub(r",? or [^,.;()]* with --[a-z-]+", "", text)  # "or a law with --law"
    text = re.sub(r";\s*[^;]*?" + _QUOTED + r".*?(?=;|\.\s+[A-ZÁÉÍÓÚÑ]|\.$|$)", "",
                  text)  # a clause built on a command, up to the clause's or sentence's end
    text = re.sub(r"\s*" + _QUOTED, "", text)  # any other wording: the command goes
    text = re.sub(r"\s+([,.;:])", r"\1", text)
    return re.sub(r"\s{2,}", " ", text).strip()

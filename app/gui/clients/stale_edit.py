"""A client edit refused because a colleague saved the client meanwhile: nothing the worker typed
is lost. Their changes are put back on top of the colleague's version, and the form says who
changed the client (by the client's name, never the id) and which fields both of them changed."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.core.clients import display_phone
from app.core.model import Client
from app.gui.clients.audit_words import CLIENT_FIELD_LABELS
from app.gui.common import i18n

# The fields the client form edits (archiving has its own button).
FORM_FIELDS = ("name", "emails", "phones", "ad_ids", "birth_date", "account_numbers", "address",
               "state", "country", "notes", "consent_on")


def _tr(text: str) -> str:
    return QCoreApplication.translate("StaleEdit", text)


def _label(field: str) -> str:
    return QCoreApplication.translate(i18n.SHARED_CONTEXT, CLIENT_FIELD_LABELS[field])


def _shown_value(field: str, value: Any) -> str:
    if field == "phones":
        return ", ".join(display_phone(p) for p in value) or _tr("(empty)")
    if isinstance(value, dict):
        text = "; ".join(f"{k} = {v}" for k, v in sorted(value.items()))
    elif isinstance(value, list):
        text = ", ".join(value)
    elif field == "consent_on":
        text = _tr("recorded") if value else ""
    else:
        text = str(value or "")
    return " ".join(text.split()) or _tr("(empty)")


@dataclass(frozen=True)
class Reapplied:
    """The colleague's version with the worker's changes on top, and what to tell the worker."""

    client: Client
    yours: tuple[str, ...]  # fields the worker changed (kept)
    both: tuple[str, ...]  # fields the colleague changed too, to something else

    def notice(self, theirs: Client, who: str, when: str) -> str:
        text = _tr("{name} was changed by {who} at {when} while you were editing; nothing was "
                   "saved yet. The form now shows their version with your changes put back.")
        text = text.replace("{name}", theirs.name).replace("{who}", who).replace("{when}", when)
        if self.both:
            lines = [_tr("Both of you changed {field}; yours is in the form, theirs was: {value}")
                     .replace("{field}", _label(f))
                     .replace("{value}", _shown_value(f, getattr(theirs, f))) for f in self.both]
            text += " " + " ".join(line + "." for line in lines)
        return text + " " + _tr("Check it and save again, or Cancel to keep their version.")


def reapply(started_from: Client, typed: Client, theirs: Client) -> Reapplied:
    """`typed` was edited from `started_from`; `theirs` is the client as saved since. The
    result carries `theirs`'s version, so saving it again is accepted."""
    yours = tuple(f for f in FORM_FIELDS if getattr(typed, f) != getattr(started_from, f))
    both = tuple(f for f in yours if getattr(theirs, f) != getattr(started_from, f)
                 and getattr(theirs, f) != getattr(typed, f))
    merged = replace(theirs, **{f: getattr(typed, f) for f in yours})
    return Reapplied(merged, yours, both)


def refused_text(name: str, values: dict[str, Any]) -> str:
    """A refused save (archive, restore) named by the client's name."""
    return _tr("{name} was changed by {who} at {when} meanwhile; nothing was saved. The list "
               "now shows their version.").replace("{name}", name) \
        .replace("{who}", str(values.get("who", ""))).replace("{when}", str(values.get("when", "")))

"""The case's change trail in people's words: when in the interface's language and local time,
what changed by the names the window uses (the client form's field names, company names, event
and request-type names from the shared label tables), and each request by its company and type
instead of its id. The stored trail keeps ids and codes (it is what the command line prints)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt

from app.core.laws import get_law
from app.core.timeline import EVENT_LABELS
from app.gui.common import i18n
from app.gui.common.kind_labels import REQUEST_TYPE_LABELS
from app.gui.common.messages import shown
from app.gui.common.plural import english_plural
from app.gui.common.tr_context import TranslationContext
from app.services import audit as audit_service
from app.services.audit import AuditEntry

# The client form's fields by the names the form gives them (the trail stores the field ids).
CLIENT_FIELD_LABELS = {
    "name": "Name", "emails": "E-mail", "phones": "Phone", "address": "Address",
    "state": "State", "country": "Country", "ad_ids": "Ad ID", "birth_date": "Date of birth",
    "account_numbers": "Account numbers", "notes": "Notes", "archived": "Archived",
    "consent_on": "Consent",
}
SENT_VIA_LABELS = {"email": "by e-mail", "post": "by post", "webform": "through the web form",
                   "phone": "by phone"}
_IMPORTED = re.compile(r"^(\d+) requests, (\d+) events$")


class AuditWords(TranslationContext):
    """The change trail's own words."""


def _tr(text: str) -> str:
    return AuditWords.tr(text)


def _label(text: str) -> str:
    """A label from a table (catalogued in the shared context)."""
    return QCoreApplication.translate(i18n.SHARED_CONTEXT, text)


@dataclass(frozen=True)
class RequestTitle:
    company: str
    request_type: str
    reference: str

    def text(self) -> str:
        kind = _label(REQUEST_TYPE_LABELS.get(self.request_type, self.request_type))
        return f"{self.company}: {kind} ({self.reference})"


def when_text(at: str) -> str:
    """A UTC timestamp as local date and time, written the interface language's way."""
    moment = QDateTime.fromString(at, Qt.DateFormat.ISODate)
    if not moment.isValid():
        return at
    return QLocale(i18n.current_language()).toString(moment.toLocalTime(),
                                                       QLocale.FormatType.ShortFormat)


def _law_name(law_id: str) -> str:
    try:
        return str(get_law(law_id)["short_name"])
    except Exception:  # a law since removed from the data: its id is all there is
        return law_id


def _detail(entry: AuditEntry, companies: dict[str, str]) -> str:
    """What the entry's `what` says, in words (empty when the action's words say it all)."""
    action, what = entry.action, entry.what.strip()
    if not what:
        return ""
    if action == "client.edit":
        return ", ".join(_label(CLIENT_FIELD_LABELS.get(f.strip(), f.strip()))
                         for f in what.split(","))
    if action.startswith("holding."):
        return ", ".join(companies.get(s.strip(), s.strip()) for s in what.split(","))
    if action == "request.new":
        parts = what.split()
        if len(parts) == 3:
            slug, kind, law = parts
            return ", ".join((companies.get(slug, slug),
                              _label(REQUEST_TYPE_LABELS.get(kind, kind)), _law_name(law)))
        return what
    if action in ("request.event", "request.event-delete", "request.event-restore"):
        return shown(EVENT_LABELS.get(what, what))
    if action == "request.event-edit":
        return " → ".join(shown(EVENT_LABELS.get(k.strip(), k.strip()))
                          for k in what.split("→"))
    if action == "request.sent":
        return _tr(SENT_VIA_LABELS.get(what, what))
    if action == "request.attach" and what.isdigit():
        count = int(what)
        return english_plural(AuditWords.tr("%n file(s)", "", count), count)
    if action == "client.import":
        found = _IMPORTED.match(what)
        if found:
            return _tr("{requests} requests, {events} events").replace(
                "{requests}", found.group(1)).replace("{events}", found.group(2))
        return what
    if action in ("request.edit", "request.delete"):
        return ""  # the letter's field ids, or the reference the Request column shows
    return what


def what_text(entry: AuditEntry, companies: dict[str, str]) -> str:
    """The action in words, and what it changed: "edited the client: Phone, E-mail"."""
    action = shown(audit_service.describe(entry))
    detail = _detail(entry, companies)
    return f"{action}: {detail}" if detail else action


def request_text(entry: AuditEntry, titles: dict[int, RequestTitle]) -> str:
    """The request an entry is about, by company, type and reference; one since deleted by
    the reference the deletion recorded."""
    if entry.request_id is None:
        return ""
    title = titles.get(entry.request_id)
    if title is not None:
        return title.text()
    if entry.action == "request.delete" and entry.what:
        return _tr("deleted draft {reference}").replace("{reference}", entry.what)
    return _tr("a deleted request")

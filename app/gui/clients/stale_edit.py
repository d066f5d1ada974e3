"""A client edit refused because a colleague saved the client meanwhile: nothing the worker typed
is lost. Their changes are put back on top of the colleague's version, and the form says who
changed the client (by the client's name, never the id) and which fields both of them changed."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.core.clients import display_phone
from app.core.model import Client
from app.core.text import Text
from app.gui.clients.audit_words import CLIENT_FIELD_LABELS, when_text
from app.gui.common import i18n
from app.gui.common.messages import shown

log = logging.getLogger("app.gui.clients")
# The fields the client form edits (archiving has its own button).
FORM_FIELDS = ("name", "emails", "phones", "ad_ids", "birth_date", "account_numbers", "address",
               "state", "country", "notes", "consent_on")


def _tr(text: str) -> str:
    return QCoreApplication.translate("StaleEdit", text)


def said(values: dict[str, Any], name: str) -> str:
    """A value of the refusal (who, when) as the window shows it: in its language ("another
    worker") and a UTC time as local time written the language's way."""
    value = values.get(name, "")
    if isinstance(value, Text):
        return shown(value)
    text = str(value)
    moment = re.fullmatch(r"(\d{4}-\d\d-\d\d) (\d\d:\d\d:\d\d) UTC", text)
    return when_text(f"{moment.group(1)}T{moment.group(2)}Z") if moment else text


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

    def notice(self, theirs: Client, values: dict[str, Any]) -> str:
        """What the form says: who changed the client and when (`values` of the refusal)."""
        who, when = said(values, "who"), said(values, "when")
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
        .replace("{who}", said(values, "who")).replace("{when}", said(values, "when"))


def edit_keeping_what_was_typed(page, client: Client) -> Client | None:
    """The client form for `client` on the Clients `page`, saved when accepted. A save refused
    because a colleague saved the client meanwhile opens the form again on their version with
    the worker's changes put back and the notice; None when nothing was saved."""
    from PySide6.QtWidgets import QMessageBox

    from app.core.errors import NotFoundError, OffMapError
    from app.gui.clients.client_dialog import ClientDialog
    from app.gui.common.messages import error_text
    from app.services import clients as client_service
    from app.services.audit import ChangedMeanwhileError

    store = page.ctx.store
    started_from, form, notice = client, client, ""
    while True:
        dialog = ClientDialog(form, parent=page, require_consent=page.consent_required())
        dialog.set_notice(notice)
        if not (dialog.exec() and dialog.result_client):
            if notice:  # refused once: the list shows the colleague's version
                page.ctx.bus.clients_changed.emit()
            return None
        typed = dialog.result_client
        try:
            return client_service.update_client(store, typed)
        except ChangedMeanwhileError as exc:
            log.info("client %s changed meanwhile; the edit is offered again", client.id)
            try:
                theirs = client_service.get_client(store, int(client.id or 0))
            except NotFoundError:
                QMessageBox.warning(page, _tr("Not saved"), _tr(
                    "{name} was deleted by a colleague meanwhile; nothing was saved.")
                    .replace("{name}", client.name))
                page.ctx.bus.clients_changed.emit()
                return None
            again = reapply(started_from, typed, theirs)
            notice = again.notice(theirs, exc.text.values)
            started_from, form = theirs, again.client
        except NotFoundError:
            QMessageBox.warning(page, _tr("Not saved"), _tr(
                "{name} was deleted by a colleague meanwhile; nothing was saved.")
                .replace("{name}", client.name))
            page.ctx.bus.clients_changed.emit()
            return None
        except OffMapError as exc:
            QMessageBox.warning(page, _tr("Not saved"), error_text(exc))
            return None

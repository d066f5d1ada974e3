"""Before a new client is saved: the existing clients who may be the same person (same name,
date of birth or phone number), so the worker opens the existing case instead of a duplicate."""

from __future__ import annotations

import html
from enum import Enum

from PySide6.QtWidgets import QMessageBox, QWidget

from app.core.errors import OffMapError
from app.core.model import Client
from app.gui.common.messages import shown
from app.gui.common.plural import english_plural
from app.gui.common.tr_context import TranslationContext
from app.services.intake_conflicts import IntakeMatch, find_matches
from app.services.session import Store

SHOWN_MATCHES = 10


class IntakeMatches(TranslationContext):
    """The duplicate question's words."""


class IntakeChoice(Enum):
    ADD = "add"        # no match, or the worker chose to add a new client anyway
    OPEN = "open"      # show the first matching client instead
    CANCEL = "cancel"


def matches_for(store: Store, client: Client) -> list[IntakeMatch]:
    """The matches, or none when the input itself is bad (saving then says what is wrong)."""
    try:
        return find_matches(store, client)
    except OffMapError:
        return []


def ask_about_matches(parent: QWidget, matches: list[IntakeMatch]) -> IntakeChoice:
    if not matches:
        return IntakeChoice.ADD
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(IntakeMatches.tr("Possible duplicate"))
    count = len(matches)
    box.setText(english_plural(
        IntakeMatches.tr("%n existing client(s) may be the same person.", "", count), count))
    rows = "".join(
        f"<li>{html.escape(m.name)} ({html.escape(shown(m.reasons_text()))})"
        + (html.escape(IntakeMatches.tr(", archived")) if m.archived else "") + "</li>"
        for m in matches[:SHOWN_MATCHES])
    more = count - SHOWN_MATCHES
    tail = ("<p>" + html.escape(IntakeMatches.tr("and {count} more.").replace("{count}", str(more)))
            + "</p>") if more > 0 else ""
    box.setInformativeText(
        f"<ul>{rows}</ul>{tail}<p>"
        + html.escape(IntakeMatches.tr("Open the existing case rather than a second one, unless "
                                       "this is a different person."))
        + "</p>")
    open_button = box.addButton(IntakeMatches.tr("&Show the existing client"),
                                QMessageBox.ButtonRole.AcceptRole)
    add_button = box.addButton(IntakeMatches.tr("&Add a new client anyway"),
                               QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(open_button)
    box.exec()
    clicked = box.clickedButton()
    if clicked is open_button:
        return IntakeChoice.OPEN
    if clicked is add_button:
        return IntakeChoice.ADD
    return IntakeChoice.CANCEL

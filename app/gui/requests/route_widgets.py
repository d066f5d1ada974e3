"""Pieces the web form, post and phone dialogs share: the header that says who gets the request
(and why a successor does), the list of the company's channels with their health, a date field
that refuses the future, and a list of files to attach."""

from __future__ import annotations

import html
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.gui.common.context import GuiContext
from app.gui.common.messages import shown
from app.gui.common.tr_context import TranslationContext
from app.services.channel_health import ChannelStatus
from app.services.routes import RoutePlan


class RouteWords(TranslationContext):
    """The words of the pieces the web form, post and phone dialogs share."""

KIND_LABELS = {"email": "E-mail", "webform": "Web form", "portal": "Portal", "postal": "Post",
               "phone": "Phone"}
QUALITY_LABELS = {"verified": "verified", "secondary": "secondary source",
                  "unverified": "unverified"}


def header_label(plan: RoutePlan) -> QLabel:
    """Who gets the request; for a merged or defunct company, where it goes and why."""
    to = RouteWords.tr("To: {name}").replace("{name}", plan.recipient)
    text = "<b>" + html.escape(to) + "</b>"
    if plan.successor_note:
        text += "<br>" + html.escape(shown(plan.successor_note))
    label = QLabel(text)
    label.setWordWrap(True)
    label.setAccessibleName(RouteWords.tr("Recipient"))
    return label


def channels_html(channels: list[ChannelStatus]) -> str:
    """The company's channels in the order to use them, each with health, quality and source."""
    if not channels:
        return html.escape(RouteWords.tr("No channel is known for this company: look up its "
                                         "privacy page."))
    rows = []
    for channel in channels:
        kind = RouteWords.tr(KIND_LABELS.get(channel.kind, channel.kind))
        value = html.escape(channel.value.replace("\n", ", "))
        quality = RouteWords.tr(QUALITY_LABELS.get(channel.quality, channel.quality))
        if channel.suspect:
            state = "<b>" + html.escape(RouteWords.tr("suspect since {date}: {reason}")
                                        .replace("{date}", channel.marked_on)
                                        .replace("{reason}", shown(channel.reason))) + "</b>"
        else:
            state = html.escape(RouteWords.tr("works"))
        source = f" · <a href='{html.escape(channel.source)}'>" + \
            html.escape(RouteWords.tr("source")) + "</a>" if channel.source else ""
        rows.append(f"<li>{html.escape(kind)}: {value} — {state} · {html.escape(quality)}"
                    f"{source}</li>")
    return "<ol>" + "".join(rows) + "</ol>"


def no_channel_label(dialog: QDialog, ctx: GuiContext, request_id: int,
                     message: str) -> QLabel:
    """`message` (what OffMap does not know) with a link that closes the dialog and opens the
    request's company in the Directory page, where its channels and sources are."""
    from app.services.requests import get_request

    slug = get_request(ctx.store, request_id).company
    link = html.escape(RouteWords.tr("see its channels in the Directory"))
    text = f"{html.escape(message)} <a href='directory:{html.escape(slug)}'>{link}</a>"
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)

    def open_company(_link: str) -> None:
        dialog.reject()
        ctx.bus.navigate.emit("directory")
        ctx.bus.company_shown.emit(slug)

    label.linkActivated.connect(open_company)
    return label


def channels_label(channels: list[ChannelStatus]) -> QLabel:
    label = QLabel(channels_html(channels))
    label.setWordWrap(True)
    label.setOpenExternalLinks(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
    label.setAccessibleName(RouteWords.tr("Channels of the company"))
    return label


def day_edit(accessible: str) -> QDateEdit:
    """A date field starting today that cannot be set in the future."""
    edit = QDateEdit(QDate.currentDate())
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setMaximumDate(QDate.currentDate())
    edit.setAccessibleName(accessible)
    return edit


def day_of(edit: QDateEdit) -> date:
    value = edit.date()
    return date(value.year(), value.month(), value.day())


class FilesPicker(QWidget):
    """Files to keep with the sending (a screenshot, a saved page, a mailing receipt)."""

    def __init__(self, button_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setMaximumHeight(60)
        self.list.setAccessibleName(RouteWords.tr("Files to attach"))
        self.add_button = QPushButton(button_text)
        self.add_button.clicked.connect(self.choose)
        self.remove_button = QPushButton(RouteWords.tr("Remove"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.remove_button.setEnabled(False)  # until a file is selected in the list
        self.list.itemSelectionChanged.connect(
            lambda: self.remove_button.setEnabled(bool(self.list.selectedItems())))
        buttons = QVBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)

    def choose(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, RouteWords.tr("Attach files"), "",
            RouteWords.tr("Screenshots and saved pages (*.png *.jpg *.jpeg *.pdf *.html *.htm "
                          "*.mhtml);;All files (*)"))
        for path in paths:
            self.add(path)

    def add(self, path: str | Path) -> None:
        self.list.addItem(str(path))

    def remove_selected(self) -> None:
        for item in self.list.selectedItems():
            self.list.takeItem(self.list.row(item))

    def paths(self) -> list[Path]:
        return [Path(self.list.item(i).text()) for i in range(self.list.count())]

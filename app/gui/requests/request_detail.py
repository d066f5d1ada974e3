"""The Requests page's detail pane: the selected request's summary (law, deadline, channel),
its letter preview and export buttons.

Other features plug into it: `RequestDetail.detail_sections` (a QVBoxLayout in the "Tracking"
tab, for the request's event timeline) and `RequestDetail.detail_actions` (a QHBoxLayout beside
the export buttons, e.g. for sending). `RequestDetail.request_shown` carries the shown request's
id (or None) so they can follow the selection."""
from __future__ import annotations

import html

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QTabWidget,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import OffMapError
from app.core.ids import saved_id
from app.core.laws import get_law
from app.core.letter_values import TYPE_TITLES
from app.core.letters import compose_letter, letter_html
from app.gui.common.context import GuiContext
from app.gui.common.messages import error_text, shown
from app.gui.requests.letter_export import FORMAT_LABELS, export_one
from app.gui.requests.request_model import (
    STATUS_LABELS,
    RequestRow,
)
from app.gui.requests.timeline_models import CHANNEL_LABELS
from app.services import letters as letter_service


class RequestDetail(QWidget):
    """One request: summary, letter preview, export; slots for tracking and sending."""

    request_shown = Signal(object)  # request id or None
    delete_requested = Signal(int)

    def __init__(self, ctx: GuiContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.request_id: int | None = None
        self.title = QLabel()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.export_button = QToolButton()
        self.export_button.setText(self.tr("E&xport letter"))
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.export_button.setAccessibleName(self.tr("Export the letter"))
        menu = QMenu(self.export_button)
        for fmt, label in FORMAT_LABELS.items():
            action = QAction(self.tr(label) + "…", menu)
            action.triggered.connect(lambda _=False, f=fmt: self._export(f))
            menu.addAction(action)
        self.export_button.setMenu(menu)
        self.mail_button = QPushButton(self.tr("Open in &mail program"))
        self.mail_button.clicked.connect(self._open_mailto)
        self.delete_button = QPushButton(self.tr("&Delete draft…"))
        self.delete_button.clicked.connect(
            lambda: self.request_id is not None and self.delete_requested.emit(self.request_id))
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.mail_button)
        self.detail_actions = QHBoxLayout()  # other features add actions here (e.g. Send)
        buttons.addLayout(self.detail_actions)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)

        self.preview = QTextBrowser()
        self.preview.setAccessibleName(self.tr("Letter"))
        self.preview.setOpenLinks(False)
        tracking = QWidget()
        self.detail_sections = QVBoxLayout(tracking)  # the tracking timeline goes here
        self.detail_sections.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.preview, self.tr("&Letter"))
        self.tabs.addTab(tracking, self.tr("T&racking"))

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        layout.addWidget(self.tabs, 1)
        self.show_request(None)

    def show_request(self, row: RequestRow | None) -> None:
        self.request_id = row.request.id if row else None
        for widget in (self.export_button, self.mail_button, self.delete_button):
            widget.setEnabled(row is not None)
        if row is None:
            self.title.setText(self.tr("No request selected"))
            self.summary.setText(html.escape(self.tr("Choose a request to see its letter.")))
            self.preview.clear()
            self.request_shown.emit(None)
            return
        request = row.request
        self.title.setText(f"{request.reference}: {self.tr(TYPE_TITLES.get(request.type, ''))}")
        self.delete_button.setEnabled(request.status == "draft")
        try:
            context = letter_service.letter_context(self.ctx.store, saved_id(request))
            letter = compose_letter(context)
        except OffMapError as exc:
            self.summary.setText(self._summary(row, None))
            self.preview.setHtml(f"<p><i>{html.escape(error_text(exc))}</i></p>")
            self.mail_button.setEnabled(False)
            self.request_shown.emit(request.id)
            return
        self.summary.setText(self._summary(row, context))
        self.preview.setHtml(letter_html(letter))
        fits = bool(letter.to_addr) and letter_service.mailto_url(
            self.ctx.store, saved_id(request)) is not None
        self.mail_button.setEnabled(fits)
        self.mail_button.setToolTip(self.tr(
            "Opens your mail program with this letter" if fits else
            "The letter does not fit in a mail link (or the company has no e-mail address): "
            "export it as an e-mail draft (.eml) instead"))
        self.request_shown.emit(request.id)

    def _summary(self, row: RequestRow, context: dict | None) -> str:
        request = row.request
        try:
            law = get_law(request.law)
            law_text = f"{law['short_name']} ({request.law})"
        except OffMapError:
            law_text = request.law
        rows = [
            (self.tr("Client"), row.client_name),
            (self.tr("Company"), row.company_name),
            (self.tr("Law"), law_text),
            (self.tr("Status"), self.tr(STATUS_LABELS.get(request.status, request.status))),
            (self.tr("Sent"), f"{request.sent_on} ({self._channel(request.via)})"
             if request.sent_on else ""),
        ]
        due = (context or {}).get("due")
        if due:
            when = request.due_on or due["iso"]
            label = self.tr("Due") if request.sent_on else self.tr("Due if sent today")
            rows.append((label, f"{when} — {self._period(due)}, {due['citation']} "
                                f"({self._confidence(due['confidence'])})"))
        if request.extended_due_on:
            rows.append((self.tr("Extended to"), request.extended_due_on))
        if context and context.get("voluntary"):
            rows.append((self.tr("Note"), self.tr(
                "voluntary request: the law does not cover where the client lives")))
        if context and context.get("identification_missing"):
            # A sent letter can no longer change: what it lacked is said as past, not as a task.
            rows.append((self.tr("⚠ Missing from the letter") if request.sent_on else
                         self.tr("⚠ Missing before sending"), " ".join(
                f"{shown(m['label'])}: {shown(m['how'])}" for m in context.get("missing_help", []))
                or "; ".join(context["identification_missing"])))
        cells = "".join(
            f"<tr><td style='padding-right:10px'><b>{html.escape(k)}</b></td>"
            f"<td>{html.escape(v)}</td></tr>" for k, v in rows if v)
        return f"<table>{cells}</table>"

    def _channel(self, via: str | None) -> str:
        label = CHANNEL_LABELS.get(via or "")
        return self.tr(label).lower() if label else (via or "")

    def _period(self, due: dict) -> str:
        """'45 calendar days' in the interface's language (the letter keeps its English)."""
        words = {
            "calendar": self.tr("{n} calendar days"),
            "business": self.tr("{n} business days"),
            "months": self.tr("{n} months"),
        }
        if due.get("amount") is None or due.get("unit") not in words:
            return due["period"]
        if due["unit"] == "months" and due["amount"] == 1:
            return self.tr("1 month")
        return words[due["unit"]].replace("{n}", str(due["amount"]))

    def _confidence(self, confidence: str) -> str:
        labels = {
            "statute": self.tr("statute"),
            "regulation": self.tr("regulation"),
            "secondary": self.tr("secondary source"),
            "unverified": self.tr("unverified"),
        }
        return labels.get(confidence, confidence)

    def _export(self, fmt: str) -> None:
        if self.request_id is not None:
            export_one(self.ctx, self, self.request_id, fmt)

    def _open_mailto(self) -> None:
        if self.request_id is None:
            return
        url = letter_service.mailto_url(self.ctx.store, self.request_id)
        if url:
            QDesktopServices.openUrl(QUrl(url))

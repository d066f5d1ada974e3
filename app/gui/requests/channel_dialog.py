"""Sending to a recipient without an e-mail address: open its web form (the letter copied to
paste), print the letter or save it as PDF, then record how it went."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import (
    Qt,
    QUrl,
)
from PySide6.QtGui import QDesktopServices, QGuiApplication, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import OffMapError
from app.gui.common.context import GuiContext
from app.gui.common.messages import error_text, shown
from app.services import requests as request_service
from app.services.sending import Channels


class ChannelDialog(QDialog):
    """For a recipient without an e-mail address: open its web form (the letter is copied to
    the clipboard to paste), print the letter or save it as PDF, then record how it went."""

    def __init__(self, ctx: GuiContext, request_id: int, channels: Channels,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.request_id = request_id
        self.channels = channels
        self.setWindowTitle(self.tr("Send by web form or post"))
        ways = []
        if channels.webform:
            ways.append(self.tr("through its web form"))
        if channels.postal:
            ways.append(self.tr("by post"))
        text = QLabel(self.tr("{name} has no e-mail address for privacy requests: it takes them "
                              "{ways}. Your letter is ready.")
                      .replace("{name}", channels.name)
                      .replace("{ways}", self.tr(" or ").join(ways) or self.tr("another way")))
        text.setWordWrap(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        self._add_routes(layout)
        if channels.postal:
            address = QLabel(self.tr("Postal address:") + "\n" + channels.postal)
            address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(address)
        buttons = QDialogButtonBox()
        self.webform_button: QPushButton | None = None
        if channels.webform:
            self.webform_button = buttons.addButton(self.tr("Open the &web form"),
                                                    QDialogButtonBox.ButtonRole.ActionRole)
            self.webform_button.setToolTip(self.tr(
                "Opens the form in your browser and copies the letter so you can paste it"))
            self.webform_button.clicked.connect(self.open_webform)
        self.print_button = buttons.addButton(self.tr("&Print…"),
                                              QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.clicked.connect(self.print_letter)
        self.pdf_button = buttons.addButton(self.tr("Save P&DF…"),
                                            QDialogButtonBox.ButtonRole.ActionRole)
        self.pdf_button.clicked.connect(lambda: self.save_pdf())
        self.mark_button = buttons.addButton(self.tr("&Mark as sent…"),
                                             QDialogButtonBox.ButtonRole.ActionRole)
        self.mark_button.clicked.connect(lambda: self.mark_sent())
        buttons.addButton(QDialogButtonBox.StandardButton.Close).clicked.connect(self.reject)
        layout.addWidget(self.status)
        layout.addWidget(buttons)

    def _add_routes(self, layout: QVBoxLayout) -> None:
        """Why a successor gets it, the company's channels with their health (a bounced address
        is shown as suspect), and the guided web form, post and phone routes."""
        from app.gui.requests.route_widgets import channels_label, header_label
        from app.services import routes

        try:
            plan = routes.route_plan(self.ctx.store, self.request_id)
        except OffMapError:
            self.route_buttons: dict[str, QPushButton] = {}
            return
        if self.channels.suspect_email:
            suspect = QLabel(self.tr("Its e-mail address {email} failed before ({reason}); it "
                                     "is not used.")
                             .replace("{email}", self.channels.suspect_email)
                             .replace("{reason}", shown(self.channels.suspect_reason)))
            suspect.setWordWrap(True)
            layout.addWidget(suspect)
        layout.addWidget(header_label(plan))
        layout.addWidget(channels_label(plan.channels))
        routes_box = QDialogButtonBox()
        self.route_buttons = {}
        for route, label, available in (
                ("webform", self.tr("Web form &steps…"), plan.webform),
                ("post", self.tr("P&ost with window envelope…"), plan.postal),
                ("phone", self.tr("P&hone script…"), plan.phone)):
            button = routes_box.addButton(label, QDialogButtonBox.ButtonRole.ActionRole)
            button.setEnabled(bool(available))
            button.clicked.connect(lambda _=False, r=route: self._open_route(r))
            self.route_buttons[route] = button
        layout.addWidget(routes_box)

    def _open_route(self, route: str) -> None:
        from app.gui.requests.route_menu import open_route

        self.accept()
        open_route(self.ctx, self.request_id, route, self.parentWidget())

    def _letter(self, fmt: str) -> bytes:
        from app.services.letters import render_letter

        return render_letter(self.ctx.store, self.request_id, fmt)

    def letter_text(self) -> str:
        return self._letter("txt").decode("utf-8")

    def open_webform(self) -> None:
        try:
            QGuiApplication.clipboard().setText(self.letter_text())
        except OffMapError as exc:
            self.status.setText(error_text(exc))
            return
        QDesktopServices.openUrl(QUrl(self.channels.webform or ""))
        self.status.setText(self.tr(
            "The web form is opening in your browser and the letter is on the clipboard: paste "
            "it into the form. When you have submitted it, choose Mark as sent."))

    def print_letter(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        try:
            document = QTextDocument()
            document.setHtml(self._letter("html").decode("utf-8"))
        except OffMapError as exc:
            self.status.setText(error_text(exc))
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            document.print_(printer)
            self.status.setText(self.tr("Sent to the printer. After posting it, choose Mark "
                                        "as sent."))

    def save_pdf(self, path: str | None = None) -> None:
        if path is None:
            request = request_service.get_request(self.ctx.store, self.request_id)
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save the letter"), f"{request.reference}.pdf",
                self.tr("PDF (*.pdf)"))
            if not path:
                return
        try:
            data = self._letter("pdf")
            with open(path, "wb") as handle:
                handle.write(data)
        except (OffMapError, OSError) as exc:
            self.status.setText(error_text(exc))
            return
        self.status.setText(self.tr("Saved {path}.").replace("{path}", path))

    def mark_sent(self, via: str | None = None, confirmed: bool = False) -> None:
        via = via or ("webform" if self.channels.webform else "post")
        if not confirmed:
            label = self.tr("web form") if via == "webform" else self.tr("post")
            answer = QMessageBox.question(
                self, self.tr("Mark as sent"),
                self.tr("Record that you sent this request today by {way}? The deadline is "
                        "counted from today (post: from the delivery date, else five days "
                        "after).").replace("{way}", label))
            if answer != QMessageBox.StandardButton.Yes:
                return
        from app.services import tracking

        try:
            tracking.mark_sent(self.ctx.store, self.request_id, on=date.today(), via=via)
        except OffMapError as exc:
            self.status.setText(error_text(exc))
            return
        self.ctx.bus.requests_changed.emit()
        self.accept()

"""The sending actions on the Requests page: "Send…" beside the shown request's export
buttons, and "Send all drafts…" beside "Export letters…" for the selected (or all shown)
drafts; beside Send, the "Other ways" menu (route_menu). The page creates it once."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from app.core.errors import OffMapError
from app.gui.requests.requests_page_base import RequestsPageBase
from app.gui.requests.send_dialog import SendController
from app.services import requests as request_service


class SendActions(QObject):
    def __init__(self, page: RequestsPageBase) -> None:
        super().__init__(page)
        self.page = page
        self.controller = SendController(page.ctx, page)
        self.send_button = QPushButton(self.tr("&Send…"))
        self.send_button.setToolTip(self.tr(
            "E-mail this letter (PDF attached) from your mail account and start its deadline; "
            "for a company without e-mail, open its web form or print the letter"))
        self.send_button.clicked.connect(self.send_shown)
        page.detail.detail_actions.addWidget(self.send_button)
        page.detail.request_shown.connect(self._shown)

        self.send_all_button = QPushButton(self.tr("Send &all drafts…"))
        self.send_all_button.setToolTip(self.tr(
            "E-mail the selected drafts (or every draft shown) one after the other, with "
            "progress, Cancel and a result for each letter"))
        self.send_all_button.clicked.connect(self.send_all)
        top = _layout_holding(page, page.export_button)
        if top is not None:
            top.insertWidget(top.indexOf(page.export_button), self.send_all_button)
        self.controller.sent.connect(lambda _ids: page.reload(select_id=page.selected_id()))
        self._shown(page.detail.request_id)
        from app.gui.requests.route_menu import RouteActions

        # "Other ways": web form, post, phone, channels
        self.routes = RouteActions(page, self.send_button, self)

    def _shown(self, request_id: int | None) -> None:
        status = None
        if request_id is not None:
            try:
                status = request_service.get_request(self.page.ctx.store, request_id).status
            except OffMapError:
                status = None
        self.send_button.setEnabled(status == "draft")

    def send_shown(self) -> None:
        request_id = self.page.detail.request_id
        from app.gui.requests.missing_id_prompt import confirm_send

        if request_id is not None and confirm_send(self.page, self.page.ctx, request_id):
            self.controller.send_one(request_id)

    def send_all(self) -> None:
        ids = self.page.selected_ids() or self.page.model.visible_ids()
        from app.gui.requests.missing_id_prompt import confirm_send_all

        if ids and confirm_send_all(self.page, self.page.ctx, ids):
            self.controller.send_all(ids)


def _layout_holding(page: RequestsPageBase, widget: QWidget) -> QHBoxLayout | None:
    """The page's layout that holds `widget` (its top bar)."""
    layout = page.layout()
    if layout is None:
        return None
    for index in range(layout.count()):
        item = layout.itemAt(index)
        child = item.layout() if item is not None else None
        if isinstance(child, QHBoxLayout) and child.indexOf(widget) >= 0:
            return child
    return None

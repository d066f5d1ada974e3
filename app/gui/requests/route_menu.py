"""The "Other ways" menu beside Send on the Requests page (web form, post, phone, the company's
channels with their health) and the Channels dialog. send_actions creates `RouteActions` beside
its Send button."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import OffMapError
from app.gui.common.context import GuiContext
from app.gui.common.messages import error_text
from app.gui.common.window_layout import room_for_menu_arrow
from app.gui.requests.route_widgets import channels_label, header_label
from app.services import channel_health, routes
from app.services.requests import get_request

if TYPE_CHECKING:
    from app.gui.requests.requests_page_base import RequestsPageBase

ROUTES = ("webform", "post", "phone")


def route_dialog(ctx: GuiContext, request_id: int, route: str,
                 parent: QWidget | None = None) -> QDialog:
    if route == "webform":
        from app.gui.requests.webform_dialog import WebformDialog

        return WebformDialog(ctx, request_id, parent)
    if route == "post":
        from app.gui.requests.post_dialog import PostDialog

        return PostDialog(ctx, request_id, parent)
    if route == "phone":
        from app.gui.requests.phone_dialog import PhoneDialog

        return PhoneDialog(ctx, request_id, parent)
    return ChannelsDialog(ctx, request_id, parent)


def open_route(ctx: GuiContext, request_id: int, route: str, parent: QWidget | None) -> None:
    try:
        dialog = route_dialog(ctx, request_id, route, parent)
    except OffMapError as exc:
        QMessageBox.warning(parent, "OffMap", error_text(exc))
        return
    dialog.exec()


class ChannelsDialog(QDialog):
    """The company's channels in the order to use them, with health, quality and source; the
    routes to send by; and clearing a suspect mark once a channel works again."""

    def __init__(self, ctx: GuiContext, request_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.request_id = request_id
        self.plan = routes.route_plan(ctx.store, request_id)
        self.setWindowTitle(self.tr("Channels for {ref}").replace("{ref}", self.plan.reference))
        layout = QVBoxLayout(self)
        layout.addWidget(header_label(self.plan))
        self.list = channels_label(self.plan.channels)
        layout.addWidget(self.list)
        nxt = self.plan.next_channel()
        if nxt is not None:
            layout.addWidget(QLabel(self.tr("Use next: {value}")
                                    .replace("{value}", nxt.value.splitlines()[0])))
        buttons = QDialogButtonBox()
        self.route_buttons = {}
        for route, label, available in (
                ("webform", self.tr("&Web form…"), self.plan.webform),
                ("post", self.tr("&Post…"), self.plan.postal),
                ("phone", self.tr("P&hone…"), self.plan.phone)):
            button = buttons.addButton(label, QDialogButtonBox.ButtonRole.ActionRole)
            button.setEnabled(bool(available))
            button.clicked.connect(lambda _=False, r=route: self._route(r))
            self.route_buttons[route] = button
        self.clear_button = buttons.addButton(self.tr("&Clear suspect marks"),
                                              QDialogButtonBox.ButtonRole.ActionRole)
        self.clear_button.setToolTip(self.tr("The channels marked suspect work again"))
        self.clear_button.setEnabled(any(c.suspect for c in self.plan.channels))
        self.clear_button.clicked.connect(self.clear_marks)
        buttons.addButton(QDialogButtonBox.StandardButton.Close).clicked.connect(self.reject)
        layout.addWidget(buttons)

    def _route(self, route: str) -> None:
        self.accept()
        open_route(self.ctx, self.request_id, route, self.parentWidget())

    def clear_marks(self) -> None:
        key = channel_health.health_key(get_request(self.ctx.store, self.request_id))
        for channel in self.plan.channels:
            if channel.suspect:
                channel_health.clear_suspect(self.ctx.store, key, channel.kind, channel.value)
        self.plan = routes.route_plan(self.ctx.store, self.request_id)
        self.list.setText(channels_label(self.plan.channels).text())
        self.clear_button.setEnabled(False)


class RouteActions(QObject):
    """The "Other ways" menu button beside Send for the shown request."""

    def __init__(self, page: RequestsPageBase, send_button: QPushButton,
                 parent: QObject) -> None:
        super().__init__(parent)
        self.page = page
        self.button = QToolButton()
        self.button.setText(self.tr("Other wa&ys"))
        self.button.setToolTip(self.tr("Send by web form, post or phone, or see the company's "
                                       "channels and which ones failed"))
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        room_for_menu_arrow(self.button)
        menu = QMenu(self.button)
        self.route_actions = {
            "webform": menu.addAction(self.tr("Web form…")),
            "post": menu.addAction(self.tr("Post…")),
            "phone": menu.addAction(self.tr("Phone…")),
            "channels": menu.addAction(self.tr("Channels…")),
        }
        for route, action in self.route_actions.items():
            action.triggered.connect(lambda _=False, r=route: self.open(r))
        self.button.setMenu(menu)
        layout = page.detail.detail_actions
        layout.insertWidget(layout.indexOf(send_button) + 1, self.button)
        page.detail.request_shown.connect(self._shown)
        self._shown(page.detail.request_id)

    def _shown(self, request_id: int | None) -> None:
        request = None
        if request_id is not None:
            try:
                request = get_request(self.page.ctx.store, request_id)
            except OffMapError:
                request = None
        draft = request is not None and request.status == "draft"
        posted = request is not None and request.via == "post" and request.status != "closed"
        self.button.setEnabled(request is not None)
        for route in ROUTES:
            self.route_actions[route].setEnabled(draft or (route == "post" and posted))

    def open(self, route: str) -> None:
        page = self.page
        request_id = page.detail.request_id
        if request_id is None:
            return
        open_route(page.ctx, request_id, route, page)
        page.reload(select_id=request_id)

"""What the Requests page's add-ons (tracking_actions, send_actions, route_menu) use of the page,
declared below them so that they do not import requests_page back: the page is a
`RequestsPageBase`, and it installs them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QPushButton, QWidget

from app.gui.common.context import GuiContext
from app.gui.requests.request_detail import RequestDetail
from app.gui.requests.request_model import RequestTableModel


class RequestsPageBase(QWidget):
    """Set up by RequestsPage: its context, list model, detail pane and "Export letters…"
    button, and the list's selection and reload."""

    ctx: GuiContext
    model: RequestTableModel
    detail: RequestDetail
    export_button: QPushButton
    reload: Callable[..., None]  # reload(select_id=None)
    selected_id: Callable[[], int | None]
    selected_ids: Callable[[], list[int]]

"""The tracking feature on the Requests page: the shown request's timeline in the detail pane's
"Tracking" tab (events, files, mark sent, log, edit, delete with undo, follow-ups, timeline
PDF). The page creates it once."""

from __future__ import annotations

from PySide6.QtCore import QObject

from app.gui.requests.request_timeline import RequestTimeline
from app.gui.requests.requests_page_base import RequestsPageBase


class TrackingActions(QObject):
    def __init__(self, page: RequestsPageBase) -> None:
        super().__init__(page)
        self.page = page
        self.timeline = RequestTimeline(page.ctx)
        self.timeline.setAccessibleName(self.tr("Timeline of the request"))
        page.detail.detail_sections.addWidget(self.timeline)
        page.detail.request_shown.connect(self.timeline.set_request)
        self.timeline.followup_created.connect(self._show_followup)
        self.timeline.set_request(page.detail.request_id)

    def _show_followup(self, request_id: int) -> None:
        """Selects the drafted follow-up so its letter shows at once."""
        self.page.reload(select_id=request_id)

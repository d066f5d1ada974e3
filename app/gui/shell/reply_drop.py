"""Dropping saved mail (.eml, .msg, mbox) anywhere on the main window imports it as replies
and shows the Replies page. Widgets that take drops of their own (attachments) keep them."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QDragEnterEvent, QDropEvent

from app.gui.common.paged_window import PagedWindow


def _paths(event: QDragEnterEvent | QDropEvent) -> list[str]:
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    # Here, not at the top: it brings in the replies service, which start-up does not need.
    from app.gui.replies.reply_widgets import reply_files

    return reply_files([url.toLocalFile() for url in mime.urls() if url.isLocalFile()])


class ReplyDrop(QObject):
    def __init__(self, window: PagedWindow) -> None:
        super().__init__(window)
        self.window = window
        window.setAcceptDrops(True)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(event, QDropEvent):  # drag enter and move events are drop events too
            return False
        if event.type() in (QEvent.Type.DragEnter, QEvent.Type.DragMove) and _paths(event):
            event.acceptProposedAction()
            return True
        if event.type() == QEvent.Type.Drop:
            paths = _paths(event)
            if paths:
                event.acceptProposedAction()
                self.drop(paths)
                return True
        return False

    def drop(self, paths: list[str]) -> None:
        self.window.show_page("replies")
        from app.gui.replies.replies_page import RepliesPage

        replies = self.window.page("replies")
        if isinstance(replies, RepliesPage):
            replies.import_paths(paths)

"""Colleagues' changes reach the window: the services' change watcher (a thread, no Qt) is
relayed onto the window's thread and into the change bus, so the Clients and Requests pages (and
the case's audit trail) reload when another window, command or worker changed them."""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, Signal

from app.gui.common.context import GuiContext
from app.services.change_watch import ChangeWatcher, StoreChange

log = logging.getLogger(__name__)


class ChangeRelay(QObject):
    # Emitted from the watcher's thread; Qt queues it to the thread this object lives in.
    changed = Signal(object)

    def __init__(self, ctx: GuiContext, interval: float | None = None, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.watcher = ChangeWatcher(ctx.home) if interval is None else \
            ChangeWatcher(ctx.home, interval=interval)
        self.watcher.subscribe(self.changed.emit)
        self.changed.connect(self._apply)
        self._stopped = False
        if parent is not None:
            parent.installEventFilter(self)   # closing the window stops the relay

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Close and watched is self.parent():
            self.stop()
        return False

    def start(self) -> ChangeRelay:
        self.watcher.start()
        if self.watcher.error is not None:
            log.warning("lists will not refresh by themselves: %s",
                        type(self.watcher.error).__name__)
        return self

    def stop(self) -> None:
        self._stopped = True
        self.watcher.stop()

    def _apply(self, change: StoreChange) -> None:
        # A change the watcher queued just before stop() is delivered after it, when the
        # window's store may be closed: the lists must not read it any more.
        if self._stopped:
            log.info("a store change arrived after the window closed: ignored")
            return
        # Only audited changes: writes nobody made on purpose (a cached status catching up
        # with the date) would otherwise make every open window reload in turn.
        if not change.entries:
            return
        actions = {e.action.split(".", 1)[0] for e in change.entries}
        if "client" in actions:
            self.ctx.bus.clients_changed.emit()
        # A deleted client takes their requests along.
        if "request" in actions or any(e.action == "client.delete" for e in change.entries):
            self.ctx.bus.requests_changed.emit()
        if "holding" in actions:
            for client_id in sorted(change.client_ids):
                self.ctx.bus.holdings_changed.emit(client_id)

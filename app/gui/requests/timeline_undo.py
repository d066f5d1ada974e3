"""Undo for a request's timeline: each change is made first (so errors reach the user before
anything is on the stack), then pushed as a command that can revert and re-apply it. Undo
re-creates a deleted event under a new id, so commands look ids up in `EventIds`."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtGui import QUndoCommand

from app.core.errors import OffMapError
from app.core.ids import saved_id
from app.core.model import Event
from app.services import tracking

if TYPE_CHECKING:
    from app.gui.common.context import GuiContext


class EventIds:
    """Undo re-creates deleted events under new ids; commands look ids up here."""

    def __init__(self) -> None:
        self._current: dict[int, int] = {}

    def current(self, event_id: int) -> int:
        while event_id in self._current:
            event_id = self._current[event_id]
        return event_id

    def moved(self, old: int, new: int) -> None:
        if old != new:
            self._current[old] = new


class TimelineHost(Protocol):
    """What the commands need of the timeline (RequestTimeline is one)."""

    ctx: GuiContext
    ids: EventIds

    def report(self, exc: BaseException) -> None: ...


class _TimelineCommand(QUndoCommand):
    """A change already made when pushed (so errors reach the user before anything is on the
    stack): the first redo does nothing. Later undo/redo failures are shown, not swallowed."""

    def __init__(self, timeline: TimelineHost, text: str) -> None:
        super().__init__(text)
        self.timeline = timeline
        self.store = timeline.ctx.store
        self.ids = timeline.ids
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._guard(self.apply)

    def undo(self) -> None:
        self._guard(self.revert)

    def _guard(self, step: Callable[[], None]) -> None:
        try:
            step()
        except OffMapError as exc:
            self.timeline.report(exc)

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError


class DeleteEvent(_TimelineCommand):
    def __init__(self, timeline: TimelineHost, removed: Event, text: str) -> None:
        super().__init__(timeline, text)
        self.event_id = saved_id(removed)
        self.removed = removed

    def apply(self) -> None:
        self.removed = tracking.delete_event(self.store, self.ids.current(self.event_id))

    def revert(self) -> None:
        restored = tracking.restore_event(self.store, self.removed)
        self.ids.moved(self.ids.current(self.event_id), saved_id(restored))


class EditEvent(_TimelineCommand):
    def __init__(self, timeline: TimelineHost, before: Event, after: Event, text: str) -> None:
        super().__init__(timeline, text)
        self.before, self.after = before, after

    def _save(self, version: Event) -> None:
        version.id = self.ids.current(saved_id(self.before))
        tracking.update_event(self.store, version)

    def apply(self) -> None:
        self._save(self.after)

    def revert(self) -> None:
        self._save(self.before)


class AddedEvent(_TimelineCommand):
    def __init__(self, timeline: TimelineHost, event: Event, text: str) -> None:
        super().__init__(timeline, text)
        self.event_id = saved_id(event)
        self.removed: Event | None = None

    def apply(self) -> None:
        if self.removed is not None:
            restored = tracking.restore_event(self.store, self.removed)
            self.ids.moved(self.ids.current(self.event_id), saved_id(restored))

    def revert(self) -> None:
        self.removed = tracking.delete_event(self.store, self.ids.current(self.event_id))

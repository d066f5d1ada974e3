"""Pages whose feature has not landed yet say so plainly (removed as each issue lands)."""

from __future__ import annotations

from app.gui.context import GuiContext
from app.gui.empty_state import EmptyState


class _Arriving(EmptyState):
    TITLE = ""
    TEXT = ""

    def __init__(self, ctx: GuiContext, parent=None) -> None:
        super().__init__(self.TITLE, self.TEXT, parent=parent)


class DeadlinesPlaceholder(_Arriving):
    TITLE = "Deadlines"
    TEXT = "The deadlines dashboard arrives with request tracking."

"""The Directory page's coverage line: the same figures as `offmap directory stats`."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from app.core.coverage import Coverage
from app.gui.common.context import GuiContext
from app.gui.common.kind_labels import COMPANY_KIND_LABELS
from app.services.coverage import directory_coverage


class CoveragePanel(QLabel):
    """One wrapped line of figures, refreshed whenever the directory changes."""

    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("coveragePanel")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAccessibleName(self.tr("Directory coverage"))
        self.figures: Coverage | None = None
        ctx.bus.directory_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        self.figures = directory_coverage(self.ctx.store)
        self.setText(self.describe(self.figures))
        if self.figures.seed_unreachable:
            self.setToolTip(self.tr("Reference companies without a verified channel yet: {slugs}")
                            .replace("{slugs}", ", ".join(self.figures.seed_unreachable)))
        else:
            self.setToolTip("")

    def describe(self, figures: Coverage) -> str:
        return (self.tr("Coverage: {companies} companies, {with_email} with an e-mail address, "
                        "{verified_channel} with a verified channel, {verified} verified records; "
                        "reference companies reachable: {reachable} of {seeds}.")
                .replace("{companies}", str(figures.companies))
                .replace("{with_email}", str(figures.with_email))
                .replace("{verified_channel}", str(figures.with_verified_channel))
                .replace("{verified}", str(figures.verified))
                .replace("{reachable}", str(figures.seed_companies_reachable))
                .replace("{seeds}", str(figures.seed_companies))
                + " " + self.tr("By kind: {kinds}.").replace("{kinds}", ", ".join(
                    f"{self.tr(COMPANY_KIND_LABELS.get(kind, kind))} {count}"
                    for kind, count in figures.by_kind.items())))

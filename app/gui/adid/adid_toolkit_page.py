"""The Ad-ID toolkit: where Android and iPhone keep the advertising ID (with the pages that say
so), how to delete it once the requests are answered, the brokers that act only on it, a box to
store a phone's ID on a client, and, for a Californian, what DROP does and does not reach.
The guidance is data (resources/guides/ad-id.json), shown here as it is, with its sources."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import OffMapError
from app.core.guides import GuideSection
from app.gui.common.context import GuiContext
from app.gui.common.i18n import current_language
from app.gui.common.messages import error_text
from app.services import adid as adid_service
from app.services import clients as client_service

_QUALITY = {"verified": "read on the organisation's own page", "secondary": "third-party guide"}


def section_html(section: GuideSection, tr) -> str:
    """One guide section as HTML: steps, notes, then the sources with the date they were read.
    The guide's sentences arrive in the interface language (the data file has each in English
    and Spanish); they still go through `tr`, which leaves text it does not know as it is."""
    steps = "".join(f"<li>{html.escape(tr(step))}</li>" for step in section.steps)
    notes = "".join(f"<p>{html.escape(tr(note))}</p>" for note in section.notes)
    sources = "".join(
        f"<li><a href='{html.escape(s['url'], quote=True)}'>{html.escape(s['title'])}</a>"
        f" — {html.escape(tr('read on'))} {html.escape(s.get('seen') or '')}"
        f" ({html.escape(tr(_QUALITY.get(s.get('quality', ''), s.get('quality', ''))))})</li>"
        for s in section.sources)
    return (f"<h3>{html.escape(tr(section.title))}</h3><ol>{steps}</ol>{notes}"
            f"<p><small>{html.escape(tr('Sources:'))}</small></p><ul>{sources}</ul>")


class AdIdToolkitPage(QWidget):
    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        # The guide's sentences are data with a Spanish text beside each English one.
        self.guide = adid_service.ad_id_guide(current_language())

        title = QLabel(self.tr("Advertising ID toolkit"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        title.setFont(font)
        intro = QLabel(self.tr(
            "Some brokers find a person only by their phone's advertising ID (Android AAID or "
            "iPhone IDFA). Find it, store it on the client so their letters carry it, and "
            "delete it once the requests are answered."))
        intro.setWordWrap(True)

        self.client_box = QComboBox()
        self.client_box.setAccessibleName(self.tr("Client"))
        self.ad_id_edit = QLineEdit()
        self.ad_id_edit.setPlaceholderText(self.tr("38400000-8cf0-11bd-b23e-10b96e40000d"))
        self.ad_id_edit.setAccessibleName(self.tr("Advertising ID to store"))
        self.store_button = QPushButton(self.tr("&Store on client"))
        self.store_button.clicked.connect(self.store_ad_id)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        row = QHBoxLayout()
        row.addWidget(self.ad_id_edit, 1)
        row.addWidget(self.store_button)
        form = QFormLayout()
        form.addRow(self.tr("&Client"), self.client_box)
        # A row holding a layout gets no buddy from the form: without one the label showed its
        # "&" and Alt+I reached nothing.
        self.ad_id_label = QLabel(self.tr("Advertising &ID"))
        self.ad_id_label.setBuddy(self.ad_id_edit)
        form.addRow(self.ad_id_label, row)
        form.addRow("", self.status)

        self.guide_view = QTextBrowser()
        self.guide_view.setOpenExternalLinks(True)
        self.guide_view.setAccessibleName(self.tr("How to find and delete the advertising ID"))
        self.brokers = QLabel()
        self.brokers.setWordWrap(True)
        self.brokers.setTextFormat(Qt.TextFormat.RichText)
        self.drop_view = QTextBrowser()
        self.drop_view.setOpenExternalLinks(True)
        self.drop_view.setAccessibleName(self.tr("California DROP"))

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.guide_view, 3)
        layout.addWidget(self.brokers)
        layout.addWidget(self.drop_view, 2)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        self.guide_view.setHtml("".join(
            section_html(s, self.tr) for s in self.guide.sections if not s.california_only))
        self.client_box.currentIndexChanged.connect(self._client_changed)
        ctx.bus.clients_changed.connect(self.refresh_clients)
        ctx.bus.directory_changed.connect(self.refresh_brokers)
        self.refresh_clients()
        self.refresh_brokers()

    # ------------------------------------------------------------------ data
    def refresh_clients(self) -> None:
        current = self.client_box.currentData()
        self.client_box.blockSignals(True)
        self.client_box.clear()
        for client in client_service.list_clients(self.ctx.store, include_archived=False):
            self.client_box.addItem(client.name, client.id)
        index = self.client_box.findData(current)
        self.client_box.setCurrentIndex(max(index, 0))
        self.client_box.blockSignals(False)
        self.store_button.setEnabled(self.client_box.count() > 0)
        self._client_changed()

    def refresh_brokers(self) -> None:
        companies = adid_service.ad_id_only_companies(self.ctx.store)
        if companies:
            names = ", ".join(html.escape(c.name) for c in companies)
            self.brokers.setText(
                "<b>" + html.escape(self.tr("Brokers in the directory that act only on the "
                                            "advertising ID:")) + "</b> " + names)
        else:
            self.brokers.setText(html.escape(self.tr(
                "No company in the directory says it acts only on the advertising ID.")))

    def _client_changed(self) -> None:
        client_id = self.client_box.currentData()
        client = None
        if client_id is not None:
            try:
                client = client_service.get_client(self.ctx.store, client_id)
            except OffMapError:
                client = None
        drop = self.guide.section("drop")
        if client is not None and client.state == "CA" and client.country in ("", "US"):
            self.drop_view.setHtml(section_html(drop, self.tr))
        else:
            self.drop_view.setHtml("<p>" + html.escape(self.tr(
                "DROP, California's single deletion request to registered data brokers, is for "
                "California residents; choose a client whose state is CA to see how it works."))
                + "</p>")
        if client is not None and client.ad_ids:
            self.status.setText(self.tr("Stored advertising IDs: {ids}").replace(
                "{ids}", ", ".join(client.ad_ids)))
        else:
            self.status.setText("")

    # ------------------------------------------------------------------ actions
    def store_ad_id(self) -> bool:
        client_id = self.client_box.currentData()
        if client_id is None:
            self.status.setText(self.tr("Add a client first."))
            return False
        try:
            adid_service.store_ad_id(self.ctx.store, client_id, self.ad_id_edit.text())
        except OffMapError as exc:
            self.status.setText(error_text(exc))
            return False
        self.ad_id_edit.clear()
        self.ctx.bus.clients_changed.emit()
        self._client_changed()
        return True

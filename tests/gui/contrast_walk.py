"""Child process of test_contrast.py: opens the window with a client, requests and an empty
mail-account list in the scheme and language given, shows every page (and the New request
dialog), and prints as JSON every text or unticked check box that is too faint:
    python -m tests.gui.contrast_walk light|dark
Text must reach WCAG AA 4.5:1 against its own background as rendered; a check box's outline
3:1 (WCAG 1.4.11, non-text contrast). Measured on the pixels, so a hard-coded colour in a style
sheet is caught like a palette one."""

from __future__ import annotations

import json
import sys
import tempfile
from collections import Counter
from pathlib import Path

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QCheckBox,
    QLabel,
    QStyle,
    QStyleOptionButton,
    QWidget,
)

TEXT_AA = 4.5
NON_TEXT = 3.0


def _luminance(c: QColor) -> float:
    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())


def contrast(a: QColor, b: QColor) -> float:
    hi, lo = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def best_contrast(image: QImage, area: QRect | None = None) -> float:
    """The contrast between the area's most common colour (its background) and the pixel that
    stands out most from it (the core of a glyph, or an outline)."""
    area = area or image.rect()
    colours: Counter[int] = Counter()
    for y in range(max(area.top(), 0), min(area.bottom() + 1, image.height())):
        for x in range(max(area.left(), 0), min(area.right() + 1, image.width())):
            colours[image.pixel(x, y)] += 1
    if not colours:
        return 99.0
    background = QColor(colours.most_common(1)[0][0])
    return max(contrast(background, QColor(rgb)) for rgb in colours)


def _name(widget: QWidget) -> str:
    text = widget.text() if hasattr(widget, "text") else ""
    return f"{type(widget).__name__} {widget.objectName()} {text!r}"[:120]


def _check_widgets(root: QWidget, where: str, problems: list[str]) -> None:
    for label in root.findChildren(QLabel):
        if label.isVisible() and label.text().strip() and label.width() > 4 \
                and label.pixmap().isNull():
            ratio = best_contrast(label.grab().toImage())
            if ratio < TEXT_AA:
                problems.append(f"{where}: text {ratio:.2f}:1 {_name(label)}")
    for button in root.findChildren(QAbstractButton):
        if button.isVisible() and button.isEnabled() and button.text().strip():
            ratio = best_contrast(button.grab().toImage())
            if ratio < TEXT_AA:
                problems.append(f"{where}: button {ratio:.2f}:1 {_name(button)}")
    for box in root.findChildren(QCheckBox):
        if box.isVisible() and not box.isChecked():
            option = QStyleOptionButton()
            option.initFrom(box)
            indicator = box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator,
                                                   option, box)
            ratio = best_contrast(box.grab().toImage(), indicator.adjusted(-1, -1, 1, 1))
            if ratio < NON_TEXT:
                problems.append(f"{where}: unticked box {ratio:.2f}:1 {_name(box)}")
    for view in root.findChildren(QAbstractItemView):
        model = view.model()
        if not view.isVisible() or model is None:
            continue
        image = view.viewport().grab().toImage()
        width = view.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, view)
        for row in range(min(model.rowCount(), 8)):
            index = model.index(row, 0)
            rect = view.visualRect(index)
            if rect.isEmpty():
                continue
            if model.data(index, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked:
                box = QRect(rect.left(), rect.top(), width + 6, rect.height())
                ratio = best_contrast(image, box)
                if ratio < NON_TEXT:
                    problems.append(f"{where}: unticked item {ratio:.2f}:1 in "
                                    f"{view.accessibleName()!r} row {row}")
            elif model.data(index) and not view.selectionModel().isSelected(index):
                ratio = best_contrast(image, rect)
                if ratio < TEXT_AA:
                    problems.append(f"{where}: cell {ratio:.2f}:1 {model.data(index)!r} in "
                                    f"{view.accessibleName()!r}")


def main(scheme: str) -> int:
    from app.core.model import Client
    from app.gui.common.appearance import apply_scheme
    from app.gui.requests.new_request_dialog import NewRequestDialog
    from app.gui.shell.launch import build_main_window, create_application
    from app.gui.shell.pages import PAGES
    from app.services import clients as client_service
    from app.services import holdings as holding_service
    from app.services import requests as request_service

    app = create_application([])
    apply_scheme(app, Qt.ColorScheme.Dark if scheme == "dark" else Qt.ColorScheme.Light)
    problems: list[str] = []
    with tempfile.TemporaryDirectory() as folder:
        window = build_main_window(Path(folder) / "home", synchronous_tasks=True, language="en")
        store = window.ctx.store
        client = client_service.add_client(store, Client(
            name="Ana López", emails=["ana@example.org"], phones=["+1 415 555 0100"],
            state="CA"))
        holding_service.add_holding(store, client.id, "att", ["precise-location"])
        holding_service.add_holding(store, client.id, "kochava", ["ad-id"])
        request_service.new_request(store, client.id, "att", "delete")
        window.ctx.bus.clients_changed.emit()
        window.ctx.bus.requests_changed.emit()
        window.resize(1200, 760)
        window.show()
        for spec in PAGES:
            window.show_page(spec.key)
            for _ in range(5):
                app.processEvents()
            _check_widgets(window.page(spec.key), spec.key, problems)
        dialog = NewRequestDialog(window.ctx, client.id, parent=window)
        dialog.show()
        for _ in range(5):
            app.processEvents()
        _check_widgets(dialog, "new request", problems)
        dialog.close()
        window.close()
        store.close()
    print(json.dumps(problems))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))

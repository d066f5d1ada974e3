"""Issue 12, "No Python in the paint path": no class of the window overrides a method Qt calls on
every paint (with PySide6 6.12 on Python 3.11 each such call leaks a reference to None; and
Python on every paint is slow). Draw into a pixmap when what it shows changes (the Reports
chart), recolour files for Qt's own icon engine (the line icons), or use style sheets and palettes
instead."""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
import sys
from pathlib import Path

from PySide6.QtGui import QIconEngine
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QWidget,
)

import app.gui

GUI_ROOT = Path(app.gui.__file__).parent
# Names that are only ever overrides of a per-paint Qt method, whatever the class.
PAINT_OVERRIDES = ("paintEvent", "drawPrimitive", "drawControl", "drawComplexControl")
# Per-paint methods by the Qt class that calls them.
PER_PAINT = {
    QWidget: ("paintEvent",),
    QIconEngine: ("paint", "pixmap", "scaledPixmap"),
    QStyle: ("drawPrimitive", "drawControl", "drawComplexControl", "drawItemPixmap",
             "drawItemText"),
    QAbstractItemDelegate: ("paint",),
}
WHY = ("runs Python on every paint (issue 12): draw when what is shown changes, into a pixmap "
       "shown by a QLabel, or use Qt's own engines, style sheets or the palette")


def _modules(root: Path, prefix: str) -> list[str]:
    return [info.name for info in pkgutil.walk_packages([str(root)], prefix)]


def _overrides_in_classes(root: Path = GUI_ROOT, prefix: str = "app.gui.") -> list[str]:
    found = []
    for module_name in _modules(root, prefix):
        module = importlib.import_module(module_name)
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ != module_name:
                continue  # imported, checked where it is defined
            for qt_class, methods in PER_PAINT.items():
                if issubclass(cls, qt_class):
                    found += [f"{module_name}.{cls.__qualname__}.{name}" for name in methods
                              if name in vars(cls)]
    return found


def _overrides_in_source(root: Path = GUI_ROOT) -> list[str]:
    """Also classes made inside functions, which importing the modules does not reach."""
    found = []
    for path in sorted(root.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                found += [f"{path.relative_to(root.parent.parent)}:{item.lineno} "
                          f"{node.name}.{item.name}" for item in node.body
                          if isinstance(item, ast.FunctionDef | ast.AsyncFunctionDef)
                          and item.name in PAINT_OVERRIDES]
    return found


def test_the_walk_sees_every_window_module():
    files = {path.relative_to(GUI_ROOT.parent.parent).with_suffix("") for path in
             GUI_ROOT.rglob("*.py")}
    expected = {".".join(f.parts).removesuffix(".__init__") for f in files} - {"app.gui"}
    assert set(_modules(GUI_ROOT, "app.gui.")) == expected
    assert {"app.gui.reports.company_chart", "app.gui.common.icons"} <= expected


def test_no_window_class_overrides_a_per_paint_method():
    found = _overrides_in_classes()
    assert not found, f"{', '.join(found)} {WHY}"


def test_no_window_source_defines_a_paint_override():
    found = _overrides_in_source()
    assert not found, f"{', '.join(found)} {WHY}"


def test_the_checks_catch_overrides(tmp_path, monkeypatch):
    """Both checks find overrides like the old chart's and icon engine's in a package made here,
    so their passing above means something."""
    package = tmp_path / "fake_gui_b12"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "chart.py").write_text(
        "from PySide6.QtGui import QIconEngine\n"
        "from PySide6.QtWidgets import QWidget\n"
        "class Chart(QWidget):\n"
        "    def paintEvent(self, event):\n"
        "        pass\n"
        "class Engine(QIconEngine):\n"
        "    def paint(self, painter, rect, mode, state):\n"
        "        pass\n"
        "def make():\n"
        "    class Local(QWidget):\n"
        "        def paintEvent(self, event):\n"
        "            pass\n"
        "    return Local\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    assert sorted(_overrides_in_classes(package, "fake_gui_b12.")) == [
        "fake_gui_b12.chart.Chart.paintEvent", "fake_gui_b12.chart.Engine.paint"]
    assert [entry.split(" ")[1] for entry in _overrides_in_source(package)] == [
        "Chart.paintEvent", "Local.paintEvent"]


def _python_calls_while(paint) -> list[str]:
    """The Python functions that ran while `paint` (one call into Qt) painted."""
    calls: list[str] = []

    def profile(frame, event, _arg) -> None:
        if event == "call":
            calls.append(f"{frame.f_code.co_filename}:{frame.f_code.co_qualname}")

    sys.setprofile(profile)
    try:
        paint()
    finally:
        sys.setprofile(None)
    return [call for call in calls if not call.endswith(":profile")]


def test_painting_the_chart_and_icons_runs_no_python(qtbot):
    from app.core.reports import CompanyFigures
    from app.gui.common.icons import icon
    from app.gui.reports.company_chart import CompanyChart

    chart = CompanyChart()
    chart.set_figures([CompanyFigures("att", "AT&T", sent=5, on_time=2, late=2, pending=1)])
    sidebar = QListWidget()
    for name in ("page-clients", "page-reports", "no-such-icon"):
        QListWidgetItem(icon(name), name, sidebar)
    sidebar.setCurrentRow(1)  # a selected icon too
    buttons = QWidget()
    row = QHBoxLayout(buttons)
    for enabled in (True, False):
        button = QPushButton(icon("delete"), "Delete")
        button.setEnabled(enabled)
        row.addWidget(button)
    for widget in (chart, sidebar, buttons):
        qtbot.addWidget(widget)
        widget.resize(400, 200)
        widget.show()
        qtbot.waitExposed(widget)
        widget.grab()  # the first paint may fill caches
        assert _python_calls_while(widget.grab) == [], type(widget).__name__

"""Dark and light palettes, and OffMap's own colours readable (WCAG AA, 4.5:1) on both."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from app.gui.common.appearance import apply_scheme, color, is_dark, set_style


def _luminance(c: QColor) -> float:
    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())


def contrast(a: QColor, b: QColor) -> float:
    hi, lo = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


@pytest.fixture
def restore_palette():
    app = QApplication.instance()
    style, palette = app.style().name(), app.palette()
    yield app
    set_style(app, style)
    app.setPalette(palette)


@pytest.mark.parametrize("scheme", [Qt.ColorScheme.Light, Qt.ColorScheme.Dark])
def test_error_colour_is_readable_in_both_schemes(restore_palette, scheme):
    apply_scheme(restore_palette, scheme)
    assert is_dark() == (scheme == Qt.ColorScheme.Dark)
    palette = restore_palette.palette()
    for role in (QPalette.ColorRole.Base, QPalette.ColorRole.Window):
        assert contrast(QColor(color("error")), palette.color(role)) >= 4.5
    assert contrast(palette.color(QPalette.ColorRole.Text),
                    palette.color(QPalette.ColorRole.Base)) >= 4.5
    assert contrast(QColor(color("warning_fg")), QColor(color("warning_bg"))) >= 4.5


def test_contrast_check_can_fail():
    assert contrast(QColor("#777777"), QColor("#888888")) < 4.5



def test_switching_style_after_windows_were_open_does_not_crash():
    """Seen in this suite: main windows left by other tests, then the scheme (and so the style)
    switched under the focus-ring style sheet, left header views on a deleted style; Qt crashed
    on their next timer. Run in a subprocess, so a crash fails this test instead of the run."""
    import os
    import subprocess
    import sys

    here = Path(__file__)
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
         str(here.parent / "test_accessibility.py"), str(here),
         "-k", "not does_not_crash"],
        capture_output=True, text=True, timeout=600, cwd=here.parents[2],
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]

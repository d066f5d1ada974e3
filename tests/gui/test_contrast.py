"""Every page (and New request) rendered in light and in dark: text reaches WCAG AA 4.5:1
against its background and unticked check boxes 3:1, as measured on the rendered pixels. Each
scheme runs in its own process (switching schemes under open windows is what crashed Qt)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from tests.gui.contrast_walk import best_contrast

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_every_page_is_readable(scheme):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-m", "tests.gui.contrast_walk", scheme], cwd=ROOT,
                            env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    problems = json.loads(result.stdout.strip().splitlines()[-1])
    assert problems == []


def test_the_measure_fails_faint_text():
    image = QImage(40, 20, QImage.Format.Format_RGB32)
    image.fill(QColor("#2b2b2b"))
    for x in range(5, 30):
        image.setPixelColor(x, 10, QColor("#3a3a3a"))  # a faint line on the dark window
    assert best_contrast(image) < 3.0
    for x in range(5, 30):
        image.setPixelColor(x, 12, QColor("#ececec"))
    assert best_contrast(image) >= 4.5

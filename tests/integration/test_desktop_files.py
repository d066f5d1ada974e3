"""The Linux desktop entry and AppStream metainfo validate with the freedesktop tools."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

PACKAGING = Path(__file__).resolve().parents[2] / "packaging"


@pytest.mark.integration
@pytest.mark.skipif(shutil.which("desktop-file-validate") is None,
                    reason="desktop-file-validate (desktop-file-utils) missing")
def test_desktop_entry_validates():
    result = subprocess.run(
        ["desktop-file-validate", str(PACKAGING / "org.offmap.OffMap.desktop")],
        capture_output=True, text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == "", result.stdout  # no errors, warnings or hints


@pytest.mark.integration
@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstreamcli (appstream) missing")
def test_metainfo_validates():
    result = subprocess.run(
        ["appstreamcli", "validate", "--strict", "--no-net",
         str(PACKAGING / "org.offmap.OffMap.metainfo.xml")],
        capture_output=True, text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_desktop_entry_launches_the_gui_script():
    import tomllib

    entry = (PACKAGING / "org.offmap.OffMap.desktop").read_text(encoding="utf-8")
    project = tomllib.loads((PACKAGING.parent / "pyproject.toml").read_text(encoding="utf-8"))
    assert "Exec=offmap-gui" in entry
    assert "offmap-gui" in project["project"]["gui-scripts"]

"""Without a display, the window start says what is missing and which packages to install,
instead of Qt's raw platform-plugin error."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from app.gui.shell.display_check import WINDOW_PACKAGES, display_problem

ROOT = Path(__file__).resolve().parents[2]


def _found(_name: str) -> str:
    return "lib.so"


def test_no_display_on_linux_is_named_with_the_packages():
    message = display_problem({}, "linux", _found)
    assert message is not None and "DISPLAY" in message and "ssh -X" in message
    assert all(package in message for package in WINDOW_PACKAGES)


def test_a_display_or_a_headless_platform_is_no_problem():
    assert display_problem({"DISPLAY": ":0"}, "linux", _found) is None
    assert display_problem({"WAYLAND_DISPLAY": "wayland-0"}, "linux", _found) is None
    assert display_problem({"QT_QPA_PLATFORM": "offscreen"}, "linux", _found) is None
    assert display_problem({}, "win32", _found) is None
    assert display_problem({}, "darwin", _found) is None


def test_missing_xcb_library_names_its_package():
    message = display_problem({"DISPLAY": ":0"}, "linux",
                              lambda name: None if name == "xcb-cursor" else "lib.so")
    assert message is not None and "(libxcb-cursor0)" in message
    assert "sudo apt-get install" in message


def test_window_without_display_exits_with_the_message(tmp_path):
    env = {key: value for key, value in os.environ.items()
           if key not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    code = "import sys; from app.__main__ import gui_main; sys.exit(gui_main())"
    result = subprocess.run([sys.executable, "-c", code, "--home", str(tmp_path / "home")],
                            cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    if sys.platform.startswith("linux"):
        assert result.returncode == 1
        assert "needs a graphical desktop" in result.stderr
        assert "libxcb-cursor0" in result.stderr
        assert "qt.qpa" not in result.stderr  # Qt never started

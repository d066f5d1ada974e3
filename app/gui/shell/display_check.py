"""Before Qt starts: is there a screen to open the window on, and the libraries Qt's Linux
platform plugin needs? Without this Qt only prints its own plugin error and aborts."""

from __future__ import annotations

import ctypes.util
import os
import sys
from collections.abc import Callable, Mapping

# The Debian/Ubuntu packages the window needs (the README lists the same; .ci/run installs them).
WINDOW_PACKAGES = ("libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1", "libxcb-image0",
                   "libxcb-render-util0", "libxcb-shape0", "libxcb-randr0", "libxcb-xkb1",
                   "libxkbcommon-x11-0", "libegl1", "libgl1", "libfontconfig1", "libdbus-1-3")
# Shared libraries Qt's xcb plugin loads, by the package that provides each.
# Only the two Qt 6.5+ most often lacks, so an unusual library layout never blocks a working Qt.
_XCB_LIBRARIES = {"xcb-cursor": "libxcb-cursor0", "xkbcommon-x11": "libxkbcommon-x11-0"}
_HEADLESS_PLATFORMS = ("offscreen", "minimal", "vnc", "eglfs", "linuxfb")


def display_problem(environ: Mapping[str, str] | None = None, platform: str | None = None,
                    find_library: Callable[[str], str | None] = ctypes.util.find_library,
                    ) -> str | None:
    """A message saying what is missing to open the window, or None when nothing is."""
    environ = os.environ if environ is None else environ
    platform = sys.platform if platform is None else platform
    if not platform.startswith("linux"):
        return None
    requested = environ.get("QT_QPA_PLATFORM", "").split(":")[0].strip()
    if requested in _HEADLESS_PLATFORMS:
        return None
    install = "sudo apt-get install " + " ".join(WINDOW_PACKAGES)
    if not environ.get("DISPLAY") and not environ.get("WAYLAND_DISPLAY"):
        return ("OffMap's window needs a graphical desktop, and none was found (neither DISPLAY "
                "nor WAYLAND_DISPLAY is set). Start OffMap from a desktop session, or over SSH "
                "with X forwarding (ssh -X). The command line works without one: offmap --help.\n"
                "On Debian or Ubuntu the window also needs these packages:\n  " + install)
    if requested in ("", "xcb") and not environ.get("WAYLAND_DISPLAY"):
        missing = sorted({package for library, package in _XCB_LIBRARIES.items()
                          if find_library(library) is None})
        if missing:
            return ("OffMap's window cannot open: Qt's X11 support needs libraries that are not "
                    "installed (" + ", ".join(missing) + "). On Debian or Ubuntu install them "
                    "with:\n  " + install)
    return None

"""The data OffMap ships (resources/: directory, laws, templates, guides): the only files the
core reads. Found in the installed package, the checkout or a PyInstaller bundle."""

from __future__ import annotations

import functools
import sys
from pathlib import Path

from app.core.errors import OffMapError


class ResourcesMissingError(OffMapError):
    """The shipped resources cannot be found: the installation is broken."""


@functools.cache  # the installation does not move while OffMap runs; every letter asks
def resources_dir() -> Path:
    package = Path(__file__).resolve().parent.parent  # app/
    candidates = [package / "resources", package.parent / "resources"]
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.insert(0, Path(bundle) / "app" / "resources")
    for candidate in candidates:
        if (candidate / "README.md").is_file():
            return candidate
    raise ResourcesMissingError("OffMap's resources folder is missing; reinstall OffMap.")


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)

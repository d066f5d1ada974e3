"""Where OffMap keeps things: the data home (CONTRACT: --home, OFFMAP_HOME, platformdirs)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import platformdirs

from app import APP_NAME
from app.core.errors import OffMapError

# Re-exported: the shipped resources are found by the core (app.core.resources).
from app.core.resources import resource as resource
from app.core.resources import resources_dir as resources_dir

ENV_HOME = "OFFMAP_HOME"
STORE_NAME = "offmap.sqlite3"


class HomeError(OffMapError):
    """The data home cannot be created or written."""


def default_home() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def cache_dir() -> Path:
    """Where OffMap keeps files it can always make again (never data): the user's cache folder."""
    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))


def resolve_home(cli_home: str | os.PathLike[str] | None = None) -> Path:
    if cli_home:
        return Path(cli_home).expanduser().absolute()
    env = os.environ.get(ENV_HOME)
    if env:
        return Path(env).expanduser().absolute()
    return default_home()


def ensure_home(home: Path) -> Path:
    """Creates the home (0700) with its sub-folders, or raises HomeError saying why not."""
    try:
        home.mkdir(parents=True, exist_ok=True, mode=0o700)
        if os.name == "posix" and stat.S_IMODE(home.stat().st_mode) != 0o700:
            home.chmod(0o700)
        for sub in ("attachments", "backups", "logs"):
            (home / sub).mkdir(exist_ok=True, mode=0o700)
    except OSError as exc:
        raise HomeError(
            "cannot use the data folder {home}: {error}. Choose another with --home DIR or "
            "OFFMAP_HOME.",
            home=home, error=exc.strerror or exc) from exc
    if not os.access(home, os.W_OK | os.X_OK):
        raise HomeError(
            "the data folder {home} is not writable. Choose another with --home DIR or "
            "OFFMAP_HOME.",
            home=home)
    return home


def store_path(home: Path) -> Path:
    return home / STORE_NAME


def attachments_dir(home: Path) -> Path:
    return home / "attachments"


def backups_dir(home: Path) -> Path:
    return home / "backups"


def logs_dir(home: Path) -> Path:
    return home / "logs"


def secure_file(path: Path) -> None:
    """Files in the home are 0600 (POSIX)."""
    if os.name == "posix" and path.exists():
        path.chmod(0o600)



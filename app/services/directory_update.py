"""`directory update`: download a directory file, validate it, and swap it into the data home
atomically. The bundled file is never written; on any failure the current directory stays
byte-for-byte as it was."""

from __future__ import annotations

import contextlib
import json
import logging
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app import net
from app.core import directory as core
from app.core.errors import ValidationError
from app.paths import secure_file
from app.services.directory import directory_source, home_directory_path
from app.store import Store
from app.store import preferences as preference_repo

log = logging.getLogger(__name__)
MAX_DIRECTORY_BYTES = 8 * 1024 * 1024
URL_PREFERENCE = "directory.update_url"


@dataclass
class UpdateResult:
    url: str
    companies: int
    generated_on: str
    changed: bool
    path: str

    def to_json(self) -> dict[str, Any]:
        return {"url": self.url, "companies": self.companies, "generated_on": self.generated_on,
                "changed": self.changed, "path": self.path}


def saved_update_url(store: Store) -> str:
    """The address of the last successful update ('' when none)."""
    return str(preference_repo.get(store.conn, URL_PREFERENCE) or "")


def update_url(store: Store, url: str | None) -> str:
    chosen = (url or preference_repo.get(store.conn, URL_PREFERENCE) or "").strip()
    if not chosen:
        raise ValidationError(
            "no directory address is set; give one with --url https://... (it is remembered "
            "for the next update)."
        )
    return net.check_url(chosen)


def _validated(data: bytes) -> tuple[int, str]:
    companies = core.parse_document(data)
    generated_on = json.loads(data.decode("utf-8-sig"))["generated_on"]
    return len(companies), generated_on


def _swap_in(home: Path, data: bytes) -> Path:
    target = home_directory_path(home)
    target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    handle, temp_name = tempfile.mkstemp(prefix=".companies-", suffix=".tmp", dir=target.parent)
    temp = Path(temp_name)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        secure_file(temp)
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    return target


def update_directory(store: Store, url: str | None = None,
                     progress: Callable[[int, int], None] | None = None,
                     cancelled: Callable[[], bool] | None = None) -> UpdateResult:
    """Downloads, validates and installs a directory; raises (leaving everything as it was) when
    the download fails, is too large, is cut off, or is not a valid directory."""
    address = update_url(store, url)
    data = net.download(address, MAX_DIRECTORY_BYTES, progress, cancelled)
    try:
        count, generated_on = _validated(data)
    except ValidationError as exc:
        raise ValidationError(
            "the downloaded directory was refused, so the current one was kept: {error}",
            error=exc) from exc
    if cancelled and cancelled():
        raise net.DownloadCancelled("the update was cancelled; nothing was changed.")
    current = directory_source(store.home)
    changed = current.read_bytes() != data
    path = _swap_in(store.home, data) if changed else current
    with store.transaction() as conn:
        preference_repo.set_value(conn, URL_PREFERENCE, address)
    log.info("directory update: %d companies, changed=%s", count, changed)
    return UpdateResult(address, count, generated_on, changed, str(path))

"""`directory update`: download a directory file and its signature, check both, and swap the
file into the data home atomically. The bundled file is never written; on any failure the
current directory stays byte-for-byte as it was.

Checks, in order: the download ends in time and at a usable rate (app.net), the Ed25519
signature published at URL + ".sig" matches the key OffMap ships, the JSON is sane
(app.core.safe_json) and a valid directory. A company the update drops while a request,
holding or one of the user's own companies still names it is kept from the current directory,
marked `withdrawn` with the date, and reported: an update never makes existing requests
unusable."""

from __future__ import annotations

import contextlib
import copy
import logging
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from app import net
from app.core import directory as core
from app.core import safe_json
from app.core.errors import ValidationError
from app.core.text import Text
from app.paths import secure_file
from app.services import directory_signature, preferences
from app.services.directory import directory_source, home_directory_path
from app.store import Store
from app.store import companies as company_repo

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
    withdrawn: list[str] = field(default_factory=list)  # kept: in use, dropped by the update

    def to_json(self) -> dict[str, Any]:
        return {"url": self.url, "companies": self.companies, "generated_on": self.generated_on,
                "changed": self.changed, "path": self.path, "withdrawn": list(self.withdrawn),
                "signed": True}


def saved_update_url(store: Store) -> str:
    """The address of the last successful update ('' when none)."""
    return str(preferences.read(store.conn, URL_PREFERENCE) or "")


def update_url(store: Store, url: str | None) -> str:
    chosen = (url or preferences.read(store.conn, URL_PREFERENCE) or "").strip()
    if not chosen:
        raise ValidationError(
            "no directory address is set; give one with --url https://... (it is remembered "
            "for the next update)."
        )
    return net.check_url(chosen)


def _validated(data: bytes) -> dict[str, Any]:
    document: dict[str, Any] = safe_json.loads(data, Text("the directory file"),
                                               max_bytes=MAX_DIRECTORY_BYTES)
    core.validate_document(document)
    return document


# ------------------------------------------------------------------ companies in use
def _slugs_in_use(store: Store) -> set[str]:
    rows = store.conn.execute("SELECT company FROM requests UNION SELECT company FROM holdings")
    used = {row[0] for row in rows}
    for company in company_repo.list_all(store.conn):
        used.update(company.hosts)
        if company.successor:
            used.add(company.successor)
    return used


def _links(record: dict[str, Any]) -> list[str]:
    links = [*record.get("hosts", []), *record.get("runs", []),
             *(s["slug"] for s in record.get("shared_with", []))]
    return links + ([record["successor"]] if record.get("successor") else [])


def keep_in_use(document: dict[str, Any], current: dict[str, dict[str, Any]],
                in_use: set[str], today: str) -> list[str]:
    """Adds to `document` the records of `current` it drops that are in use (and those they
    link to, so the document stays consistent), each marked withdrawn; their slugs."""
    offered = {record["slug"] for record in document["companies"]}
    kept: list[str] = []
    waiting = sorted(in_use - offered)
    while waiting:
        slug = waiting.pop(0)
        if slug in offered or slug not in current:
            continue
        record = copy.deepcopy(current[slug])
        record["withdrawn"] = record.get("withdrawn") or today
        document["companies"].append(record)
        offered.add(slug)
        kept.append(slug)
        waiting.extend(_links(record))
    return kept


def _current_records(home: Path) -> dict[str, dict[str, Any]]:
    source = directory_source(home)
    document = safe_json.loads(source.read_bytes(), Text("the current directory file"))
    return {record["slug"]: record for record in document["companies"]}


# ------------------------------------------------------------------ swapping in
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


def _download_signed(address: str, progress: Callable[[int, int], None] | None,
                     cancelled: Callable[[], bool] | None,
                     trusted: tuple[Ed25519PublicKey, ...]) -> bytes:
    data = net.download(address, MAX_DIRECTORY_BYTES, progress, cancelled)
    try:
        signature = net.download(address + directory_signature.SIGNATURE_SUFFIX,
                                 directory_signature.MAX_SIGNATURE_BYTES, None, cancelled)
    except net.DownloadCancelled:
        raise
    except net.NetError as exc:
        raise ValidationError(
            "the directory's signature ({url}) could not be downloaded, so the file cannot be "
            "trusted and nothing was changed: {error}",
            url=address + directory_signature.SIGNATURE_SUFFIX, error=exc) from exc
    directory_signature.verify(data, signature, trusted)
    return data


def update_directory(store: Store, url: str | None = None,
                     progress: Callable[[int, int], None] | None = None,
                     cancelled: Callable[[], bool] | None = None, *,
                     trusted_keys: tuple[Ed25519PublicKey, ...] | None = None) -> UpdateResult:
    """Downloads, verifies, validates and installs a directory; raises (leaving everything as
    it was) when the download fails, is too slow, too large or cut off, is not signed by a
    trusted key (OffMap's own unless a test gives `trusted_keys`), or is not a valid
    directory."""
    address = update_url(store, url)
    trusted = directory_signature.bundled_keys() if trusted_keys is None else trusted_keys
    data = _download_signed(address, progress, cancelled, trusted)
    try:
        document = _validated(data)
    except ValidationError as exc:
        raise ValidationError(
            "the downloaded directory was refused, so the current one was kept: {error}",
            error=exc) from exc
    if cancelled and cancelled():
        raise net.DownloadCancelled("the update was cancelled; nothing was changed.")
    kept = keep_in_use(document, _current_records(store.home), _slugs_in_use(store),
                       date.today().isoformat())
    if kept:
        core.validate_document(document)
        data = _dumps(document)
    current = directory_source(store.home)
    changed = current.read_bytes() != data
    path = _swap_in(store.home, data) if changed else current
    with store.transaction() as conn:
        preferences.write(conn, URL_PREFERENCE, address)
    log.info("directory update: %d companies, %d kept as withdrawn, changed=%s",
             len(document["companies"]), len(kept), changed)
    return UpdateResult(address, len(document["companies"]), document["generated_on"], changed,
                        str(path), kept)


def _dumps(document: dict[str, Any]) -> bytes:
    import json

    return json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8") + b"\n"

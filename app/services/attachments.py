"""Attachment files: copied into the home's attachments/ folder under their SHA-256 (so two
files with the same name never collide and the same file is kept once), 0600, never referenced
in place. A copy that fails (full disk, unreadable file) leaves nothing behind."""

from __future__ import annotations

import contextlib
import errno
import hashlib
import mimetypes
import os
import shutil
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from app.core.errors import OffMapError, ValidationError
from app.core.model import Attachment
from app.core.text import Text
from app.paths import attachments_dir, secure_file
from app.store import Store

LARGE_FILE_BYTES = 100 * 1024 * 1024
_CHUNK = 1024 * 1024
_SPARE_BYTES = 16 * 1024 * 1024   # keep this much free beyond the file, for the store itself


class LargeFileError(ValidationError):
    """A file over LARGE_FILE_BYTES was given without confirm_large=True."""


class DiskFullError(OffMapError):
    """There is no room in the home for the file."""


@dataclass
class StoredFile:
    attachment: Attachment
    path: Path
    created: bool   # False when the same content was already stored


def human_size(size: int) -> str:
    if size < 1024:
        return Text("{size} bytes", size=size)
    amount = size / 1024
    if amount < 1024:
        return Text("{size:.0f} KB", size=amount)
    amount /= 1024
    if amount < 1024:
        return Text("{size:.0f} MB", size=amount)
    return Text("{size:.0f} GB", size=amount / 1024)


def blob_path(home: Path, sha256: str) -> Path:
    """Where the content with this SHA-256 lives: attachments/ab/abcdef..."""
    if len(sha256) != 64 or any(c not in "0123456789abcdef" for c in sha256):
        raise ValidationError(
            "'{sha256}' is not an attachment id.",
            sha256=sha256)
    return attachments_dir(home) / sha256[:2] / sha256


def path_for(home: Path, attachment: Attachment) -> Path:
    """The stored file of `attachment`, or NotFound-style error when it has gone missing."""
    path = blob_path(home, attachment.sha256)
    if not path.is_file():
        raise OffMapError(
            "the stored copy of '{filename}' is missing from {parent}; restore a backup or attach "
            "the file again.",
            filename=attachment.filename, parent=path.parent)
    return path


def check_source(source: Path, confirm_large: bool = False) -> int:
    """The file's size, after checking it can be attached. Raises with a message that says
    what to do when it cannot."""
    if not source.exists():
        raise ValidationError(
            "there is no file at {source}; check the path.",
            source=source)
    if not source.is_file():
        raise ValidationError(
            "{source} is not a file; attach files one by one.",
            source=source)
    size = source.stat().st_size
    if size > LARGE_FILE_BYTES and not confirm_large:
        raise LargeFileError(
            "'{name}' is {size}, over the {large_file_bytes} limit for attachments (they are kept "
            "in every backup). Attach it anyway by confirming (--confirm-large on the command "
            "line), or attach a smaller copy.",
            name=source.name, size=human_size(size), large_file_bytes=human_size(LARGE_FILE_BYTES))
    return size


def _disk_full(home: Path) -> DiskFullError:
    return DiskFullError(
        "the disk holding {home} is full, so the attachment was not saved and nothing was "
        "changed. Free some space and try again.",
        home=home)


def _check_free_space(home: Path, size: int) -> None:
    try:
        free = shutil.disk_usage(attachments_dir(home)).free
    except OSError:
        return
    if free < size + _SPARE_BYTES:
        raise _disk_full(home)


def store_file(home: Path, source: Path | str, confirm_large: bool = False) -> StoredFile:
    """Copies `source` into the home under its SHA-256 and describes it. The Attachment's
    event_id is 0 until the caller saves it with an event."""
    source = Path(source)
    size = check_source(source, confirm_large)
    folder = attachments_dir(home)
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    _check_free_space(home, size)
    digest = hashlib.sha256()
    handle, temp_name = tempfile.mkstemp(prefix=".incoming-", dir=folder)
    temp = Path(temp_name)
    try:
        with os.fdopen(handle, "wb") as out, source.open("rb") as src:
            while chunk := src.read(_CHUNK):
                digest.update(chunk)
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
        secure_file(temp)
        target = blob_path(home, digest.hexdigest())
        target.parent.mkdir(exist_ok=True, mode=0o700)
        created = not target.exists()
        if created:
            os.replace(temp, target)
        else:
            temp.unlink()
    except OSError as exc:
        with contextlib.suppress(OSError):
            temp.unlink()
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            raise _disk_full(home) from exc
        raise OffMapError(
            "could not copy '{name}' into the data folder: {error}; nothing was changed.",
            name=source.name, error=exc.strerror or exc) from exc
    mime = mimetypes.guess_type(source.name)[0] or "application/octet-stream"
    attachment = Attachment(event_id=0, filename=source.name, sha256=digest.hexdigest(),
                            size=size, mime=mime)
    return StoredFile(attachment=attachment, path=target, created=created)


def discard(home: Path, stored: list[StoredFile]) -> None:
    """Removes files stored for an action that then failed (only the ones it created)."""
    for item in stored:
        if item.created:
            with contextlib.suppress(OSError):
                item.path.unlink()


def prune_unused(store: Store, min_age_seconds: float = 3600) -> int:
    """Deletes stored files no attachment refers to any more; returns how many. Files newer
    than `min_age_seconds` stay: another OffMap on the same home may be attaching one (the file
    is stored a moment before its record)."""
    used = {row[0] for row in store.conn.execute("SELECT DISTINCT sha256 FROM attachments")}
    removed = 0
    folder = attachments_dir(store.home)
    if not folder.is_dir():
        return 0
    cutoff = time.time() - min_age_seconds
    for shard in folder.iterdir():
        if not shard.is_dir() or len(shard.name) != 2:
            continue
        for blob in shard.iterdir():
            if blob.name not in used:
                with contextlib.suppress(OSError):
                    if blob.stat().st_mtime < cutoff:
                        blob.unlink()
                        removed += 1
    an_hour_ago = time.time() - 3600
    for leftover in folder.glob(".incoming-*"):
        with contextlib.suppress(OSError):
            if leftover.stat().st_mtime < an_hour_ago:   # not a copy still in progress
                leftover.unlink()
    return removed

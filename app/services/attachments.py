"""Attachment files: kept inside the store (the `blobs` table, app/store/blobs.py) under their
SHA-256, so they are encrypted with it and travel in its backups; the same file is kept once and
two files with the same name never collide. Nothing is referenced in place. A copy that fails
(full disk, unreadable file, too large) leaves nothing behind.

Where a caller needs a path (a system viewer, an export that zips files), `path_for` writes a
temporary 0600 copy in a private folder outside the home, removed when OffMap exits.

The functions take the Store; a data home (Path) still works for the embedded store (a connection
of its own is opened for the call), so callers written for files need no change."""

from __future__ import annotations

import atexit
import contextlib
import hashlib
import mimetypes
import os
import shutil
import tempfile
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from app.core.errors import OffMapError, ValidationError
from app.core.model import Attachment
from app.core.plain_text import is_plain_text, readable_text
from app.core.text import Text
from app.paths import attachments_dir
from app.store import Store, open_store
from app.store import blobs as blob_repo
from app.store.connection import Error as StoreDatabaseError

# Files over this size are attached only when the user confirms (they are in every backup).
LARGE_FILE_BYTES = 25 * 1024 * 1024
# No file over this size is kept at all (app/store/blobs.py says why).
MAX_FILE_BYTES = blob_repo.MAX_BLOB_BYTES
_CHUNK = 1024 * 1024
_SPARE_BYTES = 16 * 1024 * 1024   # keep this much free beyond the file, for the store itself


class LargeFileError(ValidationError):
    """A file over LARGE_FILE_BYTES was given without confirm_large=True."""


class TooLargeError(ValidationError):
    """A file over MAX_FILE_BYTES: it cannot be kept in the store."""


class DiskFullError(OffMapError):
    """There is no room in the home for the file."""


@dataclass
class StoredFile:
    attachment: Attachment
    created: bool   # False when the same content was already stored
    path: Path | None = None   # files are no longer kept as files; None


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


def check_sha256(sha256: str) -> str:
    if len(sha256) != 64 or any(c not in "0123456789abcdef" for c in sha256):
        raise ValidationError(
            "'{sha256}' is not an attachment id.",
            sha256=sha256)
    return sha256


def blob_path(home: Path, sha256: str) -> Path:
    """Where homes made before attachments moved into the store kept this content
    (attachments/ab/abcdef...). A file placed there (an old backup's restore, a case import) is
    moved into the store by app/services/blob_import.py."""
    return attachments_dir(home) / check_sha256(sha256)[:2] / sha256


@contextlib.contextmanager
def using_store(where: Store | Path | str) -> Iterator[Store]:
    """The given store, or the embedded store of the given home opened for this call."""
    if isinstance(where, Store):
        yield where
        return
    store = open_store(Path(where))
    try:
        yield store
    finally:
        store.close()


def _missing(filename: str) -> OffMapError:
    return OffMapError(
        "the stored copy of '{filename}' is missing from the store; restore a backup or attach "
        "the file again.",
        filename=filename)


def read_bytes(where: Store | Path | str, attachment: Attachment) -> bytes:
    """The content of `attachment`, checked against its SHA-256."""
    from app.services import blob_import

    sha256 = check_sha256(attachment.sha256)
    with using_store(where) as store:
        blob_import.import_if_needed(store)
        content = blob_repo.get(store.conn, sha256)
        left = blob_import.left_behind(store, sha256) if content is None else None
    if left:
        raise OffMapError(
            "the copy of '{filename}' is still a plain file in the data folder, not in the "
            "encrypted store: {reason}.", filename=attachment.filename, reason=left)
    if content is None or hashlib.sha256(content).hexdigest() != sha256:
        raise _missing(attachment.filename)
    return content


# Text files up to this size are previewed (read whole and checked); larger ones are opened.
TEXT_PREVIEW_BYTES = 1024 * 1024
TEXT_PREVIEW_CHARS = 100_000


@dataclass(frozen=True)
class TextPreview:
    text: str
    cut: bool  # only the first TEXT_PREVIEW_CHARS characters are in `text`


def text_preview(where: Store | Path | str, attachment: Attachment) -> TextPreview | None:
    """A text attachment (.txt, .eml, .csv, .json…) as safe plain text for a preview, or None
    when it is not text or too large to preview (see app.core.plain_text)."""
    if attachment.size > TEXT_PREVIEW_BYTES or not is_plain_text(attachment.filename,
                                                                  attachment.mime):
        return None
    text, cut = readable_text(read_bytes(where, attachment), TEXT_PREVIEW_CHARS)
    return TextPreview(text, cut)


# -- temporary copies for callers that need a path -------------------------------------------
_copies_lock = threading.Lock()
_copies_dir: Path | None = None


def _private_folder() -> Path:
    global _copies_dir
    with _copies_lock:
        if _copies_dir is None or not _copies_dir.is_dir():
            _copies_dir = Path(tempfile.mkdtemp(prefix="offmap-files-"))   # 0700
            atexit.register(remove_temporary_copies)
        return _copies_dir


def remove_temporary_copies() -> None:
    """Removes every copy `path_for` wrote (at exit; the window may call it sooner)."""
    global _copies_dir
    with _copies_lock:
        folder, _copies_dir = _copies_dir, None
    if folder is not None:
        shutil.rmtree(folder, ignore_errors=True)


def safe_filename(name: str) -> str:
    base = Path(name.replace("\\", "/")).name
    cleaned = "".join(c if c.isalnum() or c in "-_. ()" else "_" for c in base).strip(" .")
    return cleaned[:120] or "file"


def path_for(where: Store | Path | str, attachment: Attachment) -> Path:
    """A temporary 0600 copy of `attachment` under its own name, outside the home, removed when
    OffMap exits. Raises OffMapError when the content has gone missing."""
    content = read_bytes(where, attachment)
    folder = _private_folder() / attachment.sha256[:16]
    folder.mkdir(exist_ok=True, mode=0o700)
    target = folder / safe_filename(attachment.filename)
    # Written afresh each time: a viewer may have changed the last copy.
    handle, temp_name = tempfile.mkstemp(prefix=".copy-", dir=folder)   # 0600
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(content)
        os.replace(temp_name, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise OffMapError("could not write a temporary copy of '{filename}': {error}",
                          filename=attachment.filename, error=exc.strerror or exc) from exc
    return target


# -- storing ---------------------------------------------------------------------------------
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
    if size > MAX_FILE_BYTES:
        raise TooLargeError(
            "'{name}' is {size}, over the {max_file_bytes} that OffMap can keep for one "
            "attachment. Attach a smaller copy (a compressed scan, or the relevant pages) and "
            "keep the original elsewhere; nothing was changed.",
            name=source.name, size=human_size(size), max_file_bytes=human_size(MAX_FILE_BYTES))
    if size > LARGE_FILE_BYTES and not confirm_large:
        raise LargeFileError(
            "'{name}' is {size}, over the {large_file_bytes} limit for attachments (they are kept "
            "in every backup). Attach it anyway by confirming (--confirm-large on the command "
            "line), or attach a smaller copy.",
            name=source.name, size=human_size(size), large_file_bytes=human_size(LARGE_FILE_BYTES))
    return size


def disk_full(home: Path) -> DiskFullError:
    return DiskFullError(
        "the disk holding {home} is full, so the attachment was not saved and nothing was "
        "changed. Free some space and try again.",
        home=home)


def _check_free_space(home: Path, size: int) -> None:
    try:
        free = shutil.disk_usage(home).free
    except OSError:
        return
    if free < size + _SPARE_BYTES:
        raise disk_full(home)


def is_disk_full(exc: BaseException | None) -> bool:
    """True when `exc`, or an error it was raised while handling, says the disk is full (SQLite
    ends the transaction itself on SQLITE_FULL, so the rollback after it fails too)."""
    seen = 0
    while exc is not None and seen < 5:
        text = str(exc).lower()
        if "disk is full" in text or "disk full" in text or "no space left" in text:
            return True
        exc, seen = exc.__cause__ or exc.__context__, seen + 1
    return False


def _read(source: Path) -> tuple[bytes, str]:
    digest = hashlib.sha256()
    parts = []
    with source.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
            parts.append(chunk)
            if sum(len(p) for p in parts) > MAX_FILE_BYTES:   # grew while being read
                raise TooLargeError(
                    "'{name}' grew over {max_file_bytes} while it was read; nothing was changed.",
                    name=source.name, max_file_bytes=human_size(MAX_FILE_BYTES))
    return b"".join(parts), digest.hexdigest()


@dataclass
class StagedFile:
    """A file read and described, not stored yet: `save_staged` writes it inside the
    transaction that records the event referring to it."""
    attachment: Attachment
    content: bytes


def stage_file(source: Path | str, confirm_large: bool = False) -> StagedFile:
    """Reads `source` (after `check_source`) and describes it; nothing is written."""
    source = Path(source)
    check_source(source, confirm_large)
    try:
        content, sha256 = _read(source)
    except OSError as exc:
        raise OffMapError(
            "could not read '{name}': {error}; nothing was changed.",
            name=source.name, error=exc.strerror or exc) from exc
    mime = mimetypes.guess_type(source.name)[0] or "application/octet-stream"
    attachment = Attachment(event_id=0, filename=source.name, sha256=sha256,
                            size=len(content), mime=mime)
    return StagedFile(attachment=attachment, content=content)


def save_staged(conn: object, staged: list[StagedFile]) -> None:
    """Writes the staged contents inside the caller's transaction (the one that inserts the
    event), so the event and its files are saved together or not at all."""
    for item in staged:
        blob_repo.put(conn, item.attachment.sha256, item.content)


def stage_files(store: Store, sources: list[Path | str] | None,
                confirm_large: bool = False) -> list[StagedFile]:
    """Checks every file, and that the disk has room for them, then reads them (`stage_file`);
    nothing is written, and one file that cannot be attached refuses them all."""
    paths = [Path(source) for source in sources or []]
    sizes = [check_source(path, confirm_large) for path in paths]
    if paths:
        _check_free_space(store.home, sum(sizes))
    return [stage_file(path, confirm_large) for path in paths]


@contextlib.contextmanager
def disk_full_explained(store: Store) -> Iterator[None]:
    """Turns a full disk met while saving staged files into `disk_full`'s message."""
    try:
        yield
    except (StoreDatabaseError, OffMapError) as exc:
        if is_disk_full(exc) and not isinstance(exc, DiskFullError):
            raise disk_full(store.home) from exc
        raise


def store_file(where: Store | Path | str, source: Path | str,
               confirm_large: bool = False) -> StoredFile:
    """Keeps the content of `source` in the store under its SHA-256 and describes it. The
    Attachment's event_id is 0 until the caller saves it with an event; when that fails the
    caller calls `discard`. (`stage_file` + `save_staged` do the same in the caller's own
    transaction.)"""
    source = Path(source)
    check_source(source, confirm_large)
    with using_store(where) as store:
        _check_free_space(store.home, source.stat().st_size)
        staged = stage_file(source, confirm_large)
        try:
            with store.transaction() as conn:
                created = blob_repo.put(conn, staged.attachment.sha256, staged.content)
        except (StoreDatabaseError, OffMapError) as exc:
            if is_disk_full(exc):
                raise disk_full(store.home) from exc
            raise
    return StoredFile(attachment=staged.attachment, created=created)


def discard(where: Store | Path | str, stored: list[StoredFile]) -> None:
    """Removes what was stored for an action that then failed (only the blobs it created and
    nothing refers to)."""
    created = [item.attachment.sha256 for item in stored if item.created]
    if not created:
        return
    with using_store(where) as store, contextlib.suppress(StoreDatabaseError, OffMapError), \
            store.transaction() as conn:
        blob_repo.delete_if_unreferenced(conn, created)


def prune_unused(store: Store, min_age_seconds: float = 3600) -> int:
    """Deletes stored contents nothing refers to any more; returns how many. Contents newer than
    `min_age_seconds` stay: another OffMap on the same store may be attaching one (the content
    is stored a moment before its record)."""
    from app.services import blob_import

    blob_import.import_if_needed(store)
    cutoff = (datetime.now(UTC) - timedelta(seconds=min_age_seconds)).strftime(
        "%Y-%m-%dT%H:%M:%SZ")
    with store.transaction() as conn:
        unused = blob_repo.unreferenced(conn, cutoff)
        return blob_repo.delete_if_unreferenced(conn, unused)

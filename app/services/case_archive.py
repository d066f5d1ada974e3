"""Reading a case file as hostile input: entry names are checked (no absolute paths, `..`,
drive letters or links), sizes and compression ratios are capped before anything is read, and a
passphrase-sealed archive is decrypted into the caller's work folder and checked again."""

from __future__ import annotations

import hashlib
import stat
import zipfile
from pathlib import Path, PurePosixPath

from app.core.case_file import CaseFileError
from app.core.errors import OffMapError, ValidationError
from app.core.text import Text
from app.services import case_crypto

SEALED_ENTRY = "case.sealed"
README_ENTRY = "README.txt"
MAX_ENTRIES = 20_000
MAX_ENTRY_BYTES = 512 * 1024 * 1024
MAX_TOTAL_BYTES = 2 * 1024 * 1024 * 1024
MAX_JSON_BYTES = 64 * 1024 * 1024
MAX_RATIO = 100
RATIO_FLOOR = 1024 * 1024  # small entries may compress well without being a bomb
_COPY = 1024 * 1024


class PassphraseNeeded(OffMapError):
    """The case file is encrypted and no passphrase was given."""


def refuse(why: Text) -> CaseFileError:
    return CaseFileError(
        "this case file cannot be imported: {why}. Nothing was changed.",
        why=why)


def _safe_name(name: str) -> bool:
    if not name or "\x00" in name or "\\" in name or len(name) > 400:
        return False
    path = PurePosixPath(name)
    if path.is_absolute() or name.startswith("/") or ":" in path.parts[0]:
        return False
    return all(part not in ("..", ".", "") for part in path.parts)


def check_archive(archive: zipfile.ZipFile) -> dict[str, zipfile.ZipInfo]:
    """The archive's entries by name, after refusing unsafe names, links, encrypted entries,
    too many or too large entries, and suspicious compression ratios (zip bombs)."""
    infos = archive.infolist()
    if len(infos) > MAX_ENTRIES:
        raise refuse(Text("it has more than {max_entries} entries", max_entries=MAX_ENTRIES))
    entries: dict[str, zipfile.ZipInfo] = {}
    total = 0
    for info in infos:
        if not _safe_name(info.filename):
            raise refuse(Text("it contains an unsafe file name ({name!r})",
                               name=info.filename[:80]))
        if stat.S_ISLNK(info.external_attr >> 16):
            raise refuse(Text("it contains a link ({name!r})", name=info.filename[:80]))
        if info.flag_bits & 0x1:
            raise refuse(Text("it uses zip encryption, which OffMap does not write"))
        if info.filename in entries:
            raise refuse(Text("it lists {name!r} twice", name=info.filename[:80]))
        if info.file_size > MAX_ENTRY_BYTES:
            raise refuse(Text("{name!r} is larger than OffMap accepts",
                               name=info.filename[:80]))
        if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size,
                                                                             1):
            raise refuse(Text("{name!r} expands more than {max_ratio} times (a zip bomb?)",
                               name=info.filename[:80], max_ratio=MAX_RATIO))
        total += info.file_size
        if total > MAX_TOTAL_BYTES:
            raise refuse(Text("its contents are larger than OffMap accepts"))
        if not info.is_dir():
            entries[info.filename] = info
    return entries


def read_capped(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes:
    if info.file_size > limit:
        raise refuse(Text("{name!r} is larger than OffMap accepts", name=info.filename[:80]))
    with archive.open(info) as handle:
        data = handle.read(limit + 1)
    if len(data) > limit or len(data) != info.file_size:
        raise refuse(Text("{name!r} is not the size its header says",
                           name=info.filename[:80]))
    return data


def copy_capped(archive: zipfile.ZipFile, info: zipfile.ZipInfo, target: Path,
                 limit: int) -> str:
    """Copies an entry to `target`, never more than `limit` bytes; returns its SHA-256."""
    digest = hashlib.sha256()
    written = 0
    with archive.open(info) as handle, target.open("wb") as out:
        while chunk := handle.read(_COPY):
            written += len(chunk)
            if written > limit:
                raise refuse(Text("{name!r} is larger than its header says",
                                   name=info.filename[:80]))
            digest.update(chunk)
            out.write(chunk)
    return digest.hexdigest()


def is_encrypted_case(path: Path | str) -> bool:
    """True when the file is a passphrase-protected case file (so the GUI asks for it)."""
    try:
        with zipfile.ZipFile(path) as archive:
            return SEALED_ENTRY in {i.filename for i in archive.infolist()}
    except (OSError, zipfile.BadZipFile):
        return False


def open_archive(path: Path, work: Path, passphrase: str | None) -> zipfile.ZipFile:
    if not path.is_file():
        raise ValidationError(
            "there is no file at {path}; check the path.",
            path=path)
    try:
        outer = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise refuse(Text("it is not a zip file")) from exc
    entries = check_archive(outer)
    if SEALED_ENTRY not in entries:
        return outer
    if passphrase is None:
        outer.close()
        raise PassphraseNeeded(
            "this case file is encrypted; give its passphrase (on the command line: "
            "offmap import case FILE --passphrase-stdin)."
        )
    inner_path = work / "case.zip"
    try:
        with outer.open(entries[SEALED_ENTRY]) as source, inner_path.open("wb") as target:
            case_crypto.unseal(source, target, passphrase, MAX_TOTAL_BYTES)
    except case_crypto.SealedFormatError as exc:
        raise refuse(exc.text) from exc
    finally:
        outer.close()
    try:
        inner = zipfile.ZipFile(inner_path)
    except zipfile.BadZipFile as exc:
        raise refuse(Text("the decrypted contents are not a zip file")) from exc
    check_archive(inner)
    return inner

"""Passphrase encryption of case files: scrypt derives a 256-bit key, AES-GCM seals the archive
in 1 MiB chunks (each chunk's nonce carries its number and a last-chunk flag, so chunks cannot
be reordered, dropped or truncated without the tag check failing).

Sealed layout: MAGIC, 2-byte header length, JSON header (kdf parameters, salt, nonce prefix;
also authenticated as associated data), then the encrypted chunks.
"""

from __future__ import annotations

import base64
import json
import os
import struct
from typing import IO, Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from app.core import safe_json
from app.core.errors import OffMapError, ValidationError

MAGIC = b"OFFMAP-SEALED-1\n"
CHUNK = 1024 * 1024
TAG = 16
SCRYPT_N = 2 ** 15
SCRYPT_R = 8
SCRYPT_P = 1
# Refuse parameters a crafted file could use to make key derivation take minutes or gigabytes.
MAX_N, MAX_R, MAX_P = 2 ** 20, 16, 4
MIN_PASSPHRASE = 8


class WrongPassphrase(OffMapError):
    """The passphrase does not open this case file (or the file was changed)."""


class SealedFormatError(OffMapError):
    """The sealed payload is not in OffMap's format."""


def check_passphrase(passphrase: str) -> str:
    if len(passphrase) < MIN_PASSPHRASE:
        raise ValidationError(
            "the passphrase is shorter than {min_passphrase} characters; choose a longer one (a "
            "few words are easy to remember and hard to guess).",
            min_passphrase=MIN_PASSPHRASE)
    return passphrase


def _key(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(passphrase.encode("utf-8"))


def _nonce(prefix: bytes, index: int, last: bool) -> bytes:
    return prefix + struct.pack(">I", index) + (b"\x01" if last else b"\x00")


def seal(source: IO[bytes], target: IO[bytes], passphrase: str) -> None:
    """Encrypts everything readable from `source` into `target`."""
    check_passphrase(passphrase)
    salt, prefix = os.urandom(16), os.urandom(7)
    header = json.dumps({
        "kdf": "scrypt", "n": SCRYPT_N, "r": SCRYPT_R, "p": SCRYPT_P,
        "salt": base64.b64encode(salt).decode(), "nonce_prefix": base64.b64encode(prefix).decode(),
        "cipher": "AES-256-GCM", "chunk": CHUNK,
    }, sort_keys=True).encode()
    aead = AESGCM(_key(passphrase, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P))
    target.write(MAGIC + struct.pack(">H", len(header)) + header)
    index = 0
    current = source.read(CHUNK)
    while True:
        following = source.read(CHUNK)
        last = not following
        target.write(aead.encrypt(_nonce(prefix, index, last), current, header))
        if last:
            break
        current, index = following, index + 1


def is_sealed(head: bytes) -> bool:
    return head.startswith(MAGIC)


def _read_header(source: IO[bytes]) -> tuple[bytes, dict[str, Any]]:
    if source.read(len(MAGIC)) != MAGIC:
        raise SealedFormatError("the encrypted part is not in OffMap's format")
    raw_len = source.read(2)
    if len(raw_len) != 2:
        raise SealedFormatError("the encrypted part is cut short")
    header = source.read(struct.unpack(">H", raw_len)[0])
    try:
        fields = safe_json.loads(header, "header", max_depth=4)
        params = (int(fields["n"]), int(fields["r"]), int(fields["p"]))
        salt = base64.b64decode(fields["salt"], validate=True)
        prefix = base64.b64decode(fields["nonce_prefix"], validate=True)
        chunk = int(fields["chunk"])
    except (ValueError, KeyError, TypeError, safe_json.JsonRefused) as exc:
        raise SealedFormatError("the encrypted part's header is damaged") from exc
    n, r, p = params
    if fields.get("kdf") != "scrypt" or not (2 <= n <= MAX_N and n & (n - 1) == 0) \
            or not (1 <= r <= MAX_R) or not (1 <= p <= MAX_P) or len(prefix) != 7 \
            or len(salt) < 16 or not (1024 <= chunk <= 16 * CHUNK):
        raise SealedFormatError("the encrypted part uses settings OffMap does not accept")
    return header, {"params": params, "salt": salt, "prefix": prefix, "chunk": chunk}


def unseal(source: IO[bytes], target: IO[bytes], passphrase: str, max_bytes: int) -> int:
    """Decrypts `source` into `target`; returns the number of bytes written. Raises
    WrongPassphrase when the passphrase (or the file) is wrong; stops past `max_bytes`."""
    header, fields = _read_header(source)
    aead = AESGCM(_key(passphrase, fields["salt"], *fields["params"]))
    size = fields["chunk"] + TAG
    written, index = 0, 0
    current = source.read(size)
    while True:
        following = source.read(size)
        last = not following
        try:
            plain = aead.decrypt(_nonce(fields["prefix"], index, last), current, header)
        except InvalidTag:
            if index == 0:
                raise WrongPassphrase(
                    "the passphrase is wrong, or the case file was changed after it was "
                    "exported. Check the passphrase (it is case-sensitive) and try again."
                ) from None
            raise WrongPassphrase(
                "the case file is damaged or incomplete (part of it does not decrypt); ask "
                "for a new copy."
            ) from None
        written += len(plain)
        if written > max_bytes:
            raise SealedFormatError("the encrypted case file is larger than OffMap accepts")
        target.write(plain)
        if last:
            return written
        current, index = following, index + 1

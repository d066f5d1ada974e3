"""Ed25519 signatures on directory files.

The maintainers sign each published directory file with a private key kept off the repository
(packaging/sign_directory.py); the signature is published beside it, at the file's address plus
".sig", as one line of base64 (64 raw bytes). OffMap ships the public key
(resources/keys/directory-ed25519.pub) and checks the signature before anything is swapped in.

`verify` takes the trusted keys as a parameter so that tests can use a key pair of their own;
`bundled_keys()` is what the update uses, and nothing outside a test replaces it.
"""

from __future__ import annotations

import base64
import binascii
import functools

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from app.core.errors import ValidationError
from app.paths import resource

SIGNATURE_SUFFIX = ".sig"
MAX_SIGNATURE_BYTES = 1024
PUBLIC_KEY = ("keys", "directory-ed25519.pub")


def load_public_keys(pem: bytes) -> tuple[Ed25519PublicKey, ...]:
    """Every Ed25519 public key in a PEM text (several allow a key rotation)."""
    keys = []
    for block in pem.split(b"-----END PUBLIC KEY-----"):
        if b"-----BEGIN PUBLIC KEY-----" not in block:
            continue
        key = serialization.load_pem_public_key(block + b"-----END PUBLIC KEY-----\n")
        if not isinstance(key, Ed25519PublicKey):
            raise ValueError("not an Ed25519 public key")
        keys.append(key)
    return tuple(keys)


@functools.cache
def bundled_keys() -> tuple[Ed25519PublicKey, ...]:
    """The directory keys shipped with OffMap."""
    return load_public_keys(resource(*PUBLIC_KEY).read_bytes())


def decode_signature(data: bytes) -> bytes:
    try:
        text = data.decode("ascii").strip()
        raw = base64.b64decode(text, validate=True)
    except (UnicodeDecodeError, binascii.Error, ValueError):
        raw = b""
    if len(raw) != 64:
        raise ValidationError(
            "the directory's signature file is not a signature (expected one line of base64); "
            "nothing was changed.")
    return raw


def encode_signature(raw: bytes) -> bytes:
    return base64.b64encode(raw) + b"\n"


def verify(data: bytes, signature_file: bytes,
           trusted: tuple[Ed25519PublicKey, ...]) -> None:
    """Raises ValidationError unless `signature_file` is a signature of `data` by one of the
    `trusted` keys."""
    raw = decode_signature(signature_file)
    for key in trusted:
        try:
            key.verify(raw, data)
            return
        except InvalidSignature:
            continue
    raise ValidationError(
        "the directory file is not signed by OffMap's maintainers (its signature does not match "
        "the key OffMap ships with); it may have been altered, so nothing was changed.")

"""A key pair of the tests' own for signed directory files. The update's production path keeps
checking against the key OffMap ships; tests hand this one in as `trusted_keys`."""

from __future__ import annotations

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.services import directory_signature

TEST_KEY = Ed25519PrivateKey.generate()
TRUSTED = (TEST_KEY.public_key(),)
OTHER_KEY = Ed25519PrivateKey.generate()


def signature(data: bytes, key: Ed25519PrivateKey = TEST_KEY) -> bytes:
    """The .sig file the maintainers publish beside `data`."""
    return directory_signature.encode_signature(key.sign(data))

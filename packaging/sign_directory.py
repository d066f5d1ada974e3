"""Sign a directory file for publication (maintainers only).

    python packaging/sign_directory.py --key ~/offmap-keys/directory-ed25519.key companies.json
        writes companies.json.sig beside the file (publish both side by side)
    python packaging/sign_directory.py --check companies.json
        checks an existing companies.json.sig against the key OffMap ships
    python packaging/sign_directory.py --new-key ~/offmap-keys/directory-ed25519.key
        makes a new key pair: the private key file (mode 0600, never in the repository) and
        its public key printed for resources/keys/directory-ed25519.pub

The private key is a PEM (PKCS#8) Ed25519 key, optionally encrypted: give its passphrase on
standard input with --passphrase-stdin. See docs/directory-signing.md.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.services import directory_signature  # noqa: E402


def _private_key(path: Path, passphrase: bytes | None) -> Ed25519PrivateKey:
    key = serialization.load_pem_private_key(path.read_bytes(), password=passphrase)
    if not isinstance(key, Ed25519PrivateKey):
        raise SystemExit(f"{path} is not an Ed25519 private key")
    return key


def _public_pem(key: Ed25519PrivateKey) -> bytes:
    return key.public_key().public_bytes(serialization.Encoding.PEM,
                                         serialization.PublicFormat.SubjectPublicKeyInfo)


def new_key(path: Path, passphrase: bytes | None) -> None:
    if path.exists():
        raise SystemExit(f"{path} exists; refusing to overwrite a key")
    key = Ed25519PrivateKey.generate()
    encryption = serialization.BestAvailableEncryption(passphrase) if passphrase else \
        serialization.NoEncryption()
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                            encryption)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as out:
        out.write(pem)
    sys.stdout.write(_public_pem(key).decode())


def sign(path: Path, key: Ed25519PrivateKey) -> Path:
    data = path.read_bytes()
    signature = key.sign(data)
    key.public_key().verify(signature, data)
    target = path.with_name(path.name + directory_signature.SIGNATURE_SUFFIX)
    target.write_bytes(directory_signature.encode_signature(signature))
    return target


def check(path: Path) -> None:
    target = path.with_name(path.name + directory_signature.SIGNATURE_SUFFIX)
    directory_signature.verify(path.read_bytes(), target.read_bytes(),
                               directory_signature.bundled_keys())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", nargs="?", type=Path, help="the directory file to sign")
    parser.add_argument("--key", type=Path, help="the private key file")
    parser.add_argument("--new-key", type=Path, metavar="PATH", help="make a new key pair")
    parser.add_argument("--check", action="store_true",
                        help="check FILE.sig against the key OffMap ships")
    parser.add_argument("--passphrase-stdin", action="store_true")
    args = parser.parse_args(argv)
    passphrase = sys.stdin.readline().rstrip("\n").encode() if args.passphrase_stdin else None
    if args.new_key:
        new_key(args.new_key, passphrase)
        return 0
    if args.file is None:
        parser.error("give the directory file")
    if args.check:
        check(args.file)
        print(f"{args.file}: signature matches resources/keys/directory-ed25519.pub")
        return 0
    if args.key is None:
        parser.error("give the private key with --key")
    from app.core import directory as core

    core.parse_document(args.file.read_bytes())  # never sign a file OffMap would refuse
    target = sign(args.file, _private_key(args.key, passphrase))
    print(f"wrote {target}; publish it beside {args.file.name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

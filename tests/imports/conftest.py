"""Fixtures for the importers: files written by hand after each app's format (see
tests/fixtures/imports/), zips and encrypted journals made from them at run time."""

from __future__ import annotations

import base64
import hashlib
import json
import os
import struct
import zipfile
from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "imports"
PASSPHRASE = "a coffee with the buyer"
V2_SALT = b"\xf2\xd5q\x0e\xc1\x8d.\xde\xdc\x8e6t\x89\x04\xce\xf8"


def _key(passphrase: str, salt: bytes) -> bytes:
    raw = hashlib.pbkdf2_hmac("sha256", passphrase.encode(), salt, 100_000, 32)
    return base64.urlsafe_b64encode(raw)


def jrnl_v1(text: str, passphrase: str = PASSPHRASE) -> bytes:
    """A journal as jrnl 1.x encrypted it: AES-CBC, the key SHA-256 of the passphrase."""
    from cryptography.hazmat.primitives import padding
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

    iv = os.urandom(16)
    padder = padding.PKCS7(128).padder()
    plain = padder.update(text.encode()) + padder.finalize()
    key = hashlib.sha256(passphrase.encode()).digest()
    encryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).encryptor()
    return iv + encryptor.update(plain) + encryptor.finalize()


def jrnl_v2(text: str, passphrase: str = PASSPHRASE) -> bytes:
    """As jrnl 2.x: Fernet, PBKDF2 with jrnl's fixed salt."""
    from cryptography.fernet import Fernet

    return Fernet(_key(passphrase, V2_SALT)).encrypt(text.encode())


def jrnl_v3(text: str, passphrase: str = PASSPHRASE) -> bytes:
    """As jrnl 3.x and 4.x: Fernet, PBKDF2 with a salt in the file's header."""
    from cryptography.fernet import Fernet

    salt = os.urandom(16)
    header = base64.b64encode(
        json.dumps({"salt": base64.urlsafe_b64encode(salt).decode()}).encode()
    )
    token = Fernet(_key(passphrase, salt)).encrypt(text.encode())
    return b"JRNLv3" + struct.pack(">H", len(header)) + header + token


def zipped(target: Path, files: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(target, "w") as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return target


@pytest.fixture
def dayone_zip(tmp_path: Path) -> Path:
    """A Day One export as it comes: Journal.json and photos/ in a zip."""
    return zipped(
        tmp_path / "Export-Journal.zip",
        {
            "Journal.json": (FIXTURES / "dayone" / "Journal.json").read_bytes(),
            "photos/0a1b2c3d.jpeg": b"\xff\xd8\xff",
        },
    )


@pytest.fixture
def journey_zip(tmp_path: Path) -> Path:
    """A Journey export: one JSON per entry, and a photo."""
    files = {p.name: p.read_bytes() for p in sorted((FIXTURES / "journey").iterdir())}
    files["1700000000000-aaaa-photo.jpg"] = b"\xff\xd8\xff"
    return zipped(tmp_path / "journey-export.zip", files)

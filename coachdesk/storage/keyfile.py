"""The key file beside an encrypted journal: its random key, wrapped twice.

The journal is encrypted by SQLCipher with a random 256-bit key. That key is never
stored as such: the key file holds it sealed with AES-256-GCM under a key derived from
the passphrase (Argon2id, parameters and salt in the file), and sealed again under the
recovery key shown once at set-up. Changing the passphrase re-seals 32 bytes: instant,
whatever the journal's size. A wrong passphrase fails the AEAD tag before the journal is
touched, so it is reported as wrong, never as damaged.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.hashes import SHA256
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from coachdesk.storage.errors import JournalError

FORMAT = "coachdesk-key-1"
KEY_BYTES = 32
# Argon2id: ~150 ms here (2 cores), so unlocking stays under 300 ms with the journal.
ARGON2_TIME = 3
ARGON2_MEMORY_KIB = 64 * 1024
ARGON2_LANES = 2
RECOVERY_BYTES = 20  # 160 bits: 32 characters of base32, in 8 groups of 4
_AAD = b"coachdesk journal key"


class WrongPassphrase(JournalError):
    """The passphrase (or recovery key) does not open this journal."""

    def __init__(self) -> None:
        super().__init__("That passphrase does not open this journal.")


class KeyFileError(JournalError):
    """The key file is missing or unreadable: the journal cannot be opened."""


def key_file_of(journal: Path) -> Path:
    """Where an encrypted journal's key file lives."""
    return journal.with_name(journal.name + ".key")


def new_journal_key() -> bytes:
    """A fresh random key for a journal."""
    return secrets.token_bytes(KEY_BYTES)


def new_recovery_key() -> str:
    """A recovery key as a person writes it down: XXXX-XXXX-… in base32."""
    raw = base64.b32encode(secrets.token_bytes(RECOVERY_BYTES)).decode("ascii")
    return "-".join(raw[i : i + 4] for i in range(0, len(raw), 4))


def _recovery_bytes(recovery: str) -> bytes:
    cleaned = "".join(ch for ch in recovery.upper() if ch.isalnum())
    cleaned = cleaned.replace("0", "O").replace("1", "I").replace("8", "B")  # misread digits
    try:
        return base64.b32decode(cleaned)
    except ValueError:
        raise WrongPassphrase() from None


@dataclass(frozen=True)
class _Sealed:
    nonce: bytes
    box: bytes

    def to_json(self) -> dict[str, str]:
        return {"nonce": _b64(self.nonce), "box": _b64(self.box)}

    @classmethod
    def from_json(cls, raw: object) -> _Sealed:
        if not isinstance(raw, dict):
            raise KeyFileError("The key file is damaged.")
        return cls(_unb64(raw.get("nonce")), _unb64(raw.get("box")))


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(value: object) -> bytes:
    if not isinstance(value, str):
        raise KeyFileError("The key file is damaged.")
    try:
        return base64.b64decode(value, validate=True)
    except ValueError:
        raise KeyFileError("The key file is damaged.") from None


def _seal(wrapping: bytes, journal_key: bytes) -> _Sealed:
    nonce = secrets.token_bytes(12)
    return _Sealed(nonce, AESGCM(wrapping).encrypt(nonce, journal_key, _AAD))


def _open(wrapping: bytes, sealed: _Sealed) -> bytes:
    try:
        return AESGCM(wrapping).decrypt(sealed.nonce, sealed.box, _AAD)
    except (InvalidTag, ValueError):
        raise WrongPassphrase() from None


@dataclass(frozen=True)
class KdfParams:
    """How a passphrase becomes a wrapping key."""

    salt: bytes
    time_cost: int = ARGON2_TIME
    memory_kib: int = ARGON2_MEMORY_KIB
    lanes: int = ARGON2_LANES

    def derive(self, passphrase: str) -> bytes:
        """The wrapping key for `passphrase` (Argon2id)."""
        return hash_secret_raw(
            passphrase.encode("utf-8"),
            self.salt,
            time_cost=self.time_cost,
            memory_cost=self.memory_kib,
            parallelism=self.lanes,
            hash_len=KEY_BYTES,
            type=Type.ID,
        )


def _recovery_wrapping(recovery: str) -> bytes:
    # The recovery key has 160 random bits already: HKDF, not a slow KDF, is enough.
    hkdf = HKDF(algorithm=SHA256(), length=KEY_BYTES, salt=None, info=b"coachdesk recovery")
    return hkdf.derive(_recovery_bytes(recovery))


@dataclass(frozen=True)
class KeyFile:
    """The journal key sealed under the passphrase and under the recovery key."""

    kdf: KdfParams
    by_passphrase: _Sealed
    by_recovery: _Sealed

    @classmethod
    def create(cls, journal_key: bytes, passphrase: str, recovery: str) -> KeyFile:
        """Seal `journal_key` for both ways in."""
        kdf = KdfParams(salt=secrets.token_bytes(16))
        return cls(
            kdf,
            _seal(kdf.derive(passphrase), journal_key),
            _seal(_recovery_wrapping(recovery), journal_key),
        )

    def unlock(self, passphrase: str) -> bytes:
        """The journal key, or WrongPassphrase."""
        return _open(self.kdf.derive(passphrase), self.by_passphrase)

    def recover(self, recovery: str) -> bytes:
        """The journal key from the recovery key, or WrongPassphrase."""
        return _open(_recovery_wrapping(recovery), self.by_recovery)

    def with_passphrase(self, journal_key: bytes, passphrase: str) -> KeyFile:
        """The same key under a new passphrase (new salt); the recovery key still works."""
        kdf = KdfParams(salt=secrets.token_bytes(16))
        return KeyFile(kdf, _seal(kdf.derive(passphrase), journal_key), self.by_recovery)

    def to_bytes(self) -> bytes:
        document = {
            "format": FORMAT,
            "kdf": {
                "name": "argon2id",
                "salt": _b64(self.kdf.salt),
                "time_cost": self.kdf.time_cost,
                "memory_kib": self.kdf.memory_kib,
                "lanes": self.kdf.lanes,
            },
            "aead": "aes-256-gcm",
            "passphrase": self.by_passphrase.to_json(),
            "recovery": self.by_recovery.to_json(),
        }
        return json.dumps(document, indent=2).encode("utf-8") + b"\n"

    @classmethod
    def from_bytes(cls, data: bytes) -> KeyFile:
        try:
            document = json.loads(data.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            raise KeyFileError("The key file is damaged.") from None
        if not isinstance(document, dict) or document.get("format") != FORMAT:
            raise KeyFileError("The key file is of an unknown kind.")
        kdf = document.get("kdf")
        if not isinstance(kdf, dict) or kdf.get("name") != "argon2id":
            raise KeyFileError("The key file is damaged.")
        numbers = [kdf.get(k) for k in ("time_cost", "memory_kib", "lanes")]
        if not all(isinstance(n, int) and n > 0 for n in numbers):
            raise KeyFileError("The key file is damaged.")
        params = KdfParams(_unb64(kdf.get("salt")), *numbers)  # type: ignore[arg-type]
        return cls(
            params,
            _Sealed.from_json(document.get("passphrase")),
            _Sealed.from_json(document.get("recovery")),
        )

    def save(self, path: Path) -> None:
        """Write beside the journal, atomically and readable by the user alone."""
        temporary = path.with_name(path.name + ".tmp")
        fd = os.open(temporary, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, 0o600)
        try:
            os.write(fd, self.to_bytes())
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(temporary, path)
        directory = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(directory)  # the rename itself must survive a crash
        finally:
            os.close(directory)

    @classmethod
    def load(cls, path: Path) -> KeyFile:
        """Read a key file; KeyFileError when it is missing or damaged."""
        try:
            return cls.from_bytes(path.read_bytes())
        except FileNotFoundError:
            raise KeyFileError(
                f"{path.name} is missing: it holds this journal's key, without it the "
                "journal cannot be opened. Put it back beside the journal."
            ) from None

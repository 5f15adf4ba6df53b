"""The key file beside an encrypted journal: its random key, wrapped twice.

The journal is encrypted by SQLCipher with a random 256-bit key. That key is never
stored as such: the key file holds it sealed with AES-256-GCM under a key derived from
the passphrase (Argon2id, parameters and salt in the file), and sealed again under the
recovery key shown once at set-up. Changing the passphrase re-seals 32 bytes: instant,
whatever the journal's size. A wrong passphrase fails the AEAD tag before the journal is
touched, so it is reported as wrong, never as damaged.

Format 2 binds its header into each seal's associated data: the format, the journal's id
(the 16-byte salt SQLCipher writes at the start of the journal file and every backup of
it, so it can be compared before anything is decrypted) and, for the passphrase seal, the
Argon2id parameters: a header edited to weaken the KDF or to pass as another journal's
no longer opens. Format 1 files (no id) stay readable as they are and keep format 1 when
the passphrase changes: their recovery seal cannot be re-made without the recovery key.
The parameters are bounded on read, so a tampered file cannot ask for a terabyte.
"""

from __future__ import annotations

import base64
import functools
import json
import os
import secrets
import time
from dataclasses import dataclass, replace
from pathlib import Path

from coachdesk.storage.errors import JournalError
from coachdesk.storage.files import fsync_directory, replace_file

FORMAT = "coachdesk-key-2"
FORMAT_1 = "coachdesk-key-1"
KEY_BYTES = 32
# Argon2id: 64 MiB and 2 lanes, and as many passes as take about KDF_SECONDS on the machine
# that sets the passphrase (calibrated_kdf), never fewer than ARGON2_TIME: every guess at a
# stolen key file costs that much, while unlocking stays under a second.
ARGON2_TIME = 3
ARGON2_MEMORY_KIB = 64 * 1024
ARGON2_LANES = 2
KDF_SECONDS = 0.5
# What a key file may ask for: outside these it is damaged (or tampered with), not slow.
TIME_BOUNDS = (1, 32)
MEMORY_KIB_BOUNDS = (8 * 1024, 1024 * 1024)
LANES_BOUNDS = (1, 8)
SALT_BYTES = 16
JOURNAL_ID_BYTES = 16  # SQLCipher's per-file salt
_NONCE_BYTES = 12
_BOX_BYTES = KEY_BYTES + 16  # the sealed key and its GCM tag
RECOVERY_BYTES = 20  # 160 bits: 32 characters of base32, in 8 groups of 4
_AAD = b"coachdesk journal key"


class WrongPassphrase(JournalError):
    """The passphrase (or recovery key) does not open this journal."""

    def __init__(self) -> None:
        super().__init__("That passphrase does not open this journal.")


class KeyFileError(JournalError):
    """The key file is missing or unreadable: the journal cannot be opened."""


def _damaged(detail: str) -> KeyFileError:
    return KeyFileError(f"The key file is damaged ({detail}): the journal cannot be opened.")


class ForeignKeyFile(KeyFileError):
    """The key file is another journal's (or another copy's of another journal)."""

    def __init__(self, name: str) -> None:
        super().__init__(
            f"{name} belongs to another journal: put back the key file that was beside "
            "this journal (a backup's key file fits only that backup's journal)."
        )


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
            raise _damaged("a sealed key is missing")
        nonce, box = _unb64(raw.get("nonce")), _unb64(raw.get("box"))
        if len(nonce) != _NONCE_BYTES or len(box) != _BOX_BYTES:
            raise _damaged("a sealed key has the wrong size")
        return cls(nonce, box)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(value: object) -> bytes:
    if not isinstance(value, str):
        raise _damaged("a field is missing")
    try:
        return base64.b64decode(value, validate=True)
    except ValueError:
        raise _damaged("a field is not base64") from None


# argon2 and cryptography are imported where they are used: every command on a plain
# journal looks beside it for a key file (protection.tidy), and `coachdesk search` should
# not load a cipher it never uses (cli/).


def _seal(wrapping: bytes, journal_key: bytes, aad: bytes) -> _Sealed:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = secrets.token_bytes(_NONCE_BYTES)
    return _Sealed(nonce, AESGCM(wrapping).encrypt(nonce, journal_key, aad))


def _open(wrapping: bytes, sealed: _Sealed, aad: bytes) -> bytes:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        return AESGCM(wrapping).decrypt(sealed.nonce, sealed.box, aad)
    except (InvalidTag, ValueError):
        raise WrongPassphrase() from None


def _bounded(raw: object, name: str, bounds: tuple[int, int]) -> int:
    # bool is an int to Python, but never a KDF parameter
    if not isinstance(raw, int) or isinstance(raw, bool) or not bounds[0] <= raw <= bounds[1]:
        raise _damaged(f"{name} out of bounds")
    return raw


@dataclass(frozen=True)
class KdfParams:
    """How a passphrase becomes a wrapping key."""

    salt: bytes
    time_cost: int = ARGON2_TIME
    memory_kib: int = ARGON2_MEMORY_KIB
    lanes: int = ARGON2_LANES

    def to_json(self) -> dict[str, object]:
        return {
            "name": "argon2id",
            "salt": _b64(self.salt),
            "time_cost": self.time_cost,
            "memory_kib": self.memory_kib,
            "lanes": self.lanes,
        }

    @classmethod
    def from_json(cls, raw: object) -> KdfParams:
        if not isinstance(raw, dict) or raw.get("name") != "argon2id":
            raise _damaged("unknown key derivation")
        salt = _unb64(raw.get("salt"))
        if len(salt) != SALT_BYTES:
            raise _damaged("salt of the wrong size")
        return cls(
            salt,
            _bounded(raw.get("time_cost"), "time_cost", TIME_BOUNDS),
            _bounded(raw.get("memory_kib"), "memory_kib", MEMORY_KIB_BOUNDS),
            _bounded(raw.get("lanes"), "lanes", LANES_BOUNDS),
        )

    def derive(self, passphrase: str) -> bytes:
        """The wrapping key for `passphrase` (Argon2id)."""
        from argon2.low_level import Type, hash_secret_raw

        return hash_secret_raw(
            passphrase.encode("utf-8"),
            self.salt,
            time_cost=self.time_cost,
            memory_cost=self.memory_kib,
            parallelism=self.lanes,
            hash_len=KEY_BYTES,
            type=Type.ID,
        )


def passes_for(first: float, each_more: float, target: float) -> int:
    """Argon2id passes that take about `target` seconds when the first pass (which also
    fills the memory) takes `first` and each further one `each_more`: at least ARGON2_TIME
    and within what a key file may ask for."""
    wanted = 1 + round((target - first) / each_more) if each_more > 0 else TIME_BOUNDS[1]
    return max(ARGON2_TIME, min(wanted, TIME_BOUNDS[1]))


def _seconds(passes: int) -> float:
    params = KdfParams(secrets.token_bytes(SALT_BYTES), time_cost=passes)
    start = time.perf_counter()
    params.derive("calibration")
    return time.perf_counter() - start


@functools.cache
def _calibrated_passes(target: float) -> int:
    # Measured once per run of the app (about 0.2 s), with the real memory and lanes; the
    # better of two runs each, as the very first derivation also loads and warms up.
    first, three = min(_seconds(1), _seconds(1)), min(_seconds(3), _seconds(3))
    return passes_for(first, (three - first) / 2, target)


def calibrated_kdf() -> KdfParams:
    """Fresh Argon2id parameters costing about KDF_SECONDS here (a new salt every time)."""
    return KdfParams(secrets.token_bytes(SALT_BYTES), time_cost=_calibrated_passes(KDF_SECONDS))


def _recovery_wrapping(recovery: str) -> bytes:
    from cryptography.hazmat.primitives.hashes import SHA256
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    # The recovery key has 160 random bits already: HKDF, not a slow KDF, is enough.
    hkdf = HKDF(algorithm=SHA256(), length=KEY_BYTES, salt=None, info=b"coachdesk recovery")
    return hkdf.derive(_recovery_bytes(recovery))


def _aad(format_: str, journal_id: bytes | None, kdf: KdfParams | None) -> bytes:
    """What a seal is bound to: format 1 had a constant, format 2 its header."""
    if format_ == FORMAT_1:
        return _AAD
    header: dict[str, object] = {"format": format_, "journal_id": _b64(journal_id or b"")}
    if kdf is not None:
        header["kdf"] = kdf.to_json()
    return _AAD + b"\0" + json.dumps(header, sort_keys=True).encode("ascii")


@dataclass(frozen=True)
class KeyFile:
    """The journal key sealed under the passphrase and under the recovery key."""

    kdf: KdfParams
    by_passphrase: _Sealed
    by_recovery: _Sealed
    format: str = FORMAT
    journal_id: bytes | None = None  # None in format 1

    @classmethod
    def create(
        cls,
        journal_key: bytes,
        passphrase: str,
        recovery: str,
        journal_id: bytes,
        kdf: KdfParams | None = None,
    ) -> KeyFile:
        """Seal `journal_key` for both ways in, bound to the journal whose salt is `journal_id`."""
        kdf = kdf or calibrated_kdf()
        aad = _aad(FORMAT, journal_id, None)
        return cls(
            kdf,
            _seal(kdf.derive(passphrase), journal_key, _aad(FORMAT, journal_id, kdf)),
            _seal(_recovery_wrapping(recovery), journal_key, aad),
            FORMAT,
            journal_id,
        )

    def unlock(self, passphrase: str) -> bytes:
        """The journal key, or WrongPassphrase."""
        aad = _aad(self.format, self.journal_id, self.kdf)
        return _open(self.kdf.derive(passphrase), self.by_passphrase, aad)

    def recover(self, recovery: str) -> bytes:
        """The journal key from the recovery key, or WrongPassphrase."""
        aad = _aad(self.format, self.journal_id, None)
        return _open(_recovery_wrapping(recovery), self.by_recovery, aad)

    def with_passphrase(self, journal_key: bytes, passphrase: str) -> KeyFile:
        """The same key under a new passphrase (new salt, this machine's cost); the recovery
        key still works."""
        kdf = calibrated_kdf()
        sealed = _seal(kdf.derive(passphrase), journal_key, _aad(self.format, self.journal_id, kdf))
        return replace(self, kdf=kdf, by_passphrase=sealed)

    def to_bytes(self) -> bytes:
        """The file's JSON text."""
        document: dict[str, object] = {"format": self.format}
        if self.journal_id is not None:
            document["journal_id"] = _b64(self.journal_id)
        document |= {
            "kdf": self.kdf.to_json(),
            "aead": "aes-256-gcm",
            "passphrase": self.by_passphrase.to_json(),
            "recovery": self.by_recovery.to_json(),
        }
        return json.dumps(document, indent=2).encode("utf-8") + b"\n"

    @classmethod
    def from_bytes(cls, data: bytes) -> KeyFile:
        """Parse a key file; KeyFileError (never another exception) when it is damaged."""
        try:
            document = json.loads(data.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
            raise _damaged("not a key file's text") from None
        if not isinstance(document, dict) or document.get("format") not in (FORMAT, FORMAT_1):
            raise KeyFileError("The key file is of an unknown kind.")
        journal_id = None
        if document["format"] == FORMAT:
            journal_id = _unb64(document.get("journal_id"))
            if len(journal_id) != JOURNAL_ID_BYTES:
                raise _damaged("journal id of the wrong size")
        return cls(
            KdfParams.from_json(document.get("kdf")),
            _Sealed.from_json(document.get("passphrase")),
            _Sealed.from_json(document.get("recovery")),
            document["format"],
            journal_id,
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
        replace_file(temporary, path)
        fsync_directory(path.parent)  # the rename itself must survive a crash

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

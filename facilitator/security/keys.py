"""The key file: a random data key, wrapped (AES-GCM) under a key derived from the passphrase.

The passphrase is never stored, nor the derived key: a wrong passphrase fails to unwrap (the
authentication tag does not match), which is how it is checked. Changing the passphrase re-wraps
the same data key, so nothing else is re-encrypted. Destroying this file destroys the data key:
encrypted notes can never be read again.
"""

from __future__ import annotations

import base64
import errno
import hashlib
import json
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from facilitator.sessions.atomic import WriteFailed, write_atomic
from facilitator.sessions.errors import read_at_most

KEYFILE_VERSION = 1
# scrypt, RFC 7914: N = 2^17, r = 8, p = 1 -> 128 MiB and about a third of a second here
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**17, 8, 1
MAXMEM = 256 * 1024 * 1024
MAX_KEY_FILE_BYTES = 64 * 1024
"""A key file is a few hundred bytes: a bigger one is damaged, and is not read whole."""
_AAD = b"facilitator key file v1"


class WrongPassphrase(Exception):
    """The passphrase does not open the key file. Nothing was changed.

    It cannot be told apart from a key file damaged inside its wrapped key (still base64 of the
    right length: the authentication fails the same way), so the message says both, and
    suggests the backup of key.json before anything is deleted."""


def wrong_or_damaged(path: Path) -> WrongPassphrase:
    return WrongPassphrase(
        f"the passphrase is wrong, or the key file {path} is damaged; nothing was changed. Check the "
        "passphrase and type it again; if you are sure of it, put back a copy of key.json from a "
        "backup (do not delete anything yet)"
    )


# What to do, said once for every damaged or missing key file.
WHAT_TO_DO = (
    "If you have a copy of key.json (a backup), put it back; otherwise 'facilitator data delete-all' "
    "starts again with a new passphrase (the old notes are then lost for good)"
)


class KeyFileError(Exception):
    """The key file is missing, damaged or unwritable. The message names the file and says what to do.

    ``problem`` is one of ``missing``, ``damaged``, ``newer``, ``unreadable``, ``unwritable``,
    ``exists``, ``foreign`` (it opens, but not this data folder's notes) (the UI words each in the
    facilitator's language); ``field`` names the damaged field.
    """

    def __init__(self, message: str, problem: str = "damaged", path: str = "", field: str = "") -> None:
        super().__init__(message)
        self.problem = problem
        self.path = path
        self.field = field


# Sane ranges, checked before scrypt runs: a damaged or hostile file must not hang or eat memory.
N_RANGE = (2**10, 2**20)
R_RANGE = (1, 32)
P_RANGE = (1, 16)
MAX_WORK = 4 * SCRYPT_N * SCRYPT_R  # n * r * p: at most four times the app's own cost (≈ 1.5 s)
SALT_BYTES = (16, 64)
WRAPPED_BYTES = 12 + 32 + 16  # nonce, the 32-byte data key, the authentication tag


def _damaged(name: str, field: str, why: str) -> KeyFileError:
    where = f" (field {field!r}: {why})" if field else f" ({why})"
    return KeyFileError(
        f"{name} is damaged{where}; the encrypted notes cannot be opened without it. {WHAT_TO_DO}",
        "damaged",
        name,
        field,
    )


def check_cost(n: int, r: int, p: int, name: str = "the key file") -> None:
    """Refuse scrypt parameters that are impossible, or would hang or exhaust memory."""
    if not N_RANGE[0] <= n <= N_RANGE[1] or n & (n - 1):
        raise _damaged(name, "n", f"{n} is not a power of two from {N_RANGE[0]} to {N_RANGE[1]}")
    if not R_RANGE[0] <= r <= R_RANGE[1]:
        raise _damaged(name, "r", f"{r} is not from {R_RANGE[0]} to {R_RANGE[1]}")
    if not P_RANGE[0] <= p <= P_RANGE[1]:
        raise _damaged(name, "p", f"{p} is not from {P_RANGE[0]} to {P_RANGE[1]}")
    if 128 * n * r > MAXMEM or n * r * p > MAX_WORK:
        raise _damaged(name, "n", f"n={n}, r={r}, p={p} would take too much memory or time")


def _integer(record: dict[str, object], field: str, name: str) -> int:
    value = record.get(field)
    if not isinstance(value, int) or isinstance(value, bool):
        raise _damaged(name, field, f"expected a whole number, got {type(value).__name__}")
    return value


def _bytes(record: dict[str, object], field: str, name: str, sizes: tuple[int, int]) -> bytes:
    value = record.get(field)
    if not isinstance(value, str):
        raise _damaged(name, field, f"expected base64 text, got {type(value).__name__}")
    try:
        decoded = base64.b64decode(value, validate=True)
    except ValueError:
        raise _damaged(name, field, "not base64") from None
    if not sizes[0] <= len(decoded) <= sizes[1]:
        raise _damaged(
            name,
            field,
            f"{len(decoded)} bytes; expected {sizes[0]}"
            + (f" to {sizes[1]}" if sizes[1] != sizes[0] else ""),
        )
    return decoded


@dataclass(frozen=True)
class KeyFile:
    salt: bytes
    wrapped: bytes
    n: int = SCRYPT_N
    r: int = SCRYPT_R
    p: int = SCRYPT_P

    def to_bytes(self) -> bytes:
        record = {
            "version": KEYFILE_VERSION,
            "kdf": "scrypt",
            "n": self.n,
            "r": self.r,
            "p": self.p,
            "salt": base64.b64encode(self.salt).decode(),
            "wrapped_key": base64.b64encode(self.wrapped).decode(),
        }
        return json.dumps(record, indent=2).encode()

    @classmethod
    def from_bytes(cls, raw: bytes, name: str) -> KeyFile:
        """Parse and check every field (types, sizes, scrypt's cost) or raise ``KeyFileError``."""
        try:
            record = json.loads(raw)
        except (ValueError, RecursionError):
            raise _damaged(name, "", "not complete JSON") from None
        if not isinstance(record, dict):
            raise _damaged(name, "", f"expected a JSON object, got a {type(record).__name__}")
        version = record.get("version")
        if isinstance(version, int) and not isinstance(version, bool) and version > KEYFILE_VERSION:
            raise KeyFileError(
                f"{name} was written by a newer version of Facilitator: update the app to open the notes",
                "newer",
                name,
                "version",
            )
        if version != KEYFILE_VERSION or isinstance(version, bool):
            raise _damaged(name, "version", f"expected {KEYFILE_VERSION}, got {version!r}")
        if record.get("kdf") != "scrypt":
            raise _damaged(name, "kdf", "expected scrypt")
        n, r, p = (_integer(record, field, name) for field in ("n", "r", "p"))
        check_cost(n, r, p, name)
        salt = _bytes(record, "salt", name, SALT_BYTES)
        wrapped = _bytes(record, "wrapped_key", name, (WRAPPED_BYTES, WRAPPED_BYTES))
        return cls(salt, wrapped, n, r, p)


def derive(passphrase: str, salt: bytes, n: int = SCRYPT_N, r: int = SCRYPT_R, p: int = SCRYPT_P) -> bytes:
    check_cost(n, r, p)
    return hashlib.scrypt(passphrase.encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=MAXMEM, dklen=32)


def _wrap(kek: bytes, data_key: bytes) -> bytes:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = secrets.token_bytes(12)
    return nonce + AESGCM(kek).encrypt(nonce, data_key, _AAD)


def _unwrap(kek: bytes, wrapped: bytes) -> bytes:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        return AESGCM(kek).decrypt(wrapped[:12], wrapped[12:], _AAD)
    except InvalidTag:
        raise WrongPassphrase("wrong passphrase") from None


def create(path: Path, passphrase: str, n: int = SCRYPT_N) -> bytes:
    """Make a new data key, wrap it under ``passphrase`` and write the key file; return the key.

    ``n`` is scrypt's cost; it is recorded in the file (tests use a small one to run fast).
    """
    if path.exists():
        raise _exists(path)
    data_key = secrets.token_bytes(32)
    salt = secrets.token_bytes(16)
    _write(path, KeyFile(salt, _wrap(derive(passphrase, salt, n), data_key), n), new=True)
    return data_key


def _exists(path: Path) -> KeyFileError:
    return KeyFileError(f"{path} exists already: unlock it, or delete all data first", "exists", str(path))


def unlock(path: Path, passphrase: str) -> bytes:
    """The data key, or ``WrongPassphrase``; the file is only read."""
    keyfile = _read(path)
    try:
        return _unwrap(derive(passphrase, keyfile.salt, keyfile.n, keyfile.r, keyfile.p), keyfile.wrapped)
    except WrongPassphrase:
        raise wrong_or_damaged(path) from None


def change_passphrase(path: Path, old: str, new: str) -> None:
    """Re-wrap the same data key under ``new`` (nothing else is re-encrypted)."""
    current = _read(path)
    data_key = unlock(path, old)
    salt = secrets.token_bytes(16)
    _write(path, KeyFile(salt, _wrap(derive(new, salt, current.n), data_key), current.n))


def destroy(path: Path) -> None:
    """Overwrite the key file with random bytes, flush it, and remove it: the data key is gone."""
    if not path.exists():
        return
    size = max(path.stat().st_size, 512)
    with path.open("r+b") as stream:
        stream.write(secrets.token_bytes(size))
        stream.flush()
        os.fsync(stream.fileno())
    path.unlink()


def _read(path: Path) -> KeyFile:
    try:
        raw = read_at_most(path, MAX_KEY_FILE_BYTES)  # a damaged, huge one is not read whole
    except FileNotFoundError:
        raise missing(path) from None
    except OSError as exc:
        raise KeyFileError(
            f"cannot read {path}: {exc.strerror}; check the folder's permissions", "unreadable", str(path)
        ) from None
    return KeyFile.from_bytes(raw, str(path))


def _write(path: Path, keyfile: KeyFile, new: bool = False) -> None:
    """Whole or not at all; a ``new`` one only where there is none (two first starts at once:
    the second is told a key exists, never left believing its passphrase was set)."""
    try:
        write_atomic(path, keyfile.to_bytes(), private=True, replace=not new)
    except WriteFailed as exc:
        if new and exc.errno == errno.EEXIST:
            raise _exists(path) from None
        raise KeyFileError(str(exc), "unwritable", str(path)) from None


def missing(path: Path, notes: int = 0) -> KeyFileError:
    """The key file is gone; ``notes`` encrypted notes (or rosters) need it."""
    held = f"this data folder holds {notes} encrypted note(s) that " if notes else "the encrypted notes "
    return KeyFileError(
        f"{path} is missing: {held}cannot be opened without it, and a new passphrase would not open "
        f"them. {WHAT_TO_DO}",
        "missing",
        str(path),
    )


def foreign(path: Path) -> KeyFileError:
    """The key file opens with the passphrase, but it is not the key this data folder's notes were
    encrypted with (a key file from another data folder, or an older one put back)."""
    return KeyFileError(
        f"the key file {path} does not belong to this data folder ({path.parent}): its notes were "
        "encrypted with another key (a key file from another data folder, or an older one, was put "
        "back). The notes stay as they are: restore the key file that was made with this data folder "
        "(a backup of its key.json)",
        "foreign",
        str(path),
    )

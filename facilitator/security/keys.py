"""The key file: a random data key, wrapped (AES-GCM) under a key derived from the passphrase.

The passphrase is never stored, nor the derived key: a wrong passphrase fails to unwrap (the
authentication tag does not match), which is how it is checked. Changing the passphrase re-wraps
the same data key, so nothing else is re-encrypted. Destroying this file destroys the data key:
encrypted notes can never be read again.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from facilitator.sessions.atomic import WriteFailed, write_atomic

KEYFILE_VERSION = 1
# scrypt, RFC 7914: N = 2^17, r = 8, p = 1 -> 128 MiB and about a third of a second here
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**17, 8, 1
MAXMEM = 256 * 1024 * 1024
_AAD = b"facilitator key file v1"


class WrongPassphrase(Exception):
    """The passphrase does not open the key file. Nothing was changed."""


class KeyFileError(Exception):
    """The key file is missing, damaged or unwritable. The message names the file."""


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
        try:
            record = json.loads(raw)
            if record.get("version") != KEYFILE_VERSION or record.get("kdf") != "scrypt":
                raise KeyFileError(f"{name}: written by another version of Facilitator")
            return cls(
                base64.b64decode(record["salt"]),
                base64.b64decode(record["wrapped_key"]),
                int(record["n"]),
                int(record["r"]),
                int(record["p"]),
            )
        except (ValueError, KeyError, TypeError) as exc:
            raise KeyFileError(
                f"{name} is damaged ({type(exc).__name__}); the notes cannot be opened"
            ) from None


def derive(passphrase: str, salt: bytes, n: int = SCRYPT_N, r: int = SCRYPT_R, p: int = SCRYPT_P) -> bytes:
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
        raise KeyFileError(f"{path} exists already: unlock it, or delete all data first")
    data_key = secrets.token_bytes(32)
    salt = secrets.token_bytes(16)
    _write(path, KeyFile(salt, _wrap(derive(passphrase, salt, n), data_key), n))
    return data_key


def unlock(path: Path, passphrase: str) -> bytes:
    """The data key, or ``WrongPassphrase``; the file is only read."""
    keyfile = _read(path)
    return _unwrap(derive(passphrase, keyfile.salt, keyfile.n, keyfile.r, keyfile.p), keyfile.wrapped)


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
        raw = path.read_bytes()
    except FileNotFoundError:
        raise KeyFileError(f"{path} is missing: the notes cannot be opened without it") from None
    except OSError as exc:
        raise KeyFileError(f"cannot read {path}: {exc.strerror}") from None
    return KeyFile.from_bytes(raw, str(path))


def _write(path: Path, keyfile: KeyFile) -> None:
    try:
        write_atomic(path, keyfile.to_bytes(), private=True)
    except WriteFailed as exc:
        raise KeyFileError(str(exc)) from None

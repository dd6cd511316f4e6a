"""Files sealed under a passphrase: scrypt, then AES-256-GCM.

A session file (``sessions export-json``) carries every note as typed, so it is written sealed,
never as plain text, not even in the temporary file of an atomic write. The envelope is JSON, so a
damaged one is reported like any other file (file, line, field); what is inside (``content``) is
authenticated with the ciphertext, so a sealed file of one kind cannot be passed off as another.
"""

from __future__ import annotations

import base64
import binascii
import json
import secrets
from typing import Literal

from pydantic import BaseModel, ConfigDict, StrictInt, StrictStr

from facilitator.security.keys import SCRYPT_N, SCRYPT_P, SCRYPT_R, KeyFileError, check_cost, derive
from facilitator.sessions.errors import FileError, InvalidFile
from facilitator.sessions.structured import MAX_BYTES
from facilitator.sessions.validation import parse_checked

SEALED_KIND = "facilitator-sealed"
SEALED_FORMAT = 1
MIN_PASSPHRASE = 8
NOTICE = (
    "SENSITIVE, encrypted: raw notes of a workshop session. Only Facilitator opens it, with the "
    "passphrase chosen when it was written. Delete it when no longer needed."
)
SALT, NONCE = 16, 12


class _Envelope(BaseModel):
    model_config = ConfigDict(extra="forbid")

    kind: Literal["facilitator-sealed"]
    format: StrictInt
    content: StrictStr
    notice: StrictStr
    kdf: Literal["scrypt"]
    n: StrictInt
    r: StrictInt
    p: StrictInt
    salt: StrictStr
    nonce: StrictStr
    ciphertext: StrictStr


def is_sealed(raw: bytes) -> bool:
    """Whether ``raw`` looks like a sealed envelope (its ``kind`` comes first)."""
    head = raw[:200].lstrip()
    return head.startswith(b"{") and f'"{SEALED_KIND}"'.encode() in head


def _aad(content: str) -> bytes:
    return f"{SEALED_KIND} v{SEALED_FORMAT}: {content}".encode()


def seal(plain: bytes, passphrase: str, content: str, n: int = SCRYPT_N) -> bytes:
    """``plain`` encrypted under ``passphrase``; ``content`` names what it is (authenticated)."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    salt, nonce = secrets.token_bytes(SALT), secrets.token_bytes(NONCE)
    key = derive(passphrase, salt, n, SCRYPT_R, SCRYPT_P)
    envelope = {
        "kind": SEALED_KIND,
        "format": SEALED_FORMAT,
        "content": content,
        "notice": NOTICE,
        "kdf": "scrypt",
        "n": n,
        "r": SCRYPT_R,
        "p": SCRYPT_P,
        "salt": base64.b64encode(salt).decode(),
        "nonce": base64.b64encode(nonce).decode(),
        "ciphertext": base64.b64encode(AESGCM(key).encrypt(nonce, plain, _aad(content))).decode(),
    }
    return json.dumps(envelope, indent=1).encode()


def envelope_bytes(plain_bytes: int) -> int:
    """The most a sealed file of ``plain_bytes`` bytes can take: the ciphertext (the bytes and the
    16 of the tag) in base64, and room for the rest of the envelope."""
    return 4 * ((plain_bytes + 16 + 2) // 3) + 4096


def unseal(raw: bytes, passphrase: str, name: str, content: str, max_plain: int = MAX_BYTES) -> bytes:
    """The bytes sealed in ``raw`` (file ``name``); ``InvalidFile`` naming file, line and field when
    the envelope is damaged, is not a ``content`` file, or the passphrase does not open it.

    ``max_plain``: the most the sealed content may hold; the file itself may be as large as that
    content sealed (a third more), so what ``seal`` wrote of it is read back."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    envelope, document = parse_checked(raw, name, _Envelope, SEALED_FORMAT, envelope_bytes(max_plain))

    def problem(field: str, message: str) -> InvalidFile:
        return InvalidFile([FileError(name, document.line_of((field,)), field, message)])

    if envelope.content != content:
        raise problem("content", f"expected {content!r}, this file holds {envelope.content!r}")
    try:
        check_cost(envelope.n, envelope.r, envelope.p, name)
    except KeyFileError as exc:
        raise problem(
            exc.field or "n", "the encryption's cost is out of range (the file is damaged)"
        ) from None

    def decoded(field: str, sizes: tuple[int, int]) -> bytes:
        try:
            value = base64.b64decode(getattr(envelope, field), validate=True)
        except (binascii.Error, ValueError):
            raise problem(field, "expected base64 text (the file is damaged)") from None
        if not sizes[0] <= len(value) <= sizes[1]:
            raise problem(
                field, f"{len(value)} bytes, expected {sizes[0]} to {sizes[1]} (the file is damaged)"
            )
        return value

    salt = decoded("salt", (SALT, 64))
    nonce = decoded("nonce", (NONCE, NONCE))
    ciphertext = decoded("ciphertext", (16, 1 << 40))
    key = derive(passphrase, salt, envelope.n, envelope.r, envelope.p)
    try:
        return AESGCM(key).decrypt(nonce, ciphertext, _aad(content))
    except InvalidTag:
        message = (
            "this passphrase does not open the file (it was sealed with another one, or changed "
            "after it was written); nothing was read"
        )
        raise InvalidFile([FileError(name, 0, "", message)]) from None

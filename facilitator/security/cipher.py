"""The codec that encrypts note text (and rosters) before it reaches SQLite: AES-256-GCM."""

from __future__ import annotations

import secrets

from facilitator.sessions.codec import UnreadableData

NONCE = 12


class AesGcmCodec:
    """Each value gets a fresh nonce; a changed byte or a wrong key fails authentication.

    ``forget()`` drops the key (lock); the codec then refuses to encode or decode.
    """

    name = "aesgcm-v1"

    def __init__(self, key: bytes) -> None:
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        self._aead: AESGCM | None = AESGCM(key)

    def encode(self, text: str) -> bytes:
        if self._aead is None:
            raise UnreadableData("the notes are locked")
        nonce = secrets.token_bytes(NONCE)
        return nonce + self._aead.encrypt(nonce, text.encode("utf-8"), self.name.encode())

    def decode(self, data: bytes) -> str:
        from cryptography.exceptions import InvalidTag

        if self._aead is None:
            raise UnreadableData("the notes are locked")
        try:
            return self._aead.decrypt(data[:NONCE], data[NONCE:], self.name.encode()).decode("utf-8")
        except (InvalidTag, ValueError):
            raise UnreadableData("a note cannot be decrypted with this key") from None

    def forget(self) -> None:
        self._aead = None

    @property
    def locked(self) -> bool:
        return self._aead is None

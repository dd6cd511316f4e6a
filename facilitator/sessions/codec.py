"""How sensitive text (notes, rosters) is turned into bytes for the database.

Only ``PlainCodec`` exists for now; an encrypting codec (keyed by the facilitator's passphrase)
plugs in here without a schema change, because each row names the codec that wrote it.
"""

from __future__ import annotations

from typing import Protocol


class UnreadableData(Exception):
    """Stored bytes that this codec cannot turn back into text. Carries no content."""


class Codec(Protocol):
    name: str

    def encode(self, text: str) -> bytes: ...

    def decode(self, data: bytes) -> str: ...


class PlainCodec:
    name = "plain"

    def encode(self, text: str) -> bytes:
        return text.encode("utf-8")

    def decode(self, data: bytes) -> str:
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            raise UnreadableData("stored text is not UTF-8") from None

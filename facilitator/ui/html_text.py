"""Plain text made safe inside the console's rich text (Qt's HTML subset)."""

from __future__ import annotations


def escape(text: str) -> str:
    """As ``html.escape(text)`` (quotes too), without importing ``html``: that module reads its
    2,231 named character references (``html.entities``) at import, a few milliseconds before the
    console takes keys, for nothing the console uses."""
    return (
        text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&quot;")
        .replace("'", "&#x27;")
    )

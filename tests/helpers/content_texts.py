"""Every text of the built-in content (plans, library, cues, series in every language) with where it is."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import yaml

from facilitator.content import CONTENT_DIR

CONTENT_FILES = sorted(
    [
        *CONTENT_DIR.glob("plans/*.yaml"),
        *CONTENT_DIR.glob("library/*.yaml"),
        *CONTENT_DIR.glob("cues/*.yaml"),
        *CONTENT_DIR.glob("series/*.yaml"),
    ]
)
NOT_TEXT = {"id", "cue", "kind", "language", "format", "type", "duration", "themes", "drivers", "forms"} | {
    "image",
    "plan",
}


def texts(document: Any, where: str = "") -> Iterator[tuple[str, str]]:
    """(location, text) for every string in a content document, ids and other codes left out."""
    if isinstance(document, dict):
        label = document.get("id", "")
        for key, value in document.items():
            if key not in NOT_TEXT:
                yield from texts(value, f"{where}/{label}.{key}" if label else f"{where}/{key}")
    elif isinstance(document, list):
        for index, value in enumerate(document):
            yield from texts(value, f"{where}[{index}]")
    elif isinstance(document, str):
        yield where, document


def content_texts() -> Iterator[tuple[str, str]]:
    """(``file: location``, text) for all built-in content."""
    for path in CONTENT_FILES:
        document = yaml.load(
            path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        )
        for where, text in texts(document):
            yield f"{path.relative_to(CONTENT_DIR)}: {where}", text


def words(text: str) -> list[str]:
    """Lower case, punctuation and typographic quotes gone, apostrophes inside words kept out."""
    return re.findall(r"[^\W_]+", text.casefold().replace("’", "'").replace("'", ""))

"""Russian person names with natasha (its model ships in the package: no download).

Loading takes about half a second and 200 MB, so it happens once, lazily, and callers in the UI
do it off the UI thread. natasha is one signal among several: it misses lone first names and
everything in Latin script, which the name lists and the roster cover.
"""

from __future__ import annotations

import threading
from functools import cache
from typing import Any

_lock = threading.Lock()


@cache
def _models() -> tuple[Any, Any]:
    with _lock:
        from natasha import NewsEmbedding, NewsNERTagger, Segmenter

        return Segmenter(), NewsNERTagger(NewsEmbedding())


def available() -> bool:
    try:
        import natasha  # noqa: F401
    except ImportError:
        return False
    return True


def person_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each person name natasha finds in ``text``."""
    if not has_cyrillic(text):
        return []  # nothing for a Russian model to find
    from natasha import Doc

    segmenter, tagger = _models()
    doc = Doc(text)
    doc.segment(segmenter)
    doc.tag_ner(tagger)
    return [(span.start, span.stop) for span in doc.spans if span.type == "PER"]


def has_cyrillic(text: str) -> bool:
    return any("а" <= char.lower() <= "я" or char in "ёЁ" for char in text)


def has_kazakh(text: str) -> bool:
    return any(char in "әғқңөұүһіӘҒҚҢӨҰҮҺІ" for char in text)


def has_latin(text: str) -> bool:
    return any("a" <= char.lower() <= "z" for char in text)


def warm_up() -> None:
    """Load the model now (call from a worker thread before the first review)."""
    _models()

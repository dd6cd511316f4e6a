"""Russian person names with natasha (its model ships in the package: no download).

Loading takes about half a second and ≈ 55 MB (ner_model.py), so it happens once, lazily, in the name
finder's worker process (or off the UI thread). natasha is one signal among several: it misses lone
first names and everything in Latin script, which the name lists and the roster cover.
"""

from __future__ import annotations

import bisect
import ctypes
import glob
import importlib.util
import os
import sys
import threading
from collections.abc import Sequence
from functools import cache
from typing import Any

_lock = threading.Lock()
_BLAS_THREADS = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")


def _one_blas_thread() -> None:
    """The model multiplies small matrices: BLAS threads only fight over the cores (on a busy
    2-core laptop a sentence took 36 ms with them, 4 ms without). Before numpy loads, the
    environment says so; if numpy is already loaded, its OpenBLAS is told directly."""
    if "numpy" not in sys.modules:
        for name in _BLAS_THREADS:
            os.environ.setdefault(name, "1")
        return
    try:
        import numpy

        folder = os.path.join(os.path.dirname(numpy.__file__), os.pardir, "numpy.libs")
        for path in glob.glob(os.path.join(folder, "*openblas*")):
            library = ctypes.CDLL(path)
            for function in ("scipy_openblas_set_num_threads64_", "openblas_set_num_threads"):
                if hasattr(library, function):
                    getattr(library, function)(1)
                    return
    except OSError:  # pragma: no cover - another numpy build: slower, never wrong
        return


@cache
def _tagger() -> Any:
    with _lock:
        _one_blas_thread()
        from facilitator.anonymizer.ner_model import news_ner

        return news_ner()


def available() -> bool:
    return all(importlib.util.find_spec(name) is not None for name in ("natasha", "slovnet", "numpy"))


def person_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each person name natasha's news NER finds in ``text`` (as natasha's
    ``Doc.tag_ner`` gives them: the tagger reads the whole text)."""
    if not has_cyrillic(text) or not text.strip():
        return []  # nothing for a Russian model to find
    markup = _tagger()(text)
    return [(span.start, span.stop) for span in markup.spans if span.type == "PER"]


def person_spans_in(text: str, parts: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Person spans of the stretches ``parts`` of ``text``, read in one batch (about twice as fast
    as one call per sentence), as offsets into ``text``."""
    joined: list[str] = []
    starts: list[tuple[int, int]] = []  # (offset in the batch, offset in text)
    length = 0
    for start, end in parts:
        starts.append((length, start))
        joined.append(text[start:end])
        length += end - start + 1
    offsets = [at for at, _origin in starts]
    found = []
    for begin, stop in person_spans("\n".join(joined)):
        index = bisect.bisect_right(offsets, begin) - 1
        at, origin = starts[index]
        part_end = parts[index][1] - parts[index][0]
        if stop - at <= part_end:  # a name read across two stretches is not one
            found.append((origin + begin - at, origin + stop - at))
    return found


def has_cyrillic(text: str) -> bool:
    return any("а" <= char.lower() <= "я" or char in "ёЁ" for char in text)


def has_kazakh(text: str) -> bool:
    return any(char in "әғқңөұүһіӘҒҚҢӨҰҮҺІ" for char in text)


def has_latin(text: str) -> bool:
    return any("a" <= char.lower() <= "z" for char in text)


def warm_up() -> None:
    """Load the model now (call from a worker thread before the first review)."""
    _tagger()

"""A long pasted note the anonymizer has not read before: the development notes shuffled, their
names swapped for random names from the gazetteer and their digits for random digits, so the
per-word caches are not flattered by a corpus repeated over and over.

    fresh_note(1_000_000, seed=1)  # about a megabyte of text, the same for the same seed
"""

from __future__ import annotations

import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "facilitator" / "anonymizer" / "data"


def _names() -> list[str]:
    lines = (DATA / "first_names.txt").read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def fresh_note(size: int, seed: int = 1) -> str:
    """About ``size`` characters of shuffled, re-named, re-numbered development notes."""
    from tests.anonymizer.evaluate import SETS, load

    notes = load(SETS["dev"])
    names = _names()
    rng = random.Random(seed)
    parts: list[str] = []
    length = 0
    while length < size:
        note = rng.choice(notes)
        text = str(note["text"])
        for item in note.get("identifiers") or []:  # type: ignore[attr-defined]
            if str(item["kind"]) == "name" and rng.random() < 0.7:
                text = text.replace(str(item["text"]), rng.choice(names))
        text = re.sub(r"\d", lambda _m: str(rng.randrange(10)), text)
        parts.append(text)
        length += len(text) + 1
    return "\n".join(parts)[:size]

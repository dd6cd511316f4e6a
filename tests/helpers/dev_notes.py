"""Long notes made of the development corpus, for tests that measure how time grows with length."""

from __future__ import annotations

import random

from tests.anonymizer.evaluate import SETS, load


def mixed_note(size: int, seed: int) -> str:
    """``size`` characters of development notes in a random order, every digit random: names,
    phones, addresses and descriptions all through it."""
    rng = random.Random(seed)
    notes = [str(note["text"]) for note in load(SETS["dev"])]
    parts, length = [], 0
    while length < size:
        text = "".join(str(rng.randrange(10)) if c.isdigit() else c for c in rng.choice(notes))
        parts.append(text)
        length += len(text) + 1
    return "\n".join(parts)[:size]

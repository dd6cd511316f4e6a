"""The schema of the disclosure word list (content/safety/disclosure-words.yaml). Apart from
``disclosure`` so that pydantic is imported when the first note is checked, not when the console
opens."""

from __future__ import annotations

from itertools import product

from pydantic import BaseModel, ConfigDict, Field

WORDS_FORMAT = 1


class DisclosureWords(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    format: int
    words: dict[str, tuple[str, ...]] = Field(min_length=1)
    # Phrases built from word slots, one word of each slot in turn ("" leaves a slot out): English
    # needs a doer's verb and whom it was done to ("hits" + "his" + "mother"), where Russian and
    # Kazakh say it in one stem. Written out, the list would run to thousands of lines.
    combined: dict[str, tuple[tuple[tuple[str, ...], ...], ...]] = Field(default_factory=dict)


def combined_phrases(slots: tuple[tuple[str, ...], ...]) -> list[str]:
    """Every phrase of one word from each slot, in order; an empty word leaves its slot out."""
    return [" ".join(word for word in choice if word) for choice in product(*slots)]

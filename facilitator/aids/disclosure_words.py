"""The schema of the disclosure word list (content/safety/disclosure-words.yaml). Apart from
``disclosure`` so that pydantic is imported when the first note is checked, not when the console
opens."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

WORDS_FORMAT = 1


class DisclosureWords(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    format: int
    words: dict[str, tuple[str, ...]] = Field(min_length=1)

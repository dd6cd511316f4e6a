"""An institution's own word written with a capital, alone, is no person: the Tajik izafe heads of
an institution's name ("Маркази ҷавонон", "Кумитаи кор бо занон", "Раёсати маориф")."""

from __future__ import annotations

import pytest

from facilitator.anonymizer.anonymizer import Anonymizer
from tests.helpers.found_names import removed_texts


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Модарашро ба Кумитаи ҳифзи оила фиристодам, фардо меравад.", "Кумитаи"),
        ("Имрӯз дар Маркази наврасон машғулият шуд.", "Маркази"),
        ("Ҳуҷҷатҳо ба Раёсати маориф супорида шуд.", "Раёсати"),
    ],
)
def test_an_institutions_word_stays(text: str, word: str) -> None:
    assert not any(word in removed for removed in removed_texts(Anonymizer([]), text))

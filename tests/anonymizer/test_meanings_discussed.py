"""A name-word heading a sentence, a dash, its meaning in lower case and a comma, and that meaning
again later in the sentence ("Nur — yorug'lik, lekin yorug'lik qayerda?"): the name's meaning is
discussed, the heading is the word; "Zafar — kechikdi, keyin keldi" is a person. Written for this
test, not from any corpus."""

from __future__ import annotations

import pytest

from tests.helpers.found_names import touched_in


@pytest.mark.parametrize(
    ("language", "text", "word"),
    [
        ("uz", "Nodir — noyob, lekin bu guruhda noyob kim? (o'zimga)", "Nodir"),
        ("ru", "Рустам — богатырь, но богатырь ли тот, кто бьёт жену?", "Рустам"),
    ],
)
def test_a_meaning_discussed_keeps_the_word(language: str, text: str, word: str) -> None:
    assert not touched_in(text, word, language)


def test_a_person_before_a_dash_goes() -> None:
    assert touched_in("Zafar — kechikdi, keyin keldi.", "Zafar", "uz")

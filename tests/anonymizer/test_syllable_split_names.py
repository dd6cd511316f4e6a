"""Names Russian voice typing split into syllables (``name_rules/split_names``): a short word with
a capital and a lower-case word after it that together are a listed first name are that person,
inside a sentence ("точка Ма рат сказал", "запятая Да нияр запятая"), before a verb of a person, an
honorific or a surname ("Ер лан Касымов родился"), in lower case before a verb ("ма рат сказал").
Two words that join into a name by chance stay: at a sentence's start with no person after them
("Ни на что не смотрит", "Я на работе"), in lower case with no verb ("ни на что"). Written for
this test, not from any corpus."""

from __future__ import annotations

from functools import cache

import pytest

from facilitator.anonymizer.anonymizer import Anonymizer


@cache
def _anonymizer() -> Anonymizer:
    return Anonymizer([], language="ru", use_ner=False)


def removed(text: str) -> list[str]:
    return [text[s.start : s.end] for s in _anonymizer().detect(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("урок прошёл тихо точка Ма рат сказал что устал", "Ма рат"),
        ("пришли Болат запятая Да нияр запятая Ермек точка", "Да нияр"),
        ("запись номер два Ер лан Касымов родился в марте", "Ер лан Касымов"),
        ("вчера после игры ма рат сказал что уходит", "ма рат"),
        ("потом Ну рия апай принесла чай", "Ну рия апай"),
    ],
)
def test_a_name_split_in_two_is_removed(text: str, name: str) -> None:
    assert name in removed(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Ни на что не смотрит, молчит весь урок.", "Ни на"),
        ("Я на работе до шести, потом приду.", "Я на"),
        ("он ни на что не жаловался", "ни на"),
    ],
)
def test_two_words_that_join_by_chance_stay(text: str, kept: str) -> None:
    assert not any(kept in part for part in removed(text))

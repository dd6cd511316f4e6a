"""A capitalised word right before a bracket that opens with a person's name is what the group calls
him ("Подушка (Эрмек) — защитник …", "Ману (Манучеҳр) ва …"), though the word is in the dictionary or
is the start of the name; a role, a relative or a place before the bracket is none ("Мама (Зарина)",
"Тренер (Эрмек)"). Read as the export reads, with the Russian model. Sentences written for this test."""

from __future__ import annotations

import pytest

from tests.helpers.found_names import model_names_in


@pytest.mark.parametrize(
    ("text", "nickname"),
    [
        ("Подушка (Эрмек) — защитник команды колледжа.", "Подушка"),
        ("Подушка (Эрмек) защитник команды. Сказал: «я не мужик».", "Подушка"),
        ("Ману (Манучеҳр) ва Бехруз дар TikTok ҳамдигарро масхара карданд.", "Ману"),
    ],
)
def test_a_word_before_a_bracketed_name_is_a_nickname(text: str, nickname: str) -> None:
    assert nickname in model_names_in(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Мама (Зарина) — активистка, помогла с чаем.", "Мама"),
        ("Тренер (Эрмек) — строгий, но честный.", "Тренер"),
        ("Бишкек (Эрмек и его брат) — туда они уехали на зиму.", "Бишкек"),
    ],
)
def test_a_role_a_relative_or_a_place_before_a_bracket_stays(text: str, word: str) -> None:
    assert word not in model_names_in(text)

"""A name that is also a word ("Улан", a lad; "Ислам", the faith; "Талант", talent), opening a
sentence with "today", "again" or "yesterday" right after it, is that sentence's subject: a boy
("Улан бүгүн жок", "Ислам опять с синяком"). Love spoken of ("Любовь тоже бывает
разной"), a feast ("Навруз бугун бошланди") and a dictionary word ("Тема сегодня: границы")
stay. Sentences written for this test from how facilitators type, not taken from any corpus note."""

import pytest

from tests.helpers.found_names import names_in, session_names


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Улан бүгүн келген жок, атасы менен базарда.", "Улан"),
        ("Ислам снова с синяком под глазом. Поговорить после урока.", "Ислам"),
        ("Талант кечээ ооруп калды, апасы чалды.", "Талант"),
        ("Бақыт бүгін жоқ, анасы ауырып қалған.", "Бақыт"),
    ],
)
def test_a_name_word_before_today_or_again_is_a_boy(text: str, word: str) -> None:
    assert word in session_names([text])[0]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Любовь тоже бывает разной, сказал Тимур.", "Любовь"),
        ("Навруз бугун бошланди, машғулот кейинга қолди.", "Навруз"),
        ("Тема сегодня: границы и согласие.", "Тема"),
    ],
)
def test_a_faith_a_feast_and_a_word_before_today_stay(text: str, word: str) -> None:
    assert word not in session_names([text])[0]


def test_a_name_word_opening_a_pair_is_found_beside_its_sentence_with_today() -> None:
    # the first sentence's "Алмаз" is joined to Канат; the second's is unsure: both are the boy
    text = "Алмаз менен Канат — бир туугандар. Алмаз жакшы катышат, Канат дайыма телефондо."
    assert names_in(text).count("Алмаз") == 2

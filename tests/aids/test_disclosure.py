"""Notes that read like a disclosure of harm, in English, Russian and Kazakh (the list is data)."""

import pytest

from facilitator.aids.disclosure import WORDS_FILE, reads_like_disclosure


@pytest.mark.parametrize(
    "text",
    [
        "Says his stepfather hits me when he drinks",  # as quoted
        "He told me that his uncle threatens his mother",
        "Говорит, что отец бьёт мать",
        "Отец его бьет, сказал после перерыва",  # е for ё
        "Сестру изнасиловали, он узнал недавно",
        "Ағасы әйелін ұрады дейді",
        "Көршісі оны қорқытады",
        "ОТЕЦ БЬЁТ",  # any case
        "Рассказал   мне,   что боится идти домой",  # spaces as typed
        "отец бил мать, хочет помощи",  # the past tense, as a facilitator typed it in a trial
        "His father beat up his mother last year",
    ],
)
def test_a_disclosure_is_recognised_in_each_language(text: str) -> None:
    assert reads_like_disclosure(text)


@pytest.mark.parametrize(
    "text",
    [
        "Good discussion about who cooks at home",
        "Купил билет на автобус",  # "бил" inside a word
        "Отец купил билеты, брат забил гол",  # "бил" inside words, again
        "Избирательная кампания в школе",
        "Ол футбол туралы айтты",
        "",
    ],
)
def test_ordinary_notes_are_left_alone(text: str) -> None:
    assert not reads_like_disclosure(text)


def test_the_list_is_data_with_every_language() -> None:
    text = WORDS_FILE.read_text(encoding="utf-8")
    for language in ("en:", "ru:", "kk:"):
        assert f"\n  {language}\n" in text

"""The region's given names in lower case, their spellings, and names glued to a patronymic's or a
family name's ending: each sentence written for this test (none from a corpus note)."""

import pytest

from facilitator.anonymizer.anonymizer import Anonymizer
from facilitator.anonymizer.names import spelling_variants


def covered(text: str, part: str) -> bool:
    spans = Anonymizer((), use_ner=False).detect(text)
    at = text.index(part)
    letters = [i for i in range(at, at + len(part)) if text[i].isalnum()]
    return all(any(s.start <= i < s.end for s in spans) for i in letters)


def touched(text: str, part: str) -> bool:
    spans = Anonymizer((), use_ner=False).detect(text)
    at = text.index(part)
    return any(s.start < at + len(part) and at < s.end for s in spans)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # a listed first name with a patronymic's or a family name's ending glued on, anywhere
        ("мы ждали ерланұлы до обеда", "ерланұлы"),
        ("отец сказал что асанқызы не придёт", "асанқызы"),
        ("бүгін серікұлы сабаққа келмеді", "серікұлы"),
        ("kecha erlanuly kelmadi", "erlanuly"),
        ("today we waited for asankyzy and her mom", "asankyzy"),
        ("мы ждали бакытуулу весь вечер", "бакытуулу"),
        ("на встрече был нурланович, молчал", "нурланович"),
        ("встретили ерлановну на рынке", "ерлановну"),
        ("the teacher called ruslanovich again", "ruslanovich"),
        ("кеше сергеевич тағы кешікті", "сергеевич"),
        # a patronymic's ending, or -баев, after a stem no list has
        ("вчера жаксылыкулы опять молчал", "жаксылыкулы"),
        ("we met tleubayeva at the bus stop", "tleubayeva"),
    ],
)
def test_a_first_name_with_a_glued_patronymic_or_family_ending_is_removed(text: str, part: str) -> None:
    assert covered(text, part)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # the same shapes that a dictionary reads as a word: novels, diamonds
        ("собрали романов и стихов на полку", "романов"),
        ("много алмазов в короне", "алмазов"),
        ("акулы и скулы на рисунке", "скулы"),
        ("the truly unruly kids left early", "unruly"),
    ],
)
def test_a_word_shaped_like_a_glued_family_name_stays(text: str, part: str) -> None:
    assert not touched(text, part)


def test_uzbek_and_russian_spellings_of_one_name_are_variants() -> None:
    assert "Бахтияр" in spelling_variants("Бахтиёр")
    assert "Зиёда" in spelling_variants("Зияда")
    assert spelling_variants("Нурлан") == ("Нурлан",)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # the Kazakh spelling of a name the lists write the Russian way (Гульшат), and the other way
        ("вчера гүлшат опоздала на час", "гүлшат"),
        # the Russian spelling of a name the lists write the Uzbek way (Бахтиёр)
        ("вчера бахтияр опоздал на час", "бахтияр"),
        ("потом бахтиярға айттым", "бахтиярға"),
    ],
)
def test_a_name_known_in_one_spelling_is_known_in_the_others(text: str, part: str) -> None:
    assert covered(text, part)

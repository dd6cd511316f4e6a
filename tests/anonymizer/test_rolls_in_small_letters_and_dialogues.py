"""Who a roll call calls, in small letters too, and who speaks in a dialogue a note writes down, is a
person though the word is a thing's: a roll written one a line under its heading ("кто был:\\nержан\\n
тыква"), a roll on one line marking each with a plus or a minus ("ержан+; тыква+; болт-;"), and
the speakers of a dialogue one of whom is a person found ("Ерлан: «…» шкаф: «…»"). A list of
things marked so, a heading's word, a relative and a dialogue of no one found stay. Sentences
written for this test from how facilitators type, not taken from any corpus note."""

import pytest

from facilitator.anonymizer.spans import Kind
from tests.helpers.found_names import session_names, session_spans

COLUMN = "кто был 3.11:\nдамир\nтыква\nболт\nтимур\nвеник (опоздал)\n\nпотом тыква ушёл раньше"
MARKED = "занятие 4, общага: дамир+; ерасыл+; кирпич+; гвоздь-; тимур+; бублик-(болеет); итого 4"
UZ_MARKED = "3-mashg'ulot: sardor+, tarvuz+, jasur-, bodring+, otabek+"
DIALOGUE = "упражнение «коробка». Дамир: «я не плачу». шкаф: «мужики не плачут». — гвоздь: «плачут»."
UZ_DIALOGUE = "bugun mashq. Sardor: «men roziman». tarvuz: «erkak yig'lamaydi». bodring: «yig'laydi»."


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (COLUMN, "тыква"),
        (COLUMN, "болт"),
        (COLUMN, "веник"),
        (MARKED, "кирпич"),
        (MARKED, "гвоздь"),
        (MARKED, "бублик"),
        (UZ_MARKED, "tarvuz"),
        (UZ_MARKED, "bodring"),
        (DIALOGUE, "шкаф"),
        (DIALOGUE, "гвоздь"),
        (UZ_DIALOGUE, "tarvuz"),
        (UZ_DIALOGUE, "bodring"),
    ],
)
def test_who_a_roll_calls_or_who_speaks_in_a_dialogue_is_removed(text: str, word: str) -> None:
    assert word in session_names([text])[0]


def test_the_word_is_removed_wherever_the_note_says_it() -> None:
    spans = [s for s in session_spans(COLUMN) if s.kind is Kind.NAME]
    for at in (COLUMN.index("тыква"), COLUMN.rindex("тыква")):
        assert any(s.start <= at < s.end for s in spans), at


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Итоги опроса: спорт+; музыка+; кино-; танцы+", "музыка"),  # no person among them
        ("Покупки:\nхлеб\nмолоко\nсахар\n", "молоко"),  # a list's heading, not who came
        ("Тема: «кто главный». Дамир: «я не знаю». мама: «сиди дома».", "мама"),  # a relative
        ("Тема: «кто главный». Дамир: «я не знаю».", "Тема"),  # a heading's word
        ("Лозунг: «нет насилию». Плакат: «мы вместе».", "Плакат"),  # no one found speaks
    ],
)
def test_things_marked_a_relative_a_heading_and_a_dialogue_of_no_one_stay(text: str, word: str) -> None:
    assert word not in session_names([text])[0]

"""An attendance list marked with ticks and crosses (✔ ✘ ✓ ✗), a name a line or many on one line,
is a list of people: every word marked so is a name, though it is a word too ("Тёма", "Борода"), once
two of them at least are names and a third of them. Sentences written for this test."""

import pytest

from tests.helpers.found_names import names_in

COLUMN = "Явка 03.05:\nАрслан ✔\nДамир ✔\nБорода ✘ (болеет)\nЕрлан ✔\nКирпич ✔\nТёма ✘\n"
LINE = "Явка: Нурсултан ✔ Бекзат ✔ Медер (гипс) ✔ Улан ✘ Тилек ✔ Эмир ✔"


@pytest.mark.parametrize(
    ("text", "word"),
    [(COLUMN, "Борода"), (COLUMN, "Кирпич"), (COLUMN, "Тёма"), (LINE, "Улан")],
)
def test_a_marked_word_in_an_attendance_list_is_a_name(text: str, word: str) -> None:
    assert word in names_in(text)


def test_marks_beside_words_no_name_is_among_are_no_attendance_list() -> None:
    text = "Итоги опроса:\nСпорт ✔\nМузыка ✘\nКино ✔\n"
    assert names_in(text) == []

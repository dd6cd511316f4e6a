"""Initials whose first capital a name took as a word are the name's too ("Досанова Ә.Б."); a word
the note names a nickname is the person each time it stands capitalised in that note ("Шкаф
бүгүн" beside "Нурбек (Шкаф)"); "X деген — Name", "X деген Name." and "X деп жүрген бала" (a
listed name too) name X a nickname; a medical record's number right after its word with no sign
("мед. карта 14-3391", "медкарта 40718"), not a year or two years. Sentences written for this
test."""

import pytest

from tests.anonymizer.test_classes import covered, touched
from tests.helpers.found_names import session_touches


def test_initials_with_a_kazakh_letter_after_a_surname_go_with_it() -> None:
    assert covered("Жолдаған — мектеп психологы Сейтова Ү.Б. Ертең хабарласады.", "Сейтова Ү.Б.")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Шкаф бүгүн келген жок. Эртең Нурбек (Шкаф) келет.", "Шкаф бүгүн"),
        ("Тізім: Ерасыл, Дидар, Бала. Бала деген — Әлібек, 14 жаста.", "Бала деген"),
        ("Кирпич деген Нурбек. Нурбекке айттым, ал күлдү.", "Кирпич деген"),
        ("Ерке деп жүрген бала — шын аты Ерболат. Бүгін сөйледі.", "Ерке деп"),
    ],
)
def test_a_nickname_the_note_names_is_removed_where_it_stands_again(text: str, word: str) -> None:
    assert session_touches(text, word)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Пациент 16 лет, мед. карта 14-3391, направлен к неврологу.", "14-3391"),
        ("Анализы готовы, медкарта 40718, забрать в среду.", "40718"),
    ],
)
def test_a_records_number_right_after_its_word_is_removed(text: str, part: str) -> None:
    assert covered(text, part)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Record 2023-2024 of the youth centre was reviewed by the board.", "2023-2024"),
        ("Дело 2024 года закрыли, всё хорошо.", "2024"),
    ],
)
def test_years_after_a_records_word_stay(text: str, part: str) -> None:
    assert not touched(text, part)

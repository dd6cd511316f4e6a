"""Three places a person stands, written from general knowledge of how names are written in Russian
and English notes, not from any notes:
- a name-word with a surname's initial ("Роман К. сказал", "Вера Б.", "Will R."), opening a sentence
  too, where the word alone would be read as a word; not initials that are an abbreviation ("Т.е.");
- a public figure's first name before a surname not his ("Абай Жумабаев из нашей группы"): a person
  named after him, while the poet mentioned alone ("Абай говорил …") stays, in the same note too;
- a lower-case family name written before the first name ("кабдолов ерназар"), not a word the
  dictionary reads ("готов ерлан?");
- a public figure's family name beside a first name the public phrases never give him ("Әуезов
  Данияр"): a namesake, while the figure with his own first name stays ("Мұхтар Әуезов").
"""

from __future__ import annotations

import pytest

from tests.helpers.found_names import model_session_names_in


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Роман К. сказал что это важно.", "Роман К."),
        ("Роман К. сказал, что «Анна Каренина» это роман про ревность.", "Роман К."),
        ("Вера Б. пришла поздно и молчала.", "Вера Б."),
        ("Will R. asked about the helpline.", "Will R."),
    ],
)
def test_a_name_word_with_an_initial_is_a_person(text: str, name: str) -> None:
    assert name in model_session_names_in(text)


def test_initials_of_an_abbreviation_stay() -> None:
    assert model_session_names_in("Слава богу. Т.е. всё хорошо.") == []


def test_a_public_figures_name_before_another_surname_is_a_person_and_the_figure_stays() -> None:
    text = "Спорили про Абая: Абай говорил об уважении к женщине, а Абай Жумабаев из группы не согласился."
    removed = model_session_names_in(text)
    assert "Абай Жумабаев" in removed
    assert removed.count("Абай") == 0 and "Абая" not in removed


@pytest.mark.parametrize("text", ["Абай Құнанбаев жазған өлең", "читали Абая Кунанбаева"])
def test_the_public_figure_with_his_own_surname_stays(text: str) -> None:
    assert model_session_names_in(text) == []


def test_a_lower_case_family_name_before_the_first_name_is_part_of_it() -> None:
    assert "кабдолов ерназар" in model_session_names_in("кабдолов ерназар — мама просит чтобы он не ходил")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # both in small letters, the first name a word too (heritage, a good road)
        ("жок: ерлан жумабаев (ауырып калган), сейтов мирас - себебин айтпады.", "сейтов мирас"),
        ("сабак сонында серикулы акжол тобынан кеширим сурады.", "серикулы акжол"),
    ],
)
def test_a_lower_case_family_name_and_a_first_name_that_is_a_word_are_one_name(text: str, name: str) -> None:
    assert name in model_session_names_in(text)


def test_a_dictionary_word_before_a_lower_case_name_stays() -> None:
    assert "готов" not in " ".join(model_session_names_in("готов ерлан? да, сказал что готов"))


def test_the_initials_of_a_full_name_of_the_note_are_that_person() -> None:
    text = (
        "Daniyar K. and Daniyar S. — two Daniyars, so I call them DK and DS like the group does. "
        "DS disclosed his father hits his younger brother."
    )
    removed = model_session_names_in(text)
    assert removed.count("DS") == 2 and "DK" in removed


@pytest.mark.parametrize(
    "text",
    [
        "Olzhas Kairatov came late. OK, we started anyway.",
        "Ivan Dmitriev asked about ID cards for the trip.",
        "We talked about DK and DS as brands of bikes.",
    ],
)
def test_capitals_that_are_a_word_or_no_ones_initials_stay(text: str) -> None:
    removed = model_session_names_in(text)
    assert not any(w in removed for w in ("OK", "ID", "DK", "DS")), removed


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Әуезов Данияр сегодня опять без телефона.", "Әуезов Данияр"),
        ("Пришёл Ерболат Ауэзов, новенький.", "Ерболат Ауэзов"),
    ],
)
def test_a_public_family_name_beside_a_first_name_not_the_figures_is_a_namesake(text: str, name: str) -> None:
    assert name in model_session_names_in(text)


@pytest.mark.parametrize("text", ["Читали, что писал Мухтар Ауэзов о степи.", "Мұхтар Әуезов жазған роман"])
def test_the_figure_with_the_first_name_the_public_phrases_give_stays(text: str) -> None:
    assert model_session_names_in(text) == []

"""A town, a landmark or a town's old name that notes name in passing (general knowledge of the
region, not from any notes): a small town that is also a woman's name stays a town after the town's
word ("г. Аягоз", "пгт Аягоз"), a person where a person stands ("Аягоз сказала", "Г. Аягоз" an
initial); a Tajik district town ("Бустон", "Bo'ston"), Osh's sacred mountain ("Sulayman-Too",
"Сулайман-Тоо") and Taraz's old name ("Auliye-Ata", "Әулие-Ата") are places of the lists."""

from __future__ import annotations

import pytest

from tests.helpers.found_names import model_names_in, session_names


@pytest.mark.parametrize(
    "text",
    [
        "Второй выезд, г. Аягоз: пришли семеро.",
        "Группа из пгт Аягоз, восемь человек.",
        "Bo'ston, ikkinchi uchrashuv, 9 kishi.",
        "Бустон: восемь бачаҳо, тема — ревность.",
        "They climbed Sulayman-Too after the session.",
        "Экскурсия на Сулайман-Тоо после занятия.",
        "Auliye-Ata was the old name, one of the boys said.",
        "Раньше город назывался Әулие-Ата.",
    ],
)
def test_a_town_or_landmark_is_no_person(text: str) -> None:
    assert model_names_in(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [("Аягоз сказала, что устала.", "Аягоз"), ("Г. Аягоз сказала, что устала.", "Аягоз")],
)
def test_the_name_where_a_person_stands_is_a_person(text: str, name: str) -> None:
    assert any(name in found for found in model_names_in(text))


def test_the_town_stays_beside_a_handle_that_spells_it() -> None:
    # a session's contact spells the town ("dana_ayagoz_09"): the town after "г." stays the town
    texts = [
        "Встреча в г. Аягоз, пришли шестеро.",
        "Дана продиктовала страницу instagram.com/dana_ayagoz_09.",
    ]
    assert not any("Аягоз" in name for name in session_names(texts)[0])

""" "Ұстаз" after a name is an honorific, in the span with the name ("Алмас ұстаздың", "Almas
ústazdyń"); the towns and fields of northern and western Kazakhstan stay ("Шубаркудук", "Аблакетка",
"Теңізде": on the Tengiz field, "many from Shakhtinsk"). Sentences written for this test."""

import pytest

from tests.anonymizer.test_classes import removed, touched


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Almas ústazdyń aıtýynsha, bala mektepke ashqursaq keledi.", "Almas ústazdyń"),
        ("Алмас ұстаздың айтуынша бала келмеді.", "Алмас ұстаздың"),
    ],
)
def test_a_teacher_called_by_name_is_removed_with_his_title(text: str, part: str) -> None:
    assert part in removed(text), removed(text)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Сегодня занятие в Шубаркудуке, пришли 12 ребят.", "Шубаркудуке"),
        ("Өскемен, Аблакетка. Бүгін 8 бала келді.", "Аблакетка"),
        ("Құлсары. Балалардың көбінің әкесі Теңізде, вахтада.", "Теңізде"),
        ("ұстаз деген кім? біз бәріміз ұстазбыз", "ұстаз"),
    ],
)
def test_towns_fields_and_the_word_teacher_stay(text: str, part: str) -> None:
    assert not touched(text, part), removed(text)

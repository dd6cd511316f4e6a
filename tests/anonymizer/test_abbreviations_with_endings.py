"""An abbreviation in capitals with a case ending in lower case ("ЦОНго барыш керек": to the public
service centre; "УВДга", "в ЦОНе", "ОшМУда") is no name, in the name lists' reading nor the name
model's; a name typed in capitals with its ending ("АЙБЕКке айт") is a person. Sentences written for
this test from general knowledge."""

import pytest

from tests.anonymizer.test_classes import covered, removed, touched


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Паспортун алыш үчүн ЦОНго барыш керек.", "ЦОНго"),
        ("Биз эртең ЦОНго бардык.", "ЦОНго"),
        ("Агасын УВДга чакырышты.", "УВДга"),
        ("Документы уже в ЦОНе, ждём.", "ЦОНе"),
        ("ХТМга хат ёздик.", "ХТМга"),
    ],
)
def test_an_abbreviation_with_a_case_ending_stays(text: str, part: str) -> None:
    assert not touched(text, part, use_ner=True), removed(text, use_ner=True)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("АЙБЕКке айт, эртең келсин.", "АЙБЕКке"),
        ("Кеше ЕРЛАНға хабарластым.", "ЕРЛАНға"),
    ],
)
def test_a_name_in_capitals_with_an_ending_goes(text: str, part: str) -> None:
    assert covered(text, part), removed(text)

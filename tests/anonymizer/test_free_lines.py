"""A free line's number (8 800 …, +7 800 …) and a helpline's own name ("Ishonch telefoni", "Ишеним
телефону": the line of trust) are a service the notes give out: they stay; a person's number with
800 inside it, and a person whose name is the helpline's first word, are still removed. Written for
this test, not from the corpus."""

import pytest

from tests.anonymizer.test_classes import covered, removed


@pytest.mark.parametrize(
    "text",
    [
        "Дала номер горячей линии 8 800 080 7777, он записал.",
        "Горячая линия для мужчин +7 800 070 12 12 – бесплатно.",
        "Ishonch telefoni 8-800-555-00-11 berildi.",
        "Ишеним телефонуна чалгыла деп айттым.",
        "Сенім телефонына хабарласыңдар, тегін.",
        "Дал им телефон доверия, записали.",
    ],
)
def test_a_free_line_or_a_helpline_stays(text: str) -> None:
    assert removed(text) == [], removed(text)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Его номер 8 701 800 12 34, позвонить завтра.", "8 701 800 12 34"),
        ("Тел. 87008001234 – мама Асхата.", "87008001234"),
        ("Ishonch bugun kelmadi, Ishonch aytdi.", "Ishonch"),
    ],
)
def test_a_persons_number_or_name_is_still_removed(text: str, part: str) -> None:
    assert covered(text, part), removed(text)

"""Names made with "-ддин / -дин" (ad-din: Нуриддин, Камалиддин, Шамсидин) end like a Kyrgyz or
Kazakh genitive, but a genitive "-дин" never follows a vowel (Шамси's genitive is Шамсинин): an
honorific after such a name is part of its span, as after any name; after a real genitive ("Эмилдин
апа", Emil's …) it is not. Sentences written for this test from general knowledge."""

import pytest

from tests.anonymizer.test_classes import covered, removed


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Вчера Зайнидин ака пришёл с сыном.", "Зайнидин ака"),
        ("Насриддин ака тоже согласился.", "Насриддин ака"),
    ],
)
def test_an_honorific_after_a_name_in_din_is_part_of_the_name(text: str, part: str) -> None:
    assert covered(text, part), removed(text)


def test_an_honorific_after_a_genitive_is_not() -> None:
    text = "Кечээ Эмилдин апа келди."
    spans = removed(text)
    assert "Эмилдин" in spans and "Эмилдин апа" not in spans, spans

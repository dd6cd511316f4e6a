"""A listed given name that only ends like a Turkic genitive ("Нуриддин", "Zayniddin": -дин, -din) takes
the honorific after it into its span, as any name does; a name in the genitive before a relative's
word does not ("Эрмектин агасы": Ermek's brother). Sentences written for this test."""

import pytest

from facilitator.anonymizer.anonymizer import Anonymizer
from tests.helpers.found_names import fully_removed, removed_texts

ANONYMIZER = Anonymizer((), use_ner=False)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Бугун Нуриддин ака (завхоз) калит берди.", "Нуриддин ака"),
        ("Kecha Nuriddin aka bizga zal ochib berdi.", "Nuriddin aka"),
    ],
)
def test_the_honorific_after_such_a_name_is_removed_with_it(text: str, part: str) -> None:
    assert fully_removed(ANONYMIZER, text, part), removed_texts(ANONYMIZER, text)


def test_a_genitive_before_a_relative_keeps_the_relative() -> None:
    text = "Кечээ Бакыттын агасы келди."
    found = removed_texts(ANONYMIZER, text)
    assert not any("агасы" in f for f in found), found

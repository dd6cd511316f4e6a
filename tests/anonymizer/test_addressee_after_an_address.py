"""A word typed last after a comma at the end of an address is the town only where it may be one: a
surname's shape ("Осмонов") or a word with an initial after it ("Осмонов Ч.") is whom it is sent to,
a name, no part of the address; a small town there still goes with the address. Sentences written
for this test from general knowledge."""

import pytest

from facilitator.anonymizer.anonymizer import Anonymizer
from facilitator.anonymizer.spans import Kind


def _kinds(text: str) -> dict[str, str]:
    return {text[s.start : s.end]: s.kind.value for s in Anonymizer((), use_ner=False).detect(text)}


@pytest.mark.parametrize(
    ("text", "address", "name"),
    [
        (
            "Сертификат отправить: Талас, ул. Сарыгулова 12, кв. 5, Жумабеков Т.",
            "Талас, ул. Сарыгулова 12, кв. 5",
            "Жумабеков Т.",
        ),
        ("Посылку на адрес ул. Ленина 40, кв. 8, Абдыкадырова.", "ул. Ленина 40, кв. 8", "Абдыкадырова"),
    ],
)
def test_the_addressee_is_a_name_not_the_town(text: str, address: str, name: str) -> None:
    found = _kinds(text)
    assert found.get(address) == Kind.ADDRESS.value, found
    assert found.get(name) == Kind.NAME.value, found


def test_a_small_town_typed_last_stays_in_the_address() -> None:
    text = "Адрес: ул. Ленина 5, кв. 12, Каскелен"
    assert _kinds(text).get("ул. Ленина 5, кв. 12, Каскелен") == Kind.ADDRESS.value

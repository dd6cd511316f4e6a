"""A name before "деген" (called) and a word for a young person is that person's name whatever the
case of the noun ("Акылбек деген балага айт": tell the boy called Akylbek; "Бакыт деген жигитке"),
as it was with the noun in the nominative; "деген" before a word that is no person ("Бакыт деген
сөздүн мааниси": the meaning of the word бакыт) still says the word. Sentences written for this
test from general knowledge."""

import pytest

from tests.anonymizer.test_classes import covered, removed, touched


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Эскертүү: Нурсултан деген балага чалбагыла, атасы каршы.", "Нурсултан"),
        ("Бакыт деген жигитке телефон бердим.", "Бакыт"),
        ("Мирлан деген баланы эртең алып келем.", "Мирлан"),
        ("Айгерім деген қызға хабарлас.", "Айгерім"),
    ],
)
def test_a_name_called_so_before_a_person_in_a_case(text: str, name: str) -> None:
    assert covered(text, name), removed(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Бакыт деген сөздүн мааниси ар кимде башка.", "Бакыт"),
        ("Арман деген кыялга жетүү үчүн эмгек керек.", "Арман"),
        ("Бақыт деген балалық шақтан басталады.", "Бақыт"),
    ],
)
def test_a_word_called_so_before_no_person_stays(text: str, word: str) -> None:
    assert not touched(text, word), removed(text)

"""An English noun in "-ing" borrowed into the region's languages ("Буллинг", "Маркетинг") or written
in English ("Cyberbullying") opening a sentence is a word, not a name: no given name of the region
ends so. A short name ("Минг") and a name in the Uzbek genitive ("-ning") stay names. Sentences
written for this test."""

import pytest

from tests.anonymizer.test_classes import removed, touched


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Буллинг тақырыбын бүгін алдым.", "Буллинг"),
        ("Кибербуллинг туралы сұрақтар көп болды.", "Кибербуллинг"),
        ("Cyberbullying — photos shared in a class chat.", "Cyberbullying"),
        ("Моббинг в классе: трое против одного.", "Моббинг"),
    ],
)
def test_a_borrowed_ing_noun_opening_a_sentence_stays(text: str, part: str) -> None:
    assert not touched(text, part), removed(text)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Кеше Минг келді.", "Минг"),
        # the Uzbek genitive "-ning" of a name, in both alphabets
        ("Ro'zimuhammadning telefoni o'chiq.", "Ro'zimuhammadning"),
        ("Шоҳжаҳоннинг акаси келди.", "Шоҳжаҳоннинг"),
    ],
)
def test_a_name_in_ing_or_ning_is_still_a_name(text: str, part: str) -> None:
    assert touched(text, part), removed(text)

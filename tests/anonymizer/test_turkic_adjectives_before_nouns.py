"""An unknown capitalised word with a Kyrgyz or Kazakh adjective's ending ("-дик", "-тик", "-теги",
"-дагы", "-луу", "-сыз") right before a lower-case noun in the plural or an abstract noun names an
exercise or a topic ("Гендердик кутучалар", "Мектептеги зомбулук"), no one; the same kind of word
before a verb may be a person. Sentences written for this test from general knowledge."""

import pytest

from tests.anonymizer.test_classes import covered, removed, touched


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Эртең Экономикалык зомбулук темасын улантабыз.", "Экономикалык зомбулук"),
        ("Бул жолу Үйдөгү милдеттер көнүгүүсүн жасадык.", "Үйдөгү милдеттер"),
        ("Кийинки сабакта Ишенимдүү достор деген оюн болот.", "Ишенимдүү достор"),
        ("Келесі аптада Отбасылық зорлық тақырыбы.", "Отбасылық зорлық"),
    ],
)
def test_an_adjective_before_its_noun_stays(text: str, phrase: str) -> None:
    assert not touched(text, phrase), removed(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Бүгүн Бердик келди, кечигип калды.", "Бердик"),
        ("Кечээ Ырыскелди айтты, атасы иштебейт.", "Ырыскелди"),
    ],
)
def test_a_name_before_a_verb_is_still_removed(text: str, name: str) -> None:
    assert covered(text, name), removed(text)

"""An unknown capitalised word with a Kyrgyz or Kazakh adjective's ending ("-дик", "-тик", "-теги",
"-дагы", "-луу", "-сыз") right before a lower-case noun in the plural or an abstract noun names an
exercise or a topic ("Гендердик кутучалар", "Мектептеги зомбулук"), no one; the same kind of word
before a verb may be a person. Sentences written for this test from general knowledge."""

import pytest

from facilitator.anonymizer import ner
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


@pytest.mark.skipif(not ner.available(), reason="natasha not installed")
def test_the_name_model_does_not_take_the_adjective_for_a_person() -> None:
    # Kyrgyz typed without its letters is read by the Russian model, which takes the adjective
    text = "Апасы телефон берди: 0555 781 204. Кийинки жолу Экономикалык зомбулук откоробуз."
    assert not touched(text, "Экономикалык", use_ner=True), removed(text, use_ner=True)

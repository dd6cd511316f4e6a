"""Words that open a sentence in Kyrgyz and Uzbek Cyrillic notes and name no one: a parent or an elder
sibling in the first person's possessive ("Отам менга ишонмаган": my father never trusted me;
"Энем", "Эжем") and nouns of the workshop ("Жолдомо", "Күч", "Ишсиз", "Жумуш"); a given name there
is still one. Sentences written for this test from general knowledge."""

import pytest

from tests.anonymizer.test_classes import covered, removed, touched


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Отам менга хеч қачон ишонмаган, деди у.", "Отам"),
        ("Энем мага ыйлап айтты.", "Энем"),
        ("Жолдомо эртең даяр болот.", "Жолдомо"),
        ("Күч деген эмне? Балдар талашты.", "Күч"),
        ("Ишсиз, ичет, аялын урат.", "Ишсиз"),
        ("Жумуш таппай жүрөт, Россияга кетем дейт.", "Жумуш"),
    ],
)
def test_an_opening_word_stays(text: str, part: str) -> None:
    assert not touched(text, part), removed(text)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Нурлан менга хеч қачон ишонмаган.", "Нурлан"),
        ("Жусуп мага ыйлап айтты.", "Жусуп"),
    ],
)
def test_a_name_opening_a_sentence_goes(text: str, part: str) -> None:
    assert covered(text, part), removed(text)

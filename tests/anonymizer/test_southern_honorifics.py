"""Honorifics of southern Kyrgyzstan and the Fergana valley written after a name: the Kyrgyz "аке"
(elder brother), "аба" and "ава" (uncle), the Uzbek "ustoz" (teacher) are part of the person's span,
with a hyphen too ("Бектур-аке"), also before a small place's cue word ("… мечиттен": from the
mosque, which no place's name precedes). The words alone, or where they are words ("таза аба":
fresh air), and a place named with an honorific ("Ысык-Ата району") stay. Sentences written for
this test from general knowledge."""

import pytest

from tests.anonymizer.test_classes import covered, removed, touched


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Кечээ Таалайбек аке жыйынга келип, балдар менен сүйлөштү.", "Таалайбек аке"),
        ("Эртең Болот аба бизди Өзгөнгө алып барат.", "Болот аба"),
        ("Жолдош ава 3000 сом берди, рахмат.", "Жолдош ава"),
        ("Мирлан-аке мечиттен келип, жардам берем деди.", "Мирлан-аке"),
        ("Дарсдан кейин Baxtiyor ustoz bizga zal berdi.", "Baxtiyor ustoz"),
        ("Эртага Нодира устоз келади.", "Нодира устоз"),
        # an honorific in the genitive before "son": the father and the son are both people
        ("Bugun Bekzod akaning o'g'li Sherzod birinchi marta gapirdi.", "Bekzod"),
        ("Bugun Bekzod akaning o'g'li Sherzod birinchi marta gapirdi.", "Sherzod"),
    ],
)
def test_an_honorific_of_the_south_after_a_name_goes_with_it(text: str, part: str) -> None:
    assert covered(text, part), removed(text)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Тоодо таза аба, балдар сергип калышты.", "таза аба"),
        ("Аба ырайы начар болгондуктан сабак бөлмөдө өттү.", "Аба ырайы"),
        ("Ustoz va shogird mavzusida gaplashdik.", "Ustoz va shogird"),
        ("Биз Ысык-Ата районунда эки күн болдук.", "Ысык-Ата"),
        ("Алтын-Апа айылында мектеп жок.", "Алтын-Апа"),
        # the Kazakh father (әке) has the skeleton of the Kyrgyz "аке": a relative in the plural or
        # the possessive after a word is no title after a name
        ("Бүгін жаңа әкелер тобы туралы сұрады.", "жаңа әкелер"),
        ("Ол жаңа әкесі туралы айтты.", "жаңа әкесі"),
    ],
)
def test_the_words_alone_and_places_stay(text: str, part: str) -> None:
    assert not touched(text, part), removed(text)

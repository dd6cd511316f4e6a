"""A name that a school, a library or a street is named after ("Мұқағали атындағы мектеп", "Navoiy
nomidagi kutubxona", "школа им. Сатпаева", "мактаби ба номи Айнӣ") is the namesake's, not a person
of the note; a person "по имени" or in the genitive before "атындағы" (in his name) still is.
Sentences written for this test from general knowledge."""

import pytest

from facilitator.anonymizer.anonymizer import Anonymizer
from facilitator.anonymizer.coreference import coreferent_spans
from tests.anonymizer.test_classes import removed, touched


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Кездесу Төлеген Тоқтаров атындағы мектепте болды.", "Төлеген Тоқтаров"),
        ("Biz Berdimurat nomidagi kutubxonaga bordik.", "Berdimurat"),
        ("Sabak Toktogul Satylganov atyndagy mektepte boldu.", "Toktogul Satylganov"),
        ("Собрались в лицее им. Касыма Аманжолова, 3 этаж.", "Касыма Аманжолова"),
        ("Следующий раз в библиотеке имени Жансугурова.", "Жансугурова"),
        ("Вохӯрӣ дар мактаби ба номи Бобоҷон Ғафуров буд.", "Бобоҷон Ғафуров"),
        ("The talk was at the school named after Bauyrzhan Momyshuly.", "Bauyrzhan Momyshuly"),
    ],
)
def test_the_namesake_of_a_place_stays(text: str, part: str) -> None:
    assert not touched(text, part), removed(text)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Пришёл мальчик по имени Ерканат, 14 лет.", "Ерканат"),
        ("Пул ба корти Алиф (ба номи Сафарова Нилуфар) гузаронед.", "Сафарова Нилуфар"),
        ("Ерболаттың атындағы пәтерде тұрады.", "Ерболаттың"),
    ],
)
def test_a_person_named_or_owning_is_still_removed(text: str, part: str) -> None:
    assert touched(text, part), removed(text)


def test_the_namesake_stays_beside_a_person_of_the_same_name() -> None:
    text = "Berdimurat aka keldi. Keyingi dars Berdimurat nomidagi maktabda."
    anonymizer = Anonymizer([], use_ner=False)
    spans = anonymizer.detect(text)
    spans += coreferent_spans([text], [spans], anonymizer.roster_keys, anonymizer.common_words)[0]
    second = text.rindex("Berdimurat")
    assert not any(s.start <= second < s.end for s in spans)
    assert any(s.start == 0 for s in spans)

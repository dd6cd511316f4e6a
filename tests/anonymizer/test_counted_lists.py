"""Names listed and then counted by a collective numeral ("үшеуі", "экөө", "ikkovi", "оба"): the
words it counts right before it, each a listed first name, are those people, though one of them is
also a word ("серик", "мирас", "вера"); words that are no names before the numeral stay. Sentences
written for this test."""

from __future__ import annotations

from functools import cache

import pytest

from facilitator.anonymizer.anonymizer import Anonymizer


@cache
def _anonymizer() -> Anonymizer:
    return Anonymizer([], use_ner=False)


def removed(text: str) -> str:
    return " | ".join(text[s.start : s.end] for s in _anonymizer().detect(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("сабак 2 серик нурлан дархан ушеуи кешикти", "серик"),
        ("топ 4 серик дархан екеуи сабакка келмеди", "серик дархан"),
        ("занятие 3 вера и саша обе опоздали", "вера"),
    ],
)
def test_a_name_counted_with_others_is_removed(text: str, name: str) -> None:
    assert name in removed(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("мы с ним оба устали после игры", "ним"),
        ("Бүгін мектеп пен үй екеуі де жабық.", "мектеп"),
    ],
)
def test_words_counted_that_are_no_names_stay(text: str, word: str) -> None:
    assert word not in removed(text)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # matched without regard to case, "i" also stands for the dotless "ı": once a KeyError
        ("Asqar, Berik ekeýı sabaqqa keldi", "Asqar | Berik"),
        ("Jasur va Bobur İKKOVİ keldi", "Jasur | Bobur"),
        ("serik asqar bekzat ÚSHEÝİ kelmedi", "serik asqar bekzat"),
    ],
)
def test_a_numeral_in_another_case_or_with_a_dotless_i_counts_the_names(text: str, names: str) -> None:
    assert removed(text) == names

"""A listed first name in the Turkic genitive (Karakalpak's "-ниң" too) opening its sentence or
clause, right before a relative or what a person owns, is that person, though the name is also a
word ("Жалғастың инстасы": жалғас is a sequel; "Өтегенниң әкеси": өтеген, paid). A word in the
genitive before the same words stays ("Мектептің жеке бөлмесі", "Сабақтың жоспары"). A listed name
opening a clause before a dash or a colon and a document's word is a person too ("Өтеген —
паспорт"). Sentences written for this test."""

from __future__ import annotations

from functools import cache

import pytest

from facilitator.anonymizer.anonymizer import Anonymizer


@cache
def _anonymizer() -> Anonymizer:
    return Anonymizer([], use_ner=False)


def removed(text: str) -> list[str]:
    return [text[s.start : s.end] for s in _anonymizer().detect(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ағасы келмеді. Жалғастың инстасы ашық екен.", "Жалғастың"),
        ("Сабақ тамам. Өтегенниң әкеси мектепке келди.", "Өтегенниң"),
        ("Sabaq bitti. Dıastyń kartasy joǵalypty.", "Dıastyń"),  # a short name, in the 2018 alphabet
    ],
)
def test_a_name_owning_a_relative_or_an_account_is_removed(text: str, name: str) -> None:
    assert name in removed(text)


@pytest.mark.parametrize(
    "text",
    ["Мектептің жеке бөлмесі жоқ.", "Сабақтың жоспары дайын, бәрі келді.", "Мектептің картасы ілулі тұр."],
)
def test_a_word_in_the_genitive_stays(text: str) -> None:
    assert removed(text) == []


def test_a_public_figure_in_the_genitive_stays() -> None:
    assert removed("Abaıdyń anasy týraly oqydyq.") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Кто что принёс: Өтеген — паспорт, Айбек — ИИН.", "Өтеген"),
        ("Тізім: Жалғас: куәлік көшірмесі, Дәулет: паспорт.", "Жалғас"),
    ],
)
def test_a_name_before_a_dash_and_a_document_is_removed(text: str, name: str) -> None:
    assert name in removed(text)


def test_a_word_before_a_dash_and_a_document_stays() -> None:
    assert removed("Документы: Оригинал — паспорт, копия — свидетельство.") == []

"""A name-word with its meaning given in quotation marks a few words on is the word used in that
sense (``name_rules/meanings_given``): "в значении «…»", "in the sense of '…'", "«…» мағынасында",
"'…' ma'nosida". The same name before a quotation with no word of meaning is a person. Sentences
written for this test."""

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
    ("text", "word"),
    [
        ("Заметка: Бахыт на этом занятии в значении «счастье»: что оно для вас?", "Бахыт"),
        ("Тема: Нур в смысле «свет», говорили о надежде.", "Нур"),
        ("Бүгін Жеңіс сөзін «жеңу» мағынасында талқыладық.", "Жеңіс"),
        ("Mavzu: Umid 'ishonch' ma'nosida, bolalar fikr aytdi.", "Umid"),
        ("Today we took Nur in the sense of 'light' and drew it.", "Nur"),
    ],
)
def test_a_word_given_its_meaning_stays(text: str, word: str) -> None:
    assert not any(word in part for part in removed(text))


def test_a_person_before_a_quotation_is_removed() -> None:
    assert "Бахыт" in removed("Потом Бахыт сказал «это нечестно» и вышел.")

"""An abbreviation in capitals with a lower-case case ending glued on is an office in a case, not a
person (``word_bases.abbreviation_with_ending``, asked first of a word no roster holds); a name in
capitals, in a case or not, is still a person. Sentences written for this test."""

from __future__ import annotations

import pytest

from tests.anonymizer.test_classes import removed


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Справку надо взять для ЦОНа, копии уже готовы.", "ЦОНа"),
        ("Потом в РОВДе спросить про заявление.", "РОВДе"),
        ("Ертең ХҚКОға құжат тапсыру керек.", "ХҚКОға"),
        ("Ертең ЦОН-ға барамыз, анықтама керек.", "ЦОН"),
    ],
)
def test_an_office_in_a_case_stays(text: str, word: str) -> None:
    assert not any(word in part for part in removed(text, use_ner=True))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Вчера приходил ДАНИЯР, сказал что ЕРЛАНа не будет.", "ЕРЛАНа"),
        ("Справку для Бекзата взяли, он доволен.", "Бекзата"),
    ],
)
def test_a_person_is_removed(text: str, word: str) -> None:
    assert any(word in part for part in removed(text, use_ner=True))

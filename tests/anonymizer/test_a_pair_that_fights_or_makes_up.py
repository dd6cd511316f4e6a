"""Two words joined by "and" that open a sentence before a verb two people do to each other or
together are two boys, though the words are things' ("болт пен шеге тағы төбелесті", "tarvuz bilan
ketmon bugun yarashdi", "кубик и батон снова вместе пришли"). A body of people ("Класс и группа
помирились"), relatives ("Мама и папа помирились") and a pair before no such verb stay. Sentences
written for this test from how facilitators type, not taken from any corpus note."""

import pytest

from tests.helpers.found_names import session_names


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("болт пен шеге тағы төбелесті. себеп — телефон", "шеге"),
        ("tarvuz bilan ketmon bugun yarashdi, hammasi xursand", "tarvuz"),
        ("tarvuz bilan ketmon bugun yarashdi, hammasi xursand", "ketmon"),
        ("кубик и батон снова вместе пришли, смешно", "батон"),
        ("казан менен чайнек эшикте урушуп жатышты, ажыратып койдум.", "чайнек"),
    ],
)
def test_a_pair_that_fights_or_makes_up_is_two_boys(text: str, word: str) -> None:
    assert word in session_names([text])[0]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Класс и группа помирились после конфликта.", "группа"),
        ("Мама и папа помирились, говорит он.", "папа"),
        ("кубик и батон лежали на столе после чаепития.", "батон"),
    ],
)
def test_a_body_relatives_and_a_pair_before_no_such_verb_stay(text: str, word: str) -> None:
    assert word not in session_names([text])[0]

"""A lower-case name-word the writer translates in brackets into a common word of English or
Russian ("umid (hope)", "nur (light)", "бақыт (счастье)") is that word, in that note, wherever it
stands in lower case; the capitalised name beside it stays a name. A name explained by a name or
by a word for a person ("жека (евгений)", "aziz (cousin)", "ali (teacher)") is no gloss."""

from __future__ import annotations

import pytest

from facilitator.anonymizer.anonymizer import Anonymizer
from facilitator.anonymizer.coreference import coreferent_spans
from facilitator.anonymizer.name_rules.words_as_words import glossed_words


@pytest.fixture(scope="module")
def anonymizer() -> Anonymizer:
    return Anonymizer(use_ner=False)


def _removed(anonymizer: Anonymizer, text: str) -> list[str]:
    spans = anonymizer.detect(text)
    spans += coreferent_spans([text], [spans], anonymizer.roster_keys, anonymizer.common_words)[0]
    return [text[s.start : s.end] for s in spans]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("we ended on umid (hope) and what the umid of a family is.", "umid"),
        ("the last game was about nur (light) in the dark room", "nur"),
        ("тема: что такое бақыт (счастье) для парней", "бақыт"),
    ],
)
def test_a_word_translated_in_brackets_stays(anonymizer: Anonymizer, text: str, word: str) -> None:
    assert word not in _removed(anonymizer, text)


def test_the_name_beside_the_gloss_stays_a_name(anonymizer: Anonymizer) -> None:
    text = "Umid said the word umid (hope) is his name too."
    assert _removed(anonymizer, text).count("Umid") == 1


@pytest.mark.parametrize("text", ["жека (евгений) спорил", "aziz (cousin) came late", "ali (teacher) left"])
def test_a_name_explained_by_a_name_or_a_person_is_no_gloss(text: str) -> None:
    assert not glossed_words(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ('The card said "Bakyt" (happiness) and the boys argued about it.', "Bakyt"),
        ('Then the word "nur" — light. Everyone drew a lamp.', "nur"),
        ("He told us his umid is to finish college first.", "umid"),
        ("Maybe their bakyt is just a quiet home, one said.", "bakyt"),
    ],
)
def test_a_quoted_word_with_its_meaning_or_a_lower_case_word_owned_is_the_word(
    anonymizer: Anonymizer, text: str, word: str
) -> None:
    assert word not in _removed(anonymizer, text), _removed(anonymizer, text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ('"Bakyt" (the new boy) sat by the door all session.', "Bakyt"),
        ('Met "Nurlan" - cousin of the caretaker, he wants to join.', "Nurlan"),
        ("Our Bakyt said he will bring his brother.", "Bakyt"),
        ("our aziz came late again, his aziz said nothing", "aziz"),
    ],
)
def test_a_quoted_name_explained_as_a_person_or_a_capitalised_one_owned_is_removed(
    anonymizer: Anonymizer, text: str, word: str
) -> None:
    assert word in _removed(anonymizer, text), _removed(anonymizer, text)


def test_a_quoted_nickname_with_a_remark_after_a_dash_is_removed(anonymizer: Anonymizer) -> None:
    text = "Sanzhar ('Bakyt' — yes, his nickname, really) laughed the most."
    assert "Bakyt" in _removed(anonymizer, text), _removed(anonymizer, text)

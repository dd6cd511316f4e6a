"""A name of the session is not looked for inside a lower-case paired word joined by a hyphen
("ырыс-кут болсун": happiness and luck, beside "Ырыс эже"; "бакыт-таалай" beside "Бакыт"): one half
of a compound word names no one; the same word alone where a person stands is still the person.
Sentences written for this test from general knowledge."""

import pytest

from facilitator.anonymizer.anonymizer import Anonymizer
from facilitator.anonymizer.coreference import coreferent_spans


def _session_removed(text: str) -> list[str]:
    anonymizer = Anonymizer((), use_ner=False)
    found = anonymizer.detect(text)
    found += coreferent_spans([text], [found], anonymizer.roster_keys, anonymizer.common_words)[0]
    return [text[s.start : s.end] for s in found]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Ырыс эже чалып, рахмат айтты. ырыс-кут болсун деп коштоштук.", "ырыс-кут"),
        ("Бакыт Асанов келди. Баарына бакыт-таалай каалайм.", "бакыт-таалай"),
    ],
)
def test_a_half_of_a_paired_word_is_no_name(text: str, word: str) -> None:
    assert not any(w in word for w in _session_removed(text)), _session_removed(text)


def test_the_name_alone_is_still_the_person() -> None:
    text = "Ырыс эже чалып, рахмат айтты. ырыс келди эртең."
    assert "ырыс" in _session_removed(text)

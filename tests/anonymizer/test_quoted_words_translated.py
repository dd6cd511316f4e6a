"""A quoted word translated ("«Vogel» по-немецки «птица»", "«Wolf» — «волк»"): a foreign word and its
meaning, no person (name_rules/meanings_given.glossed_in_quotes). Sentences written for this test."""

from __future__ import annotations

import pytest

from tests.anonymizer.test_classes import covered, removed, touched


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Учили слова: «Fuchs» по-немецки «лиса», смеялись.", "Fuchs"),
        ("«Baker» — «пекарь», «Smith» — «кузнец», так появились фамилии.", "Baker"),
        ("«Baker» — «пекарь», «Smith» — «кузнец», так появились фамилии.", "Smith"),
        ("'Adler' in German 'eagle', the boys liked it.", "Adler"),
    ],
)
def test_a_quoted_word_translated_stays(text: str, part: str) -> None:
    assert not touched(text, part), removed(text)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # a gloss in the same script after a dash is a remark, not a translation
        ("Зовут его «Шмидт» — «так короче», говорит сам. Шмидт пришёл вовремя.", "Шмидт"),
        # a quoted name without a gloss
        ("Позвонила «Saule» из фонда, просит перезвонить.", "Saule"),
    ],
)
def test_a_quoted_name_without_a_translation_goes(text: str, part: str) -> None:
    assert covered(text, part), removed(text)

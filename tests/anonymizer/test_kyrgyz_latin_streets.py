"""Kyrgyz typed in Latin letters writes the street as "koch." or "kochosu" ("Manas koch. 14",
"Toktogul kochosu 7, 3-kv."): an address, as "көч." and "көчөсү" are. Sentences written for this
test from general knowledge."""

import pytest

from tests.anonymizer.test_classes import covered, removed


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Aitmatov koch. 14, 3-kv. - ushul jerde jashait.", "Aitmatov koch. 14"),
        ("Uiu Toktogul kochosu 7, apasy menen turat.", "Toktogul kochosu 7"),
    ],
)
def test_a_latin_kyrgyz_street_is_an_address(text: str, part: str) -> None:
    assert covered(text, part), removed(text)

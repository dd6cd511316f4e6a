"""A speaker's label after a time and a bracketed tag, as a chat log or a pasted report types it
("23:39 [цитата] арман: «…»"), is at its line's start: a name-word there before a quotation is a
person. A heading's word after a tag stays. Written for this test, not from any corpus."""

from __future__ import annotations

import pytest

from tests.helpers.found_names import touched_in


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        ("kk", "21:05 [дәйексөз] бақыт: «мен бәрібір келемін»", "бақыт"),
        ("ru", "[цитата] вера: «мне было страшно»", "вера"),
    ],
)
def test_a_tagged_speaker_label_goes(language: str, text: str, name: str) -> None:
    assert touched_in(text, name, language)


def test_a_tagged_heading_stays() -> None:
    assert not touched_in("[ескерту] тақырып: «ер азамат»", "тақырып", "kk")

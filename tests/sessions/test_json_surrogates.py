"""Standard JSON may write a character beyond U+FFFF as an escaped surrogate pair ("\\ud83d\\ude00",
Python's ``json.dump`` does by default): it is read as that character, not refused as a syntax
error; an escaped backslash before "u" is still a backslash."""

from __future__ import annotations

import json

import pytest

from facilitator.sessions.errors import InvalidFile
from facilitator.sessions.structured import read_document


def test_an_escaped_surrogate_pair_is_read_as_its_character() -> None:
    raw = json.dumps({"notes": [{"text": "fine \U0001f600 and 𝕏"}], "n": 1}, indent=1)
    assert "\\ud83d\\ude00" in raw
    document = read_document(raw.encode(), "note.json")
    assert document.data["notes"][0]["text"] == "fine \U0001f600 and 𝕏"
    assert document.lines[("n",)] == 7


@pytest.mark.parametrize("pair", ["\\uD83D\\uDE00", "\\ud83d\\ude00"])
def test_either_case_and_an_escaped_backslash(pair: str) -> None:
    raw = '{"a": "' + pair + '", "b": "\\\\' + pair[1:6] + '"}'  # b: a backslash, then text
    assert read_document(raw.encode(), "x.json").data == {"a": "\U0001f600", "b": "\\" + pair[1:6]}


def test_a_lone_surrogate_is_still_refused() -> None:
    with pytest.raises(InvalidFile, match=r"x\.json:1: syntax error"):
        read_document(b'{"a": "\\ud83d alone"}', "x.json")

"""A name-word opening a sentence before "began" / "ended" (the profiles' ``word_after``:
"boshlandi", "басталды") is the word (a season, a feast), no person: a person does not begin. The
same name-word before a verb of coming is a person. Written for this test, not from any corpus."""

from __future__ import annotations

from tests.helpers.found_names import touched_in


def test_a_season_that_begins_stays() -> None:
    assert not touched_in("Bahor boshlandi, hamma dalaga chiqdi.", "Bahor", "uz")


def test_a_name_word_that_comes_is_a_person() -> None:
    assert touched_in("Bahor keldi, dars boshladi.", "Bahor", "uz")

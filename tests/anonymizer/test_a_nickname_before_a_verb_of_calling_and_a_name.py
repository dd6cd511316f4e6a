"""A word before a Kazakh verb of calling of two words and a listed name with the object's ending
after it ("Бақа деп шақырады Бақытжанды": they call Бақытжан Frog) is that boy's nickname, as it is
before "оны" (him). A thing in the accusative before the word ("Ойынды көпір деп атайды") stays.
Sentences written for this test from how facilitators type, not taken from any corpus note."""

from tests.helpers.found_names import session_names


def test_a_word_called_so_before_a_named_object_is_a_nickname() -> None:
    assert "Бақа" in session_names(["Бақа деп шақырады Бақытжанды. Бүгін ол келді."])[0]


def test_a_thing_called_so_stays() -> None:
    assert "көпір" not in session_names(["Ойынды көпір деп атайды балалар."])[0]

"""Where a description's head noun is: a Tajik izafe on both the noun and "ягона" ("муаллимаи
ягонаи забони англисӣ": the only teacher of English, not "the only language"), a group named by its
place after "the only" ("in the Naryn group"), and a Kazakh boy described by his father's job, the
noun three words after it ("жалғыз дәрігер болып істейтін бала"). Sentences written for this test,
not taken from any corpus note."""

import pytest

from tests.anonymizer.test_classes import covered, removed, touched


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Модараш муаллимаи ягонаи забони англисӣ дар мактаб аст.", "муаллимаи ягонаи забони англисӣ"),
        ("Vitya, the only Russian-speaker in the Naryn group - find him a buddy.", "in the Naryn group"),
        (
            "Әкесі ауылдағы жалғыз дәрігер болып істейтін бала бүгін келмеді.",
            "жалғыз дәрігер болып істейтін бала",
        ),
    ],
)
def test_the_description_reaches_its_head(text: str, part: str) -> None:
    assert covered(text, part), removed(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Ин роҳи ягонаи ҳалли масъала аст.", "роҳи ягонаи"),  # the only way: a thing
        ("Ягона роҳ гуфтугӯ аст.", "Ягона роҳ"),
        ("Анасы жалғыз өзі төрт баланы асырады.", "төрт баланы"),  # children counted are others
    ],
)
def test_a_thing_or_others_counted_stay(text: str, kept: str) -> None:
    assert not touched(text, kept), removed(text)

"""A school's role whose own first word is the school ("the school psychologist", "school
counsellor") is a title, as "mahalla raisi" is: the school names no one until its number or its
village is said ("the school psychologist in Kyzylzhar", "the director of school No. 7 in Zhanakala").
A "No." before a number ends no sentence, the number's sign and the number are one word of what
narrows a description, and a preposition ends on its noun. Sentences written for this test."""

import pytest

from tests.anonymizer.test_classes import removed, touched


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Next week: plan a meeting with the school psychologist.", "school psychologist"),
        ("Plan for him: safety plan + school psychologist + call mum.", "safety plan"),
        ("He went to the school psychologist on his own, good sign.", "school psychologist"),
        ("The school counsellor was away, so we waited.", "school counsellor"),
    ],
)
def test_a_school_role_alone_is_a_title(text: str, part: str) -> None:
    assert not touched(text, part), removed(text)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("The school psychologist in Kyzylzhar knows the family well.", "Kyzylzhar"),
        ("The school counsellor in Karabulak asked for the handouts.", "Karabulak"),
        ("The school director of school No. 7 in Zhanakala phoned me.", "No. 7 in Zhanakala"),
        ("The director of school #31 in Ushtobe came to watch.", "#31 in Ushtobe"),
    ],
)
def test_a_school_role_with_its_village_or_number_is_one_person(text: str, part: str) -> None:
    assert part in " ".join(removed(text)), removed(text)


def test_no_before_a_number_ends_no_sentence_but_a_no_does() -> None:
    from facilitator.anonymizer.quasi import sentences

    text = "Boys of school No. 4 came. He said no. Then left."
    assert [text[a:b].strip() for a, b in sentences(text)] == [
        "Boys of school No. 4 came.",
        "He said no.",
        "Then left.",
    ]


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("The only Uyghur boy in the group, very shy, asked nothing.", "The only Uyghur boy in the group"),
        ("He is the only Tatar boy in the club, everyone knows him.", "the only Tatar boy in the club"),
    ],
)
def test_what_narrows_a_description_ends_on_the_noun_after_an_article(text: str, part: str) -> None:
    assert any(part in r for r in removed(text)), removed(text)

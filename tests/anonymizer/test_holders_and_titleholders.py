"""Descriptions of one person by whom he is kin to or by a title there is one of: the kin of one who
heads a village, a district or a business ("сын главы сельского округа", "the niece of the town's
fire chief", "jiyani hokima rayona" typed as Russian in Latin letters), a champion or winner of a
district, a region or a country's olympiad; what narrows the head noun goes on through a quoted
name and an adjective made from a place ("директора кафе «Достар» в Шиели", "в Жанакорганской
больнице №2"); the first place the sentence names is the description's. Sentences written for this
test from general knowledge."""

import pytest

from facilitator.anonymizer.anonymizer import Anonymizer
from facilitator.anonymizer.spans import Kind
from tests.anonymizer.test_classes import removed, touched


def described(text: str, part: str) -> bool:
    """Every letter of ``part`` lies in a description found in ``text``."""
    spans = [s for s in Anonymizer(use_ner=False).detect(text) if s.kind is Kind.QUASI]
    at = text.index(part)
    return all(
        any(s.start <= i < s.end for s in spans) for i in range(at, at + len(part)) if text[i].isalnum()
    )


@pytest.mark.parametrize(
    ("text", "description"),
    [
        (
            "Новенький — сын главы Акбулакского сельского округа, все его знают.",
            "сын главы Акбулакского сельского округа",
        ),
        ("Один парень, внук хозяина заправки у моста, молчал весь час.", "внук хозяина заправки у моста"),
        (
            "Ruslan is the son of the village fire chief, so nobody argues with him.",
            "the son of the village fire chief",
        ),
        ("V gruppe est syn hokima rayona, on vsegda molchit.", "syn hokima rayona"),
        ("Пришёл сын директора кафе «Достар», очень активный.", "сын директора кафе «Достар»"),
        (
            "Пришла единственная медсестра в Жанакорганской больнице №2, рассказала много.",
            "единственная медсестра в Жанакорганской больнице №2",
        ),
        ("В группе — чемпион области по дзюдо, 16 лет, все его слушают.", "чемпион области по дзюдо, 16 лет"),
        (
            "Есть призёр республиканской олимпиады по физике, очень умный.",
            "призёр республиканской олимпиады по физике",
        ),
        (
            "The boy who won the district chess championship last year spoke first.",
            "The boy who won the district chess championship last year",
        ),
    ],
)
def test_kin_of_a_holder_and_a_titleholder_are_descriptions(text: str, description: str) -> None:
    assert described(text, description), removed(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # the first named place: a later "in the village" is what is said of the person
        ("Он единственный сын фельдшера в с. Акжар, все в селе их уважают.", "все в селе их уважают"),
        # before the kin word: not the description
        ("V gruppe est syn hokima rayona, on vsegda molchit.", "V gruppe est"),
        # a world champion, a dream to become one: no one of the group singled out
        ("Смотрели бой чемпиона мира по боксу, все кричали.", "чемпиона мира"),
        ("Он мечтает стать чемпионом, тренируется каждый день.", "чемпионом"),
        ("Глава семьи в селе решает всё, говорят ребята.", "Глава семьи"),
    ],
)
def test_what_is_not_the_description_stays(text: str, kept: str) -> None:
    assert not touched(text, kept), removed(text)

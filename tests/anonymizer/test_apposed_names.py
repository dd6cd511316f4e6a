"""A name set between commas beside a word for a young person is his, though it is an everyday word
or a hyphenated compound no list holds ("the neighbours' boy, Kara-Mysyk, hits his mother"); a
place, a relative or a role there is no one. A nickname explained in brackets by "так … зовут" is
his too, wherever in the bracket "так" stands. Sentences written for this test."""

import pytest

from tests.anonymizer.test_classes import removed, touched


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("A younger boy, Sary-It, throws stones at the girls' school.", "Sary-It"),
        ("соседский пацан, Шмель, опять бьёт младшую сестру", "Шмель"),
        ("qo'shni bola, Qora-Qarg'a, onasini uradi deyishdi", "Qora-Qarg'a"),
        ("көрші бала, Ақ-Бөрі, анасына қол көтереді екен", "Ақ-Бөрі"),
        # the bracket gives the nickname, "так" a few words on
        ("Тигр (по паспорту Руслан, его так в колледже зовут) не пришёл", "Тигр"),
    ],
)
def test_a_name_beside_a_word_for_a_boy_is_his(text: str, part: str) -> None:
    assert part in removed(text), removed(text)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("One boy, Kyzyl-Kiya, said the buses stopped running.", "Kyzyl-Kiya"),  # where he is from
        ("мальчик, Бишкек, 15 лет, просит консультацию", "Бишкек"),
        ("The new boy, Director of the club says, is shy.", "Director"),
        ("бір бала, Абай, өлеңін жатқа айтты", "Абай"),  # a public figure stays to its own rules
    ],
)
def test_a_place_a_role_or_a_figure_beside_the_word_stays(text: str, part: str) -> None:
    assert not touched(text, part), removed(text)

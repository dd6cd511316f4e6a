"""The districts, quarters and mahallas of the region's cities (data/region_places.txt, the section of
2026-12-05) are places, kept where a note says where a session was ("Toshkent, Olmazor tumani",
"в Сергелийском районе", "Майкудукта кездестік"); a district right before a quarter's and a house's
number is part of the address ("Чиланзар 5-кв., 23-уй"). A district that is also a listed given name
is left to the name rules ("Бектемир" is a boy too). Sentences written for this test."""

import pytest

from tests.anonymizer.test_classes import covered, removed, touched


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Toshkent, Olmazor tumani. Bugun 12 yigit keldi, mavzu: oilada zo'ravonlik.", "Olmazor"),
        ("Сессия прошла в Сергелийском районе, пришли 9 парней.", "Сергелийском"),
        ("Қарағанды, Майкудук. Бүгін 8 жігіт келді, тақырып — қызғаныш.", "Майкудук"),
        ("Dushanbe, Shohmansur district: the youth centre gave us the hall for free.", "Dushanbe"),
        ("Yunusabad youth centre, second session: the boys argued about chores.", "Yunusabad"),
        ("Uchtepa, kollej. Bugun «Zo'ravonlik doirasi» mashqi o'tdi.", "Uchtepa"),
    ],
)
def test_a_district_where_a_session_was_stays(text: str, part: str) -> None:
    assert not touched(text, part), removed(text)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Жасур берди адресин: Чиланзар 5-кв., 23-уй, кечкисин чалам.", "Чиланзар 5-кв., 23-уй"),
        ("U Yunusobod 9-kvartal, 14-uyda yashaydi.", "Yunusobod 9-kvartal, 14-uy"),
    ],
)
def test_a_district_before_a_quarter_and_a_house_is_the_address(text: str, part: str) -> None:
    assert covered(text, part), removed(text)

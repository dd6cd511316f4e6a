"""A law's or a code's title is no person: a name that holds the document's word ("… Республикасының
Конституциясы") or that opens a title ending "… туралы кодекс" in its clause. A person beside the
word "law" is still removed. Written for this test, not from any corpus."""

from __future__ import annotations

import pytest

from tests.anonymizer.test_classes import removed
from tests.helpers.found_names import touched_in


@pytest.mark.parametrize(
    ("language", "text", "title"),
    [
        ("kk", "Біз Неке және отбасы туралы кодекс бойынша сөйлестік.", "Неке және отбасы туралы кодекс"),
        (
            "kk",
            "Жігіттер: «бізде Қазақстан Республикасының Конституциясы бар» деді.",
            "Республикасының Конституциясы",
        ),
        ("kk-latn", "Sodan soń Eńbek kodeksi týraly aıttyq.", "Eńbek kodeksi"),
        ("kk-latn", "Keıin Otbasy jáne neke týraly zań týraly sóılestik.", "Otbasy jáne neke týraly zań"),
        (
            "ky",
            "Анан Кыргыз Республикасынын Конституциясы жөнүндө сүйлөштүк.",
            "Республикасынын Конституциясы",
        ),
        ("uz", "Ustoz Oila to'g'risidagi qonunni tushuntirdi.", "Oila to'g'risidagi qonunni"),
        # the code's word in the possessive with a case ending after it
        ("kk", "Біз Еңбек кодексіндегі демалыс туралы сөйлестік.", "Еңбек кодексіндегі"),
        ("kk", "Сабақта Әкімшілік кодексінің бабын оқыдық.", "Әкімшілік кодексінің"),
    ],
)
def test_a_law_title_stays(language: str, text: str, title: str) -> None:
    assert not touched_in(text, title, language)


@pytest.mark.parametrize(
    ("language", "text", "person"),
    [
        ("kk", "Ерлан заң туралы көп сұрады.", "Ерлан"),
        ("kk", "Кеше Ерлан неке туралы заңды оқыды.", "Ерлан"),
        ("kk", "Ерлан заңының бәрін білмейді.", "Ерлан"),
        ("kk-latn", "Keıin Aıbek zańdy buzdym dep aıtty.", "Aıbek"),
        ("en", "Then Timur asked about the law on marriage.", "Timur"),
    ],
)
def test_a_person_beside_the_law_goes(language: str, text: str, person: str) -> None:
    assert touched_in(text, person, language)


def test_a_name_before_the_law_in_the_accusative_is_a_person() -> None:
    # "qonunni" is the law read (accusative), not "Akmal qonuni", a law named after him
    assert "Akmal" in removed("Bugun Akmal qonunni o'zi o'qib chiqmoqchi.")

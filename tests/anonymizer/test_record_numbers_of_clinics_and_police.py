"""The number of a person's medical record, referral, certificate, police register entry or case
after its word in Russian, Kazakh or Kyrgyz ("м/к № 0312/25", "Медкартасы № 7710-Ош", "Жолдама №
88/Т", "Іс № 3301/КД", "Иш № 4-519/25", "КУИ № 4417", "Справка № 58"); a short word only right
before its number, so that an event's or a school's number stays ("іс-шара № 12", "школа № 64").
Sentences written for this test."""

import pytest

from tests.anonymizer.test_classes import covered, touched


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Пришёл на приём, в карте записан, м/к № 0312/25. Анализы в пятницу.", "0312/25"),
        ("Анализдери даяр. Медкартасы № 7710-Ош, эртең саат 10до келсин.", "7710-Ош"),
        ("Оңалту орталығына жібердік. Жолдама № 88/Т.", "88/Т"),
        ("Аккаунт бұғатталды, хат келді. Іс № 3301/КД.", "3301/КД"),
        ("Инспектор чалды. Иш № 4-519/25, сот жумада.", "4-519/25"),
        ("Сообщение подано, КУИ № 4417 от 12.03.", "4417"),
        ("Справка № 58 от 02.04 выдана опекуну.", "58"),
    ],
)
def test_a_records_number_after_its_word_is_removed(text: str, part: str) -> None:
    assert covered(text, part)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Мектепте іс-шара № 12 өтті, балалар келді.", "12"),
        ("Занятие прошло в школе № 64, кабинет № 27.", "64"),
    ],
)
def test_an_events_or_a_schools_number_stays(text: str, part: str) -> None:
    assert not touched(text, part)

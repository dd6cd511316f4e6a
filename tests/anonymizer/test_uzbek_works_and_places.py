"""Uzbek and Karakalpak works, their heroes, a club, a youth union and the places of the Uzbek south
that a workshop cites stay, in Latin and Cyrillic: a novel's lovers beside the novel, an epic's hero
quoted before the word "epic", towns and districts the lists had only in Russian. The same names
said of a participant go. Written for this test from general knowledge, not copied from a corpus."""

from __future__ import annotations

import pytest

from tests.anonymizer.test_classes import covered, removed, touched


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Бугун «Ўтган кунлар»дан Отабек ва Кумуш ҳақида гаплашдик.", "Отабек ва Кумуш"),
        ("Qodiriyning «O'tkan kunlar» romanidan Kumush haqida gapirdik.", "Kumush"),
        ("Sardor «Alpomish» dostonidan misol keltirdi, erkak kuchli bo'lishi kerak dedi.", "Alpomish"),
        ("Ravshan qarshi chiqdi: Alpomish ham Barchinni hurmat qilgan.", "Barchinni"),
        ("Keyin Jaloliddin Manguberdi haqida gaplashdik, u onasini himoya qilgan.", "Jaloliddin Manguberdi"),
        ("Kitob tavsiyasi: O'tkir Hoshimovning «Dunyoning ishlari» — ona haqida.", "O'tkir Hoshimovning"),
        ("Ўзбекистон «Ёшлар иттифоқи» лойиҳаси доирасида ҳисобот ёздим.", "Ёшлар иттифоқи"),
        ("Жалолобод, Базар-Қўрғон. Бугун 10 йигит келди.", "Жалолобод"),
        ("O'sh, Aravon. Bugun 8 yigit keldi.", "Aravon"),
        ("Аъзамжоннинг отаси Сеулда ишлайди, онасига пул юборади.", "Сеулда"),
        ("Бүгін Нүкістегі топта Бекболат сөйледі.", "Нүкістегі"),
        ("Heroes they named: Амир Темур, Жалолиддин, Роналду.", "Роналду"),
    ],
)
def test_a_work_its_heroes_and_a_place_stay(text: str, part: str) -> None:
    assert not touched(text, part), removed(text)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Кумуш бугун келмади, онаси касал.", "Кумуш"),
        ("Javohir «Alpomish» deb chaqiradi, chunki u kurashchi.", "Javohir"),
    ],
)
def test_the_same_name_of_a_person_goes(text: str, part: str) -> None:
    assert covered(text, part), removed(text)

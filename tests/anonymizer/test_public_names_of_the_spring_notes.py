"""Public things a report keeps: the Olympic Games in Russian and Kyrgyz forms (not the rare female
name Олимпиада), Elon Musk, the tennis player Rybakina and Wimbledon, the Kyrgyz prime minister
Akylbek Japarov, Uzbekistan's "Ёшлар дафтари" programme, freestyle wrestling ("эркин күрөш"), an
Uzbek adjective in -iy opening a quoted topic ("Haqiqiy erkak kim?"). Sentences written for this
test."""

import pytest

from tests.anonymizer.test_classes import touched


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Смотрели финал на Олимпиаде, потом обсуждали уважение к сопернику.", "Олимпиаде"),
        ("Балдар Олимпиададагы беттешүүнү көрүштү.", "Олимпиададагы"),
        ("Кумиры группы: Головкин, Илон Маск и отец.", "Илон Маск"),
        ("We watched Rybakina win at Wimbledon and talked about sisters in sport.", "Rybakina"),
        ("We watched Rybakina win at Wimbledon and talked about sisters in sport.", "Wimbledon"),
        ("Бири «Акылбек Жапаров сыяктуу болом» деп жазды.", "Акылбек Жапаров"),
        ("Икки йигит Ёшлар дафтари орқали ёрдам олди.", "Ёшлар дафтари"),
        ("Эркин күрөш тобунда 12 бала бар.", "Эркин күрөш"),
        ("Mavzu: «Haqiqiy do'st kim?» Yigitlar bahslashdi.", "Haqiqiy"),
    ],
)
def test_a_public_thing_stays(text: str, part: str) -> None:
    assert not touched(text, part)

"""Northern Kazakhstan's towns and villages, Russian figures, works and characters a workshop on
men's roles cites, a Tatar feast, a bank and a scholarship (data: region_places.txt, public.yaml,
not_names.txt; 2026-12-04, r19ar). Sentences written for this test, as facilitators in Kostanay,
Petropavl and Kokshetau type them; the same words stay a participant's where a person stands."""

from __future__ import annotations

import pytest

from tests.anonymizer.test_classes import covered, removed, touched


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # villages and district centres, in their cases
        ("Завтра едем в Зеренду, там новая группа.", "Зеренду"),
        ("Из Смирново приехали трое, автобус опоздал.", "Смирново"),
        ("В Явленке занятие перенесли на пятницу.", "Явленке"),
        ("Ребята из Денисовки и Затобольска играли вместе.", "Денисовки"),
        ("Ребята из Денисовки и Затобольска играли вместе.", "Затобольска"),
        ("Бүгін Тимирязеводан екі бала келді.", "Тимирязеводан"),
        # figures, works and characters beside their work, art or fellows
        ("Слушали «Группу крови» Цоя и спорили про войну.", "Цоя"),
        ("Спорили, был ли Виктор Цой примером для пацанов.", "Виктор Цой"),
        ("Вспомнили «Тимура и его команду», книгу про помощь.", "Тимура и его команду"),
        ("Смотрели отрывок, где Данила Багров говорит про силу.", "Данила Багров"),
        ("Про фильмы Алексея Балабанова спорили долго.", "Алексея Балабанова"),
        ("Почему Остап и Андрий выбрали разное?", "Остап"),
        ("Почему Остап и Андрий выбрали разное?", "Андрий"),
        ("Музыку композитора Вагнера включали на фоне.", "Вагнера"),
        ("Парни смотрели шоу, где Гордон Рамзи кричит на поваров.", "Гордон Рамзи"),
        # a feast, a bank, a scholarship
        ("Рассказали, как в деревне празднуют Сабантуй.", "Сабантуй"),
        ("Деньги перевести на карту Халык, не Каспи.", "Халык"),
        ("Мечтает поступить по программе «Болашак».", "Болашак"),
    ],
)
def test_a_place_or_public_thing_of_the_north_stays(text: str, part: str) -> None:
    assert not touched(text, part), removed(text)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # the same names where a participant stands
        ("Цой опоздал, сказал что автобус сломался.", "Цой"),
        ("Вагнер Максим пришёл без тетради.", "Вагнер Максим"),
        ("Остап сегодня сам вызвался вести разминку.", "Остап"),
        ("Позвонить маме Андрия после занятия.", "Андрия"),
        ("Балабанов Артём, 9Б, пропустил две встречи.", "Балабанов Артём"),
    ],
)
def test_the_same_names_of_participants_go(text: str, part: str) -> None:
    assert covered(text, part), removed(text)

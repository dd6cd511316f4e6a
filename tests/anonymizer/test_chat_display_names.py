"""A copied message's sender after its stamp ("[09:12] Нурик Талас: …", "12.03.2026, 09:12 - Айбек
Такси: …") is named by all of the display name the phone saved, a place or a job in it too; without
a stamp, or with a lower-case word after the name, the words after it are judged on their own.
Sentences written for this test from general knowledge."""

import pytest

from tests.anonymizer.test_classes import covered, removed, touched


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Переслано:\n[18:40] Бекжан Кочкор: эже, мен бүгүн келбейм\n[18:41] Айгуль: макул", "Бекжан Кочкор"),
        ("03.11.2026, 21:05 - Тимур Шиномонтаж: завтра не смогу", "Тимур Шиномонтаж"),
        ("[07:55] Azamat Osh: salam, kechigem", "Azamat Osh"),
    ],
)
def test_the_whole_display_name_is_removed(text: str, name: str) -> None:
    assert covered(text, name), removed(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Бекжан Кочкор: в клубе было шумно.", "шумно"),
        ("[18:40] Бекжан: Бишкек далеко, не успею", "Бишкек далеко"),
    ],
)
def test_without_a_stamp_or_after_the_colon_the_words_stay(text: str, kept: str) -> None:
    assert not touched(text, kept), removed(text)

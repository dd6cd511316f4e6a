"""A message copied from a chat opens with its stamp and its sender ("[19:31] Гург: ҳаст соати 7",
"[18:03] Hulk: ya 7", "12.03.2026, 09:12 - Кучук: …"): the sender is a person as the phone saved
them, whatever the word (a nickname, a film's hero), removed; the writer ("Я:", "Men:") and a
schedule's line ("10:00 - Знакомство: …") are no one. Sentences written for this test."""

from __future__ import annotations

import pytest

from tests.anonymizer.test_classes import covered, removed, touched


@pytest.mark.parametrize(
    ("text", "sender"),
    [
        ("[18:02] Sanya: is training at 7 tmrw\n[18:03] Hulk: ya 7\n[18:10] Dimon: cant", "Hulk"),
        ("[19:30] Бобо: пагоҳ машқ ҳаст?\n[19:31] Гург: ҳаст соати 7", "Гург"),
        ("12.03.2026, 09:12 - Кабан: бүгін келмеймін", "Кабан"),
        ("[15.04.2024 22:40] Тигр Футбол: кто видел Тилека?", "Тигр Футбол"),
    ],
)
def test_the_sender_is_removed(text: str, sender: str) -> None:
    assert covered(text, sender), removed(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("[22:41] Я: нет, не видел\n[22:42] Тигр: ок", "Я"),
        ("[22:41] Men: bilmayman\n[22:42] Sher: ok", "Men"),
        ("10:00 - Знакомство: правила группы\n11:00 - Обед: в столовой", "Знакомство"),
    ],
)
def test_the_writer_and_a_schedule_stay(text: str, word: str) -> None:
    assert not touched(text, word), removed(text)

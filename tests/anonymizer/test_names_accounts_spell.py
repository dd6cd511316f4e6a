"""A word the note's own handle or e-mail address spells is that boy, though the word is a word too
("Шер дар гурӯҳи мост" beside "@sher_tj_2006"); not a place, a relative or a public figure the
account is named after. Sentences written for this test."""

from __future__ import annotations

import pytest

from facilitator.anonymizer.anonymizer import Anonymizer
from facilitator.anonymizer.name_rules.handle_names import account_words
from facilitator.anonymizer.name_rules.name_sources import UNSURE_SOURCES
from tests.anonymizer.test_classes import covered, removed, touched


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Нигина: «Ин бача @sher_tj_2006 суратҳои бад мефиристад». Шер дар гурӯҳи мост.", "Шер"),
        ("Kuzya posted a video of a fight on his insta @kuzya_boxer. Talked to him after.", "Kuzya"),
        ("Tank и Kit подписываются в телеге (@tank_osh07, @kit_kit_kg). Kit скинул голосовое.", "Kit"),
        ("Шерро дидам, instagram.com/sher_kulob нависта буд.", "Шерро"),  # a case ending on it
    ],
)
def test_a_word_the_account_spells_is_the_boy(text: str, name: str) -> None:
    assert covered(text, name), removed(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Тренировка в Талгаре, инста клуба @talgar_boxing_club.", "Талгаре"),
        ("Вспомнили Абая, у фанатов есть канал @abai_fan_club.", "Абая"),
        ("Мама пишет с mama_ok@mail.kz, Мама просит перезвонить.", "Мама"),
    ],
)
def test_a_place_a_figure_or_a_relative_the_account_is_named_after_stays(text: str, word: str) -> None:
    assert not touched(text, word), removed(text)


def test_the_words_of_an_account_are_its_own_name_not_its_site() -> None:
    assert account_words("t.me/baha_kentau_07") == ["baha", "kentau"]
    assert account_words("slava.pop98@gmail.com") == ["slava", "pop"]
    assert account_words("https://www.instagram.com/dauren_srk") == ["dauren", "srk"]


def test_the_word_in_small_letters_stays_beside_the_account() -> None:
    text = 'Bakyt said "bakyt is happiness". Bakyt\'s instagram instagram.com/bakyt_kg_07 – no faces.'
    assert not touched(text, "bakyt is"), removed(text)


def test_a_title_in_quotes_the_account_is_named_after_stays() -> None:
    text = "ТГ канал «Бишкек Жаштары» — выложили наш пост. Админ: @bishkek_jashtary_admin"
    assert not touched(text, "Жаштары"), removed(text)


def test_the_word_an_account_spells_is_reviewed_first() -> None:
    # the word is a word too (шер: a lion): removed, and listed first for the facilitator to keep
    text = "Нигина: «Ин бача @sher_tj_2006 суратҳои бад мефиристад». Шер дар гурӯҳи мост."
    at = text.index("Шер ")
    spans = Anonymizer((), use_ner=False).detect(text)
    assert [s.source in UNSURE_SOURCES for s in spans if s.start == at] == [True], spans

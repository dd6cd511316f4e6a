"""Uzbek, Tajik, Kyrgyz and Kazakh notes as they are typed (the notes_ac round, 2026-12-04), each rule
in sentences written for this test from general knowledge of the languages, not taken from a note:
the Uzbek apostrophe typed as a grave accent, years of birth with their cue, a number after a word
that is a date or a count (no age), the village's word of an address beside a place's name, the
endings and the frequent words of the languages that no dictionary here reads. Each with the same
shape used the other way, which must keep its reading.
"""

from __future__ import annotations

import pytest

from facilitator.anonymizer.normalize import normalize
from tests.anonymizer.test_classes import covered, touched


# -- the Uzbek apostrophe typed as a grave or an acute accent ---------------------------------------
def test_a_grave_accent_between_letters_is_read_as_the_apostrophe() -> None:
    assert normalize("tug`ilgan, Yo´ldosheva").text == "tug'ilgan, Yo'ldosheva"
    assert normalize("`code` and govorit`?").text == "`code` and govorit`?"  # not between two letters


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Psixolog Nargiza To`xtasinova bilan gaplashdim.", "Nargiza To`xtasinova"),
        ("Bugun Sa`dulla opasi bilan keldi.", "Sa`dulla"),
        ("Ro`yxat: Qodirov Anvar, 2007 yilda tug`ilgan.", "2007 yilda tug`ilgan"),
    ],
)
def test_a_name_or_a_date_typed_with_a_grave_accent_is_removed(text: str, part: str) -> None:
    assert covered(text, part)


# -- years of birth with their cue, and the short cues ----------------------------------------------
@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Янги қатнашчи: Каримов Шоҳрух, 2009 й.т., 7-синф.", "2009 й.т."),
        ("Yangi: Tursunov Bekzod, 2008 y.t., 9-sinf.", "2008 y.t."),
        ("Ҳамроев Сардор, 2007 йилда туғилган, 8-синф.", "2007 йилда туғилган"),
        ("Назаров Фарҳод — с.т. 2008, синфи 9.", "с.т. 2008"),
        ("Осмонов Алмаз, туулган жылы 2006, 10-класс.", "туулган жылы 2006"),
        ("Serikbaı Dáýren, 2007 jyly týǵan, 9-synyp.", "2007 jyly týǵan"),
        ("Каримов Азат, 03.04.2008 й.т.", "03.04.2008 й.т."),
        ("Эскертүү: Асанов Бекзат, 05.02.2008 туулган, апасы менен жашайт.", "05.02.2008"),
    ],
)
def test_a_year_of_birth_goes_with_its_cue(text: str, part: str) -> None:
    assert covered(text, part)


def test_a_year_with_no_cue_of_birth_stays() -> None:
    assert not touched("2007 йилда мактаб қурилган.", "2007")


# -- a number after a word that is a date or a count is no age --------------------------------------
@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Умумӣ 14-апрел: ҳама омаданд.", "Умумӣ"),
        ("Натижалар 12 нафар, ҳаммаси яхши.", "Натижалар"),
        ("Ишчилар 15.04. учрашди.", "Ишчилар"),
    ],
)
def test_a_word_before_a_date_or_a_count_stays(text: str, part: str) -> None:
    assert not touched(text, part)


def test_a_word_no_dictionary_reads_before_an_age_is_still_a_person() -> None:
    assert covered("Бірғазы 17 жаста, 9-сыныпта оқиды.", "Бірғазы")


# -- the village's word of an address makes the word before it a place ------------------------------
@pytest.mark.parametrize(
    "text",
    ["Ғаллаорол, Қорабулоқ қишлоғи. Машғулот яхши ўтди.", "Тошқўрғон кишлоғи — 20 уй."],
)
def test_a_name_before_a_village_word_is_a_place(text: str) -> None:
    place = text.split()[1] if text.startswith("Ғаллаорол") else text.split()[0]
    assert not touched(text, place)


# -- endings and words of the languages that no dictionary here reads -------------------------------
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Эркекчилик деген эмне? Балдар көп сүйлөштү.", "Эркекчилик"),  # Kyrgyz abstract noun
        ("Мактабга бориш керак, директор кутяпти.", "Мактабга"),  # Uzbek dative
        ("Сўрашаман, кейин ёзаман.", "Сўрашаман"),  # Uzbek first person, future
        ("Масъалаҳои оилавӣ муҳокима шуданд.", "Масъалаҳои"),  # Tajik plural with the izafe
        ("Масъулият муҳим аст.", "Масъулият"),  # Tajik abstract noun
        ("Китобхонаи мактаб баста буд.", "Китобхонаи"),  # Tajik izafe after a vowel
        ("Фаҳмидам, ки вай ранҷидааст.", "Фаҳмидам"),  # Tajik first person, past
        ("Мефаҳмам, аммо душвор аст.", "Мефаҳмам"),  # Tajik present with "ме-"
        ("Давомат яхши эди.", "Давомат"),  # the workshop's own words
        ("Рӯйхат тайёр шуд.", "Рӯйхат"),
        ("Ризоият дар никоҳ лозим аст.", "Ризоият"),
        ("Кылмыш жазасыз калбайт.", "Кылмыш"),
        ("Tushundim, keyin gaplashamiz.", "Tushundim"),
    ],
)
def test_a_word_of_the_region_opening_a_sentence_stays(text: str, word: str) -> None:
    assert not touched(text, word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Mashqida hamma qatnashdi, lekin ikki marta to'xtadik.", "marta"),  # times, not Marta
        ("Машқи охирида ҳамма хурсанд.", "Машқи"),  # the exercise, not Машка
        ("Ҳар кас 20 сомонӣ пардохт.", "сомонӣ"),  # the currency, not Сомон
    ],
)
def test_a_word_the_name_lists_spell_alike_stays(text: str, word: str) -> None:
    assert not touched(text, word)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Марта сказала, что придёт.", "Марта"),
        ("Сӯҳроб гуфт, ки меояд.", "Сӯҳроб"),
        ("Мейрам айтты: «келемін».", "Мейрам"),
    ],
)
def test_names_of_the_same_shapes_are_still_people(text: str, name: str) -> None:
    assert covered(text, name)


# -- a neighbourhood where something takes place is no address ---------------------------------------
@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Navbatdagi uchrashuv Yangiobod mahallasida bo'ladi, soat 15:00.", "Yangiobod mahallasida"),
        ("5-aprel kuni Oltiariq tumani, Bog'ibo'ston mahallasida trening o'tdi.", "Oltiariq tumani"),
    ],
)
def test_a_neighbourhood_where_a_session_takes_place_stays(text: str, part: str) -> None:
    assert not touched(text, part)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Anvarning oilasi Yangiobod mahallasida yashaydi.", "Yangiobod mahallasida"),
        ("Telefoni 90 123 45 67, Yangiobod mahallasida.", "Yangiobod mahallasida"),
    ],
)
def test_a_neighbourhood_where_someone_lives_is_an_address(text: str, part: str) -> None:
    assert covered(text, part)


def test_a_neighbourhood_named_like_a_person_of_the_note_stays() -> None:
    from tests.helpers.found_names import session_touches

    text = "Mashg'ulot Gulzor mahallasida bo'ladi. Gulzor opa xona beradi."
    assert not session_touches(text, "Gulzor mahallasida")
    assert session_touches(text, "Gulzor opa")


def test_a_person_before_a_village_word_without_its_possessive_is_still_the_person() -> None:
    from tests.helpers.found_names import session_spans

    text = "Ерлан бүгін келмеді. Анасы айтты: кеше Ерлан ауылда қалды."
    at = text.rindex("Ерлан")
    assert any(s.start <= at and at + 5 <= s.end for s in session_spans(text))

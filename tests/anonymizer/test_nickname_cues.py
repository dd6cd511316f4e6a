"""A word a note calls someone's nickname ("друг друга зовут кличками: тайфун, малыш", "кличка у
него кабан", "оны шопа деп атайды", "nicknamed tiger") is that person in every note of the session
and every case form ("мать малыша", "малышу дала"), though it is an ordinary word; the same words
where no cue calls them a nickname stay."""

from __future__ import annotations

import pytest

from tests.helpers.found_names import every_place_removed
from tests.helpers.session_notes import session


@pytest.mark.parametrize(
    ("language", "texts", "words"),
    [
        (
            "ru",
            [
                "друг друга зовут кличками: тайфун, малыш, шаман",
                "мать малыша работает в Москве",
                "малышу дала денег тётя",
                "тайфун опоздал",
            ],
            ["тайфун", "малыш", "шаман"],
        ),
        ("ru", ["его по кличке боцман знают все", "боцман все время перебивал"], ["боцман"]),
        ("ru", ["кличка у него кабан", "кабана побили во дворе"], ["кабан"]),
        ("ru", ["прозвище у парня гвоздь", "про гвоздя никто не спросил"], ["гвозд"]),
        ("ru", ["его зовут малыш", "малыша все любят"], ["малыш"]),
        ("ru", ["ему дали кличку «хомяк» в школе", "хомяку было обидно"], ["хомяк"]),
        ("kk", ["оның лақап аты бала", "бала келмеді бүгін"], ["бала"]),
        ("kk", ["оны шопа деп атайды", "шопа әйел ұрса деп тұр"], ["шопа"]),
        ("kk", ["боксшы деп аталатын бала ұрғанды мақтан көрді", "боксшы бүгін келмеді"], ["боксшы"]),
        ("kk-latn", ["tūiaq degen jıgıt ol jeke mäsele dedi", "tūiaq erteń keledi"], ["tūiaq"]),
        # a phrase in quotes before the verb of calling
        ("kk", ["«Қара Бүркіт» деп атайтын жігіт келді", "«Қара Бүркіт» бүгін үндемеді"], ["бүркіт"]),
        ("kk", ["«Самұрық» деп аталатын бала ұрысты", "самұрық кешірім сұрады"], ["самұрық"]),
        ("ky", ["мышык деген бала келди", "мышык сүйлөбөдү"], ["мышык"]),
        ("en", ["one boy nicknamed tiger talked the most", "tiger said his father drinks"], ["tiger"]),
        ("en", ["his nickname was bear", "bear was quiet today"], ["bear"]),
    ],
)
def test_a_cued_nickname_is_a_person_in_every_note(language: str, texts: list[str], words: list[str]) -> None:
    printed = session(language, texts)
    for text in printed:
        for word in words:
            assert word not in text.casefold(), printed


@pytest.mark.parametrize(
    ("language", "texts", "kept"),
    [
        ("ru", ["кличка у него кабан", "кличка — это обидно"], "у него"),
        ("ru", ["мать малыша работает в Москве", "тайфун снёс крышу"], "малыша"),
        ("ru", ["его зовут домой рано", "кабан в лесу"], "домой"),
        ("ru", ["никто не знает его клички, малыш плакал", "в коридоре"], "малыш"),
        ("kk", ["мұны зорлық деп атайды", "зорлық жаман"], "зорлық"),
        ("kk", ["бала келмеді бүгін", "бала ауырып қалды"], "бала"),
        ("kk", ["гендер деп аталатын ұғым туралы сөйлестік", "гендер теңдігі"], "гендер"),
        ("kk", ["боксшы деп аталатын бала келді", "балалар үйге кетті"], "деп аталатын бала"),
        ("kk", ["«Ақ желкен» деп аталатын ән айттық", "ақ желкен туралы сөйлестік"], "Ақ желкен"),
        ("kk", ["Арман деген бала келді", "менің арманым үлкен"], "арманым"),
        ("en", ["he has a nickname for everyone", "everyone laughed"], "everyone"),
        ("en", ["they saw a tiger at the zoo", "bear with me"], "tiger"),
        ("kk", ["оның лақап аты бала", "балалар үйге кетті"], "балалар"),
        ("ru", ["его зовут малыш", "малыши в саду плакали"], "малыши"),
    ],
)
def test_the_same_words_without_a_cue_stay(language: str, texts: list[str], kept: str) -> None:
    assert any(kept in text for text in session(language, texts))


@pytest.mark.parametrize(
    ("text", "nickname"),
    [
        ("Наврӯз 23 сола, лақабаш «Генерал», ҳамеша фармон медиҳад. Генерал имрӯз наомад.", "Генерал"),
        ("Sherali 19 yoshda, laqabi «Shifokor». Shifokor bugun kelmadi.", "Shifokor"),
        ("Нурсултан, лакабы «Доктор», бүгүн келген жок. Доктор эртең келет.", "Доктор"),
    ],
)
def test_a_quoted_nickname_after_the_regions_word_for_it(text: str, nickname: str) -> None:
    assert every_place_removed(text, nickname)

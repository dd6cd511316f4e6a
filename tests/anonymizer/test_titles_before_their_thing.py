"""A capitalised word opening a quoted title that the word of its thing follows, in Uzbek, Kyrgyz or
Kazakh order ("«Hurmat chizig'i» mashqini", "«Бийлик дөңгөлөгү» машыгуусу", "«Haqiqiy erkak kim?»
savoli"), is the title's first word, not a name by its shape; a name in quoted speech stays a name.
"День" (a day's name: "День учителя") and "Исх.", "Вх." (a letter's number) are no one. Sentences
written for this test."""

import pytest

from tests.anonymizer.test_classes import removed, touched


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Bugun «Sabr daraxti» mashqini qildik, hamma qatnashdi.", "Sabr"),
        ("Бүгүн «Ишеним көпүрөсү» машыгуусун өткөрдүк.", "Ишеним"),
        ("Кеше «Күштің шеңбері» жаттығуын жасадық.", "Күштің"),
        ("«Kim kuchli?» savoli bilan boshladik, yigitlar bahslashdi.", "Kim"),
        ("В честь Дня защиты детей провели открытое занятие, а в День отца позвали пап.", "День"),
        ("Ответили письмом, Исх. № 112 от 03.11, копия в папке.", "Исх"),
        # in single quotes, as many type them
        ("Бауыржан Момышулынын 'Ұшқан ұя' кітабынан узинди окыдык.", "Ұшқан"),
        ("Ahmet Baytūrsınūlınıñ 'Masa' öleñin oqıdıq, jigitter küldi.", "Masa"),
        ("Keiin 'Kúshti sheńber' jattyǵýyn jasadyq.", "Kúshti"),
    ],
)
def test_a_titles_word_stays(text: str, part: str) -> None:
    assert not touched(text, part), removed(text)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Бекзат айтты: «Ерлан бүгін келмейді».", "Ерлан"),
        ("«Зарина звонила вчера», — сказал Тимур.", "Зарина"),
        ("Ерлан 'Болат келмейді' деп жазды.", "Болат"),
        ("Bekzat o'g'li 'Sardor' bilan keldi.", "Sardor"),
    ],
)
def test_a_name_opening_quoted_speech_is_removed(text: str, part: str) -> None:
    assert part in removed(text), removed(text)

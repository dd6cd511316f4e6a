"""Name-words of Uzbek, Tajik, Kyrgyz and Kazakh read as words by what stands beside them (the notes_ac
round, 2026-12-04), in sentences written for this test from general knowledge of the languages: a
word counted after a numeral, a name-word before "to be", "is needed", "lacks" or a religion's or a
code's name, a heading's word before a colon, a name-word before a plural noun (its adjective); and
places of the region in their Uzbek, Tajik and Kazakh-Latin spellings. Each with the same word where
a person stands, which stays removed.
"""

from __future__ import annotations

import pytest

from tests.anonymizer.test_classes import covered, touched


# -- a word after a numeral is what is counted --------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("U bugun uchinchi marta kechikdi.", "marta"),  # the third time (Marta)
        ("Ular 2 marta uchrashishdi, keyin gaplashdi.", "marta"),
        ("Бир марта келди, кейин келмади.", "марта"),
    ],
)
def test_a_name_word_counted_after_a_numeral_stays(text: str, word: str) -> None:
    assert not touched(text, word)


def test_a_name_after_a_numeral_with_a_capital_is_still_a_person() -> None:
    assert covered("Ikki kundan keyin Marta keldi va gapirdi.", "Marta")


# -- a name-word before "to be", "is needed", "lacks", a religion or a code ---------------------------
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Бақыт болу оңай емес.", "Бақыт"),  # to be happy
        ("Jasur bo'lish uchun nima kerak?", "Jasur"),  # to be brave
        ("Мээрим керек, балдар бири-бирине жардам беришсин.", "Мээрим"),  # kindness is needed
        ("Sabyr jetpeıdi, bári ashýlanady.", "Sabyr"),  # patience is lacking
        ("Ислом дини зўравонликни оқламайди.", "Ислом"),  # the religion of Islam
        ("Ислам діні туралы сұрақ болды.", "Ислам"),
        # the exercise, game or feeling the word names, the head noun in the possessive, no genitive
        ("Сенім жаттығуы ұзаққа созылды, бәрі шаршады.", "Сенім"),
        ("Намыс сезімі туралы көп айттық.", "Намыс"),
        ("Jeńis oıyny unady, bári kúldi.", "Jeńis"),
    ],
)
def test_a_name_word_before_what_makes_it_a_word_stays(text: str, word: str) -> None:
    assert not touched(text, word)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Жасур айтди: «керак эмас».", "Жасур"),
        ("Мээрим келди, сабакка катышты.", "Мээрим"),
        ("Әділет сезімін жасырмады, ашық айтты.", "Әділет"),  # his own feelings, in the accusative
        ("Жеңіс жаттығуды бәрінен бұрын бітірді.", "Жеңіс"),
    ],
)
def test_the_same_name_words_where_a_person_stands_are_removed(text: str, name: str) -> None:
    assert covered(text, name)


# -- a heading's word before a colon, no speaker -----------------------------------------------------
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Тилек: кийинки жылы да ушундай болсун.", "Тилек"),  # wish:
        ("Жаңа: Оспанов Ерлан, 9-сынып.", "Жаңа"),  # new:
        ("Сана: 12 апрел, соати 10.", "Сана"),  # date:
    ],
)
def test_a_headings_word_before_a_colon_stays(text: str, word: str) -> None:
    assert not touched(text, word)


@pytest.mark.parametrize(
    ("text", "name"),
    [("Тилек: «мен макул эмесмин».", "Тилек"), ("Максат: мен бул ойго кошулбайм.", "Максат")],
)
def test_a_heading_word_before_speech_is_a_speaker(text: str, name: str) -> None:
    assert covered(text, name)


# -- a name-word before a plural noun is its adjective -----------------------------------------------
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Азамат жигиттер! — деп мактадым.", "Азамат"),  # fine lads
        ("Азиз бачаҳо, ташаккур!", "Азиз"),  # dear boys
        ("Jaqsy qatysýshylar, bárińizge rahmet.", "Jaqsy"),
    ],
)
def test_a_name_word_before_a_plural_noun_stays(text: str, word: str) -> None:
    assert not touched(text, word)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Азамат ағалар келді, сөйлесті.", "Азамат"),  # Azamat and those with him
        ("Азамат келдилар, гаплашдик.", "Азамат"),  # a verb's plural
        ("Азамат телефонсыз келді.", "Азамат"),
    ],
)
def test_a_name_before_an_honorifics_or_a_verbs_plural_is_a_person(text: str, name: str) -> None:
    assert covered(text, name)


# -- places of the region in the notes' spellings ----------------------------------------------------
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Akasi Qozonda qurilishda ishlaydi.", "Qozonda"),  # Kazan
        ("Отаси Қорақалпоғистонда ишлайди.", "Қорақалпоғистонда"),
        ("Ертең Шолаққорғанға барамыз.", "Шолаққорғанға"),
        ("Erteń Kentaýǵa baramyz.", "Kentaýǵa"),
        ("Машғулот дар Шаҳристон гузашт.", "Шаҳристон"),
    ],
)
def test_a_place_of_the_region_in_its_spelling_stays(text: str, place: str) -> None:
    assert not touched(text, place)


# -- "who" opening a question of the region's languages -----------------------------------------------
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Машқ: «Ким пулни бошқаради?» — ҳамма ўйлади.", "Ким"),
        ("Савол: Кӣ дар оила пулро идора мекунад?", "Кӣ"),
        ("Kim uyda qaror qabul qiladi? Hamma jim qoldi.", "Kim"),
    ],
)
def test_who_opening_a_question_stays(text: str, word: str) -> None:
    assert not touched(text, word)


def test_kim_in_a_russian_question_is_still_a_person() -> None:
    assert covered("Ким пришёл сегодня? Да, Ким Виктор был.", "Ким Виктор")


# -- the words a name list spells alike, Tajik and Uzbek -----------------------------------------------
@pytest.mark.parametrize(
    ("text", "word"),
    [("Фаридун хурсанд шуд, ки омад.", "хурсанд"), ("Ду бача ҷанҷол карданд.", "ҷанҷол")],
)
def test_a_tajik_word_a_name_list_spells_alike_stays(text: str, word: str) -> None:
    assert not touched(text, word)

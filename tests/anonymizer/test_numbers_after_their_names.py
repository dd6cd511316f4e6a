"""A number right after the word that names it is that number, whatever its country's shape: a tax
or personal number after "ИНН", "ЖСН", "PINFL", "STIR" (9 digits in Tajikistan and Uzbekistan, 12 in
Kazakhstan, 14 in Kyrgyzstan); a village's or a district's line in its dashes after "тел." ("тел.
227-14-08", "тел 2-14-08"), an area code in brackets that no country lists ("tel (369) 227-14-08"); a
case's number after "case no." in small letters. A PIN code, a year, a sum and a date after the same
words stay. Sentences written for this test."""

import pytest

from facilitator.anonymizer.anonymizer import Anonymizer
from tests.anonymizer.test_classes import covered, removed


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Участник Б: ИНН 481205339, дата рождения не записана.", "481205339"),
        ("Для справки нужен инн: 481 205 339, мама принесёт.", "481 205 339"),
        ("Анасы ЖСН-і 950312300456 деп жазып берді.", "950312300456"),
        ("Onasi PINFL 3120 5896 5400 12 ni yozib berdi.", "3120 5896 5400 12"),
        ("Otasining STIR raqami 305123456, soliqqa kerak.", "305123456"),
        ("Mother's tax number 612034558 is on the form.", "612034558"),
        ("Бабушкин тел. 227-14-08, звонить после шести.", "227-14-08"),
        ("В селе только домашний тел 2-14-08 у соседки.", "2-14-08"),
        ("Школа, тел. (3132) 5-12-34, спросить завуча.", "(3132) 5-12-34"),
        ("Uncle's tel (369) 227-14-08, no mobile.", "369) 227-14-08"),
        ("His case no. 12-445 is with the inspector now.", "12-445"),
    ],
)
def test_a_number_after_its_name_is_removed(text: str, part: str) -> None:
    assert covered(text, part), removed(text)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Карта заблокирована, PIN 1234 он забыл.", "1234"),
        ("Телефон 2024 года ему подарил брат.", "2024"),
        ("Телефон 15 000 тенге стоит, он копит.", "15 000"),
        ("ИНН школы не нужен, в 10 классе 25 человек.", "25"),
    ],
)
def test_other_numbers_after_the_same_words_stay(text: str, part: str) -> None:
    at = text.index(part)
    spans = Anonymizer(use_ner=False).detect(text)
    assert not any(s.start < at + len(part) and at < s.end for s in spans), removed(text)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Её рабочий: 8 (7252) 53-18-09, внутр. 114. Передаём ей.", "8 (7252) 53-18-09, внутр. 114"),
        ("Office +7 727 250 11 22 ext 305, ask for her.", "+7 727 250 11 22 ext 305"),
        ("Ержан, студенттік билеті № 0472-23, оқудан шығуы мүмкін.", "0472-23"),
    ],
)
def test_an_extension_and_a_student_card_in_the_possessive(text: str, part: str) -> None:
    assert covered(text, part), removed(text)

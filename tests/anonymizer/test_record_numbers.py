"""The number of one person's case, protection order, certificate or student card, after the word for
it (the profiles' record_cues), is a document, with a series before its number sign ("Дело №
0412/23", "охранный ордер (№ 118/ОО)", "KR-II № 047731", "case KRG-2023-041", "студ. билет № 2023-0417");
a school's, a group's, a meeting's or a letter's number stays. Sentences written for this test."""

import pytest

from facilitator.anonymizer.anonymizer import Anonymizer
from tests.anonymizer.test_classes import covered, removed


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Инспектор сказала: дело № 1187/24 передано в суд.", "1187/24"),
        ("Выписан охранный ордер № 56/ОО на 15 суток.", "56/ОО"),
        ("Копия: свидетельство о рождении II-АЖ № 512877 у бабушки.", "II-АЖ № 512877"),
        ("Logged it as case KGZ-2024-117 in the shared sheet.", "KGZ-2024-117"),
        ("Для стипендии нужен студ. билет № 2022-1175, принесёт завтра.", "2022-1175"),
        ("Қылмыстық іс № 7741/2024 ашылды, анасы қорқады.", "7741/2024"),
        ("The court gave a protection order #4471 for six months.", "4471"),
    ],
)
def test_a_persons_record_number_is_removed(text: str, part: str) -> None:
    assert covered(text, part), removed(text)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Протокол № 27 собрания родителей подписан.", "27"),
        ("Занятие прошло в школе № 64, кабинет № 12.", "64"),
        ("Ответ отправили, Исх. № 45 от 04.12.", "45"),
        ("Дело в том, что группа № 3 молчит всё занятие.", "3"),
        ("This is room # 12 in the college, ask for the key.", "12"),
    ],
)
def test_other_numbers_stay(text: str, part: str) -> None:
    at = text.index(part, text.index("№" if "№" in text else "#"))  # the number after the sign
    spans = Anonymizer(use_ner=False).detect(text)
    assert not any(s.start < at + len(part) and at < s.end for s in spans), removed(text)

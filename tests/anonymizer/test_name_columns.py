"""Names by the layout of a list, from general knowledge of how facilitators write attendance and
group lists, not from any notes:
- a word opening a line in a column of lines that open with people's names, whatever follows each
  (an attendance mark, a dash and a remark, a table's cells): a person, though a dictionary reads it;
  not a heading's, closing or place word opening a line of such a column, nor a column with no names;
- a table's heading row whose first cell is a word for a name names the columns, no one.
"""

from __future__ import annotations

from functools import cache

import pytest

from facilitator.anonymizer.anonymizer import Anonymizer
from facilitator.anonymizer.spans import Kind


@cache
def _anonymizer() -> Anonymizer:
    return Anonymizer((), use_ner=True)


def _removed(text: str) -> list[str]:
    return [text[s.start : s.end] for s in _anonymizer().detect(text) if s.kind is Kind.NAME]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Посещаемость 12.05:\nЕрлан +\nАсхат +\nЛев − (на сборах)\nДаурен +", "Лев"),
        ("Present:\nDaniyar +\nAskhat +\nTiger (new) +\nErlan +", "Tiger"),
        ("Кого запомнить:\nМиржан — в очках\nСокол — высокий, молчит\nБекжан — с гитарой", "Сокол"),
        ("Kelganlar\nJavlon +\nBobur −\nUmid +\nSardor +", "Umid"),
    ],
)
def test_a_word_opening_a_line_in_a_column_of_names_is_a_person(text: str, name: str) -> None:
    assert name in _removed(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Кто был:\nЕрлан +\nАсхат +\nОстальные −\nИтого 2/3", "Остальные"),
        ("Кто был:\nЕрлан +\nАсхат +\nМама Асхата +", "Мама"),
        ("Где были:\nКентау — 12 чел.\nТуркестан — 8 чел.\nАрыс — 5 чел.", "Арыс"),
        ("Итоги:\nПлюсы — активны\nМинусы — опоздания\nВывод — продолжать", "Вывод"),
        ("Present:\nDaniyar +\nAskhat +\nErlan +", "Present"),
        ("Kelganlar\nJavlon +\nBobur −\nSardor +", "Kelganlar"),
    ],
)
def test_words_of_a_column_that_name_no_one_stay(text: str, word: str) -> None:
    assert not any(word in name for name in _removed(text))


@pytest.mark.parametrize(
    "text",
    [
        "Имя\tКласс\tПришёл\nЕрлан\t9А\t+\nАсхат\t9Б\t−\nДаурен\t9А\t+",
        "ФИО | Возраст | Статус\nЕрлан Ахметов | 15 | +\nАсхат Нурланов | 16 | −",
        "Ism\tSinf\t+/-\nJavlon\t10A\t+\nBobur\t11B\t-",
    ],
)
def test_a_tables_heading_row_names_no_one(text: str) -> None:
    heading = text.split("\n")[0]
    assert not any(name in heading for name in _removed(text))
    assert len(_removed(text)) >= 2


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Kelganlar:\nJavlon +\nBobur +\nOltin qoida - hech kimni majburlamaslik\nSardor +", "Oltin"),
        ("Кто был:\nЕрлан +\nАсхат +\nКара-Балта, 7-занятие\nДаурен +", "Кара"),
    ],
)
def test_a_phrase_or_a_hyphenated_word_opening_a_line_stays(text: str, word: str) -> None:
    assert not any(word in name for name in _removed(text))

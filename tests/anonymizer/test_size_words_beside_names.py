"""A word for little or big, younger or elder right beside a name ("Далери хурд", "Айбек кичүү",
"small Dima", "кіші Ерлан", "Дима маленький"): how a group tells two boys of one name apart, so it is
part of the name's span; the same word with no name beside it stays. Sentences written for this
test."""

from __future__ import annotations

import pytest

from tests.anonymizer.test_classes import covered, removed, touched
from tests.helpers.found_names import session_spans


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Модари Далери хурд (на Далери калон!) хабар дод.", "Далери хурд"),
        ("Модари Далери хурд (на Далери калон!) хабар дод.", "Далери калон"),
        ('Катышуучулар: Айбек, экинчи Айбек ("Айбек кичүү" дейбиз), Курманбек.', "Айбек кичүү"),
        ("Nicknames so far: Shket (small Dima), Professor (Alikhan).", "small Dima"),
        ("Бүгін кіші Ерлан келмеді, үлкен Ерлан келді.", "кіші Ерлан"),
        ("Пришли Дима большой и Дима маленький.", "Дима маленький"),
        ("Bugun kichik Jasur kelmadi.", "kichik Jasur"),
    ],
)
def test_the_word_beside_the_name_goes_with_it(text: str, part: str) -> None:
    assert covered(text, part), removed(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Бүгін кіші топ жиналды, үлкен зал бос болды.", "кіші"),
        ("Маленький зал был занят, сидели в коридоре.", "Маленький"),
    ],
)
def test_the_word_alone_stays(text: str, word: str) -> None:
    assert not touched(text, word), removed(text)


def test_the_word_is_no_part_of_the_name_elsewhere_in_the_session() -> None:
    """The session layer looks for a name's parts in every note: not for the word for little."""
    text = "Сӯҳроби хурд (Юсуфов) — таваллуд 02.02.2010, барои гурӯҳ хеле хурд."
    at = text.rindex("хурд")
    assert not any(s.start < at + 4 and at < s.end for s in session_spans(text)), removed(text)

"""A nickname said with a verb of calling: a capitalised word right after "call him" inside a
sentence ("don't call him Hammer"), not a day nor a word in capitals, is the person's nickname in
every place of the note. Sentences written for this test."""

import pytest

from facilitator.anonymizer.anonymizer import Anonymizer
from facilitator.anonymizer.coreference import coreferent_spans
from facilitator.anonymizer.spans import Span


def _session_spans(text: str) -> list[Span]:
    anonymizer = Anonymizer((), use_ner=False)
    spans = anonymizer.detect(text)
    return spans + coreferent_spans([text], [spans], anonymizer.roster_keys, anonymizer.common_words)[0]


def session_removed(text: str) -> list[str]:
    return [text[s.start : s.end] for s in sorted(_session_spans(text), key=lambda s: s.start)]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Hammer broke the chair again. The boys call him Hammer since the fight.", 2),
        ("Please don't call him Shark in the group chat; Shark is upset about it.", 2),
        ("Everyone calls her Sparrow, she likes it.", 1),
    ],
)
def test_a_capitalised_word_after_call_him_is_a_nickname(text: str, count: int) -> None:
    nickname = text.split("call him ")[-1].split("calls her ")[-1].split()[0].strip(",;.")
    assert session_removed(text).count(nickname) == count, session_removed(text)


@pytest.mark.parametrize(
    "text",
    [
        "Call him Monday about the keys to the hall.",
        "Please call him ASAP, the hall is booked.",
        "Call him back tomorrow about the form.",
    ],
)
def test_a_day_a_shout_or_a_lower_case_word_is_no_nickname(text: str) -> None:
    assert session_removed(text) == [], session_removed(text)


def test_the_nickname_in_lower_case_is_the_word() -> None:
    text = "It was windy, we stayed in. Everyone calls him Windy since the trip; Windy laughed."
    assert "windy" not in session_removed(text), session_removed(text)
    assert session_removed(text).count("Windy") == 2, session_removed(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Doctor (the quiet one by the window, they call him that) drew the best poster.", "Doctor"),
        ("Today Chef (that's what the boys call him) brought samsa for everyone.", "Chef"),
    ],
)
def test_a_word_a_remark_in_brackets_says_they_call_him_is_a_nickname(text: str, word: str) -> None:
    assert word in session_removed(text), session_removed(text)


@pytest.mark.parametrize(
    "text",
    [
        "English (they call it that at school) was the last topic.",
        "Football (the boys call it the only real sport) took an hour.",
    ],
)
def test_a_thing_called_so_in_brackets_stays(text: str) -> None:
    assert session_removed(text) == [], session_removed(text)


@pytest.mark.parametrize(
    ("text", "nickname", "count"),
    [
        ("The boys call him Iron Mike since the match. Iron Mike only smiles.", "Iron Mike", 2),
        ("He goes by Ace in the group; Ace is fine with it.", "Ace", 2),
    ],
)
def test_two_capitalised_words_or_goes_by(text: str, nickname: str, count: int) -> None:
    assert session_removed(text).count(nickname) == count, session_removed(text)


def test_the_first_word_of_a_two_word_nickname_alone_stays() -> None:
    text = "They call him Iron Mike. Iron is what the poster was about."
    alone = text.rindex("Iron")
    assert "Iron Mike" in session_removed(text), session_removed(text)
    assert not any(s.start < alone + 4 and alone < s.end for s in _session_spans(text)), session_removed(text)


@pytest.mark.parametrize(
    ("text", "nicknames"),
    [
        ("Nicknames: Aidos = yerke, Nurlan = kot. Later kot left early.", ["yerke", "kot", "kot"]),
        ("Лақап аттар: Ерлан = трактор, Дамир = шымшық. Шымшық келмеді.", ["трактор", "шымшық", "Шымшық"]),
    ],
)
def test_a_nickname_after_its_name_and_an_equals_sign_in_a_list(text: str, nicknames: list[str]) -> None:
    removed = session_removed(text)
    assert all(removed.count(word) == nicknames.count(word) for word in nicknames), removed


@pytest.mark.parametrize(
    ("text", "nickname"),
    [
        ("Ерсұлтанды бәрі кувалда дейді, кувалда бүгін ерте кетті.", "кувалда"),
        ("Азизбекни ҳамма «Пахлавон» дейди, Пахлавон кулиб қўйди.", "Пахлавон"),
        ("Нуржанды жігіттер Профессор дейді.", "Профессор"),
    ],
)
def test_a_name_in_the_accusative_everyone_says_so(text: str, nickname: str) -> None:
    assert text.count(nickname) == session_removed(text).count(nickname), session_removed(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Оны бәрі жақсы дейді, бірақ үйде қиын.", "жақсы"),
        ("Uni hamma yaxshi deydi, lekin uyda qiyin.", "yaxshi"),
        ("Аны баары нормальный дейт, бирок үйдө кыйын.", "нормальный"),
    ],
)
def test_what_everyone_says_of_him_stays(text: str, word: str) -> None:
    assert word not in session_removed(text)


@pytest.mark.parametrize(
    ("text", "word", "nickname"),
    [
        ("Кот (имя Азамат) опять опоздал.", "Кот", True),
        ("Боцман (кличка, имя Руслан) молчал весь круг.", "Боцман", True),
        # a bracket that calls a word for a child a nickname makes it one
        ("Bala (laqap atı, şın atı Abılai) bügin alğaş söiledi!", "Bala", True),
        # a relative, a role or a place before a bracket that gives a real name: that one's name, not
        # a nickname
        ("мама (имя Гульнара) пришла на встречу.", "мама", False),
        ("Отчим (имя Серик) пьёт каждые выходные.", "Отчим", False),
        ("The teacher (real name Aibek) came late.", "teacher", False),
        ("брат (имя: Нурлан) сидит в колонии.", "брат", False),
    ],
)
def test_a_real_name_in_brackets_after_a_word(text: str, word: str, nickname: bool) -> None:
    assert (word in session_removed(text)) is nickname, session_removed(text)

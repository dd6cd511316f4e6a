"""The word model (token_model.py): a second opinion that removes, as unsure, a word it is fairly
sure is a name where no rule removed anything. Sentences written for this test, none from a corpus."""

from __future__ import annotations

import sys
import zlib
from array import array
from pathlib import Path

import pytest

from facilitator.anonymizer import token_model
from facilitator.anonymizer.anonymizer import Anonymizer
from facilitator.anonymizer.name_rules.name_sources import MODEL_NAME
from facilitator.anonymizer.spans import Kind
from facilitator.export.redaction import Redaction
from facilitator.sessions.store import Note

ROOT = Path(__file__).resolve().parents[2]

# nicknames and lower-case names no rule places, each where a person acts
GUESSED = [
    ("Кабанчик пришёл трезвый и сел у окна.", "Кабанчик"),
    # (not "Кубик опять молчал": a rule now takes a thing that speaks)
    ("Сегодня Кубик весь час рисовал в тетради.", "Кубик"),
]
# names that are also words ("citizen"), typed in small letters where no rule decides them: asked
# at their own, higher bar
GUESSED_NAME_WORDS = [
    ("азамат бүгін келмеді, анасы ауырып қалыпты", "азамат"),
]
# a name no list holds, in small letters, that no dictionary reads as a word
GUESSED_UNREAD = [("абдыжамил bugun kelmadi", "абдыжамил")]
# the same words as words, where a careless model would take them
KEPT_NAME_WORDS = [
    ("нағыз азамат болу керек деп айттық", "азамат"),
    ("Марат сказал: надежда есть всегда", "надежда"),
]
# what must stay where the model might be tempted: a poet, a city, a class's letter, a plain sentence
KEPT = [
    ("Читали Олжаса Сулейменова, потом спорили о чести.", "Олжаса Сулейменова"),
    ("Двое парней переехали в Бухару на заработки.", "Бухару"),
    ("Из 7 «Б» класса пришли пятеро.", "Б"),
    ("Today we talked about respect and how to say no.", "Today"),
]


@pytest.fixture(scope="module")
def anonymizer() -> Anonymizer:
    return Anonymizer((), use_ner=False)


def _removed(anonymizer: Anonymizer, text: str) -> dict[str, str]:
    """What the anonymizer removes from ``text``, as written, with the source that found it."""
    return {text[s.start : s.end]: s.source for s in anonymizer.detect(text) if s.kind is Kind.NAME}


@pytest.mark.parametrize(("text", "word"), GUESSED + GUESSED_NAME_WORDS + GUESSED_UNREAD)
def test_the_model_removes_a_name_no_rule_found(
    anonymizer: Anonymizer, monkeypatch: pytest.MonkeyPatch, text: str, word: str
) -> None:
    assert _removed(anonymizer, text).get(word) == MODEL_NAME
    # the rules alone leave it: the model is what removes it
    monkeypatch.setattr(token_model, "weights", lambda: token_model.unpacked(b""))
    assert word not in _removed(anonymizer, text)


@pytest.mark.parametrize(("text", "word"), KEPT_NAME_WORDS)
def test_the_model_leaves_a_name_word_used_as_a_word(anonymizer: Anonymizer, text: str, word: str) -> None:
    assert word not in _removed(anonymizer, text)


def test_a_name_word_needs_more_than_a_name_at_the_same_chance(monkeypatch: pytest.MonkeyPatch) -> None:
    text, word = GUESSED_NAME_WORDS[0]
    words = token_model.words_of(text)
    index = next(i for i, w in enumerate(words) if w[0] == word)
    chance = token_model.chance(token_model.features(text, words, index, False))
    assert chance >= token_model.THRESHOLD_SMALL  # a name in small letters would be removed at it
    low, high = chance - 0.01, chance + 0.01
    monkeypatch.setattr(token_model, "THRESHOLD_NAME_WORD", high)
    assert list(token_model.likely_names(text)) == []
    monkeypatch.setattr(token_model, "THRESHOLD_NAME_WORD", low)
    assert list(token_model.likely_names(text)) == [(words[index][1], words[index][2])]


@pytest.mark.parametrize(
    ("text", "cased"),
    [
        ("бүгін дәурен мен асқар келді", [False] * 5),  # typed on a phone: no capitals at all
        ("Сегодня пришли Дамир и марат", [True, True, False, True, True]),  # "Дамир" opens nothing
        ("Пришли все. Дамир молчал", [False, False, False, False]),  # capitals only where sentences open
    ],
)
def test_whether_capitals_mark_names_around_a_word(text: str, cased: list[bool]) -> None:
    assert token_model.cased_around(text, token_model.words_of(text)) == cased


@pytest.mark.parametrize(("text", "word"), KEPT)
def test_the_model_leaves_public_figures_places_and_words(
    anonymizer: Anonymizer, text: str, word: str
) -> None:
    found = _removed(anonymizer, text)
    assert not any(word in part or part in word for part in found), found


def test_the_review_lists_the_models_guess_first_and_the_pdf_removes_it() -> None:
    text = GUESSED[1][0]
    notes = [
        Note(1, "s", 0, 1.0, 1.0, (), "Тимур Беков пришёл вовремя."),
        Note(2, "s", 0, 2.0, 2.0, (), text),
    ]
    red = Redaction(notes, Anonymizer((), language="ru", use_ner=False))
    first = red.removals(red.note(2))[0]
    assert text[first.span.start : first.span.end] == "Кубик"
    assert first.unsure and first.removed
    assert "Кубик" not in red.text(red.note(2))


@pytest.mark.parametrize("damaged", [b"", b"not zlib at all", zlib.compress(b"\x00" * 12)])
def test_missing_or_damaged_weights_add_nothing(damaged: bytes) -> None:
    weights = token_model.unpacked(damaged)
    assert len(weights) == token_model.DIMENSION and not any(weights)


def test_the_shipped_weights_load_and_say_something() -> None:
    weights = token_model.weights()
    assert isinstance(weights, array) and any(weights)


def test_the_shipped_weights_are_what_the_development_notes_train() -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import train_token_model
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    shipped = (ROOT / "facilitator" / "anonymizer" / "data" / token_model.MODEL_FILE).read_bytes()
    assert train_token_model.packed(train_token_model.learnt_notes()) == shipped, (
        "run scripts/train_token_model.py"
    )
    # every development file but the few named is learnt, and no held-out file is
    learnt = {path for path in train_token_model.SETS["dev"] if path.name not in train_token_model.NOT_LEARNT}
    assert len(learnt) >= 68 and not learnt & set(train_token_model.SETS["heldout"])


@pytest.mark.parametrize(
    ("word", "asked"),
    [
        ("Кубик", True),
        ("Mrs", False),  # a title: the rules read what follows it
        ("Бауке", False),  # a pet form: the rules decide it by the roster
        ("Temireke", False),
        ("Азамат", False),  # a name that is a word ("citizen"): asked at its own bar, not this one
        ("Бухара", False),  # a listed city
        ("Б", False),  # a class's letter, an initial
        ("кубик", False),  # lower case and no listed name
    ],
)
def test_which_words_the_model_is_asked_about(word: str, asked: bool) -> None:
    assert token_model.may_be_name(word) is asked


@pytest.mark.parametrize(
    ("word", "unread"),
    [
        ("ержеңіс", True),
        ("Ержеңіс", False),  # capitalised: asked as any capitalised word is
        ("келмеді", True),  # a verb the dictionary lacks: asked, and the model says no
        ("ерлан", False),  # a listed name: asked at THRESHOLD_SMALL
        ("отырды", False),  # a Kazakh word
        ("segodnya", True),
        ("ер2ан", False),
        ("ерж", False),  # too short to ask about
    ],
)
def test_which_unread_words_the_model_is_asked_about(word: str, unread: bool) -> None:
    assert token_model.unread_word(word) is unread


def test_an_unread_word_in_a_sentence_the_model_reads_as_words_stays(anonymizer: Anonymizer) -> None:
    assert _removed(anonymizer, "segodnya prishli vse krome odnogo, on ne prishel") == {}


@pytest.mark.parametrize(
    ("word", "both"), [("Азамат", True), ("umid", True), ("Кубик", False), ("Бухара", False)]
)
def test_which_names_are_words_too(word: str, both: bool) -> None:
    assert token_model.a_name_word(word) is both

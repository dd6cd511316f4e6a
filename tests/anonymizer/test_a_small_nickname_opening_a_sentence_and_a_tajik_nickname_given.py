"""A word in small letters opening a sentence (maybe past a note's tag) right before a bracket that
opens with a person is what the group calls him ("#followup самса (дамир) — …", "был разговор.
подушка (эрмек) молчал"), as a capitalised one is; a relative or a role before the bracket stays.
A Tajik nickname given with a verb between the cue and it ("лақаб додаанд «Месси»": they gave him
the nickname) is the quoted word, not the verb, though it is a public figure's name; "худаш"
(himself) opening a sentence is a pronoun. Sentences written for this test."""

from __future__ import annotations

import pytest

from facilitator.anonymizer.spans import Kind
from tests.helpers.found_names import session_spans


def _names(text: str) -> set[str]:
    return {text[s.start : s.end] for s in session_spans(text) if s.kind is Kind.NAME}


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("#followup самса (дамир) — синяк под глазом, говорит упал.", "самса"),
        ("был разговор. подушка (эрмек) молчал весь час.", "подушка"),
        ("[цитата] кирпич (дамир): «я не плачу».", "кирпич"),
        ("Фаррух нав аст. Ба ӯ лақаб додаанд «Месси», чунки хурд аст.", "Месси"),
        ("Бачаҳо ба Сино лақаб гузоштанд «Тарбуз». Тарбуз имрӯз хомӯш буд.", "Тарбуз"),
    ],
)
def test_the_nickname_is_removed(text: str, word: str) -> None:
    assert word in _names(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("сегодня пришли все. мама (Зарина) звонила.", "мама"),
        ("сегодня пришли все. тренер (Эрмек) тоже.", "тренер"),
        ("Фаррух нав аст. Ба ӯ лақаб додаанд «Месси».", "додаанд"),
        ("Фаррух нав аст. Худаш ранҷида.", "Худаш"),
    ],
)
def test_a_relative_a_role_a_verb_and_a_pronoun_stay(text: str, word: str) -> None:
    assert word not in _names(text)

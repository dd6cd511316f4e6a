"""The Tajik "about" ("дар бораи": in the matter of) is no name before the one spoken of: a law's
title stays whole ("Қонуни ҶТ «Дар бораи пешгирии зӯроварӣ дар оила»"), a poet stays, and a boy
spoken of is removed alone, without the word before him. Sentences written for this test."""

from __future__ import annotations

from facilitator.anonymizer.spans import Kind
from tests.anonymizer.test_classes import removed, touched
from tests.helpers.found_names import session_spans


def test_a_laws_title_stays_whole() -> None:
    text = "Имрӯз дар бораи Қонуни ҶТ «Дар бораи пешгирии зӯроварӣ дар оила» гап задем."
    assert not touched(text, "Қонуни ҶТ «Дар бораи пешгирии зӯроварӣ дар оила»"), removed(text)


def test_a_poet_spoken_of_stays() -> None:
    text = "Дар бораи Фирдавсӣ ва «Шоҳнома» гап задем, паҳлавонҳо ҳам гиря мекарданд."
    assert not touched(text, "Фирдавсӣ"), removed(text)


def test_a_boy_spoken_of_is_removed_without_about() -> None:
    text = "Бехруз ва Зафар дар бораи Шоҳрух гап заданд."
    names = {text[s.start : s.end] for s in session_spans(text) if s.kind is Kind.NAME}
    assert "Шоҳрух" in names
    assert not touched(text, "бораи"), removed(text)

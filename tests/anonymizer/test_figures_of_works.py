"""A name "from" a work is its figure, no participant, though a participant bears the name: after
"в честь" / "named after" with a capitalised work after "из" / "from" ("назвали в честь Рустама из
Шоҳнома"), or before "из" and a public work. A man from a town ("в честь Ерлана из Алматы") or a
person from a centre is a person. Written for this test, not from any corpus."""

from __future__ import annotations

import pytest

from facilitator.anonymizer.anonymizer import Anonymizer
from facilitator.export.redaction import Redaction
from facilitator.sessions.store import Note
from tests.anonymizer.test_classes import covered, removed, touched


def printed(texts: list[str], roster: tuple[str, ...]) -> list[str]:
    notes = [Note(i + 1, "s", 0, float(i), float(i), (), text) for i, text in enumerate(texts)]
    red = Redaction(notes, Anonymizer(roster, language="ru"))
    return [red.text(note) for note in red.notes]


def test_a_hero_a_participant_is_named_after_stays() -> None:
    out = printed(
        ["Рустам сегодня молчал.", "Рустам: «меня назвали в честь Рустама из Шоҳнома, я горжусь»."],
        ("Рустам Назаров", "Азиз Каримов"),
    )
    assert "в честь Рустама из Шоҳнома" in out[1], out
    assert not out[0].startswith("Рустам") and not out[1].startswith("Рустам"), out


@pytest.mark.parametrize(
    "text",
    [
        "Мальчика назвали в честь Сиявуша из Шоҳнома, сказал отец.",
        "Вспомнили Сиявуша из Шоҳнома, спорили про отцов.",
    ],
)
def test_a_figure_of_a_work_stays(text: str) -> None:
    assert not touched(text, "Сиявуша"), removed(text)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Его назвали в честь Ерлана из Алматы, дяди по отцу.", "Ерлана"),
        ("Айбек из «Сезима» помог нам.", "Айбек"),
    ],
)
def test_a_person_from_a_place_or_centre_goes(text: str, part: str) -> None:
    assert covered(text, part), removed(text)

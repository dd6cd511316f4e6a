"""Public figures a Tajik or Kyrgyz workshop cites: the classic Persian poets whose names are given
names too (Ҳофиз, Саъдӣ, Хайём, Фирдавсӣ) stay beside another classic poet or their works, an
explorer (Пржевальский) stays anywhere, a crisis centre named like a girl stays beside its card;
participants who bear a poet's name and act are still removed. Sentences written for this test."""

from __future__ import annotations

import pytest

from tests.anonymizer.test_classes import covered, removed, touched


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Дедушка читал нам Ҳофиз и Саъдӣ по вечерам.", "Ҳофиз и Саъдӣ"),
        ("Вспомнили Ҷомӣ и Хайёма, потом пили чай.", "Хайёма"),
        ("бобо любил Рудаки и Фирдавсӣ больше всех.", "Фирдавсӣ"),
        ("Он хочет быть как Пржевальский и путешествовать.", "Пржевальский"),
        ("He wants to travel like Przhevalsky one day.", "Przhevalsky"),
        ("Дала ей визитку Гулрухсор на всякий случай.", "Гулрухсор"),
        # the Karakalpak poet as Karakalpak spells him, beside his poems
        ("Кеше сабақта Бердақ қосықларын оқыдық.", "Бердақ"),
        ("Олар Бердақтың өлеңін жаттады.", "Бердақтың"),
    ],
)
def test_a_classic_poet_an_explorer_or_a_centre_stays(text: str, part: str) -> None:
    assert not touched(text, part), removed(text)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Ҳофиз опоздал, Саъдӣ пришёл вовремя.", "Ҳофиз"),
        ("Ҳофиз опоздал, Саъдӣ пришёл вовремя.", "Саъдӣ"),
        ("Бердақ бүгин келмеди, ауырып қалды.", "Бердақ"),
    ],
)
def test_participants_named_like_poets_who_act_are_removed(text: str, part: str) -> None:
    assert covered(text, part), removed(text)

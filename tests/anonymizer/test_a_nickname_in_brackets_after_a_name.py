"""A capitalised word alone in brackets right after a boy's name is what the group calls him, even
a public figure's name ("Sardor (Ronaldo)", "Ерлан (Роналду)"): it goes with him. The figure
elsewhere, a place in brackets, and a bracket after no name stay. Sentences written for this test."""

from __future__ import annotations

import pytest

from tests.helpers.found_names import session_spans


def removed(text: str) -> list[str]:
    return [text[s.start : s.end] for s in session_spans(text)]


@pytest.mark.parametrize(
    ("text", "nickname"),
    [
        ("Sardor (Ronaldo) bugun 2 ta gol urdi, hamma qarsak chaldi.", "Ronaldo"),
        ("Ерлан (Роналду) бүгін екі гол салды.", "Роналду"),
        ("Erlan (Tyson) got into a fight again after the session.", "Tyson"),
    ],
)
def test_a_figure_in_brackets_after_a_name_is_his_nickname(text: str, nickname: str) -> None:
    assert nickname in removed(text), removed(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Bolalar Ronaldo haqida gapirishdi, Sardor ham.", "Ronaldo"),
        ("Азамат (Алматы) приехал на второй день.", "Алматы"),
        ("Бүгін өлеңдер оқыдық (Абай), жігіттерге ұнады.", "Абай"),
    ],
)
def test_the_figure_elsewhere_and_a_place_stay(text: str, kept: str) -> None:
    assert kept not in removed(text), removed(text)

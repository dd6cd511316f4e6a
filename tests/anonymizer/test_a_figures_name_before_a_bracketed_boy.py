"""A public figure's name right before a bracket that opens with a boy's first name, not the
figure's own, is what the boys call that boy ("Месси (Маъруф) имрӯз гап зад", "месси (ерлан)
теперь капитан"). The figure with his own first name ("Месси (Лионель)") or his country in brackets
stays. Sentences written for this test from how facilitators type, not taken from any corpus note."""

import pytest

from tests.helpers.found_names import session_names


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Месси (Маъруф) имрӯз бори аввал гап зад.", "Месси"),
        ("месси (ерлан) теперь капитан дворовой команды.", "месси"),
    ],
)
def test_a_figures_name_before_a_bracketed_boy_is_his_nickname(text: str, word: str) -> None:
    assert word in session_names([text])[0]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Месси (Лионель) забил гол в финале, обсуждали.", "Месси"),
        ("Смотрели интервью Месси (Аргентина) и обсуждали.", "Месси"),
    ],
)
def test_the_figure_with_his_own_name_or_country_stays(text: str, word: str) -> None:
    assert word not in session_names([text])[0]

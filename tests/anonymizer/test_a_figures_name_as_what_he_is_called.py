"""A public figure's name right after a verb of calling is what the boys call a participant, the
pronoun apart from the verb ("все его теперь зовут Месси"); the figure named as a figure stays
("любимый футболист — Роналду"). Sentences written for this test."""

from tests.helpers.found_names import names_in, session_touches


def test_a_figures_name_after_they_call_him_is_removed() -> None:
    assert session_touches("Жанибек забил два гола, все его теперь зовут Роналду. Мяч подарили.", "Роналду")


def test_the_figure_named_as_a_figure_stays() -> None:
    assert "Роналду" not in names_in("Любимый футболист группы — Роналду, спорили про Месси.")

"""Two shapes of words that open sentences of the region and are no names: a Tajik noun in the izafe
"-и" before its attribute ("Хабарномаи мактаб", "Варақаи 3-юм", in a sentence with a Tajik letter;
a listed name so joined stays a name: "Фарангиси хурд омад"), and a Kyrgyz, Kazakh or Uzbek agent
noun with a case ending ("Кароолчуга айттым", "Haydovchiga aytdim": to the watchman, the driver)."""

from __future__ import annotations

import pytest

from facilitator.anonymizer.anonymizer import Anonymizer
from tests.helpers.found_names import removed_texts


@pytest.fixture(scope="module")
def anonymizer() -> Anonymizer:
    return Anonymizer(use_ner=False)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Хабарномаи мактаб ба падарон дода шуд.", "Хабарномаи"),
        ("Варақаи 3-юм пур нашуд, бачаҳо хаста буданд.", "Варақаи"),
        ("Кароолчуга айттым, эшикти ачып берди.", "Кароолчуга"),
        ("Haydovchiga aytdim, u kutib turdi.", "Haydovchiga"),
    ],
)
def test_the_word_stays(anonymizer: Anonymizer, text: str, word: str) -> None:
    assert word not in removed_texts(anonymizer, text)


def test_a_listed_name_in_the_izafe_stays_a_name(anonymizer: Anonymizer) -> None:
    # with the word for little after it, which tells her from another Фарангис (name_spans.with_size_word)
    assert "Фарангиси хурд" in removed_texts(anonymizer, "Фарангиси хурд имрӯз омад.")

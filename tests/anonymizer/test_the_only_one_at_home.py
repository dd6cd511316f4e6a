""" "The only" said of a home or a family singles out no one outside it ("үйде жалғыз ер адам", "men
uyda yagona erkakman", "единственный мужчина дома", "the only man at home"): the household is not a
village, a school or a trade, and a report needs what is said of it. The only one of a village
still is a description. Sentences written for this test."""

from __future__ import annotations

import pytest

from facilitator.anonymizer.anonymizer import Anonymizer
from facilitator.anonymizer.spans import Kind

ANONYMIZER = Anonymizer((), use_ner=False)


def descriptions(text: str) -> list[str]:
    return [text[s.start : s.end] for s in ANONYMIZER.detect(text) if s.kind is Kind.QUASI]


@pytest.mark.parametrize(
    "text",
    [
        "Әкесі Ресейде, Бекзат қазір үйде жалғыз ер адам.",
        "Otasi ketgan, men uyda yagona erkakman deb aytdi.",
        "Отец уехал, теперь он единственный мужчина дома.",
        "Since his father left he is the only man at home.",
        "Үйдө жалгыз эркек бала ал, атасы Россияда.",
    ],
)
def test_the_only_one_at_home_is_no_description(text: str) -> None:
    assert descriptions(text) == []


def test_the_only_one_of_a_village_still_is() -> None:
    assert descriptions("Ол ауылдағы жалғыз мал дәрігерінің ұлы.") != []

"""A dormitory named by its college's letters before its number ("общежитии ТашГУ №3, комн. 12",
"хобгоҳи ТДУ №4", "КТУнун жатаканасы №1, 210-бөлмө", "общаге КазНУ 7") is a home, as one numbered
first and lettered after is ("общага №5 КНУ"). Sentences written for this test."""

from __future__ import annotations

import pytest

from facilitator.anonymizer.spans import Kind
from tests.helpers.found_names import rules_anonymizer


def addresses_in(text: str) -> list[str]:
    return [text[s.start : s.end] for s in rules_anonymizer().detect(text) if s.kind is Kind.ADDRESS]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Живёт в общежитии ТашГУ №3, комн. 12, соседи старше.", "общежитии ТашГУ №3, комн. 12"),
        ("Писарам дар хобгоҳи ТДУ №4, ҳуҷраи 118 зиндагӣ мекунад.", "хобгоҳи ТДУ №4, ҳуҷраи 118"),
        ("Нурбек КТУнун жатаканасы №1, 210-бөлмө, акчасы жок.", "КТУнун жатаканасы №1, 210-бөлмө"),
        ("он в общаге КазНУ 7, говорит, там холодно", "общаге КазНУ 7"),
    ],
)
def test_a_dormitory_by_its_college_and_number(text: str, address: str) -> None:
    assert address in addresses_in(text), addresses_in(text)


@pytest.mark.parametrize(
    "text",
    ["В общежитии КНУ живут ребята из районов.", "Про общежития ТашГУ говорили 20 минут."],
)
def test_a_dormitory_with_no_number_stays(text: str) -> None:
    assert addresses_in(text) == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Живёт в общежитии техникума №4, комната 210.", "общежитии техникума №4, комната 210"),
        ("Общежитие №3 на Абая, комната 118 — там трое.", "Общежитие №3 на Абая, комната 118"),
    ],
)
def test_a_dormitory_by_its_college_word_or_its_street(text: str, address: str) -> None:
    assert address in addresses_in(text), addresses_in(text)


def test_a_week_after_a_dormitory_is_no_street() -> None:
    text = "в общежитии №2 на неделе были проверки"
    assert addresses_in(text) == ["общежитии №2"]

"""The Uzbek and Tajik patronymic words ("qizi", "o'g'li", "ўғли": daughter, son) are words of
their own: after a name they are part of it, alone they are a daughter or a son. They were listed
as surnames, so "onasi qizini urdi" (her mother beat her daughter) lost "qizini" as a name."""

from __future__ import annotations

import pytest

from facilitator.anonymizer.anonymizer import Anonymizer


@pytest.fixture(scope="module")
def anonymizer() -> Anonymizer:
    return Anonymizer()


@pytest.mark.parametrize(
    "text",
    [
        "onasi qizini urdi",
        "qizi 16 yoshda, turmushga berishmoqchi",
        "otasi o'g'lini maktabga yubormaydi",
        "ўғли Россияда ишлайди",
        "қизи мактабга бормайди",
    ],
)
def test_a_daughter_or_a_son_alone_stays(anonymizer: Anonymizer, text: str) -> None:
    assert anonymizer.anonymize(text) == text


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Dilnoza Rustam qizi keldi", ("Dilnoza", "Rustam")),
        ("Jasur Akmal o'g'li kelmadi", ("Jasur", "Akmal")),
        ("Жасур Акмал ўғли келди", ("Жасур", "Акмал")),
    ],
)
def test_after_a_name_it_goes_with_the_name(anonymizer: Anonymizer, text: str, gone: tuple[str, ...]) -> None:
    out = anonymizer.anonymize(text)
    assert not any(word in out for word in gone), out

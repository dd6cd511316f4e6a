"""An honorific right before a name ("домулло Саид", "hoji Anvar", "устоз Бахтияр") is part of the
name's span, as one after it is: left beside the pseudonym it says who the person is. Alone, or
before a surname (a job: "муаллим Шарифов"), it stays."""

from __future__ import annotations

import pytest

from facilitator.anonymizer.anonymizer import Anonymizer


def printed(language: str, text: str) -> str:
    anonymizer = Anonymizer([], language=language)
    return anonymizer.apply(text, anonymizer.detect(text))


@pytest.mark.parametrize(
    ("language", "text", "honorific"),
    [
        ("ru", "домулло Саид пришёл поздно", "домулло"),
        ("uz", "hoji Anvar keldi", "hoji"),
        ("ru", "потом устоз Бахтияр говорил про отца", "устоз"),
        ("tg", "муаллим Саид гуфт", "муаллим"),
    ],
)
def test_an_honorific_before_a_name_goes_with_it(language: str, text: str, honorific: str) -> None:
    assert honorific not in printed(language, text).casefold()


@pytest.mark.parametrize(
    ("language", "text", "kept"),
    [
        ("ru", "потом муаллим пришёл и начал урок", "муаллим пришёл"),
        ("uz", "ustoz aytdi, hamma eshitdi", "ustoz aytdi"),
        ("ru", "потом Саид пришёл", "потом"),
        ("tg", "Мавзӯи дин ва баробарӣ, муаллим Шарифов ҳам омад.", "муаллим"),
    ],
)
def test_an_honorific_alone_stays(language: str, text: str, kept: str) -> None:
    assert kept in printed(language, text)

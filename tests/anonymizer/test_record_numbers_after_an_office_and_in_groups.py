"""A record's number after its word: a birth certificate cut to "свид." ("свид. о рождении KR-II №
048213"), a Tajik referral ("роҳхат № ДШ-0311"), a Kazakh referral in Latin letters ("Joldama №
JDO-2411-07"), the record's number right after an office's own ("медкарта ЦСМ №2, № 11487"), and a
number in groups of three digits ("куәлік № 048 512 337"). A school's or an office's number alone
stays. Sentences written for this test from general knowledge."""

import pytest

from facilitator.anonymizer.spans import Kind
from tests.helpers.found_names import found_as


def documents(text: str) -> list[str]:
    return found_as(text, Kind.DOCUMENT)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Для справки в соцзащиту: свид. о рождении KR-II № 048213, мать — опекун.", "KR-II № 048213"),
        ("Ба маркази ҳуқуқӣ роҳхат додам, роҳхат № ДШ-0311.", "ДШ-0311"),
        ("Joldama № JDO-2411-07. Psiholog kútedi.", "JDO-2411-07"),
        ("Рахимов — медкарта ЦСМ №2, № 11487. Жөнөтүү: психологго.", "11487"),
        ("Стипендия үшін: жеке куәлік № 048 512 337, кейін өшіру.", "048 512 337"),
    ],
)
def test_a_records_number_is_removed(text: str, number: str) -> None:
    assert number in documents(text)


@pytest.mark.parametrize(
    "text",
    [
        "Тренинг в ЦСМ №2, пришли 14 человек.",
        "Мектеп № 12, 9 «Б» сыныбы, 24 оқушы.",
    ],
)
def test_an_offices_or_a_schools_number_stays(text: str) -> None:
    assert documents(text) == []

"""A name glued to an organisation's word by a hyphen is the name of a thing ("Асель-клуб"), and a
participant's word before a removed name reads naturally in every report language ("участник A",
not "участник Человек A"); a title in quotes beside the word of the thing it names ("упражнение
«Весы Фемиды»", "«Ақ Боз Ат» фильмі") is kept. Sentences written for this test from general
knowledge."""

import pytest

from facilitator.anonymizer.anonymizer import Anonymizer
from tests.anonymizer.test_classes import removed, touched


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Встреча в Асель-клубе прошла хорошо.", "Асель-клубе"),
        ("Группа Асель-клуба пришла вся.", "Асель-клуба"),
        ("Aibek-team won the football match.", "Aibek-team"),
        ("Айгерим-орталығында кездесу өтті.", "Айгерим-орталығында"),
        ("Dilnoza-markazida uchrashdik.", "Dilnoza-markazida"),
    ],
)
def test_a_name_glued_to_an_organisation_word_is_kept(text: str, part: str) -> None:
    assert not touched(text, part), removed(text)


def test_a_name_glued_to_an_honorific_is_still_removed() -> None:
    assert touched("Асель-апа тоже пришла.", "Асель-апа")


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("ru", "Участник Бекзат сказал, что Бекзат устал.", "Участник A сказал, что Участник A устал."),
        ("en", "Participant Bekzat said no. Bekzat left.", "Participant A said no. Participant A left."),
        ("kk", "Қатысушы Бекзат үндемеді. Бекзат кетті.", "Қатысушы A үндемеді. Қатысушы A кетті."),
    ],
)
def test_a_participant_word_before_a_removed_name_reads_naturally(
    language: str, text: str, expected: str
) -> None:
    """The note calls him a participant: he is one (roster or not), and after the word the report
    writes his letter, not the label twice."""
    assert Anonymizer((), use_ner=False, language=language).anonymize(text) == expected


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Делали упражнение «Весы Фемиды», потом чай.", "Весы Фемиды"),
        ("Ссылку кинули в телеграм канал «Жигиттер Кеңеши».", "Жигиттер Кеңеши"),
        ("segodnya delali uprajnenie 'Kapkan' s rebyatami", "Kapkan"),
        ("«Ақ Боз Ат» фильмін көрдік.", "Ақ Боз Ат"),
        ("We played the game 'Tulpar Race' in pairs.", "Tulpar Race"),
    ],
)
def test_a_title_in_quotes_beside_its_things_word_is_kept(text: str, part: str) -> None:
    assert not touched(text, part), removed(text)


def test_a_person_beside_a_title_is_still_removed() -> None:
    assert touched("Упражнение «Весы» вёл Азамат Жумабаев.", "Азамат Жумабаев")

"""Kazakh names in "-рлан" / "-rlan" (Ерлан, Нурлан, Серлан, Тимурлан …) end like a name when no list
holds the name: at a sentence start with a case ending ("Серланның телефоны", "Serlanmen") they are
removed, as "-бек" and "-жан" names are; verbs with "-рлан-" inside ("Жоспарланды": it was
planned, "Qorlandy": he was insulted) stay. Sentences written for
this test from general knowledge."""

import pytest

from tests.anonymizer.test_classes import removed, touched


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Әмірланның телефоны өшірулі. Ертең хабарласамын.", "Әмірланның"),
        ("Qaırlanmen jeke sóılestim, kelisti.", "Qaırlanmen"),
    ],
)
def test_an_unlisted_name_in_rlan_at_a_sentence_start_is_removed(text: str, part: str) -> None:
    assert touched(text, part), removed(text)


@pytest.mark.parametrize(
    ("text", "part"),
    [("Жоспарланды бәрі, ертең бастаймыз.", "Жоспарланды"), ("Qorlandy ol, sondyqtan ketti.", "Qorlandy")],
)
def test_a_verb_with_rlan_inside_stays(text: str, part: str) -> None:
    assert not touched(text, part), removed(text)

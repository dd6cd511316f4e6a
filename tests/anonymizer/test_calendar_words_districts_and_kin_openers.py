"""Words no rule may take for a person, as the export reads a note (the rules, the name model and
the session layer):
- a month borrowed from Russian with a Turkic ending ("Ноябрда"), a day of the week before a time
  or a date ("Жұма, 16:00", "Sun 27 Oct"), though Жұма and Sun are names too;
- a district named before the Kyrgyz words of its court and police ("Ленин райондук соту",
  "Октябрь РИИБге"), by the rules and by the Russian model alike;
- a relative with a possessive ending opening a sentence ("Бибиам гуфт", "Momosi — …").
A person of those names stays removed. Sentences written for this test from general knowledge."""

import pytest

from tests.helpers.found_names import model_session_touches


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Эң жигердүү тема — ала качуу. Ноябрда — ата болуу темасы.", "Ноябрда"),
        ("Oktyabrda 4 ta mashg'ulot bo'ldi, Dekabrda dam olamiz.", "Dekabrda"),
        ("Жұма, 16:00. Тақырып — «Ер адамның сөзі».", "Жұма"),
        ("Reminder: no session on Friday. Moved to Sun 27 Oct 12:00.", "Sun"),
        ("Иш № 05-12/2023-к, Ленин райондук соту.", "Ленин"),
        ("Иш №02-1511/24, Свердлов райондук соту, 14:30.", "Свердлов"),
        ("Уланды (17) Октябрь РИИБге алып барышыптыр, түнү бою кармашкан.", "Октябрь"),
        ("Парвиз дар бораи бибиаш гап зад. 'Бибиам гуфт: мард будан меҳрубон будан.'", "Бибиам"),
        ("Tilek yozdi: ertaga kelolmayman. Momosi — Saodat momo, kasal.", "Momosi"),
    ],
)
def test_a_calendar_word_a_district_or_a_relative_is_kept(text: str, word: str) -> None:
    assert not model_session_touches(text, word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Жұма келді, Жұма 17 жаста, әкесі Ресейде.", "Жұма 17"),
        ("Sun Li came late on Monday, his mother called.", "Sun Li"),
        ("Ленин Асанов райондук сотко барды.", "Ленин Асанов"),
    ],
)
def test_a_person_of_those_names_is_still_removed(text: str, word: str) -> None:
    assert model_session_touches(text, word)

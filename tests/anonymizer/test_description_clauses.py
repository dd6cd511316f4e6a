"""Where a description that singles someone out ends: a relative clause that says which one "the
only" is ("единственный парень из села, который ходит", "the only nurse in Kegen who speaks
Dungan"), a Tajik preposition before the place ("имоми масҷид дар Гулобод"), and a Russian
sentence with a Kazakh name in it read as Russian (what narrows the noun follows it). Sentences
written for this test, not taken from any corpus note; what is said of the person after the
description stays."""

import pytest

from tests.anonymizer.test_classes import covered, removed, touched


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Ему помог единственный фельдшер в селе Шубар, который знает всех.", "который знает всех"),
        ("Асан — единственный парень из аула который ходит на бокс, его дразнят.", "который ходит на бокс"),
        (
            "Он единственный в классе, у кого отец в тюрьме, в селе все знают.",
            "у кого отец в тюрьме",
        ),
        ("the only nurse in Kegen who speaks Dungan came today.", "who speaks Dungan"),
        (
            "The only boy whose father drives the school bus in Shelek was absent.",
            "whose father drives the school bus in Shelek",
        ),
        (
            "Мурат (водитель автобуса, единственный кто возит детей в город рано утром) подвозит парней.",
            "в город рано утром",
        ),
    ],
)
def test_a_relative_clause_after_the_only_one_is_part_of_the_description(text: str, part: str) -> None:
    assert covered(text, part), removed(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # what the person did after the relative clause stays
        ("the only nurse in Kegen who speaks Dungan came today.", "came today"),
        # a kin word's relative clause: said of the person, no "the only"
        ("Сын участкового в ауыле Коктал, который сам был на тренинге, помог.", "сам был на тренинге"),
        # "the only way": a thing, not a person
        ("Это единственный способ, который работает с ними.", "который работает"),
        # "the only word", "единственное слово": a word, not a person
        ("'sorry' is the only word my brother never says in our village", "sorry"),
        ("«Прости» — единственное слово, которое отец не говорит в нашем ауле.", "Прости"),
    ],
)
def test_what_follows_the_relative_clause_or_a_thing_stays(text: str, kept: str) -> None:
    assert not touched(text, kept), removed(text)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Кожаев (имоми масҷид дар Гулобод) омад ва гуфт.", "имоми масҷид дар Гулобод"),
        ("Нигина (завуч мактаби №3 дар Панҷакент) зал дод.", "завуч мактаби №3 дар Панҷакент"),
    ],
)
def test_a_tajik_preposition_and_its_place_narrow_the_role(text: str, part: str) -> None:
    assert covered(text, part), removed(text)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # a Kazakh village's or person's name does not make a Russian sentence Kazakh
        (
            "Учитель из Жаңаталап ауылы — единственный учитель физики в районе Жуалы — пришёл.",
            "в районе Жуалы",
        ),
        (
            "Мама Ержана (Гүлнар Әбенова, медсестра в единственной больнице в ауыле Бестерек) звонила.",
            "в ауыле Бестерек",
        ),
    ],
)
def test_a_russian_sentence_with_a_kazakh_name_is_read_as_russian(text: str, part: str) -> None:
    assert covered(text, part), removed(text)


def test_a_kazakh_description_still_ends_with_its_noun() -> None:
    """ "Жалғыз мектеп директоры" opens a Kazakh sentence: the noun ends it, what follows stays."""
    text = "Жалғыз мектеп директоры Серікбай бізге қарсы шықты."
    assert not touched(text, "бізге қарсы шықты"), removed(text)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # Russian typed in Latin letters: its "the only" and what narrows the noun after it
        (
            "mama vzyala dengi u edinstvennogo aptekarya v sele kegen, teper boitsya",
            "edinstvennogo aptekarya v sele",
        ),
        (
            "nado pozvat edinstvennuyu zhenshinu trenera v shkole na stancii",
            "edinstvennuyu zhenshinu trenera v shkole na stancii",
        ),
    ],
)
def test_the_only_one_in_russian_typed_in_latin_letters_is_removed(text: str, part: str) -> None:
    assert covered(text, part), removed(text)


def test_the_only_way_in_latin_letters_stays() -> None:
    text = "eto edinstvennyi sposob kotoryi rabotaet s nimi"
    assert removed(text) == [], removed(text)


@pytest.mark.parametrize(
    ("text", "part", "kept"),
    [
        # Russian typed in Latin letters, all lower case: the role, the village's word and its name
        (
            "timur skazal chto direktor shkoly v kishlake kumtepa b'et uchenikov",
            "direktor shkoly v kishlake kumtepa",
            "timur skazal",
        ),
        (
            "mama rasskazala chto predsedatel' mahalli yangiobod pomogaet semyam",
            "predsedatel' mahalli yangiobod",
            "mama rasskazala",
        ),
        # the description starts after "что", as after a comma: who told it stays
        (
            "Ерлан сказал что единственный фельдшер в селе Акжар пьёт",
            "единственный фельдшер в селе Акжар",
            "Ерлан сказал",
        ),
    ],
)
def test_a_lower_case_description_and_who_told_it(text: str, part: str, kept: str) -> None:
    assert covered(text, part), removed(text)
    assert not touched(text, kept.split()[-1]), removed(text)


def test_the_russian_himself_typed_in_latin_is_no_name() -> None:
    text = "potom sam skazal chto ustal, a timur molchal"
    assert not touched(text, "sam"), removed(text)


@pytest.mark.parametrize(
    ("text", "description", "kept"),
    [
        (
            "Қарасу ауылындағы жалғыз мал дәрігері айтты: 14 жастағы ұл мектепке бармайды.",
            "жалғыз мал дәрігері",
            "14 жастағы ұл",
        ),
        (
            "Qumariq qishlog'idagi yagona sartarosh aytdi: 13 yoshli bola uyda qolmoqda.",
            "yagona sartarosh",
            "13 yoshli bola",
        ),
    ],
)
def test_an_age_after_a_colon_is_no_part_of_the_description_before_it(
    text: str, description: str, kept: str
) -> None:
    """What follows a colon is what someone said: the child of 14 is not the vet described."""
    assert covered(text, description), removed(text)
    assert not touched(text, kept), removed(text)


# -- a determiner after a preposition: the noun it goes with narrows the description too ----------
@pytest.mark.parametrize(
    ("text", "part", "kept"),
    [
        (
            "единственный парень из Жанатаса в нашей группе, надо присмотреть за ним",
            "единственный парень из Жанатаса в нашей группе",
            "надо присмотреть",
        ),
        ("the only boy from Kegen in our group, watch him", "the only boy from Kegen in our group", "watch"),
    ],
)
def test_the_noun_after_a_determiner_narrows_the_description(text: str, part: str, kept: str) -> None:
    assert covered(text, part), removed(text)
    assert not touched(text, kept), removed(text)


# -- the noun a Russian description is said of, set off by a comma before "the only" --------------
@pytest.mark.parametrize(
    ("text", "part", "kept"),
    [
        (
            "Гүлнар Сейітқызы, соцработник из Кегена, единственная в районе, поможет с пособием.",
            "соцработник из Кегена, единственная в районе",
            "поможет с пособием",
        ),
        (
            "пацан с Жанатаса, 15 лет, единственный в группе кто курит — поговорить",
            "пацан с Жанатаса, 15 лет, единственный в группе кто курит",
            "поговорить",
        ),
    ],
)
def test_the_apposed_noun_before_the_only_one_is_part_of_it(text: str, part: str, kept: str) -> None:
    assert covered(text, part), removed(text)
    assert not touched(text, kept), removed(text)


def test_a_name_before_the_comma_is_no_part_of_the_description() -> None:
    text = "Вчера пришли все, единственный кто опоздал — Асан."
    assert not touched(text, "Вчера пришли"), removed(text)

"""A description of the owner of a place's biggest, richest or oldest business ("базардагы эң чоң
дүкөнүнүн ээси", "владелец самого большого магазина"), the owner of the only one with "at home"
after it ("жалғыз шиномонтаждың иесі үйде бәрін шешеді"), a room in a dorm named before the
dorm ("room 314 in the same dorm"), and a village's name typed in small letters after "в селе"
("единственный ветеринар в селе ак суу"). Sentences written for this test, not taken from any corpus
note."""

import pytest

from tests.anonymizer.test_classes import covered, removed, touched


@pytest.mark.parametrize(
    ("text", "part"),
    [
        (
            "Атасы, базардагы эң чоң курулуш дүкөнүнүн ээси, келип баласын алып кетти.",
            "эң чоң курулуш дүкөнүнүн ээси",
        ),
        ("Әкесі базардағы ең үлкен дүкеннің иесі, бәрі біледі.", "ең үлкен дүкеннің иесі"),
        ("Akesi aýyldaǵy eń úlken fermanyń ıesi.", "eń úlken fermanyń ıesi"),
        ("Отаси bozordagi eng katta do'kon egasi, hamma taniydi.", "eng katta do'kon egasi"),
        ("Его отец — владелец самого большого магазина на рынке.", "владелец самого большого магазина"),
        ("Дядя у него хозяин крупнейшей автомойки в посёлке.", "хозяин крупнейшей автомойки"),
        ("His father owns the biggest shop in the bazaar and hits him.", "owns the biggest shop"),
        ("Her uncle is the owner of the largest farm in Shelek.", "owner of the largest farm"),
        # "at home" after the owner of the only one: what he does at home, not one of a household
        (
            "нұржан айтуынша әкесі самалдағы жалғыз шиномонтаждың иесі үйде бәрін өзі шешеді",
            "жалғыз шиномонтаждың иесі",
        ),
        # a village's name in small letters: words no Russian dictionary knows
        ("Его отец единственный ветеринар в селе ак суу, все его знают.", "в селе ак суу"),
        # a room before the dorm it is in
        ("Dias mentioned a friend from room 314 in the same dorm who gets threats.", "room 314"),
        ("Парень из комнаты 27 в общаге колледжа жалуется на старших.", "комнаты 27"),
    ],
)
def test_the_owner_of_the_biggest_or_a_dorm_room_is_removed(text: str, part: str) -> None:
    assert covered(text, part), removed(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a superlative with no owner: a thing, a feeling
        ("Менің ең үлкен арманым — университетке түсу.", "ең үлкен арманым"),
        ("Его самая большая проблема — страх перед отцом.", "самая большая проблема"),
        ("The biggest problem is that nobody talks about it.", "The biggest problem"),
        ("Эң чоң максатым — окуу.", "Эң чоң максатым"),
        # working at the biggest shop: one of many who do
        ("Отец работает в самом большом магазине на рынке.", "в самом большом магазине"),
        # the only man at home: one of a household
        ("Үйде жалғыз ер адам — өзі, әкесі Ресейде.", "жалғыз ер адам"),
        ("He is the only man at home since his father left.", "the only man at home"),
        # Russian words after the village are what is said of him
        ("Его отец единственный ветеринар в селе все его знают.", "все его знают"),
        # a room with no dorm
        ("We met in room 12 at the youth centre.", "room 12"),
    ],
)
def test_a_superlative_without_an_owner_or_a_room_elsewhere_stays(text: str, kept: str) -> None:
    assert not touched(text, kept), removed(text)

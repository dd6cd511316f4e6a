"""Nicknames given with the cue's other forms: the Russian "по прозвищу" (the dative), Kazakh "X
деген лақап атпен" typed with or without its letters, a quoted word right before a Kazakh verb of
calling with no object, and English "they call 'X'" or "call him 'the X'". The word is the person's
nickname in every note of the session. Sentences written for this test from general knowledge."""

import pytest

from tests.anonymizer.test_called_nicknames import session_removed


@pytest.mark.parametrize(
    ("text", "nickname"),
    [
        ("Пришёл новенький по прозвищу «ёжик», сел у окна. Ёжик молчал весь час.", "ёжик"),
        ("Парень по прозвищу бульдог опять опоздал.", "бульдог"),
        ("Досы мысық деген лақап атпен жүреді, сол бала бүгін келмеді.", "мысық"),
        ("досы тулки деген лакап атпен журеди ол бугин келди", "тулки"),
        ("Топтағылар «қасқыр» деп атайды, өзі үндемейді.", "қасқыр"),
        ("ұлдар «бүркіт» деп шақырады оны, бойы ұзын", "бүркіт"),
        ('A friend they call "wolf" waited outside the hall.', "wolf"),
        ('The boys call him "the hammer", he does not mind.', "hammer"),
        ('We call her "the fox" because she always wins.', "fox"),
    ],
)
def test_a_nickname_given_with_the_cues_other_forms_is_removed(text: str, nickname: str) -> None:
    found = [part.casefold() for part in session_removed(text)]
    assert nickname.casefold() in found, found


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a thing named, a title, a saying: no nickname
        ("Бұл ойынды «көпір» деп атайды, ережесі оңай.", "көпір"),
        ("Жаттығуды «қорап» деп атаймыз.", "қорап"),
        ("«Еркек жыламайды» деп айтады әкесі.", "Еркек"),
        ('They call "Act Like a Man" the box exercise.', "Act"),
        ("Упражнение называется по названию книги «Слон».", "Слон"),
        ('We call the game "the bridge" in Russian too.', "bridge"),
        ("они получили премию по итогам года", "итогам"),
    ],
)
def test_a_thing_named_or_a_saying_stays(text: str, word: str) -> None:
    found = [part.casefold() for part in session_removed(text)]
    assert word.casefold() not in found, found

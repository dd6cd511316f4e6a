"""Kazakh, Kyrgyz, Uzbek and Tajik positions of a person (issue #12, twelfth recall round), written
from how the languages mark a person, not from a note's words: a remark in brackets after a name
("Қабылан (17) бүгін айтты", "Канат-байке (айылдын молдосунун уулу) келди") is passed over as it
is before a verb; a name-word in the genitive before a parent or a sibling ("Sultannyń ákesi": no
sultanate has a father) is a person, whose other forms the session layer then finds. Each with the
same words used the other way, which must keep their reading. The present tense of the verbs of
speech ("мегӯяд", "дейді", "дейт", "deydi") says a person as their past does, and a word the Russian
dictionary reads only as a predicate ("нема") is no reason to keep a Tajik sentence's subject. A
capitalised word of the dictionary right after a relative is how that person is called ("Лидің досы
Шпион"); Tajik calls someone a nickname with the person as the object in "-ро" and a verb of
calling after it ("Рустамро ҳама Шеф мегӯянд"); a surname the dictionary guesses a two-letter stem
for ("Ёров": "ёр") is no form of a public figure's name ("Ер"). A Kazakh pet form of a session's
name ("Erjeke" of Erjan, "Теміреке" of Темірлан) is that person in every note of the session.
"""

from __future__ import annotations

import pytest

from facilitator.anonymizer.anonymizer import Anonymizer
from facilitator.anonymizer.spans import Kind
from tests.helpers.found_names import session_names, session_spans, session_touches


def _removed(text: str, roster: tuple[str, ...] = (), use_ner: bool = False) -> set[str]:
    """The note's removed names as written, the session layer's included (a session of one note);
    ``use_ner``: with the name model, as the export runs (its silence drops unsure names)."""
    anonymizer = Anonymizer(roster, use_ner=use_ner) if roster or use_ner else None
    return {text[s.start : s.end] for s in session_spans(text, anonymizer) if s.kind is Kind.NAME}


def _touched(text: str, word: str) -> bool:
    return session_touches(text, word)


# -- a remark in brackets after the name, then a filler, then the verb ----------------------------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Қабылан (17) бүгін айтты: оның құрбысы ауылдан қашып келді.", "Қабылан"),  # a word too
        ("Бөрі (9 сынып) тағы айтты: әкесі ұрады.", "Бөрі"),  # a wolf
        ("Тулпар (биздин топто) бүгүн айтты: атасы урат.", "Тулпар"),
    ],
)
def test_a_word_before_a_remark_a_filler_and_a_verb_of_speech_is_a_person(text: str, name: str) -> None:
    assert name in _removed(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Қабылан (жыртқыш аң) бүгін тақырып болды.", "Қабылан"),  # the animal, a topic: no verb of a person
        ("Жолбарыс (сурет) бүгін экранда тұр.", "Жолбарыс"),
    ],
)
def test_the_same_words_before_a_remark_and_no_person_s_verb_stay(text: str, word: str) -> None:
    assert not _touched(text, word)


# -- a word of time between a name in small letters and a verb of a person -------------------------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("[маңызды ой] арман кейін мойындады: үйде әкесі айқайлайды.", "арман"),
        ("әділет соңында айтты, оны футболға апасы үйреткен.", "әділет"),
        ("arman keıin moıyndady: úıde ákesi aıqaılaıdy.", "arman"),
        ("жылдыз кийин айтты: атасы урат.", "жылдыз"),
    ],
)
def test_a_name_word_before_a_word_of_time_and_a_verb_of_speech_is_a_person(text: str, name: str) -> None:
    assert name in _removed(text)


def test_a_word_of_time_after_the_same_word_with_no_person_s_verb_keeps_it() -> None:
    assert not _touched("біздің арман кейін орындалды, үй салдық.", "арман")
    # the word of time opens the next sentence: it says nothing of the quotation's last words
    assert not _touched("Айтты: «әйелім сұрай алмайды». Кейін ойланып кетті.", "сұрай")


# -- a hyphenated honorific before a remark that opens with a place word --------------------------
@pytest.mark.parametrize(
    ("text", "roster", "name"),
    [
        ("Канат-байке (айылдын молдосунун уулу) сессияга келди.", ("Канат",), "Канат-байке"),
        ("Канат-байке (айылдын молдосунун уулу) сессияга келди.", (), "Канат-байке"),
        ("Ерлан-аға (ауылдың имамы) бүгін келді.", (), "Ерлан-аға"),
    ],
)
def test_a_name_with_an_honorific_before_a_remark_on_the_person_is_a_person(
    text: str, roster: tuple[str, ...], name: str
) -> None:
    assert name in _removed(text, roster)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Ысык-Ата району боюнча жыйын болду.", "Ысык-Ата"),
        ("Жаңа-Арқа ауданы бойынша жиналыс болды.", "Жаңа-Арқа"),
        ("Жаңа-Арқа (ауданы) бойынша жиналыс болды.", "Жаңа-Арқа"),  # the place word alone in brackets
    ],
)
def test_a_hyphenated_place_before_its_place_word_stays(text: str, word: str) -> None:
    assert not _touched(text, word)


# -- a name-word in the genitive before a close relative -------------------------------------------
@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("Jeke áńgime: Sultannyń inisi aýyryp qaldy. Sultan endi úıde jalǵyz.", "Sultan"),
        ("Азаматтың інісі ауырып қалды. азаматқа 150 нөмірі берілді.", "азаматқа"),
    ],
)
def test_a_name_word_owning_a_relative_is_a_person_found_in_its_other_forms(text: str, form: str) -> None:
    assert form in _removed(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Jeke áńgime: Sultannyń saraıy – tarıh. Sultan endi murajaıda.", "Sultan endi"),  # a palace
        ("Азаматтың борышы – заңды сақтау. азаматқа құқық берілді.", "азаматқа"),  # a citizen's duty
    ],
)
def test_a_name_word_owning_a_thing_leaves_its_other_forms(text: str, word: str) -> None:
    assert not _touched(text, word)


# -- the present tense of the verbs of speech -----------------------------------------------------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Сино мегӯяд, ки падараш кор надорад.", "Сино"),
        ("Олим: «Нема ҳамеша мегӯяд, ки зан бояд хомӯш бошад».", "Нема"),  # a filler; "нема" in Russian
        ("Бөрі дейді: әкем анамды ұрады.", "Бөрі"),
    ],
)
def test_a_word_before_a_verb_of_speech_in_the_present_is_a_person(text: str, name: str) -> None:
    assert name in _removed(text, use_ner=True)  # sure: the model's silence keeps no unsure name here


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Мама мегӯяд, ки кор нест.", "Мама"),  # a relative
        ("Потом мегӯяд, ки кор нест.", "Потом"),  # a Russian adverb
        ("Директор айтты: зал жоқ.", "Директор"),  # a Russian noun, a role
        ("Тоже айтты: ол келмейді.", "Тоже"),
    ],
)
def test_a_word_for_no_one_before_a_verb_of_the_region_stays(text: str, word: str) -> None:
    assert not _touched(text, word)


# -- a capitalised word of the dictionary right after a relative ----------------------------------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Куәгер – Лидің досы Шпион.", "Шпион"),
        ("Ертең Ерланның інісі Малыш келеді.", "Малыш"),
    ],
)
def test_a_capitalised_word_right_after_a_relative_is_how_the_person_is_called(text: str, name: str) -> None:
    assert name in _removed(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Позвонить Директору школы насчёт зала.", "Директору"),  # after a verb, not a relative
        ("Спросил, есть ли у неё парень :) Классика.", "Классика"),  # not right after it
    ],
)
def test_a_capitalised_word_not_right_after_a_relative_stays(text: str, word: str) -> None:
    assert not _touched(text, word)


# -- Tajik: X-ро (ҳама) Y мегӯянд -----------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Рустамро ҳама Шеф мегӯянд – ӯ ошпаз аст.", "Шеф"),
        ("Ӯро ҳама полвон мегӯянд, чунки қавӣ аст.", "полвон"),
    ],
)
def test_a_tajik_nickname_between_its_person_and_a_verb_of_calling_is_removed(text: str, name: str) -> None:
    assert name in _removed(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Чизҳоро ҳама дуруст мегӯянд.", "дуруст"),  # things, not a person, said right
        ("Модарамро ҳама апа мегӯянд.", "апа"),  # a form of address
        # a listed name called so is the name rules' to judge: not the word everywhere in the note
        ("Умедҷон (ҳама ӯро Умед мегӯянд) гуфт: «умед дорам, ки бори дигар меоед».", "умед дорам"),
    ],
)
def test_a_word_between_a_thing_or_a_form_of_address_and_a_verb_of_calling_stays(
    text: str, word: str
) -> None:
    assert not _touched(text, word)


# -- a surname the dictionary reads as a two-letter stem ------------------------------------------
def test_a_surname_whose_guessed_stem_is_a_public_figure_s_short_name_is_a_person() -> None:
    assert "Қурбон Ёров" in _removed("Вербовщик Қурбон Ёров взял его паспорт и 300 долларов.")


def test_the_public_figure_of_two_letters_stays_a_public_figure() -> None:
    assert not _touched("Ер Төстік ертегісін оқыдық.", "Ер")


# -- a Kazakh pet form of a name of the session ----------------------------------------------------
@pytest.mark.parametrize(
    ("first", "second", "pet"),
    [
        ("Erjannyń týǵan kúni búgin, telefon berdi.", "111, 150 berdim. Erjeke erteń habarlasady.", "Erjeke"),
        ("Темірланның айтуынша, қызын қызғанады.", "Теміреке өзі: «ол менің қызым» деді.", "Теміреке"),
    ],
)
def test_a_kazakh_pet_form_of_a_name_of_the_session_is_that_person(first: str, second: str, pet: str) -> None:
    assert pet in session_names([first, second])[1]


@pytest.mark.parametrize(
    ("first", "second", "word"),
    [
        # "береке" (plenty) is Berik's beginning and "-еке": a word of the dictionary, not where a
        # person stands
        ("Берік бүгін кешікті.", "Береке – біздің үйдің байлығы.", "Береке"),
        ("Erjan bugin kelmedi.", "Temireke erteń habarlasady.", "Temireke"),  # no Temirlan in the session
    ],
)
def test_a_word_shaped_like_a_pet_form_of_no_name_of_the_session_or_a_dictionary_word_stays(
    first: str, second: str, word: str
) -> None:
    assert word not in session_names([first, second])[1]


# -- against, pondering: what a person does -----------------------------------------------------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("кеше талкылауда кайрат карсы болды калгандары келисти", "кайрат"),  # a word too
        ("талкылауда бахытжан карсы болды", "бахытжан"),
    ],
)
def test_a_name_before_against_is_a_person(text: str, name: str) -> None:
    assert name in _removed(text)


def test_against_after_a_dative_stays_a_word() -> None:
    assert _removed("Біз зорлыққа қарсы болдық, бәріміз келістік.") == set()


@pytest.mark.parametrize(
    ("text", "word", "glossed"),
    [
        ("Қабылан (жыртқыш аң) бүгін тақырып болды.", "Қабылан", True),
        ("Сайгак (степное животное) — тема нашего плаката.", "Сайгак", True),
        ("Малыш (новенький) опять не пришёл.", "Малыш", False),  # a verb of a person after it
        ("Мысық (17) бүгін келмеді.", "Мысық", False),  # an age: a person
        ("Шайтан (жаңа бала) айтты: әкем ұрады.", "Шайтан", False),
    ],
)
def test_the_word_model_takes_no_word_glossed_as_a_thing(text: str, word: str, glossed: bool) -> None:
    from facilitator.anonymizer.anonymizer import _glossed_thing

    assert _glossed_thing(text, text.index(word) + len(word)) is glossed

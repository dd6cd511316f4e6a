"""A capitalised word that the writer glosses with a dash and then says names no one ("Сайран - это
озеро, не человек", "Bahor, Lola - guruh nomlari, odam emas", "Шодмон - ном нест, деҳа аст") is kept
in every form in the note; a name said to be "not a person" as a judgement, without the gloss's dash,
is still removed. Sentences written for this test from general knowledge."""

import pytest

from tests.anonymizer.test_classes import removed, touched


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Сайран - это озеро, не человек. Гуляли у Сайрана два часа.", "Сайрана"),
        ("Bahor, Lola - guruh nomlari, odam emas. Bahor guruhida 7 kishi.", "Bahor guruhida"),
        ("Шодмон - ин ҷо ном нест, деҳа аст. Дар Шодмон мактаб нав шуд.", "Дар Шодмон"),
        ("Talas - not a person, it is the river. We walked along Talas.", "along Talas"),
        # several words said at once to be no names
        ("Вера и Любовь — это не имена тут, а тема встречи: вера и любовь в семье.", "Вера и Любовь"),
        ("Жеңіс пен Бақыт - бұл есімдер емес, тақырып аты. Жеңіс туралы көп айттық.", "Жеңіс туралы"),
        ("Faith and Grace - not names here, the day's topic. Grace was hard to explain.", "Grace was"),
    ],
)
def test_a_word_the_writer_says_names_no_one_stays(text: str, part: str) -> None:
    assert not touched(text, part), removed(text)


def test_a_judgement_without_the_gloss_is_no_disclaimer() -> None:
    text = "Айжан не человек, а золото. Айжан сегодня помогала всем."
    assert touched(text, "Айжан сегодня"), removed(text)


def test_names_said_to_be_no_names_without_the_gloss_are_removed() -> None:
    text = "Слава и Роман пришли вдвоём, а про имена говорили не стесняясь."
    assert touched(text, "Слава"), removed(text)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Kanat is not a name here, it means wing. The boys drew a kanat on the board.", "Kanat is"),
        ("Bakyt was not a name in this game, just the card with happiness on it.", "Bakyt was"),
    ],
)
def test_a_word_said_with_is_to_be_no_name_stays(text: str, part: str) -> None:
    assert not touched(text, part), removed(text)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # the dash glosses no capitalised word: a person who did something is no participant
        ("Нурлан's brother Ерлан came by — not a participant, just curious.", "Ерлан"),
        ("Aibek came late - not a participant, his cousin brought him.", "Aibek"),
        # "is" with a role, not a word for a name: a person
        ("Aibek is not a participant, he is a volunteer from the centre.", "Aibek"),
        # right after a dash, "no participant", "no pupil" say so of a person, in every form of him
        ("Пацаны рассказали: инструктор Бектур бьёт младших. Бектур — не участник.", "Бектур — не"),
        ("Пацаны рассказали: инструктор Бектур бьёт младших. Бектур — не участник.", "инструктор Бектур"),
        ("Jasur — o'quvchi emas, murabbiyning yordamchisi. Jasur bolalarni uradi.", "Jasur bolalarni"),
    ],
)
def test_a_person_said_to_be_no_participant_is_removed(text: str, part: str) -> None:
    assert touched(text, part), removed(text)


def test_a_gloss_before_no_pupil_glosses_the_sentence() -> None:
    text = "Berdaq — shoir, o'quvchi emas. Berdaq she'rlarini o'qidik."
    assert not touched(text, "Berdaq she'rlarini"), removed(text)


def test_a_gloss_between_the_dash_and_the_phrase_glosses_the_sentence() -> None:
    text = "Бугун Нур деп аталатын орталық бізді шақырды — ұйым, адам емес. Нур орталығы жақсы."
    assert not touched(text, "Нур орталығы"), removed(text)

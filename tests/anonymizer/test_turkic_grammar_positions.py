"""Kazakh, Kyrgyz, Uzbek and Tajik grammar that says whether a word is a person (issue #12, eleventh
recall round), written from the languages' grammar, not from a note's words: a word in the locative is
no verb's subject; a word with "my" after "менің"/"mening" is a thing of mine; words made from numerals
(Kyrgyz collective numerals, Tajik ordinals and superlatives) are no surname in "-ин"; a conjunction
joins two names only with nothing but spaces between; a relative with a case ending is no English name
with an ending; a public figure's name before a verb of coming to the session is a participant; a
short name's case forms; a third-person relative opening a sentence; "братан" after a name. Each with
the same words used the other way, which must keep their reading.
"""

from __future__ import annotations

import pytest

from facilitator.anonymizer.spans import Kind
from tests.helpers.found_names import every_place_removed, session_spans, session_touches


def _removed(text: str) -> set[str]:
    """The note's removed names as written, the session layer's included (a session of one note)."""
    return {text[s.start : s.end] for s in session_spans(text) if s.kind is Kind.NAME}


def _touched(text: str, word: str) -> bool:
    return session_touches(text, word)


# -- the locative: where, not who ------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Рустам кечқурун бозорда ишлайди, пул топади.", "бозорда"),  # at the bazaar (Бозор: a name)
        ("Akasi kechqurun bozorda ishlaydi.", "bozorda"),
    ],
)
def test_a_name_word_in_the_locative_before_a_verb_stays(text: str, word: str) -> None:
    assert not _touched(text, word)


def test_the_same_name_word_without_a_case_before_the_verb_is_still_a_person() -> None:
    assert "bozor" in _removed("bugun bozor kelmadi, Rustam keldi.")


# -- "my" thing after "менің", "mening" -----------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "word", "name"),
    [
        ("Ерік сабақта «менің ерікім жоқ, бәрін әкем шешеді» деді.", "ерікім", "Ерік"),
        ("Мирас келді. «біздің мирасымыз — тіл» деп айтты.", "мирасымыз", "Мирас"),
    ],
)
def test_a_word_with_my_after_my_is_a_thing_though_a_name_of_the_note(
    text: str, word: str, name: str
) -> None:
    removed = _removed(text)
    assert name in removed
    assert not _touched(text, word)


def test_a_name_after_my_friend_is_still_a_person() -> None:
    assert "ерлан" in _removed("менің досым ерлан келді, ол үндемеді.")


# -- words made from numerals --------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Тилек менен Азат урушуп калышты. Экөөнү бөлүп сүйлөштүм.", "Экөөнү"),  # the two of them
        ("Үчөөбүз чогуу чай ичтик.", "Үчөөбүз"),  # the three of us
        ("Аввалин бор буд, ки ӯ гап зад.", "Аввалин"),  # first (Tajik)
        ("Дуюмин машқ хуб гузашт.", "Дуюмин"),  # the second
        ("Беҳтарин ҷавобро Фирӯз дод.", "Беҳтарин"),  # the best
    ],
)
def test_a_word_made_from_a_numeral_is_no_surname(text: str, word: str) -> None:
    assert not _touched(text, word)


def test_a_surname_in_in_still_goes() -> None:
    removed = _removed("Тимур Кузьмин келди. Беҳтарин ҷавобро Фирӯз дод.")
    assert {"Тимур Кузьмин", "Фирӯз"} <= removed


# -- a conjunction joins names only with spaces between ---------------------------------------------
def test_a_word_after_a_quotation_opening_with_men_is_joined_to_no_name() -> None:
    text = "Азат «мен эркин адаммын, эч ким мага буйрук бербейт» деди."
    assert "Азат" in _removed(text)
    assert not _touched(text, "эркин")


@pytest.mark.parametrize(
    ("text", "word"),
    [("Азат мен эркин келди.", "эркин"), ("азамат и тимур подрались", "азамат")],
)
def test_a_name_word_joined_by_a_conjunction_to_a_name_is_a_person(text: str, word: str) -> None:
    assert word in _removed(text)


# -- a relative with a case ending ------------------------------------------------------------------
def test_a_relative_with_a_case_ending_is_no_english_name() -> None:
    text = "Doniyorning so'zlari: «xotin erini tinglashi kerak». Islom qarshi chiqdi."
    assert not _touched(text, "erini")


@pytest.mark.parametrize(
    ("text", "word"), [("Erin said hi.", "Erin"), ("бауыржан келмеді бүгін.", "бауыржан")]
)
def test_a_name_that_starts_like_a_relative_still_goes(text: str, word: str) -> None:
    assert word in _removed(text)


# -- a public figure's name before a verb of coming to the session ------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Бүгін Әсел апайдың ұлы Димаш келді. Димаш қарсы болды.",
        "Bügın Äsel apaidyñ ūly Dımaş keldı, Dımaş qarsy boldy.",
        "Димаш бүгін келмеді, ауырып қалыпты.",
    ],
)
def test_a_public_name_that_comes_to_the_session_is_a_participant(text: str) -> None:
    name = "Dımaş" if "Dımaş" in text else "Димаш"
    assert every_place_removed(text, name)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Абай айтты: «адам бол». Абайдың қара сөзін оқыдық.", "Абай"),  # the poet quoted
        ("Dimash came up as an example of a man who shows emotion.", "Dimash"),
        ("Вова сказал что Димаш настоящий мужик и поёт про маму.", "Димаш"),
        ("Димаш Астанаға келді, концерт болады.", "Димаш"),  # the singer comes to a city
    ],
)
def test_a_public_figure_spoken_of_stays(text: str, word: str) -> None:
    assert not _touched(text, word)


# -- a short name's case forms ------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("Sessıadan soń Aıan «qorqamyn» dedi. Aıannyń úıi alys.", "Aıannyń"),
        ("Аян келді. Аянның анасы хабарласты.", "Аянның"),
    ],
)
def test_a_short_names_case_form_is_that_person(text: str, form: str) -> None:
    assert form in _removed(text)


def test_a_word_that_starts_like_a_short_name_stays() -> None:
    text = "Аян келді. Аны сабақтан кейін шақырдым."
    assert not _touched(text, "Аны")


# -- relatives in the third person, "братан" after a name --------------------------------------------
@pytest.mark.parametrize(
    ("text", "word"),
    [("Ол «көкемнен қорқамын» деді. Көкесі — әкесі.", "Көкесі"), ("Kókesi — ákesi, qatal adam.", "Kókesi")],
)
def test_a_relative_in_the_third_person_opening_a_sentence_stays(text: str, word: str) -> None:
    assert not _touched(text, word)


def test_a_name_after_a_third_person_relative_is_a_person() -> None:
    assert "Серік" in _removed("Оның көкесі Серік кеше келді.")


def test_bratan_after_a_name_is_how_he_is_called() -> None:
    assert "Ержик братан" in _removed("Бәрі оны «Ержик братан» дейді.")


# -- a dative before a verb of telling or thanking; a speaker before a quotation ---------------------
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Сабақтан кейін Сырымға рахмет айттым, батыл қадам.", "Сырымға"),  # сыр + -ым + -ға: "to my secret"
        ("Сырым «әкем анамды ұрады» деп бастады.", "Сырым"),
        ("Сырым «мен келіспеймін» деді.", "Сырым"),
    ],
)
def test_a_name_read_as_a_word_where_only_a_person_stands_is_removed(text: str, word: str) -> None:
    assert word in _removed(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Сырымды айтсам ба, білмеймін.", "Сырымды"),  # my secret, whom no one is told
        ("Тақырып «ер адам жыламайды» деп аталды.", "Тақырып"),  # a title before its quotation
    ],
)
def test_the_same_words_where_no_person_stands_stay(text: str, word: str) -> None:
    assert not _touched(text, word)


# -- an honorific with "my" and a case, a form of address before a name ---------------------------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Жандос «мен Гүлнар апаймды қорғаймын» деді.", "Гүлнар апаймды"),
        ("Ерлан ағамды сабаққа шақырдым.", "Ерлан ағамды"),
        ("Sherzod akamga hammasini aytdim.", "Sherzod akamga"),
        ("Bratan Berik búgin ákesi týraly aıtty.", "Bratan Berik"),
    ],
)
def test_how_the_writer_calls_the_person_is_part_of_the_name(text: str, name: str) -> None:
    assert name in _removed(text)


def test_a_relative_of_a_name_in_the_genitive_stays_apart() -> None:
    text = "Ерланның ағасын сабаққа шақырдым."
    assert "Ерланның" in _removed(text)
    assert not _touched(text, "ағасын")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Күлпаш әжейдің нөмірін алдым.", "Күлпаш әжейдің"),  # "әжей", as "апай", "тәтей": how she is called
        ("Kúlpash ájeı búgin keldi.", "Kúlpash ájeı"),
    ],
)
def test_ajei_after_a_name_is_part_of_it(text: str, name: str) -> None:
    assert name in _removed(text)


def test_ajei_alone_stays() -> None:
    text = "Әжейдің үйі алыс, ол әжейге көмектеседі."
    assert not _removed(text)

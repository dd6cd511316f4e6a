"""Names that are also everyday words, written as persons: what in the note says a person stands
there, as a rule of the position or of the grammar (never of the word), each with the same word used
as a word, which must stay. Written from the languages' grammar and habits of note-taking, not from
the development notes' words.
"""

from __future__ import annotations

import pytest

from facilitator.anonymizer.spans import Kind
from tests.helpers.found_names import every_place_removed, session_spans, session_touches


def _removed(text: str) -> set[str]:
    """The note's removed names as written, the session layer's included (a session of one note)."""
    return {text[s.start : s.end] for s in session_spans(text) if s.kind is Kind.NAME}


# -- a count before a word: the counted noun ---------------------------------------------------
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Otabek ikki marta kechikdi, ogohlantirdim.", "marta"),  # twice (Marta: a name)
        ("Nodir uch marta so'radi, javob bermadim.", "marta"),
        ("Mashg'ulotda necha marta to'xtadik, bilmayman.", "marta"),
    ],
)
def test_a_listed_name_after_a_count_is_the_counted_noun(text: str, word: str) -> None:
    assert not session_touches(text, word)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Bek kecha uchinchi marta gapirdi, otasi haqida.", "Bek"),  # a short name, then "the third time"
        ("Nur bugun birinchi marta keldi.", "Nur"),
    ],
)
def test_a_short_name_before_a_filler_a_count_and_a_verb_is_a_person(text: str, name: str) -> None:
    assert name in _removed(text)


def test_a_capitalised_name_after_a_count_is_still_a_person() -> None:
    assert "Marta" in _removed("Ikki Marta bor guruhda: Marta keldi, ikkinchisi kelmadi.")


# -- a word the note says is a name or a nickname ----------------------------------------------
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Grace is the nickname her friends gave her, she laughed about it.", "Grace"),
        ("Will is his English name, real name Ulugbek.", "Will"),
        ("Азамат - это имя, а азамат по-казахски гражданин.", "Азамат"),
        ("Бука — так его зовут во дворе, пришёл с синяком.", "Бука"),
        ("жека – так ребята пишут Евгения, он опять опоздал.", "жека"),
        # someone the dictionary reads as a being is called so: his stepfather, her neighbour
        ("Пахан — так пацаны зовут отчима Еркебулана, он держит гаражи.", "Пахан"),
        ("Шеф — так во дворе называют соседа, он всех строит.", "Шеф"),
        ("Жоке (так его зовут друзья) просил никому не говорить.", "Жоке"),
    ],
)
def test_a_word_the_note_calls_a_name_is_a_name(text: str, word: str) -> None:
    assert word in _removed(text)


def test_who_calls_him_so_is_no_nickname() -> None:
    """ "так его зовут друзья": the nickname stands before "так"; "друзья" (his friends) call him so."""
    assert _removed("Жоке (так его зовут друзья) просил никому не говорить.") == {"Жоке"}


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Hope is the name of the game in this work.", "Hope"),  # the name of something
        ("Слава — это не имя, а известность.", "Слава"),  # not a name
        ("Grace is what we needed today.", "Grace"),
        ("It is a nickname they use at school.", "It"),
        ("слава — так и пишут на плакатах, слава труду.", "слава"),  # "пишут" with nobody called
        ("Надежда — так называют это чувство в песнях.", "Надежда"),  # a feeling is called so
    ],
)
def test_a_word_not_called_a_name_stays(text: str, word: str) -> None:
    assert not session_touches(text, word)


# -- a pet form explained by the name in brackets -----------------------------------------------
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("дәке (дәурен) сабақта үндемеді. кейін дәкеге кітап бердім.", "дәкеге"),  # gauze, a word too
        ("сәке (сәкен) келді, сәкеге кітап бердім.", "сәкеге"),
        ("bereke (Berik) keldi, anasy berekeni uryp jiberipti.", "berekeni"),
        # the name first, the pet form in brackets
        ("сәкен (сака) паспорт жасатып жатыр. сақа жаңа нөмірін жіберді.", "сақа"),
    ],
)
def test_a_pet_form_before_its_name_in_brackets_is_that_person_everywhere(text: str, word: str) -> None:
    assert every_place_removed(text, word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("бала (Ерлан) бүгін келмеді.", "бала"),  # a word explained by a name it is no form of
        ("береке (молшылық) туралы сөйлестік.", "береке"),  # explained by a word
    ],
)
def test_a_word_before_a_bracket_that_is_no_form_of_its_name_stays(text: str, word: str) -> None:
    assert not session_touches(text, word)


# -- the accusative before a verb done to a person ---------------------------------------------
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Айгүл келмеді. бақытты мектепке шақырдым, анасымен бірге.", "бақытты"),  # Бақыт invited
        ("Сабакта жыргалды атасы менен кошо чакырабыз.", "жыргалды"),
        ("Umidni otasi urgan, ko'karib kelgan.", "Umidni"),
        ("Имрӯз ба дарс омад. умедро табрик гуфтем.", "умедро"),
    ],
)
def test_a_name_word_in_the_accusative_before_a_verb_done_to_one_is_a_person(text: str, word: str) -> None:
    assert word in _removed(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Әр бала өз арманды орындау керек деді.", "арманды"),  # to fulfil (no verb done to a person)
        ("бақытты отбасы туралы сөйлестік, бәрі тыңдады.", "бақытты"),
        ("Ар бир бала тилекти жазып, тактага илди.", "тилекти"),  # a wish written, not a person
    ],
)
def test_a_name_word_in_the_accusative_before_another_verb_stays(text: str, word: str) -> None:
    assert not session_touches(text, word)


# -- the dative given praise; a three-letter name's Turkic cases -----------------------------
def test_a_name_word_in_the_dative_before_praise_is_a_person() -> None:
    assert "жеңіске" in _removed("Бүгін сабақ жақсы өтті. жеңіске мақтау, ол бірінші сөйледі.")


def test_a_three_letter_name_of_the_session_in_a_turkic_case_where_a_person_stands() -> None:
    text = "Нұр (Нұржігіт) бүгін сөйледі. нұрға рахмет айттым."
    assert "нұрға" in _removed(text)


def test_a_three_letter_name_of_the_session_in_a_turkic_case_used_as_a_word_stays() -> None:
    text = "Нұр (Нұржігіт) бүгін сөйледі. бөлме нұрға толы болды."
    assert not session_touches(text, "нұрға")


# -- a person's mood after a pet form of the roster ---------------------------------------------
def test_a_pet_form_that_is_a_word_before_a_persons_mood_is_the_person() -> None:
    from facilitator.anonymizer.anonymizer import Anonymizer

    roster = Anonymizer(["Дәурен Сапаров", "Ерлан Оспанов"], use_ner=False)
    text = "дәке бүгін көңілсіз, үйде ұрыс болған."
    assert any(text[s.start : s.end] == "дәке" for s in session_spans(text, roster))
    word = "жараны жуып, дәке бүгін таза болды."  # the gauze
    assert not any(word[s.start : s.end] == "дәке" for s in session_spans(word, roster))


# -- an honorific belongs to the name before it, not to a village after it ----------------------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Анасы Гүлнар апай Көктал ауылы, Абай көшесі 12 мекенжайда тұрады.", "Гүлнар апай"),
        ("anasy gulnar apai koktal auyly, abai koshesi 12.", "gulnar apai"),
    ],
)
def test_an_honorific_before_a_village_stays_with_the_name(text: str, name: str) -> None:
    spans = session_spans(text)
    at = text.index(name)
    assert any(s.kind is Kind.NAME and s.start == at and s.end == at + len(name) for s in spans)
    addresses = [text[s.start : s.end] for s in spans if s.kind is Kind.ADDRESS]
    assert addresses and all(a.casefold().startswith(("көктал", "koktal")) for a in addresses)


# -- a relative's name opening a later sentence ------------------------------------------------
def test_a_name_a_relative_introduced_is_that_person_opening_a_later_sentence() -> None:
    text = "Мать сказала, что её младшего сына Романа отчислили. Роман, по её словам, не ночует дома."
    assert every_place_removed(text, "Роман")


def test_a_name_word_opening_a_sentence_before_a_capitalised_word_stays() -> None:
    text = "Её брат Роман много читает. Роман «Война и мир» он так и не дочитал."
    spans = session_spans(text)
    second = text.index("Роман «")
    assert not any(s.start <= second < s.end for s in spans if s.kind is Kind.NAME)


# -- said after a dash to be a person ----------------------------------------------------------
def test_a_session_name_word_said_after_a_dash_to_be_a_person_is_the_person() -> None:
    text = "Спросить у Алмаза про справку. алмаз как скала - надёжный мужик, всё сделает."
    assert every_place_removed(text, "алмаз")


def test_the_same_word_said_after_a_dash_to_be_a_thing_stays() -> None:
    text = "Спросить у Алмаза про справку. алмаз — самый твёрдый камень, сказал он детям."
    assert not session_touches(text, "алмаз —")


# -- a relative named after a dash ---------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Тағоаш – Раҳмон, дар Маскав кор мекунад, пул намефиристад.", "Раҳмон"),  # a president's name too
        ("Нағашы ағасы — Абай, ол баланы ұрып-соғады.", "Абай"),  # a poet's name too
    ],
)
def test_a_name_after_a_relative_and_a_dash_is_that_relative(text: str, name: str) -> None:
    assert name in _removed(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Президент – Раҳмон, дар телевизор гуфт.", "Раҳмон"),  # no relative
        ("Ұлы ақын — Абай, оның қара сөздерін оқыдық.", "Абай"),
    ],
)
def test_a_public_figure_after_a_dash_without_a_relative_stays(text: str, name: str) -> None:
    assert not session_touches(text, name)


# -- a nickname a verb of calling gives a named person -------------------------------------------
def test_a_capitalised_word_called_a_named_persons_nickname_is_that_person_in_every_script() -> None:
    text = "Шаман деп жүрген Шамиль Ахметов, тел жоқ. shaman was late again, Шаманға ескерттім."
    assert every_place_removed(text, "shaman")
    assert every_place_removed(text, "Шаманға")


def test_a_word_before_a_verb_of_calling_in_lower_case_stays() -> None:
    text = "Ылғи болмайды деп жүрген Ерлан бүгін келісті. Бұлай болмайды деді мұғалім."
    assert not session_touches(text, "болмайды деді")


# -- a roster name in lower case where the note capitalises it: a person where it does something ------
def _roster_spans(text: str, roster: list[str]) -> set[str]:
    from facilitator.anonymizer.anonymizer import Anonymizer

    anonymizer = Anonymizer(roster, use_ner=False)
    return {text[s.start : s.end] for s in session_spans(text, anonymizer) if s.kind is Kind.NAME}


def test_a_roster_name_word_opening_a_sentence_before_a_persons_verb_is_the_person() -> None:
    text = "Бүгін Жеңіспен сөйлестім. жеңіс сабақ бойы терезеге қарап отырды."
    assert "жеңіс" in _roster_spans(text, ["Жеңіс Сапаров", "Ерлан Оспанов"])


@pytest.mark.parametrize(
    "text",
    [
        "Бүгін Жеңіспен сөйлестім. жеңіс туралы айтты мұғалім.",  # about victory
        "Бүгін Жеңіспен сөйлестім. жеңіс оңай келмейді, деді ол.",  # no person's verb
    ],
)
def test_the_same_roster_word_as_a_word_stays(text: str) -> None:
    assert "жеңіс" not in _roster_spans(text, ["Жеңіс Сапаров", "Ерлан Оспанов"])


def test_two_roster_name_words_paired_by_da_are_two_people() -> None:
    text = "Arman men Jeńis keldi. arman da, jeńis te sabaqta úndemedi."
    assert {"arman", "jeńis"} <= _roster_spans(text, ["Arman Seıitov", "Jeńis Ahmetov"])


# -- a name-word's genitive before what a person owns, past a particle --------------------------
def test_a_name_words_genitive_past_a_particle_before_what_a_person_owns_is_a_person() -> None:
    text = "Сабақта армандар туралы сөйлестік. бақыттың да сондай арманы бар екен, ол да айтты."
    assert "бақыттың" in _removed(text)


def test_an_abstract_genitive_before_a_thing_stays() -> None:
    text = "Сабақта бақыт туралы сөйлестік. бақыттың да өз кілті бар деді бір бала."
    assert not session_touches(text, "бақыттың")


# -- "деген" and a word for a person: a child called so -------------------------------------------
def test_a_name_word_before_called_and_a_person_noun_is_a_person() -> None:
    assert "жеңіс" in _removed("жеңіс деген бала бүгін бірінші рет келді.")


def test_a_name_word_before_called_and_no_person_stays() -> None:
    assert not session_touches("жеңіс деген сөзді талқыладық.", "жеңіс")


def test_a_session_name_word_opening_a_sentence_before_a_persons_verb_with_an_object_is_the_person() -> None:
    text = "Бүгін Алмасқа хабарластым. алмас ұзақ уақыт терезеге қарап отырды."
    assert "алмас" in _removed(text)


@pytest.mark.parametrize(
    "text",
    [
        "Бүгін Алмасқа хабарластым. алмас қылыш жарқырап тұрды.",  # no person's verb
        "Бүгін Алмасқа хабарластым. алмас оңай табылмайды, деді ол.",
    ],
)
def test_the_same_session_word_as_a_word_stays(text: str) -> None:
    assert not session_touches(text, "алмас ")

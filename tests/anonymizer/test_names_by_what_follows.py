"""Names of Russian, English and mixed notes told by what follows them or how they are written, from
general knowledge of how these notes name a participant, each with the same word used as a word:
- a name-word opening a sentence before "из"/"from" and where a participant comes from ("Слава из
  11б смеялся", "Роман из второй группы добавил", "Will from group 2"), not "Роман из школьной
  программы", "Слава из уст в уста";
- a name-word before a year of birth ("Славик 2008 г.р."), not "Роман 2019 года издания";
- a name-word, a comma, a relative's modifier, a relative and a name ("Славик, младший брат Кати"),
  not a list of words ("Надежда, младшая сестра и семья");
- a listed name that is a place only with a case ending ("Семён": Семей, "Нарине": Нарын), not after
  a preposition of place ("в Нарыне");
- a name typed in Latin letters with a Cyrillic case ending after an apostrophe ("Arman'у"), not a
  product's name declined the same way ("Windows'ы");
- in Russian typed in Latin letters, a name before two fillers and a verb ("miras opyat ne
  prishel"), not a Russian word ("roman opyat ne prochital");
- a listed name opening a sentence, maybe a word that goes with a subject, a colon and a quotation
  ("женя сразу: 'нет…'", in a lower-case writer's note too), the name read as a name though its
  skeleton is a relative's ("женя"/"жена"); not the relative ("жена сразу: '…'"), nor a heading's
  word ("тема сразу: '…'");
- a name in the dative opening a sentence before the writer as its subject ("Жене я предложила
  роль"), not faith, hope or a heading's word ("Вере я не верю", "Теме я уделила время");
- a public figure's name before a verb only someone in the room does ("Dimash vozrazil", "Димаш
  перебил"), not the figure spoken of ("Dimash poet klassno");
- a name-word opening a sentence before a verb of asking, complaining or explaining ("Канат
  спрашивал про армию"), not the word before a verb of a thing ("Канат порвался");
- a noun opening a sentence that the dictionary reads as a name only in another case ("Ремарка по
  методике": a remark, Remarque's genitive) is the noun; the surname inside a sentence is a person.
"""

from __future__ import annotations

import pytest

from facilitator.anonymizer.anonymizer import Anonymizer
from facilitator.anonymizer.name_rules.name_sources import AMBIGUOUS
from tests.helpers.found_names import name_spans_in, names_in


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Слава из 11б смеялся, пришлось остановить.", "Слава"),
        ("Роман из второй группы потом добавил, что у него сестра тоже так жила.", "Роман"),
        ("Вера из техникума опять опоздала.", "Вера"),
        ("Will from group 2 asked about consent.", "Will"),
        ("Слава 2007 года рождения, из Шымкента.", "Слава"),
        ("Семён и Гоша спорили про «мужскую работу».", "Семён"),
        ("Нарине сказала, что придёт.", "Нарине"),
        ("Arman сегодня сказал, что хочет стать полицейским. Arman'у дать инфу про колледж МВД.", "Arman'у"),
        ("Позвонила Max'у вчера.", "Max'у"),
        ("zapiska: miras opyat ne prishel tretiy raz podryad", "miras"),
        ("segodnya bylo 11 chelovek. Dimash vozrazil, chto eto normalno.", "Dimash"),
        ("андрюха: 'она сама виновата'. женя сразу: 'нет, пьяная = не может согласиться'.", "женя"),
        ("Вова и Женя спорили. Жене я предложила роль модератора, ему понравилось.", "Жене"),
        ("Обсуждали стереотипы. Димаш перебил и сказал, что не согласен.", "Димаш"),
    ],
)
def test_a_name_told_by_what_follows_it_is_removed(text: str, word: str) -> None:
    assert word in names_in(text), names_in(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Роман из школьной программы всем надоел.", "Роман"),
        ("Роман из библиотеки вернула вовремя.", "Роман"),
        ("Слава из уст в уста передаётся быстро.", "Слава"),
        ("Роман 2019 года издания, читали отрывок.", "Роман"),
        ("Вчера в Нарыне был дождь.", "Нарыне"),
        ("Семей қаласында тұрады, Семейде туған.", "Семейде"),
        ("Скачала Windows'ы с сайта. Открыла Excel'е таблицу.", "Windows'ы"),
        ("vchera chitali, roman opyat ne prochital nikto", "roman"),
        ("vchera slushali pesnyu, Dimash poet klassno.", "Dimash"),
        ("Абай сказал: «Адам бол». Обсудили.", "Абай"),
        ("андрюха: 'нет'. жена сразу: 'нет, пьяная = не может согласиться'.", "жена"),
        ("Вере я не верю, надежде тоже.", "Вере"),
        ("Теме я уделила много времени.", "Теме"),
        ("андрюха: 'нет'. тема сразу: 'согласие и алкоголь'.", "тема"),
    ],
)
def test_the_same_word_used_as_a_word_stays(text: str, word: str) -> None:
    assert word not in names_in(text), names_in(text)


def test_a_name_word_before_a_relative_of_a_name_is_a_person_not_a_list_head() -> None:
    found = name_spans_in("Славик, младший брат Кати из библиотеки, сказал, что отец отбирает зарплату.")
    assert "Славик" in found and found["Славик"].source != AMBIGUOUS, found


def test_a_name_word_before_a_year_of_birth_is_a_person_not_unsure_of_the_word() -> None:
    found = name_spans_in("Катя знает. Славик 2008 г.р. Его номер +7 771 408 35 92.")
    assert "Славик" in found and found["Славик"].source != AMBIGUOUS, found


def test_a_list_of_words_after_a_name_word_stays_a_list() -> None:
    # the name-word heads a list of words: dropped at once, as before
    assert "Надежда" not in name_spans_in("Надежда, младшая сестра и семья — вот что его держит.")


def test_a_place_with_a_case_ending_after_a_preposition_stays_with_the_model() -> None:
    assert "[" not in Anonymizer([], language="ru").anonymize("Вчера в Нарыне был дождь, все промокли.")


@pytest.mark.parametrize(
    ("text", "first", "other"),
    [
        ("Николай пришёл поздно. Позвонила Николаю вечером.", "Николай", "Николаю"),
        ("Нурлыбай молчал весь час. Отец Нурлыбая уехал.", "Нурлыбай", "Нурлыбая"),
    ],
)
def test_a_name_in_ai_or_ei_in_the_genitive_or_dative_is_the_same_person(
    text: str, first: str, other: str
) -> None:
    # the skeleton writes "ая" as one "a": only the word as written shows the -й of the name
    found = name_spans_in(text)
    assert other in found and found[other].key == found[first].key, found


@pytest.mark.parametrize(
    "text", ["Привезли чай из Китая, пили вместе.", "Такая ситуация, своя правда у каждого."]
)
def test_words_in_aya_stay(text: str) -> None:
    assert names_in(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Канат спрашивал про армию, долго.", "Канат"),
        ("Арман интересовался, как подать заявление.", "Арман"),
        ("Алмаз пожаловался, что отец не пускает гулять.", "Алмаз"),
    ],
)
def test_a_name_word_opening_a_sentence_before_a_verb_of_asking_or_explaining(text: str, name: str) -> None:
    assert name in names_in(text)


def test_the_same_words_as_words_before_a_noun_stay() -> None:
    assert names_in("Канат порвался на третьем подходе.") == []


@pytest.mark.parametrize(
    "text",
    ["Ремарка по методике: давать после разогрева.", "Ремарка для себя: купить маркеры."],
)
def test_a_noun_opening_a_sentence_whose_name_reading_is_another_case_stays(text: str) -> None:
    assert names_in(text) == []


def test_the_surname_in_its_case_inside_a_sentence_is_still_a_person() -> None:
    assert "Ремарка" in names_in("Читали Ремарка на уроке.")

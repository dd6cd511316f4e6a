"""Names decided by their context, seventh recall round (issue #12), written from general knowledge of
Russian and Kazakh, not from the notes: what follows a name-word (a verb of speech after a filler, an
age with the locative, "own" and a relative, a first-person relative), what precedes it (a verb of
staying and "у"), a capitalised word in a Kazakh sentence, and, in the session layer, a case form of a
session's name before a relative. Each with the same words used as words, which must stay.
"""

from __future__ import annotations

import pytest

from facilitator.anonymizer.anonymizer import Anonymizer
from facilitator.anonymizer.spans import Kind
from tests.helpers.found_names import name_spans_in, rules_anonymizer, session_names


# -- a capitalised word inside a Kazakh sentence: the Russian dictionary's reading says nothing ------
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Сабақ соңында өлеңді Бекеш жатқа айтты.", "Бекеш"),  # бекеш: a Russian coat's genitive
        ("Кеше Дамир мен Ербоша бірге келді.", "Ербоша"),  # a place, the Russian dictionary guesses
    ],
)
def test_a_capitalised_word_inside_a_kazakh_sentence_is_a_name(text: str, word: str) -> None:
    assert word in name_spans_in(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Нұрлыбекке «Союз кризисных центров» нөмірін бердім.", "Союз"),  # a Russian phrase quoted
        ("Балалар Алматыға барды, бәрі риза.", "Алматыға"),  # a city
    ],
)
def test_a_russian_phrase_or_a_place_in_a_kazakh_sentence_stays(text: str, word: str) -> None:
    assert word not in name_spans_in(text)


# -- a lower-case name-word where only a person stands ------------------------------------------------
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("жеңіс 18 де әскерге кетеді дейді", "жеңіс"),  # at 18 he goes to the army
        ("бақыт 16-да мектепті тастады", "бақыт"),
        ("әзиз өз інісін қорғады", "әзиз"),  # his own brother
        ("арман өз әкесінен қорқады", "арман"),
        ("вчера он ночевал у славы", "славы"),  # at Слава's place
        ("пока живёт у романа, дома опасно", "романа"),
        ("слава тоже хочет прийти", "слава"),
        ("роман опять опоздал на занятие", "роман"),
        ("хуршед хеле барвақт омад, гуфт ки дар хона ҷанҷол шуд", "хуршед"),  # two fillers, then the verb
        # a relative after: in the Turkic genitive, or a Tajik relative in the izafe before
        ("азаматтың әкесі қоңырау шалды, баласын жібермейді", "азаматтың"),
        ("azamattyń ákesi qarsy, endi jibermeıdi", "azamattyń"),
        ("модари хуршед занг зад, писарам дар хона гуфт", "хуршед"),
    ],
)
def test_a_name_word_where_a_person_stands_is_removed(text: str, word: str) -> None:
    assert word in name_spans_in(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("слава богу, все пришли", "слава"),
        ("у славы есть обратная сторона", "славы"),  # no verb of staying before "у"
        ("вера тоже важна, любовь тоже играет роль", "вера"),
        ("вера тоже важна, любовь тоже играет роль", "любовь"),
        ("роман тоже хороший, прочитайте", "роман"),
        ("менің арманым — өз үйім болу", "арманым"),
        ("сағат 18-де басталды", "сағат"),  # a clock's hour, not an age
        ("бақыт деген не? өз анасын сыйлау", "бақыт"),
        ("бақыттың кілті білімде, деді апай", "бақыттың"),  # the key of happiness: no relative
        ("дар бораи умед гап задем", "умед"),  # about hope
    ],
)
def test_the_same_words_used_as_words_stay(text: str, word: str) -> None:
    assert word not in name_spans_in(text)


# -- a thing does not speak: a nickname that is a word, opening its clause before a verb of speech ----
@pytest.mark.parametrize("text", ["кара сказал что это нормально", "12:40 утюг сказал, что устал"])
def test_a_thing_before_a_verb_of_speech_is_a_nickname(text: str) -> None:
    assert text.split()[0].strip("0123456789:") in name_spans_in(text) or text.split()[1] in name_spans_in(
        text
    )


@pytest.mark.parametrize(
    "text",
    [
        "кара настигла его не сразу",
        "потом сказал, что устал",
        "радио сказало про дождь",
        "учитель сказал тихо",
    ],
)
def test_words_that_are_no_speaker_stay(text: str) -> None:
    assert not name_spans_in(text)


# -- a relative in the first person after a name: the name's person, in its span -----------------------
@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Ерлан інім бүгін кешікті.", "Ерлан інім"),
        ("Жанар апам келді.", "Жанар апам"),
        ("Sherzod ukam keldi.", "Sherzod ukam"),
    ],
)
def test_a_first_person_relative_after_a_name_is_in_its_span(text: str, span: str) -> None:
    assert span in name_spans_in(text)


def test_a_relative_of_someone_else_stays_beside_the_name() -> None:
    found = name_spans_in("Ерланның інісі бүгін кешікті.")
    assert "Ерланның" in found and "Ерланның інісі" not in found


# -- the session layer ----------------------------------------------------------------------------------
def test_a_case_form_of_a_sessions_name_before_a_relative_is_that_person() -> None:
    notes = ["мырзабай рассказал про отца", "мырзабая двоюродную сестру выдали замуж"]
    assert "мырзабая" in session_names(notes)[1]


def test_a_three_letter_name_in_a_russian_case_is_that_person() -> None:
    notes = ["нур молчал весь час", "говорили про заработки, нура отец в россии"]
    assert "нура" in session_names(notes)[1]


def test_a_listed_name_word_before_a_relative_in_the_genitive_stays() -> None:
    notes = ["вячеслав слава пришёл", "слава отца ему не нужна"]
    assert "слава" not in session_names(notes)[1]


def test_an_english_word_is_no_case_of_a_short_name() -> None:
    notes = ["Tim and Max came.", "first time a participant did that"]
    assert "time" not in session_names(notes)[1]


def test_a_speaker_label_no_dictionary_reads_is_looked_for_in_other_notes() -> None:
    notes = ["Қуаныш пен ербоша кешікті.", "Ербоша: «әкем шешеді»."]
    assert "ербоша" in session_names(notes)[0]


# -- initials standing for a person; capitals with dots that are no one's -------------------------------
@pytest.mark.parametrize(
    ("text", "initials"),
    [
        ("Б.К. (просил не называть) рассказал про отчима.", "Б.К."),
        ("После занятия остались Д.С. и М.Т., спрашивали про 150.", "М.Т."),
        ("Referral for A.N. (15, a participant's cousin) sent today.", "A.N."),
    ],
)
def test_initials_standing_alone_are_a_person(text: str, initials: str) -> None:
    assert initials in name_spans_in(text)


@pytest.mark.parametrize(
    "text", ["P.S. позвонить в центр.", "Meeting at 10 A.M. in the U.S. office", "N.B. спросить"]
)
def test_dotted_abbreviations_are_no_initials(text: str) -> None:
    assert not name_spans_in(text)


# -- a month before a day's number is a date --------------------------------------------------------------
@pytest.mark.parametrize(
    "text", ["Next visit Jan 14, prepare the sheet.", "no session on Dec 16, we rest", "by June 5th"]
)
def test_a_month_before_a_day_is_no_name(text: str) -> None:
    assert not name_spans_in(text)


# -- a name-word spoken of as a word, even for a roster name or a person of the note ----------------------
def test_a_roster_name_word_before_degen_is_the_word() -> None:
    anonymizer = Anonymizer(["Бақыт Сейітов"], use_ner=False)
    text = "бақыт келмеді. бақыт деген не, талқыладық"
    found = [text[s.start : s.end] for s in anonymizer.detect(text) if s.kind is Kind.NAME]
    assert found == ["бақыт"]  # the first: the person; the second: the word


def test_a_name_word_before_means_stays_beside_the_person() -> None:
    text = "Umid came late today. umid means hope, he told us"
    assert [w for w in name_spans_in(text)] == ["Umid"]


@pytest.mark.parametrize("text", ["каждый азамат имеет права", "әр жігіттің арманы бар, әр арман маңызды"])
def test_every_before_a_name_word_makes_it_a_word(text: str) -> None:
    assert not name_spans_in(text)


# -- a lower-case name-word explained in brackets as someone's relative -------------------------------------
def test_a_name_word_explained_as_a_relative_in_brackets_is_a_person() -> None:
    # a person, not only a word alone in its clause: her name's other places in the note go too
    text = "роза (сестра тимура, 15) не ходит в школу, отец против. роза как цветок, сказал тимур"
    found = [s for s in rules_anonymizer().detect(text) if text[s.start : s.end] == "роза"]
    assert len(found) == 2, found


# -- the surname-word guess is for Russian sentences: not a Kazakh word after a name ---------------
@pytest.mark.parametrize(
    ("text", "word"),
    [("бүгін мейрам қызғаныш туралы көп айтты", "қызғаныш"), ("айбектің күнделігін тексеру", "күнделігін")],
)
def test_a_kazakh_word_after_a_name_is_no_surname(text: str, word: str) -> None:
    assert word not in name_spans_in(text)


# -- honorifics: a case after a doubled consonant; Tajik "муаллим" ------------------------------------------
@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Búgin Gúlnar hanymmen sóılestim.", "Gúlnar hanymmen"),
        ("Фарҳод муаллим гуфт ки дарс тамом.", "Фарҳод муаллим"),
    ],
)
def test_an_honorific_after_a_name_is_in_its_span(text: str, span: str) -> None:
    assert span in name_spans_in(text)


def test_a_name_word_before_several_fillers_and_a_verb_of_speech_is_a_person() -> None:
    assert "лев" in name_spans_in("лев сегодня вообще не говорил, потом написал")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Улан жакшы сүйлөдү, топ угуп отурду.", "Улан"),  # spoke well
        ("Арман жақсы айтты, бәрі тыңдады.", "Арман"),
        ("Надежда хорошо сказала про отца.", "Надежда"),
        # a boy called so
        ("nodir degan bola bor 15 da, juda aqlli.", "nodir"),
    ],
)
def test_a_name_word_before_how_it_spoke_is_a_person(text: str, word: str) -> None:
    assert word in name_spans_in(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Sabr yaxshi narsa, dedim.", "Sabr"),  # patience is a good thing
    ],
)
def test_a_name_word_before_good_and_no_verb_stays(text: str, word: str) -> None:
    assert word not in name_spans_in(text)


def test_a_possessed_name_word_in_another_note_of_the_session_stays() -> None:
    notes = ["Арман келді, Арман айтты: бұл дұрыс емес.", "әр жігіттің арманы бар"]
    assert "арманы" not in session_names(notes)[1]


# -- a name-word in lower case right after a Russian adjective: the word ---------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Арман сказал: «у каждого мужчины должен быть настоящий арман, а не чужой».",
        "Азамат сказал фразу дня: «настоящий азамат не кричит, а слушает».",
    ],
)
def test_a_name_word_after_an_adjective_is_the_word_in_the_session_too(text: str) -> None:
    lowered = {"арман", "азамат"}
    assert not lowered & session_names([text])[0]


def test_a_name_in_lower_case_after_a_verb_of_a_person_is_still_the_person() -> None:
    assert "азамат" in session_names(["Азамат пришёл. потом азамат не пришёл"])[0]

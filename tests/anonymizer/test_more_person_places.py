"""More places only a person stands, written from general knowledge of Kazakh, Kyrgyz, Uzbek, Tajik,
Russian and English naming, not from any notes:
- a capitalised word no list holds (a short name, a name's part: "Bek", "Nur") before a filler and a
  verb a person does ("Bek bugun keldi"), or right before a phone number ("Bek +996 555 …"); not a
  word of the number's label ("Үй 8 727 …", "Nomeri 8 776 …");
- a name-word before the comitative written apart and a verb of talking or meeting ("Бакыт менен
  сүйлөштүм", "Umid bilan gaplashdim"), not a topic ("арман мен мақсат туралы сөйлестік");
- a name-word spoken to: opening a sentence, a comma, then a word that speaks to someone ("Бақыт,
  сен не ойлайсың?", "Will, what do you think?"), not a list of words ("Вера, надежда, любовь").
"""

from __future__ import annotations

import pytest

from facilitator.anonymizer.anonymizer import Anonymizer
from facilitator.anonymizer.name_rules.name_sources import UNSURE_SOURCES
from facilitator.anonymizer.spans import Kind
from tests.helpers.found_names import name_spans_in


# -- a capitalised word no list holds, before a filler and a person's verb, or before a phone --------
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Bek bugun keldi, indamay o'tirdi.", "Bek"),
        ("Bek +996 555 318 407, Kanat 0700 921 644", "Bek"),
        ("Тел. список: Бек 0555 31 72 08", "Бек"),
        ("Nur: 0701 234 5678", "Nur"),
    ],
)
def test_a_short_name_before_a_filler_and_a_verb_or_a_phone_is_removed(text: str, word: str) -> None:
    assert word in name_spans_in(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Үй 8 727 123 45 67", "Үй"),
        ("Nomeri 8 776 305 88 41.", None),
        ("Telefony 8 701 123 45 67", "Telefony"),
        ("Uy +998 90 123 45 67", "Uy"),
    ],
)
def test_a_word_of_the_numbers_label_is_not_made_a_sure_name(text: str, word: str | None) -> None:
    found = name_spans_in(text)
    if word is None:  # removed before as unsure (a capital before a number); never made sure
        assert all(s.source in UNSURE_SOURCES for s in found.values()), found
    else:
        assert word not in found, found


# -- the comitative written apart, before a verb of talking or meeting --------------------------------
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Бакыт менен сүйлөштүм, атасы ичет экен.", "Бакыт"),
        ("Эрмек менен кечээ сүйлөштүк.", "Эрмек"),
        ("Umid bilan gaplashdim, otasi uradi.", "Umid"),
        ("Talant bilan uchrashdik.", "Talant"),
        ("сабақтан кейін арман мен сөйлестім.", "арман"),
    ],
)
def test_a_name_word_with_the_comitative_apart_before_talking_is_removed_unsure(text: str, word: str) -> None:
    found = name_spans_in(text)
    assert word in found, found
    assert found[word].source in UNSURE_SOURCES


@pytest.mark.parametrize(
    "text",
    [
        "Кеше арман мен мақсат туралы сөйлестік.",
        "Сабыр мен төзім туралы сөйлестік.",
        "Umid bilan yashash kerek.",
        "Бакыт менен жашоо керек.",
    ],
)
def test_a_name_word_with_the_comitative_before_a_topic_or_no_verb_stays(text: str) -> None:
    first = text.split()[0] if text[0].isupper() else text.split()[1]
    assert first not in name_spans_in(text)


# -- a name-word spoken to ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Я спросил: «Бақыт, сен не ойлайсың?» Ол үндемеді.", "Бақыт"),
        ("Will, what do you think? He shrugged.", "Will"),
        ("Umid, sen nima deysan? — dedim.", "Umid"),
        ("Слава, ты почему молчишь? — спросил я.", "Слава"),
        ("Умед, ту чӣ мегӯӣ?", "Умед"),
    ],
)
def test_a_name_word_spoken_to_is_removed_unsure(text: str, word: str) -> None:
    found = name_spans_in(text)
    assert word in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Вера, надежда, любовь — вы знаете эти слова?",
        "Сабақта сөйлестік: сезім, арман, бақыт.",
        "Hope, faith and love: which do you need most?",
    ],
)
def test_a_list_of_words_before_you_stays(text: str) -> None:
    listed = {"Вера", "надежда", "любовь", "сезім", "арман", "бақыт", "Hope"}
    assert not [w for w in name_spans_in(text) if w in listed]


# -- a public figure's name given to a boy ------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Манас деген бала келди, ал унчукпады.", "Манас"),
        ("Абай деген бала бүгін келді.", "Абай"),
    ],
)
def test_a_public_figures_name_given_to_a_boy_is_removed(text: str, word: str) -> None:
    assert word in name_spans_in(text)


@pytest.mark.parametrize(
    "text",
    [
        "Абай жолы туралы сөйлестік.",
        "Манас эпосунан үзүндү окудук.",
        "Абай деген ақын туралы айттық.",
        "Встречались в библиотеке имени Пушкина.",
    ],
)
def test_the_public_figure_stays(text: str) -> None:
    assert not name_spans_in(text)


# -- a name-word before an age ----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Роман, 14 лет, живёт с бабушкой.", "Роман"),
        ("Слава 15 лет, из Шымкента.", "Слава"),
        ("Надежда, 16 лет, сирота.", "Надежда"),
        ("Umid 17 yoshda, maktabda o'qiydi.", "Umid"),
        ("Умед 15 сола, дар мактаб мехонад.", "Умед"),
        # a date of birth after its cue
        ("Жеңіс туған күні 3 қазан 2006, әскерге әлі ерте.", "Жеңіс"),
        ("Надежда, дата рождения: 04.05.2007, живёт с тётей.", "Надежда"),
    ],
)
def test_a_name_word_before_an_age_is_removed_unsure(text: str, word: str) -> None:
    found = name_spans_in(text)
    assert word in found, found
    assert found[word].source in UNSURE_SOURCES


@pytest.mark.parametrize(
    "text",
    [
        "Роман 300 страниц, читали неделю.",
        "Слава богу, все пришли.",
        "Туған күні 5 мамыр, бәрі құттықтады.",  # the cue opens the sentence: no name before it
    ],
)
def test_a_name_word_before_a_number_that_is_no_age_stays(text: str) -> None:
    assert not name_spans_in(text)


def test_a_name_word_opening_a_russian_sentence_before_an_age_survives_the_name_models_silence() -> None:
    found = {
        text[s.start : s.end]
        for text in ("Роман, 14 лет, живёт с бабушкой.",)
        for s in Anonymizer((), use_ner=True).detect(text)
        if s.kind is Kind.NAME
    }
    assert "Роман" in found


# -- said to be a person; a Russian genitive of absence -----------------------------------------------
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Роман — тихий парень, всегда сидит у окна.", "Роман"),
        ("Романа нет сегодня, заболел.", "Романа"),
        ("Славы вчера опять не было.", "Славы"),
        ("Армана сегодня нет.", "Армана"),
    ],
)
def test_a_name_word_said_to_be_a_person_or_absent_is_removed_unsure(text: str, word: str) -> None:
    found = {
        text[s.start : s.end]: s for s in Anonymizer((), use_ner=True).detect(text) if s.kind is Kind.NAME
    }
    assert word in found, found
    assert found[word].source in UNSURE_SOURCES


@pytest.mark.parametrize(
    "text",
    [
        "Роман — это жанр, не путайте.",
        "Любовь — главное слово.",
        "Надежды нет, говорят они.",
        "Времени не было.",
    ],
)
def test_a_name_word_as_a_word_before_a_dash_or_an_absence_stays(text: str) -> None:
    assert not name_spans_in(text)


# -- a lower-case name-word before an age; a Latin name before a Russian word ------------------------
@pytest.mark.parametrize(
    ("text", "word"),
    [("мирас 15 жаста, 9 сыныпта оқиды.", "мирас"), ("арман, 16 жаста, ауылдан келді.", "арман")],
)
def test_a_lower_case_name_word_before_an_age_is_removed_unsure(text: str, word: str) -> None:
    found = name_spans_in(text)
    assert word in found, found
    assert found[word].source in UNSURE_SOURCES


def test_a_lower_case_name_word_before_years_that_are_no_age_stays() -> None:
    assert not name_spans_in("бақыт 15 жыл бұрын болды.")


@pytest.mark.parametrize(
    ("text", "word"),
    [("Zhenis в больнице, его мама написала.", "Zhenis"), ("Arman в армии с весны.", "Arman")],
)
def test_a_latin_name_word_before_a_russian_word_is_no_kazakh_word(text: str, word: str) -> None:
    assert word in name_spans_in(text)


# -- a name-word opening a sentence before what a person does ----------------------------------------
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Слава подрался на перемене.", "Слава"),
        ("Роман курит с седьмого класса.", "Роман"),
        ("Mark smokes behind the school.", "Mark"),
        ("Will fought with his cousin.", "Will"),
        ("Hope drinks with her friends.", "Hope"),
        ("Арман үйленді, енді ауылда тұрады.", "Арман"),
        ("Бакыт ичет, апасы айтты.", "Бакыт"),
        ("Umid chekadi, ukasi aytdi.", "Umid"),
    ],
)
def test_a_name_word_opening_a_sentence_before_a_persons_doing_is_removed(text: str, word: str) -> None:
    assert word in name_spans_in(text)


@pytest.mark.parametrize(
    "text",
    [
        "Mark the time on the board.",
        "Will they come next week?",
        "Hope is the word of the day.",
        "Слава богу, все пришли.",
    ],
)
def test_a_name_word_as_a_word_at_a_sentence_start_stays(text: str) -> None:
    assert not name_spans_in(text)


# -- a lower-case list of names, one of them sure ------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("bakyt, arman, erlan keldi.", ("bakyt", "arman")),
        ("nur, umid va sardor keldi.", ("nur", "umid")),
    ],
)
def test_name_words_heading_a_lower_case_list_of_names_are_removed(text: str, words: tuple[str, ...]) -> None:
    found = name_spans_in(text)
    assert all(w in found for w in words), found


@pytest.mark.parametrize(
    "text",
    ["сезім, арман және мақсат туралы сөйлестік.", "вера, надежда и любовь.", "nur, umid, baxt — so'zlar."],
)
def test_a_lower_case_list_of_words_stays(text: str) -> None:
    assert not name_spans_in(text)


# -- a first name of the note's full name, opening a later sentence -----------------------------------
def test_the_first_name_of_a_full_name_opening_a_later_sentence_is_removed() -> None:
    text = "Сегодня пришёл Роман Ткаченко. Роман весь час молчал, потом ушёл."
    found = [s for s in Anonymizer((), use_ner=True).detect(text) if s.kind is Kind.NAME]
    later = text.rindex("Роман")
    assert any(s.start == later for s in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Надежда Петровна пришла. Надежда есть всегда.",
        "Вера Ким пришла. Вера в себя важна.",
        "Любовь Ким пришла. Любовь и уважение — темы дня.",
    ],
)
def test_the_same_word_as_a_word_by_what_follows_stays(text: str) -> None:
    found = [s for s in Anonymizer((), use_ner=True).detect(text) if s.kind is Kind.NAME]
    second = text.index(". ") + 2
    assert not any(s.start == second for s in found), found


# -- kept: countries as the region spells them, a relative opening a sentence, days of the week -------
@pytest.mark.parametrize(
    "text",
    [
        "Падараш ба Русия рафтааст.",
        "Бародараш дар Маскав кор мекунад.",
        "Онҳо ба Қазоқистон рафтанд.",
        "Otasi Qozog'istonda ishlaydi.",
        "Атасы Орусияда иштейт.",
        "Shanba kuni dars yo'q.",
        "Дүйшөмбү күнү келди.",
        "Якшанбе вохӯрдем.",
    ],
)
def test_a_country_a_relative_or_a_day_stays(text: str) -> None:
    assert not [s for s in Anonymizer((), use_ner=True).detect(text) if s.kind is Kind.NAME]


def test_a_name_after_a_tajik_relative_is_still_removed() -> None:
    assert "Умед" in name_spans_in("Падараш Умед ба Русия рафтааст.")


@pytest.mark.parametrize(
    "text",
    [
        "Жакшы суроо болду, балдар ойлонушту.",
        "Кийинки сабакта уланта беребиз.",
        "Yaxshi bo'ldi, yigitlar faol edi.",
        "Muhokama uzoq davom etdi.",
        "Хуб гузашт, бачаҳо фаъол буданд.",
        "Гурӯҳ ду қисм шуд.",
    ],
)
def test_a_frequent_word_of_kyrgyz_uzbek_or_tajik_opening_a_sentence_stays(text: str) -> None:
    assert not [s for s in Anonymizer((), use_ner=True).detect(text) if s.kind is Kind.NAME]


@pytest.mark.parametrize(
    ("text", "word"),
    [("Славу избил отец, он пришёл с синяком.", "Славу"), ("Романа вызвали к директору.", "Романа")],
)
def test_a_russian_name_word_in_the_accusative_before_what_is_done_to_him_is_removed(
    text: str, word: str
) -> None:
    found = {
        text[s.start : s.end]: s for s in Anonymizer((), use_ner=True).detect(text) if s.kind is Kind.NAME
    }
    assert word in found, found


@pytest.mark.parametrize("text", ["Веру в себя потерял.", "Славу получил тренер.", "Романа читали вслух."])
def test_a_russian_name_word_in_the_accusative_as_a_word_stays(text: str) -> None:
    assert not [s for s in Anonymizer((), use_ner=True).detect(text) if s.kind is Kind.NAME]


@pytest.mark.parametrize(
    "text",
    ["Я не согласен, сказал он.", "А потом все ушли.", "U keldi, lekin indamadi.", "«Я боюсь», — сказал он."],
)
def test_a_one_letter_pronoun_or_conjunction_is_no_name(text: str) -> None:
    assert not [s for s in Anonymizer((), use_ner=True).detect(text) if s.kind is Kind.NAME]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Вера: «я боюсь отца».", "Вера"),
        ("Слава: «мы все устали».", "Слава"),
        ('Hope: "I\'m scared of him".', "Hope"),
    ],
)
def test_a_name_word_labelling_a_quotation_in_the_first_person_is_removed(text: str, word: str) -> None:
    found = {
        text[s.start : s.end]: s for s in Anonymizer((), use_ner=True).detect(text) if s.kind is Kind.NAME
    }
    assert word in found, found
    assert found[word].source in UNSURE_SOURCES


def test_a_heading_before_a_quotation_in_the_first_person_stays() -> None:
    assert not name_spans_in("Тема: «я и мой отец».")


@pytest.mark.parametrize(
    "text", ["úıdegi jumysty kim isteıdi?", "uyda kim ishlaydi?", "үйдегі жұмысты кім істейді?"]
)
def test_who_is_no_name(text: str) -> None:
    assert not name_spans_in(text)


# -- an honorific after a name is part of the name ----------------------------------------------------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Айбек байке из Нарына рассказал про сестру.", "Айбек байке"),
        ("Кілт Маржан апайда, ол сағат 9-да келеді.", "Маржан апай"),
        ("Sáken aǵa zaldy berýge kelisti.", "Sáken aǵa"),
        ("Бехзод ука сказал, что согласен.", "Бехзод ука"),
        ("Жанар апай дағдарыс орталығынан келді.", "Жанар апай"),
    ],
)
def test_an_honorific_after_a_name_is_removed_with_it(text: str, name: str) -> None:
    spans = [s for s in Anonymizer((), use_ner=True).detect(text) if s.kind is Kind.NAME]
    at = text.index(name)
    assert any(s.start <= at and at + len(name) <= s.end for s in spans), spans


@pytest.mark.parametrize(
    "text", ["Гулнора опа Юнусобод 5-мавзе, 14-уй.", "Номер Жылдызбек эже: +996 700 318 245."]
)
def test_a_name_with_its_honorific_stays_apart_from_the_next_word(text: str) -> None:
    spans = [s for s in Anonymizer((), use_ner=True).detect(text) if s.kind is Kind.NAME]
    assert not any(s.start == 0 and text[s.start : s.end].split()[0] in ("Номер",) for s in spans), spans
    name = "Гулнора опа" if text.startswith("Гулнора") else "Жылдызбек эже"
    at = text.index(name)
    assert any(s.start <= at and at + len(name) <= s.end for s in spans), spans


def test_a_name_word_before_a_comma_and_a_relative_of_a_name_is_removed() -> None:
    text = "Роза, сестра Мирлана, пришла за братом."
    found = {
        text[s.start : s.end]: s for s in Anonymizer((), use_ner=True).detect(text) if s.kind is Kind.NAME
    }
    assert "Роза" in found, found
    assert found["Роза"].source in UNSURE_SOURCES


@pytest.mark.parametrize("text", ["Любовь, мама и папа — главное.", "Вера, сестра милосердия, — тема дня."])
def test_a_name_word_before_a_comma_and_a_relative_of_no_one_stays(text: str) -> None:
    assert not [s for s in Anonymizer((), use_ner=True).detect(text) if s.kind is Kind.NAME]

"""Names typed where only a person stands, in spellings or case forms the lists do not hold.

Written from general knowledge of how facilitators type notes in Russian, Kazakh (Cyrillic, the 2018
and 2021 Latin alphabets, plain ASCII), Uzbek, Tajik and English, not from any notes: a speaker
label ("ánsar: «…»", "кубан: я думаю…"), a name joined by "и"/"мен"/"and" to a name, a name's
genitive before a relative ("романа старший брат"), a name said to be absent in a roll call ("kairat
zhok"), a name after a relative in Kazakh Latin, a feast's word that is a boy's name ("Navruz said").
The same words used as words, or a heading's word before a colon ("тема:", "итог:", "upd:"), stay.
"""

from collections.abc import Callable

import pytest

from facilitator.anonymizer import kazakh_spellings
from facilitator.anonymizer.anonymizer import Anonymizer
from facilitator.anonymizer.spans import Kind


def _names(text: str) -> list[str]:
    spans = Anonymizer(use_ner=False).detect(text)
    return [text[s.start : s.end] for s in spans if s.kind is Kind.NAME]


def _removed(text: str, name: str) -> bool:
    return any(name in found for found in _names(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a speaker label of a name typed in a spelling no list holds (Әнсар, listed as "Ансар")
        ("Sabaq jaqsy ótti.\nánsar: «erkek úıde ydys jýmaıdy»", "ánsar"),
        ("ánsar: «áıel úıde otyrýy kerek»", "ánsar"),
        # a speaker label of a name no list holds: a quotation, a first-person pronoun, a dash
        ("Обсуждали кражу невест.\nкубан: «если девушку украли — значит, согласна»", "кубан"),
        ("кубан: я думаю, что это нормально", "кубан"),
        ("Тема: ала қашу.\n14:20 кубан: — а кто будет готовить?", "кубан"),
    ],
)
def test_a_speaker_label_is_a_name(text: str, name: str) -> None:
    assert _removed(text, name), _names(text)


@pytest.mark.parametrize(
    "text",
    [
        "тема: «насилие в семье»",
        "итог: 12 человек, все активные",
        "вопрос: я не понял, зачем это нужно",
        "note: I think we need more time",
        "upd: мы перенесли встречу на пятницу",
        "цитата: «мужчины не плачут»",
        "ps: мы забыли раздать анкеты",
        "тақырып: «мен және отбасым»",
        "сұрақ: мен не істеуім керек?",
        "savol: men nima qilishim kerek?",
        "mavzu: «oila va zo'ravonlik»",
        "izoh: men keyinroq yozaman",
        "xulosa: biz kelishdik",
        "хулоса: мо розӣ шудем",
        "корутунду: биз макулдаштык",
        "qorytyndy: biz kelistik",
        "imho: we should start earlier",
    ],
)
def test_a_headings_word_before_a_colon_stays(text: str) -> None:
    assert not _names(text), _names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("слава и марат пришли рано", "слава"),
        ("пришли марат и слава, остальные нет", "слава"),
        ("bugin aziz ben bakhyt keldi, qalgandary zhok", "aziz"),
    ],
)
def test_a_name_word_joined_to_a_name_is_a_name(text: str, name: str) -> None:
    assert _removed(text, name), _names(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("слава богу, все пришли", "слава"),
        ("Слава и честь — не главное, сказал Марат", "Слава"),
        ("Марат сказал: слава и деньги не главное", "слава"),
    ],
)
def test_a_name_word_joined_to_a_word_stays(text: str, word: str) -> None:
    assert not _removed(text, word), _names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("романа старший брат сидел за побои жены", "романа"),
        ("Романа старший брат сидел за побои жены, мать его защищает", "Романа"),
        ("Славы младшая сестра вышла замуж в 16", "Славы"),
    ],
)
def test_a_name_words_genitive_before_a_relative_is_a_name(text: str, name: str) -> None:
    assert _removed(text, name), _names(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("романа главный герой — вор, обсуждали его", "романа"),
        ("Романа автор не помню, но книга хорошая", "Романа"),
        ("Славы и денег хотят все", "Славы"),
    ],
)
def test_a_words_genitive_before_another_noun_stays(text: str, word: str) -> None:
    assert not _removed(text, word), _names(text)


_ROLL_CALL = "бүгін 14 бала келді, қайрат жоқ, Дәурен кешікті"


_LATIN = [kazakh_spellings.to_2018, kazakh_spellings.to_2021, kazakh_spellings.to_ascii]


def _spelt(text: str, spell: Callable[[str], str]) -> str:
    """``text`` (Kazakh in Cyrillic) with each word in ``spell``'s alphabet, capitals kept."""
    return " ".join(spell(w).capitalize() if w[:1].isupper() else spell(w) for w in text.split(" "))


@pytest.mark.parametrize("spell", [str.casefold, *_LATIN])
def test_a_name_word_said_absent_in_a_roll_call_is_a_name(spell: Callable[[str], str]) -> None:
    text = _spelt(_ROLL_CALL, spell)
    assert _removed(text, spell("қайрат")), (text, _names(text))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("kairat kerek bul jumysqa", "kairat"),
        ("қайрат жоқ, күш жоқ, бәрі шаршады", "қайрат"),
        ("Жастарда арман жоқ, Ерлан солай деді", "арман"),
        ("bul jerde baqyt joq, dedi Dauren", "baqyt"),
    ],
)
def test_a_name_word_said_to_be_lacking_stays(text: str, word: str) -> None:
    assert not _removed(text, word), _names(text)


@pytest.mark.parametrize("spell", _LATIN)
def test_a_name_word_after_a_relative_in_kazakh_latin_is_a_name(spell: Callable[[str], str]) -> None:
    text = "Asannyń " + _spelt("ағасы болат та сабаққа келді.", spell)
    assert _removed(text, spell("болат")), (text, _names(text))


def test_a_name_word_after_a_relative_in_kazakh_latin_stays_before_a_noun() -> None:
    assert not _removed("Asannyń ákesi bolat zaýytynda isteıdi.", "bolat")


@pytest.mark.parametrize("spell", _LATIN)
def test_a_patronymic_in_lower_case_in_every_kazakh_latin_spelling(spell: Callable[[str], str]) -> None:
    text = _spelt("ерланұлы келді", spell)
    assert _removed(text, spell("ерланұлы")), (text, _names(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Navruz said a friend posted a video threatening his ex", "Navruz"),
        ("Khorog, 9 participants, Navruz Shohzoda helped with Shughni", "Navruz"),
        ("Ёрали ва Навруз омаданд. Навруз гуфт «бародарам маро фиристод».", "Навруз"),
    ],
)
def test_navruz_is_a_boys_name_where_a_person_stands(text: str, name: str) -> None:
    assert _removed(text, name), _names(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Navruz bayramiga tayyorgarlik ko'rdik", "Navruz"),
        ("We celebrated Navruz together with the families", "Navruz"),
        ("Парни хотят «украсть» девушку на Навруз", "Навруз"),
        ("Наурыз мерекесіне дайындық, 6 бала келді", "Наурыз"),
        ("Navruz is coming soon, the group will meet after it", "Navruz"),
    ],
)
def test_navruz_the_feast_stays(text: str, word: str) -> None:
    assert not _removed(text, word), _names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a name no list holds, before a Russian verb of speech
        ("Обсуждали кражу невест. кубан сказал, что это традиция.", "кубан"),
        # a name typed in a spelling no list holds (Әнсар, listed as "Ансар"), before a verb of speech
        ("Sabaq jaqsy ótti. ánsar aıtty: erkek jylamaıdy.", "ánsar"),
    ],
)
def test_a_lower_case_word_no_dictionary_reads_before_a_verb_of_speech_is_a_name(
    text: str, name: str
) -> None:
    assert _removed(text, name), _names(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Сабақ соңында сосын айтты, бәрі келісті.", "сосын"),  # "then"
        ("Бәрі рахмет айтты.", "рахмет"),  # "thanks"
        ("Ол ертең келіп сөйлеймін деді.", "сөйлеймін"),  # a Kazakh verb no dictionary here holds
        ("U endi uydan chiqarishmaydi dedi.", "chiqarishmaydi"),  # Uzbek: no dictionary here
        ("вчера все сказали, что устали", "все"),
    ],
)
def test_a_word_before_a_verb_of_speech_stays(text: str, word: str) -> None:
    assert not _removed(text, word), _names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Әнсар, listed in Russian letters only ("Ансар"), typed with Kazakh letters in Latin: the
        # same rules as for "әнсар" in Cyrillic
        ("búgin ánsar aǵa keldi", "ánsar"),
        ("sabaqtan keıin ánsarǵa aıttym", "ánsarǵa"),
        ("ánsar +7 701 234 56 78", "ánsar"),
        ("ákesi ánsar keldi", "ánsar"),
        ("ánsardyń sózi unamady", "ánsardyń"),
    ],
)
def test_a_name_listed_in_russian_letters_typed_with_kazakh_latin_letters(text: str, name: str) -> None:
    assert _removed(text, name), _names(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("jańa ádis keldi", "jańa"),  # "new", not Жана
        ("ol áli kelmedi", "áli"),  # "still", not Али
        ("sabaqtan soń bári ketti", "soń"),  # "after"
    ],
)
def test_a_kazakh_latin_word_that_folds_to_a_name_stays(text: str, word: str) -> None:
    assert not _removed(text, word), _names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Kazakh typed on a Russian keyboard (қ as к, ң as н, ө as о, і as и): the kk profile's words
        # are read so too ("сөзі" is "сози")
        ("кайраттын сози унамады", "кайраттын"),
        ("айдостын агасы келди", "айдостын"),
    ],
)
def test_kazakh_typed_on_a_russian_keyboard_reaches_the_same_rules(text: str, name: str) -> None:
    assert _removed(text, name), _names(text)


def test_a_name_word_before_its_word_on_a_russian_keyboard_stays() -> None:
    assert not _removed("арман сози туралы сойлестик", "арман")  # "the word 'dream'"


def test_a_regional_name_in_a_one_sentence_lower_case_russian_note_is_a_name() -> None:
    # a writer who does not capitalise even the note's only sentence does not capitalise names
    assert _removed("максат опять без слов.", "максат")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("у каждого свой арман, сказал тренер.", "арман"),  # "one's own dream"
        ("у каждого свой арман. все согласились.", "арман"),
        ("обсудили тему «арман».", "арман"),
    ],
)
def test_an_owned_or_quoted_name_word_in_a_lower_case_note_stays(text: str, word: str) -> None:
    assert not _removed(text, word), _names(text)


def test_a_name_word_joined_to_a_name_survives_the_name_models_silence() -> None:
    # in a Russian sentence, a name-word the rules are unsure of is dropped where the name model
    # (NER) reads no person, unless it stands beside a sure name: joined by "и" is beside it too
    text = "колледж, 14 человек, Слава и Денис с первого курса"
    spans = Anonymizer().detect(text)
    assert "Слава" in [text[s.start : s.end] for s in spans if s.kind is Kind.NAME]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Лёвин номер 87051123307, спросить у мамы.", "Лёвин"),
        ("Обзвонить до среды. Димин папа против.", "Димин"),
    ],
)
def test_a_russian_possessive_adjective_of_a_first_name_is_the_person(text: str, name: str) -> None:
    assert _removed(text, name), _names(text)


@pytest.mark.parametrize("text", ["Машина сломалась, опоздали.", "Машин было много у школы."])
def test_a_noun_spelt_like_a_possessive_of_a_name_stays(text: str) -> None:
    assert not _names(text), _names(text)


def test_a_name_words_genitive_before_what_a_person_owns_is_a_name_even_where_the_model_is_silent() -> None:
    text = "Славы адрес для сертификата мкр Гульдер-1, д. 5, кв. 102"
    spans = Anonymizer().detect(text)
    assert "Славы" in [text[s.start : s.end] for s in spans if s.kind is Kind.NAME]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("сегодня 12 человек, слава пришёл поздно, тимур не пришёл", "слава"),
        ("потом роман ушёл раньше всех", "роман"),
    ],
)
def test_a_russian_name_word_before_a_verb_only_a_person_does_is_a_name(text: str, name: str) -> None:
    assert _removed(text, name), _names(text)


def test_a_russian_name_word_after_such_a_verb_stays() -> None:
    assert not _removed("к нему пришла слава после фильма", "слава")

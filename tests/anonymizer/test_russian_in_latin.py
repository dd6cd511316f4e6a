"""Russian typed in Latin letters, as a facilitator types on a phone ("adilet privel kubu, oba iz
sela"): a sentence whose function words are Russian ones in Latin ("chto", "eto", "oba", "iz") reads
a lower-case name before a verb of a person ("adilet zhivet", "kuba skazal"), after a verb whose
object is a person ("privel kubu"), after "u"/"s"/"k" ("u adileta") and in a Russian case ending
("adiletu bylo nelovko"); the session layer finds a name's Latin case forms in its other notes
("kubu nikto ne slushal"). English, Uzbek and Kazakh sentences in Latin, and Russian words in Latin
("mama skazala", "privel druga", "direktor skazal": the Russian dictionary reads it once put in
Cyrillic), stay; so do, in a note written so, a lower-case listed name that is a Russian word ("tema:
…", "v avguste") and a capitalised Russian word opening a short sentence ("Ostalnoe lichno.")."""

from __future__ import annotations

import pytest

from facilitator.anonymizer.anonymizer import Anonymizer
from tests.helpers.session_notes import session


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("9 parnei. adilet privel kubu, oba iz sela, adilet zhivet ak-kyya", ["adilet", "kubu"]),
        ("kuba skazal chto na zarabotkah vse muzhiki p'yut i eto normal'no", ["kuba"]),
        ("potom kuba skazal chto ne pridet", ["kuba"]),
        ("adiletu bylo nelovko, eto ochen stydno", ["adilet"]),
        ("u adileta otec v rossii", ["adilet"]),
        ("on prishel s adiletom i tozhe molchal", ["adilet"]),
    ],
)
def test_a_name_in_russian_typed_in_latin_is_a_person(text: str, gone: list[str]) -> None:
    printed = Anonymizer([], language="ru").anonymize(text)
    for word in gone:
        assert word not in printed, printed


@pytest.mark.parametrize(
    ("language", "text", "kept"),
    [
        ("en", "kuba is a country", "kuba"),
        ("uz", "u keldi", "u keldi"),
        ("kk-latn", "adilet degen sóz ne", "adilet"),
        ("ru", "mama skazala chto eto normalno", "mama"),
        ("ru", "on privel druga iz sela", "druga"),
        ("ru", "erlan ne prishel, vmesto nego bratishka prishel", "bratishka"),
        ("ru", "direktor skazal chto ne nado", "direktor"),
        ("ru", "uchitelnica skazala chto eto normalno", "uchitelnica"),
        ("ru", "sosedka skazala chto on p'yet", "sosedka"),
        ("ru", "ya privel primer iz zhizni", "primer"),
        ("ru", "Sanzhar sprosil pochemu tolko parni", "pochemu"),
        ("ru", "ya chital roman, eto ochen interesno", "roman"),
        ("ru", "vera v sebya eto ochen vazhno", "vera"),
        ("ru", "na zarabotkah vse muzhiki p'yut i eto normal'no", "muzhiki"),
    ],
)
def test_words_in_latin_stay(language: str, text: str, kept: str) -> None:
    assert kept in Anonymizer([], language=language).anonymize(text)


@pytest.mark.parametrize(
    ("texts", "word"),
    [
        (["kuba skazal chto eto normalno", "kubu nikto ne slushal", "u kuby net deneg"], "kub"),
        (["timur skazal chto eto normalno", "timuru nikto ne veril"], "timur"),
    ],
)
def test_latin_case_forms_of_a_session_name(texts: list[str], word: str) -> None:
    printed = session("ru", texts)
    for text in printed:
        assert word not in text, printed


def test_latin_case_forms_need_a_russian_note() -> None:
    printed = session("kk-latn", ["bugin arman kelmedi", "taqyryp «armanym kim bolu» boldy"])
    assert "armanym" in printed[1]


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("vchera adilet tozhe skazal chto ne pridet", "adilet"),
        ("potom bolat skazali chto eto normalno, vse zasmeyalis", "bolat"),
        ("na perereve arman poshutil pro zhenshin i vse molchali", "arman"),
        ("potom timur opyat plachet, ego nikto ne slushaet", "timur"),
    ],
)
def test_a_listed_name_before_any_verb_the_dictionary_reads_is_a_person(text: str, gone: str) -> None:
    """The verb found by the Russian dictionary once put in Cyrillic, not only by the profiles' list
    ("skazali", "poshutil", "plachet"), right after the name or after one function word ("tozhe")."""
    printed = Anonymizer([], language="ru").anonymize(text)
    assert gone not in printed, printed


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("ya chital roman, eto ochen interesno", "roman"),
        ("potom vse skazali chto eto normalno", "vse"),
        ("mama tozhe skazala chto eto normalno", "mama"),
    ],
)
def test_a_word_before_a_verb_stays(text: str, kept: str) -> None:
    assert kept in Anonymizer([], language="ru").anonymize(text)


@pytest.mark.parametrize(
    ("roster", "text", "gone"),
    [
        (["Timur Dzhumagulov"], "timuru 8 701 405 66 21, mame tozhe", "timuru"),
        (["Erlan Kasymaliev"], "erlanu napisat v telegu naschet futbola", "erlanu"),
        (["Vadim Lee"], "Vadimom vse dovolny", "Vadimom"),
    ],
)
def test_a_roster_name_with_a_russian_case_ending_in_latin_is_removed(
    roster: list[str], text: str, gone: str
) -> None:
    # the roster says the person is there: no sentence of Russian in Latin needed around it
    assert gone not in Anonymizer(roster, use_ner=False).anonymize(text)


@pytest.mark.parametrize(
    ("roster", "text", "kept"),
    [
        (["Aman Ospanov"], "amanat dlya vseh, eto ochen vazhno", "amanat"),
        (["Mark Lee"], "the market is closed", "market"),
    ],
)
def test_a_word_that_only_begins_like_a_short_roster_name_stays(
    roster: list[str], text: str, kept: str
) -> None:
    assert kept in Anonymizer(roster, use_ner=False).anonymize(text)


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("timur lichno brat uehal, vzyal kredit na mamu saule teper bank zvonit kazhdyi den", "saule"),
        ("on pozvonil sestre aizhan, eto ochen vazhno", "aizhan"),
        ("i chto on udaril devushku aselku odin raz, hochet izmenitsya", "aselku"),
        ("dali aigulke podarok, eto ochen priyatno", "aigulke"),
    ],
)
def test_a_listed_name_after_a_relative_in_latin_is_removed(text: str, gone: str) -> None:
    assert gone not in Anonymizer([], language="ru").anonymize(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("mama roman chitala, eto ochen interesno", "roman"),
        ("ona kupila knizhku i sumku, eto ochen horosho", "knizhku"),
        ("on vzyal ruchku i banku, eto ochen horosho", "banku"),
        ("u mamy vera v boga, eto ochen vazhno", "vera"),
        ("nurik skazal azamat tak i nado, eto ochen horosho", "azamat"),
    ],
)
def test_a_word_after_a_relative_or_a_verb_in_latin_stays(text: str, kept: str) -> None:
    assert kept in Anonymizer([], language="ru").anonymize(text)


@pytest.mark.parametrize(
    ("roster", "text", "gone"),
    [
        (["Anatoliy Sergeev"], "tolik skazal muzhik ne plachet, vse rzhali", "tolik"),
        (["Вячеслав Ким"], "слава сказал, что не придёт", "слава"),
    ],
)
def test_a_lower_case_short_form_of_a_roster_name_before_speech_is_removed(
    roster: list[str], text: str, gone: str
) -> None:
    assert gone not in Anonymizer(roster, use_ner=False).anonymize(text)


@pytest.mark.parametrize(
    ("roster", "text", "kept"),
    [
        (["Вячеслав Ким"], "слава богу, все пришли", "слава"),
        (["Anatoliy Sergeev"], "tolik ne ponyal, no ladno", "tolik"),
    ],
)
def test_a_lower_case_short_form_that_speaks_nothing_stays(roster: list[str], text: str, kept: str) -> None:
    assert kept in Anonymizer(roster, use_ner=False).anonymize(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("segodnya u nas 10 parney. tema: ranniy brak, vse molchali", "tema"),
        ("segodnya 10 parney, tema 'revnost', vse molchali", "tema"),
        ("Segodnya tema - dengi, vse molchali i nichego ne skazali", "Segodnya"),
        ("svadbu hotyat sdelat v avguste, on ne hochet, mama tozhe", "avguste"),
        ("Ostalnoe lichno. ya s nim pogovoril, on ne hochet, mama tozhe", "Ostalnoe"),
        ("Zhivet: Samarqand. ya s nim pogovoril, on ne hochet, mama tozhe", "Zhivet"),
    ],
)
def test_a_russian_word_in_a_note_typed_in_latin_stays(text: str, kept: str) -> None:
    assert kept in Anonymizer([], language="ru").anonymize(text)


def test_a_listed_name_that_is_a_russian_word_before_a_verb_of_a_person_is_still_one() -> None:
    printed = Anonymizer([], language="ru").anonymize("vchera mira opyat ne prishla, ya ej pozvonil")
    assert "mira" not in printed


def test_a_listed_name_in_an_english_note_with_words_russian_shares_is_still_one() -> None:
    printed = Anonymizer([], language="en").anonymize("my mama says mira will come, no net loss")
    assert "mira" not in printed


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a listed name in lower case whose Cyrillic reading is a Russian word: the word
        ("kto platit, muja ili jeny dengi?", "jeny"),
        # a capitalised Latin word opening a short sentence or a line, a Russian word in Cyrillic
        ("Itogi: 4 vstrechi. Ostalnoe potom.", "Ostalnoe"),
        ("Zhaloby: 3 (dom - 2, shkola - 1)", "Zhaloby"),
        ("Poetomu perenesli na sredu.", "Poetomu"),
    ],
)
def test_russian_words_in_latin_letters_stay_in_short_lines(text: str, kept: str) -> None:
    assert kept in Anonymizer([], language="ru").anonymize(text)


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        # a soft stem's instrumental in -em, after "s"
        ("vchera opyat govorili s sergeem pro otca, on molchal", "sergeem"),
        # a short stem, read on the letters as typed, before an age, after "s", before a verb
        ("segodnya kolya opyat ne prishel. kole 15, on samyi mladshii iz nih", "kole"),
        ("zanyatie bylo tyazheloe. pogovorila s ayanom posle vsego, on plakal", "ayanom"),
        # the stem's "y" is the name's "й": Nikolai, Andrei
        ("nikolai ne prishel opyat. nikolayu 14, otec v tyur'me", "nikolayu"),
        # a short sentence of a note written so, with no function word of its own
        ("segodnya byl trudnyi den, vse ustali. nad timurom smeyutsya, zovut zhirnym", "timurom"),
    ],
)
def test_a_case_form_of_a_name_in_a_note_typed_in_latin_is_a_person(text: str, gone: str) -> None:
    assert gone not in Anonymizer([], language="ru").anonymize(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("on upal s velika i slomal ruku, eto bylo v subbotu", "velika"),
        ("smeh v zale, no on zadumalsya, eto bylo vazhno", "zale"),
        ("na rabote 12 chelovek, vse ustali, eto normalno", "rabote"),
    ],
)
def test_a_word_with_a_case_ending_in_a_note_typed_in_latin_stays(text: str, kept: str) -> None:
    assert kept in Anonymizer([], language="ru").anonymize(text)

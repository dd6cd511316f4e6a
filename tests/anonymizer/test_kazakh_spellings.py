"""Kazakh in Latin letters in the three spellings people type (issue #12): the 2018 acute-accent
alphabet ("qaırattyń"), the 2021 alphabet ("qairattyñ", "Aisūlu", "Şyñğys") and plain ASCII
("qairattyn", "kairattyn", "zhandoska"). Written from general knowledge of the spellings, not from
any notes."""

from __future__ import annotations

import pytest

from facilitator.anonymizer import kazakh_spellings as ks
from facilitator.anonymizer.anonymizer import Anonymizer
from facilitator.anonymizer.profiles import profile
from facilitator.anonymizer.skeleton import skeleton
from facilitator.export.redaction import Redaction
from facilitator.sessions.store import Note


def _spans(text: str) -> list[tuple[int, int]]:
    return [(s.start, s.end) for s in Anonymizer(use_ner=False).detect(text)]


def removed(text: str) -> list[str]:
    return [text[start:end] for start, end in _spans(text)]


def covered(text: str, part: str) -> bool:
    spans = _spans(text)
    at = text.index(part)
    return all(any(s <= i < e for s, e in spans) for i in range(at, at + len(part)) if text[i].isalnum())


def touched(text: str, part: str) -> bool:
    at = text.index(part)
    return any(s < at + len(part) and at < e for s, e in _spans(text))


@pytest.mark.parametrize(
    ("cyrillic", "spelt_2018", "spelt_2021", "ascii"),
    [
        ("Қайраттың", "qaırattyń", "qairattyñ", "qairattyn"),
        ("Айсұлу", "aısulý", "aisūlu", "aisulu"),
        ("Шыңғыс", "shyńǵys", "şyñğys", "shyngys"),
        ("Нұрланның", "nurlannyń", "nūrlannyñ", "nurlannyn"),
        ("Жандосқа", "jandosqa", "jandosqa", "zhandosqa"),
        ("Өмірзақ", "ómirzaq", "ömırzaq", "omirzaq"),
        ("Әсел", "ásel", "äsel", "asel"),
        ("Үміт", "úmit", "ümıt", "umit"),
    ],
)
def test_the_tables_write_a_cyrillic_word_in_each_spelling(
    cyrillic: str, spelt_2018: str, spelt_2021: str, ascii: str
) -> None:
    assert ks.to_2018(cyrillic) == spelt_2018
    assert ks.to_2021(cyrillic) == spelt_2021
    assert ks.to_ascii(cyrillic) == ascii
    # і is dotless "ı" in the 2021 table; people type "i" for it: both are spellings of the name
    assert {spelt_2018, spelt_2021, ascii, spelt_2021.replace("ı", "i")} <= ks.latin_spellings(cyrillic)


@pytest.mark.parametrize(
    ("written", "also"),
    [
        ("aıtty", {"aitty", "aytty"}),
        ("sózi", {"sözi", "sozi"}),
        ("jaýaby", {"jauaby", "zhauaby"}),
        ("qaryndasy", {"karyndasy"}),
        ("sheshesi", {"şeşesi", "sheshesi"}),
        ("kúıeýi", {"küieui", "kuieui"}),
        ("ǵa", {"ğa", "ga"}),
        ("tyń", {"tyñ", "tyn"}),
    ],
)
def test_a_2018_word_is_read_in_2021_and_ascii(written: str, also: set[str]) -> None:
    assert also | {written} <= ks.from_2018(written)


def test_fixed_words_of_the_patterns_are_written_in_every_spelling_longest_first() -> None:
    """The few endings and words the patterns name by hand ("nyń", "naǵyz", "shaǵynaýdan") are
    built in each spelling, the longest first, so an alternation tries "nyń" before a shorter one."""
    genitives = ks.spellings_of("nyń", "niń")
    assert {"nyń", "nyñ", "nyn", "niń", "niñ", "nin"} <= set(genitives)
    assert {"naǵyz", "nağyz", "nagyz"} <= set(ks.spellings_of("naǵyz"))
    assert {"shaǵynaýdan", "şağynaudan", "shagynaudan"} <= set(ks.spellings_of("shaǵynaýdan"))
    assert [len(spelling) for spelling in genitives] == sorted((len(s) for s in genitives), reverse=True)


def test_the_kk_latn_profile_holds_its_words_in_every_spelling() -> None:
    kk = profile("kk-latn")
    assert {"sózi", "sözi", "sozi"} <= kk.owned_after
    assert {"aıtty", "aitty", "aytty", "sóıledi", "söiledi", "soiledi"} <= kk.person_after
    assert {"ákesi", "äkesi", "akesi", "aǵasy", "ağasy", "agasy"} <= kk.person_before
    assert {"jalǵyz", "jalğyz", "jalgyz"} <= set(kk.singling)
    assert {"kóshesi", "köşesi", "koshesi"} <= set(kk.addresses["streets"])
    # case endings after a name: "-ǵa", "-ğa", "-ga"; genitive "-tyń", "-tyñ", "-tyn"
    assert {skeleton("tyñ"), skeleton("nyñ"), skeleton("ğa"), skeleton("ymen")} <= kk.endings
    assert set("áǵıńóúýäğñöūüşçİ") <= kk.letters
    # labels and tags are the report's, spelt as written
    assert (kk.participant, kk.tags["phone"]) == ("Qatysýshy", "[telefon]")


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # 2018
        ("qaırattyń sózi durys", "qaırattyń"),
        ("nurlanǵa aıttym", "nurlanǵa"),
        ("búgin ǵalym kelmedi", "ǵalym"),
        # 2021
        ("qairattyñ sözi dūrys", "qairattyñ"),
        ("bügin ğalym kelmedi", "ğalym"),
        ("nūrlan aitty", "nūrlan"),
        ("ainūr keldi", "ainūr"),
        ("nūrlanğa aittym", "nūrlanğa"),
        ("jandostyñ ağasy keldi", "jandostyñ"),
        ("aisūluğa telefon soğdym", "aisūluğa"),
        ("şyñğys keldi", "şyñğys"),
        ("erlannyñ äkesi keldi", "erlannyñ"),
        ("dinaranyñ sözinşe bäri dūrys", "dinaranyñ"),
        ("ömirzaq keldi", "ömirzaq"),
        ("aigerimmen söilestim", "aigerimmen"),
        # ASCII
        ("qairattyn sozi durys", "qairattyn"),
        ("kairattyn sozi durys", "kairattyn"),
        ("nurlannyn pikiri qyzyq", "nurlannyn"),
        ("nurlanga aittym", "nurlanga"),
        ("zhandoska aittym", "zhandoska"),
        ("aigerimmen soilestim", "aigerimmen"),
        # names the lists write in Cyrillic only ("Жарас", "Өмірзақ"), typed in ASCII
        ("zharas keldi", "zharas"),
        ("jarastyn agasy keldi", "jarastyn"),
        ("omirzak aitty", "omirzak"),
    ],
)
def test_a_lower_case_name_with_its_ending_is_found_in_each_spelling(text: str, part: str) -> None:
    assert covered(text, part), removed(text)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # ASCII Kazakh words that are English or Uzbek words too ("men", "bar", "sen", "kel")
        ("bugin men bar, sen kel", "men"),
        ("bugin men bar, sen kel", "sen"),
        ("kecha men bozorga bordim, u ham keldi", "men"),
        ("we talked about men and boys, then sen said nothing", "sen"),
        ("biz sheshesi men ata-anasy turaly soilestik", "sheshesi"),
        ("shygys jaqta auyl bar", "shygys"),
        ("erlik pen namys turaly soilestik", "erlik"),
        ("zhenis kuni kelemiz", "zhenis"),
        # a name-word with "my", "his" on it is the word, in each spelling
        ("ár jigit óz armanyn jazdy", "armanyn"),
        ("ar jigit oz armanyn jazdy", "armanyn"),
        ("men oz armanymdy aittym", "armanymdy"),
        # 2021
        ("jaña joba bar, köp adam keldi", "jaña"),
        ("şyğys jaqta auyl bar", "şyğys"),
        ("baqyttyñ mänı ne", "baqyttyñ"),
        ("Jeñis küni kelemiz.", "Jeñis"),
        ("Ölim turaly emes.", "Ölim"),
        # a word at a sentence start with a Kazakh ending (participle, possessive) in 2021 and ASCII
        ("Qalağan adam keldi.", "Qalağan"),
        ("Sūrağy qiyn boldy.", "Sūrağy"),
        ("Bastağy oi dūrys.", "Bastağy"),
        ("Suragy kiyn boldy.", "Suragy"),
        ("Bastagy oi durys.", "Bastagy"),
    ],
)
def test_ordinary_words_stay_in_each_spelling(text: str, part: str) -> None:
    assert not touched(text, part), removed(text)


@pytest.mark.parametrize(
    "texts",
    [
        ["Qairat Sarsenbaev keldi", "qairattyn sozi durys", "qairatpen soilestim", "qairat kerek"],
        ["Qairat Särsenbaev keldi", "qairattyñ sözi dūrys", "qairatpen söilestim", "qairat kerek"],
        ["Qairat Sársenbaev keldi", "qaırattyń sózi durys", "qaıratpen sóılestim", "qaırat kerek"],
    ],
    ids=["ascii", "2021", "2018"],
)
def test_a_name_of_the_session_is_removed_in_its_other_forms_in_each_spelling(texts: list[str]) -> None:
    notes = [Note(i + 1, "s", 0, float(i), float(i), (), text) for i, text in enumerate(texts)]
    red = Redaction(notes, Anonymizer(language="kk", use_ner=False))
    out = [red.text(note) for note in red.notes]
    assert not any("qa" in w.casefold() for w in out[1].split() + out[2].split()), out
    assert out[3] == texts[3], out  # "qairat kerek": courage is needed, the word


@pytest.mark.parametrize(
    "word", ["қайрат", "әнсар", "жаңа", "айгерім", "шешесі", "сұрайды", "ұлы", "қаңтарда"]
)
def test_a_2018_word_reads_back_in_cyrillic(word: str) -> None:
    assert ks.to_cyrillic(ks.to_2018(word)) == word


@pytest.mark.parametrize(
    ("typed", "word"), [("qairattyñ", "қайраттың"), ("äkesı", "әкесі"), ("jaña", "жаңа")]
)
def test_a_2021_word_reads_back_in_cyrillic(typed: str, word: str) -> None:
    assert ks.to_cyrillic(typed) == word


def test_the_kazakh_profile_is_read_as_typed_on_a_russian_keyboard_too() -> None:
    kk = profile("kk")
    assert {"келді", "келди"} <= kk.person_after
    assert {"сөзі", "сози"} <= kk.owned_after
    assert ks.on_a_russian_keyboard("ағасы") == frozenset({"ағасы", "агасы"})

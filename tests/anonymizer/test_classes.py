"""Classes of identifiers and must-stay words, each in sentences written for this test (not taken
from a corpus note): what is removed, and what is kept."""

import pytest

from facilitator.anonymizer import ner
from facilitator.anonymizer.anonymizer import Anonymizer
from facilitator.anonymizer.spans import Kind


def removed(text: str, roster: tuple[str, ...] = (), use_ner: bool = False) -> list[str]:
    return [text[s.start : s.end] for s in Anonymizer(roster, use_ner=use_ner).detect(text)]


def covered(text: str, part: str, roster: tuple[str, ...] = (), use_ner: bool = False) -> bool:
    spans = Anonymizer(roster, use_ner=use_ner).detect(text)
    at = text.index(part)
    letters = [i for i in range(at, at + len(part)) if text[i].isalnum()]
    return all(any(s.start <= i < s.end for s in spans) for i in letters)


def touched(text: str, part: str, roster: tuple[str, ...] = (), use_ner: bool = False) -> bool:
    spans = Anonymizer(roster, use_ner=use_ner).detect(text)
    at = text.index(part)
    return any(s.start < at + len(part) and at < s.end for s in spans)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # a possessive is part of the name: "Madina's" leaves no "s" behind
        ("We met Madina after lunch. Madina's cousin joined.", "Madina's"),
        # a lower-case name the second look finds makes its other forms names too
        ("bolat said nothing today. then bolat laughed. bolat's number is on the sheet", "bolat's"),
        # "<name> from <organisation>", the name a word too
        ("Hope from the youth centre will print the cards.", "Hope"),
        # a truncated name beside a name, and its case forms
        ("Дани мен Тимур кешікті. Даниге айттым. Данидің анасы келді.", "Данидің"),
        # two initials after a surname
        ("Завуч Омарова К.Б. дала список.", "Омарова К.Б."),
        # a Russian nickname the dictionary reads as an oblique case of a word (толика)
        ("Вчера Толик опять шутил про девушек.", "Толик"),
    ],
)
def test_names_of_these_classes_are_removed(text: str, part: str) -> None:
    assert covered(text, part), removed(text)


@pytest.mark.parametrize(
    ("text", "part", "roster"),
    [
        # a lower-case word that only shares a skeleton with a listed name (Жанна, Тагир, Jane)
        ("жаңа ойын ойнадық, бәрі қатысты.", "жаңа", ()),
        ("Сабақ тегін және анонимді өтеді.", "және", ()),  # Jane is on the English list
        # a roster name that is a word, with "my" on it, in lower case
        ("Бүгін Арман келді. Менің арманым — бәрі аман болсын.", "арманым", ("Арман Сапаров",)),
        # a public figure's full name in another script and with a case ending
        ("Үзілісте Қайрат Нұртастың әнін тыңдадық.", "Қайрат Нұртастың", ()),
        ("Обсуждали стихи Олжаса Сулейменова.", "Олжаса Сулейменова", ()),
        # a hyphenated public name; a law in another case
        ("Айша-бибі туралы аңыз айттым.", "Айша-бибі", ()),
        ("Перешли к закону Салтанат, все слушали.", "Салтанат", ()),
        # English plural of a never-a-name word inside a sentence
        ("We can use the hall on Saturdays now.", "Saturdays", ()),
        # a person noun with a case ending is not a surname
        ("Эркектин милдети эмне? Талкууладык.", "Эркектин", ()),
        # an unknown word before "and" is not a name by that alone
        ("Падарон ва модарон омаданд.", "Падарон", ()),
        # an everyday Kazakh word of a nickname's shape
        ("Jeke sóılesý kerek.", "Jeke", ()),
    ],
)
def test_words_of_these_classes_are_kept(text: str, part: str, roster: tuple[str, ...]) -> None:
    assert not touched(text, part, roster), removed(text, roster)


@pytest.mark.parametrize(
    ("text", "description", "kept"),
    [
        # Kazakh: the description ends with its noun; what is said of the person stays
        ("Ақсудағы жалғыз мешіттің имамы жиналысқа қарсы.", "жалғыз мешіттің имамы", "жиналысқа қарсы"),
        ("Көлсай ауылындағы молданың ұлы да келді, 16 жаста.", "молданың ұлы", "16 жаста"),
        # Russian: through the name and prepositions, not the verb
        ("Завуч школы №5 в посёлке Шубар отменил кружок.", "школы №5 в посёлке Шубар", "отменил"),
        # a numbered school stands for a small place
        ("№7 мектептің күзетшісі балаларды ұрады дейді.", "№7 мектептің күзетшісі", "балаларды ұрады"),
    ],
)
def test_descriptions_end_where_their_noun_ends(text: str, description: str, kept: str) -> None:
    spans = Anonymizer(use_ner=False).detect(text)
    quasi = [text[s.start : s.end] for s in spans if s.kind is Kind.QUASI]
    assert quasi and description in quasi[0], quasi
    assert not touched(text, kept), removed(text)


def test_not_alone_singles_no_one_out() -> None:
    text = "Оған жалғыз емес екенін айттым."
    assert not [s for s in Anonymizer(use_ner=False).detect(text) if s.kind is Kind.QUASI]


@pytest.mark.parametrize(
    ("text", "part", "kind"),
    [
        ("Тұрады п. Ақжар, ул. Садовая 7.", "п. Ақжар, ул. Садовая 7", Kind.ADDRESS),
        ("Мекенжайы мкр Самал, 12-48, сонда тұрады.", "мкр Самал, 12-48", Kind.ADDRESS),
        ("Turady Q. Sátbaev kóshesi 12, 5 páter.", "Q. Sátbaev kóshesi 12, 5 páter", Kind.ADDRESS),
        ("Туғилган куни 2001 йил 14 апрел.", "2001 йил 14 апрел", Kind.BIRTHDATE),
        ("Bauyrjan ınstasy bauka.sport_kz dep jazdy.", "bauka.sport_kz", Kind.HANDLE),
    ],
)
def test_shapes_of_these_classes_are_found(text: str, part: str, kind: Kind) -> None:
    spans = Anonymizer(use_ner=False).detect(text)
    at = text.index(part)
    assert any(s.kind is kind and s.start <= at and at + len(part) <= s.end for s in spans), removed(text)


def test_an_english_street_word_does_not_start_an_address() -> None:
    text = "The whole street heard. Explained 102 to him."
    assert not touched(text, "Explained 102"), removed(text)


@pytest.mark.skipif(not ner.available(), reason="natasha not installed")
@pytest.mark.parametrize(
    ("text", "kept", "name"),
    [
        ("Тётя Жанибека звонила вчера вечером.", "Тётя", "Жанибека"),
        ("Тимур Сагинтаев вернулся из Москвы, Россияда жұмыс істеген.", "Россияда", "Тимур"),
    ],
)
def test_ner_leaves_relatives_and_places_out_of_a_name(text: str, kept: str, name: str) -> None:
    assert not touched(text, kept, use_ner=True), removed(text, use_ner=True)
    assert covered(text, name, use_ner=True)

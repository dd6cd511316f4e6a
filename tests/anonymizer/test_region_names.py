"""The region's given names in lower case, their spellings, and names glued to a patronymic's or a
family name's ending: each sentence written for this test (none from a corpus note)."""

import pytest

from facilitator.anonymizer.anonymizer import Anonymizer
from facilitator.anonymizer.name_rules.name_lists import spelling_variants


def covered(text: str, part: str) -> bool:
    spans = Anonymizer((), use_ner=False).detect(text)
    at = text.index(part)
    letters = [i for i in range(at, at + len(part)) if text[i].isalnum()]
    return all(any(s.start <= i < s.end for s in spans) for i in letters)


def touched(text: str, part: str) -> bool:
    spans = Anonymizer((), use_ner=False).detect(text)
    at = text.index(part)
    return any(s.start < at + len(part) and at < s.end for s in spans)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # a listed first name with a patronymic's or a family name's ending glued on, anywhere
        ("мы ждали ерланұлы до обеда", "ерланұлы"),
        ("отец сказал что асанқызы не придёт", "асанқызы"),
        ("бүгін серікұлы сабаққа келмеді", "серікұлы"),
        ("kecha erlanuly kelmadi", "erlanuly"),
        ("today we waited for asankyzy and her mom", "asankyzy"),
        ("мы ждали бакытуулу весь вечер", "бакытуулу"),
        ("на встрече был нурланович, молчал", "нурланович"),
        ("встретили ерлановну на рынке", "ерлановну"),
        ("the teacher called ruslanovich again", "ruslanovich"),
        ("кеше сергеевич тағы кешікті", "сергеевич"),
        # a patronymic's ending, or -баев, after a stem no list has
        ("вчера жаксылыкулы опять молчал", "жаксылыкулы"),
        ("we met tleubayeva at the bus stop", "tleubayeva"),
    ],
)
def test_a_first_name_with_a_glued_patronymic_or_family_ending_is_removed(text: str, part: str) -> None:
    assert covered(text, part)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # the same shapes that a dictionary reads as a word: novels, diamonds
        ("собрали романов и стихов на полку", "романов"),
        ("много алмазов в короне", "алмазов"),
        ("акулы и скулы на рисунке", "скулы"),
        ("the truly unruly kids left early", "unruly"),
    ],
)
def test_a_word_shaped_like_a_glued_family_name_stays(text: str, part: str) -> None:
    assert not touched(text, part)


def test_uzbek_and_russian_spellings_of_one_name_are_variants() -> None:
    assert "Бахтияр" in spelling_variants("Бахтиёр")
    assert "Зиёда" in spelling_variants("Зияда")
    assert spelling_variants("Нурлан") == ("Нурлан",)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # the Kazakh spelling of a name the lists write the Russian way (Гульшат), and the other way
        ("вчера гүлшат опоздала на час", "гүлшат"),
        # the Russian spelling of a name the lists write the Uzbek way (Бахтиёр)
        ("вчера бахтияр опоздал на час", "бахтияр"),
        ("потом бахтиярға айттым", "бахтиярға"),
    ],
)
def test_a_name_known_in_one_spelling_is_known_in_the_others(text: str, part: str) -> None:
    assert covered(text, part)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # given names that only the region's list (data/names_region.tsv) has, in lower case where
        # nothing around says "person", in case forms, in each language of the notes
        ("вчера бахтияр опоздал на час", "бахтияр"),
        ("кеше шәмшатқа хабарластым", "шәмшатқа"),
        ("потом эсенбекке тоже позвонили", "эсенбекке"),
        ("bugun shukrona ham keldi", "shukrona"),
        ("после занятия нургиза осталась", "нургиза"),
        ("вчера ташполат опоздал", "ташполат"),
        ("kecha rushaniya kelmadi", "rushaniya"),
        # a Russian case of a name in -а, in lower case
        ("документы передали фанузе", "фанузе"),
        ("с мадиной поговорили после занятия", "мадиной"),
        ("keshe zamzagulge aıttym", "zamzagulge"),
        ("we met abubakar near the school", "abubakar"),
    ],
)
def test_a_lower_case_name_only_the_region_list_has_is_removed(text: str, part: str) -> None:
    assert covered(text, part)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # names the list marks as everyday words, or that a dictionary reads as one, used as words
        ("ауылда алма піскен, балалар теріп жеді", "алма"),
        ("біз достық пен жолдас туралы сөйлестік", "жолдас"),
        ("Жолдас керек, деді біреуі.", "Жолдас"),
        ("Ол анасына тамақ пісіруге көмектеседі.", "анасына"),
        ("Sosyn anasynyń nómirin berdi.", "anasynyń"),
        ("Ol kómek surady.", "surady"),
        ("Аспаннан нұр жауып тұрсын.", "тұрсын"),
        ("Сосын ұлым менің көзімді ашты деді.", "көзімді"),
        ("Мақал: «ер адам — алтын, әйел — күміс» деді біреуі.", "күміс"),
        ("kecha choy berdi, yomon emas.", "yomon"),
        ("осмон соф буд", "осмон"),
        ("Aidos opened with the classic 'feminism is a Western idea' line.", "Western"),
        ("we hope he will come", "will"),
        ("бақыт деген не, деп сұрадық", "бақыт"),
        ("менің арманым — үлкен", "арманым"),
    ],
)
def test_an_everyday_word_that_the_region_list_has_as_a_name_stays(text: str, part: str) -> None:
    assert not touched(text, part)


def test_every_spelling_of_a_region_name_is_listed() -> None:
    # the variants and the Latin spellings of one line are names as much as its Cyrillic form
    for text, part in [
        ("кеше отегенмен сөйлестік", "отегенмен"),  # the Russian passport spelling of Өтеген
        ("вчера утеген опять молчал", "утеген"),  # another spelling of Өтеген
        ("keshe ótegen keshikti", "ótegen"),  # its Kazakh Latin spelling
        ("then daniial said nothing", "daniial"),  # a Latin spelling of Даниял
    ]:
        assert covered(text, part), text

"""A street named without its word after a preposition ("у дома на Абая 45-12", "lives on Tole bi
112"), and a date of birth with its short cue after it ("2006 г.р."). Sentences written for this
test from how addresses and forms are typed in the region (not taken from any corpus note); the
same shapes that are no address or no date of birth stay."""

import pytest

from tests.anonymizer.test_classes import covered, removed


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # a house and its flat after "на": the pair says it is an address
        ("Брат встречает его у подъезда на Сейфуллина 12-40, поэтому он боится.", "Сейфуллина 12-40"),
        ("Он живет на ауэзова 17-45, мать одна.", "ауэзова 17-45"),
        ("в Алматы на жандосова 58/2 живет его тетя.", "жандосова 58/2"),
        # a house alone, where someone lives or stays
        ("После ссоры ночует у дяди на Гоголя 114.", "Гоголя 114"),
        ("Мать живёт на Розыбакиева 95, кв 12, одна с тремя детьми.", "Розыбакиева 95, кв 12"),
        ("Bekzat, 17, lives on Kazybek bi 41 with his grandmother.", "Kazybek bi 41"),
        # a house word after it: "с Есенберлина 9 (частный дом)"
        ("Пришёл новенький с Есенберлина 9 (частный дом у реки).", "Есенберлина 9"),
    ],
)
def test_a_street_after_a_preposition_with_its_house_is_removed(text: str, part: str) -> None:
    assert covered(text, part), removed(text)


@pytest.mark.parametrize(
    "text",
    [
        "Мы встретились на уроке 2 раза.",  # a common noun, no genitive
        "Опоздал на 15 минут, автобус сломался.",
        "На Абая 45 минут стояли в пробке.",  # a unit after the number
        "Перешли на страницу 45.",
        "На этой неделе 3-4.",  # a pronoun and a noun
        "Сессия на следующей неделе, 2-3.",
        "Перенесли с марта 15.",  # a month
        "Договорились с Маратом 5-6.",  # a name in the instrumental, no street
        "Баллы: на Асель 5-6.",  # a listed first name
        "Встреча на Абая 10, в офисе.",  # a house alone, no one living there
        "Скинул на Kaspi 500.",
        "He stays on page 3.",
        "We met on Monday 12.",
    ],
)
def test_the_same_shapes_that_are_no_address_stay(text: str) -> None:
    assert not [p for p in removed(text) if any(c.isdigit() for c in p)], removed(text)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Дамир Уалиев, 2006 г.р., попросил справку об участии.", "2006 г.р."),
        ("Его сестра Камила 2008 г. р. выходит замуж в августе.", "2008 г. р."),
        ("Асхат, 2005 ж.т., колледжде оқиды.", "2005 ж.т."),
        ("Erjan, 2004 j.t., Qyzylorda oblysy.", "2004 j.t."),
        ("Анкета: 14.08.2004 г.р., хочет стать волонтёром.", "14.08.2004 г.р."),
    ],
)
def test_a_short_birth_cue_after_the_date_goes_with_it(text: str, part: str) -> None:
    assert covered(text, part), removed(text)


def test_a_year_with_no_birth_cue_keeps_what_follows() -> None:
    text = "В 2008 г. открыли центр, с 2010 г. он работает."
    assert removed(text) == [], removed(text)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Суроға: к. Айнӣ 14, хонаи 3. Падараш дар Русия.", "к. Айнӣ 14, хонаи 3"),
        ("Мекенжайы: к. Абай 12, 5-пәтер, анасы үйде.", "к. Абай 12, 5-пәтер"),
    ],
)
def test_a_street_word_cut_to_its_letter_goes_with_the_street(text: str, part: str) -> None:
    assert covered(text, part), removed(text)


def test_a_letter_alone_opens_no_address() -> None:
    text = "Жауап берген: к. Асқар, 12 сынып оқушысы."
    assert not [p for p in removed(text) if "к." in p], removed(text)

"""A lower-case word right after an amount is what the amount counts (a currency, a unit), though a
participant of the session bears a name it spells: "Сомон" is a participant, "200 сомонӣ" money.
Sentences written for this test."""

from facilitator.anonymizer.anonymizer import Anonymizer
from facilitator.export.redaction import Redaction
from facilitator.sessions.store import Note

ROSTER = ("Сомон Назаров", "Тенге Алиев")


def printed(texts: list[str]) -> list[str]:
    notes = [Note(i + 1, "s", 0, float(i), float(i), (), text) for i, text in enumerate(texts)]
    red = Redaction(notes, Anonymizer(ROSTER, language="ru"))
    return [red.text(note) for note in red.notes]


def test_a_currency_after_an_amount_stays_beside_a_participant_of_that_name() -> None:
    second = printed(["Сомон пришёл первым.", "Сомон сказал, что брат платит 450 сомонӣ за квартиру."])[1]
    assert "450 сомонӣ" in second, second
    assert "Сомон " not in second, second


def test_a_currency_after_a_grouped_amount_stays() -> None:
    assert "12 000 сомонӣ" in printed(["Долг — 12 000 сомонӣ, сказал Сомон."])[0]


def test_a_name_after_a_time_is_still_the_person() -> None:
    assert "сомон" not in printed(["Сомон пришёл первым.", "12:40 сомон: «мы опоздали»"])[1].casefold()


def test_a_name_labelling_a_line_after_a_number_is_still_the_person() -> None:
    assert "сомон" not in printed(["Сомон пришёл первым.", "3 сомон: «мы опоздали»"])[1].casefold()

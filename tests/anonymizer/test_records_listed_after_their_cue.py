"""After a record's word and a colon close to it, each number after its sign in the list that
follows, to the line's end, is a person's record ("Студ. билеты для отчёта: Ермеков А. – № 23-0457,
Сейтов Б. – № 22-1180"): the initials' full stops do not end the list. A sign before a number of
fewer than four digits is a school's or a class's ("школа № 64"), and the next line is not the list's.
Sentences written for this test from how facilitators type, not taken from any corpus note."""

import pytest

from facilitator.anonymizer.spans import Kind
from tests.helpers.found_names import found_as

_LIST = "Студ. билеты колледжу: Ермеков А. – № 23-0457, Сейтов Б. – № 22-1180, Оспанов Т. – № 23-0612."


@pytest.mark.parametrize("number", ["23-0457", "22-1180", "23-0612"])
def test_each_signed_number_of_the_list_is_a_record(number: str) -> None:
    assert number in found_as(_LIST, Kind.DOCUMENT)


def test_a_short_number_and_the_next_line_are_not_the_lists() -> None:
    text = "Студ. билеты: Ермеков А. – № 23-0457, школа № 12\nЗаказ № 44-1187 на бумагу"
    found = found_as(text, Kind.DOCUMENT)
    assert "12" not in found and "44-1187" not in found

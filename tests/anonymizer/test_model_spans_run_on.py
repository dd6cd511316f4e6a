"""A span of the name model that ends inside a name the rules found runs on to the rules' end
(anonymizer.with_the_rules_tails): the model's longer "Мошини Фаррух" no more drops the "ака" of the
rules' "Фаррух ака" when the two are resolved. Sentences written for this test."""

from facilitator.anonymizer.anonymizer import Anonymizer, with_the_rules_tails
from facilitator.anonymizer.spans import Kind, Span
from tests.helpers.found_names import fully_removed, removed_texts


def test_the_honorific_the_rules_found_stays_removed() -> None:
    anonymizer = Anonymizer(())
    text = "Мошини Фаррух ака имрӯз наомад."
    assert fully_removed(anonymizer, text, "Фаррух ака"), removed_texts(anonymizer, text)


def test_only_a_span_ending_inside_a_longer_name_runs_on() -> None:
    model = Span(0, 13, Kind.NAME, "ner", "x")
    assert with_the_rules_tails([model], [Span(7, 17, Kind.NAME, "names-list", "y")])[0].end == 17
    assert with_the_rules_tails([model], [Span(7, 13, Kind.NAME, "names-list", "y")]) == [model]
    assert with_the_rules_tails([model], [Span(20, 25, Kind.NAME, "names-list", "y")]) == [model]
    assert with_the_rules_tails([model], [Span(0, 20, Kind.NAME, "names-list", "y")]) == [model]

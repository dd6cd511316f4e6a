"""The word right after a note's quotation tag (as the report writes it: [quote], [цитата],
[дәйексөз]) and before a colon and the quotation, or a dash, is who is quoted, though an everyday
word or a place in small letters ("[цитата] утюг: «…»", "[дәйексөз] шелек: «…»"); so is
the word opening a note before a colon and a quotation that ends its sentence (the app keeps a
note's tags beside its text). A heading's word, a relative, a role or an exercise's title stays
("[цитата] вопрос: «…»", "папа", "директор", "жаттығу: «…» өтті"). The tag words are the report's
own. Sentences written for this test."""

from __future__ import annotations

import pytest

from facilitator.anonymizer.name_rules.dash_definitions import _TAGGED_SPEAKER
from facilitator.export.report_words import NOTE_TAGS
from tests.helpers.found_names import model_names_in, names_in


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("19:40 [цитата] утюг: «я дома тоже глажу, и что?»", "утюг"),
        ("20:10 [дәйексөз] шелек: «мен анама көмектесемін».", "шелек"),
        ("20:15 [цитата] кастрюля: «через год куплю машину сам».", "кастрюля"),
        ("21:05 [quote] kompot — that's the boy from Lenger, he laughs at everything.", "kompot"),
        # a note tagged as a quote in the app: the tag is the note's, its text opens with the speaker
        ("утюг: «я дома тоже глажу, и что?»", "утюг"),
    ],
)
def test_the_word_a_quotation_tag_quotes_is_a_name(text: str, speaker: str) -> None:
    assert speaker in names_in(text)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Мышык: «атам батыр, бирок мен аны сүрөттөн гана билем». Тынчтык.", "Мышык"),
        ("Кастрюля: «через год куплю машину сам, без отца».", "Кастрюля"),
    ],
)
def test_a_capitalised_word_opening_a_quoted_note_is_a_name_for_the_export(text: str, speaker: str) -> None:
    """As the export reads it, with the Russian model: its silence on a capitalised word opening a
    note does not take the speaker back."""
    assert speaker in model_names_in(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("19:40 [цитата] вопрос: «а что такое гендер?»", "вопрос"),
        ("19:45 [цитата] папа: «мужик не плачет».", "папа"),
        ("19:50 [цитата] директор: «у нас всё хорошо».", "директор"),
        ("жаттығу: «ер адам қорабы» жақсы өтті.", "жаттығу"),
    ],
)
def test_a_headings_word_a_relative_or_a_role_after_the_tag_stays(text: str, word: str) -> None:
    assert word not in names_in(text)


@pytest.mark.parametrize("language", sorted(NOTE_TAGS))
def test_the_tags_are_the_reports(language: str) -> None:
    tag = NOTE_TAGS[language]["quote"]
    assert _TAGGED_SPEAKER.match(f"[{tag}] кабачок: «…»") is not None

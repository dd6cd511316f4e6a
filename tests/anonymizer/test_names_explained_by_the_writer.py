"""How a facilitator explains who is who: a nickname equated to a name ("Sam — actually Samat", "Alex
= Alisher" said once), names given as alternatives with slashes ("Max/Tim"), a name-word heading
the note that the next sentence calls "he" or "she", one initial in brackets after a word for a
person ("one boy (A.)"), a nickname in quotes after "call him" ("call him 'Bek kichik'") or before a
word for a nickname in brackets ("'Tiger' (a nickname)"). The
same shapes with words stay. Sentences written for this test from general knowledge."""

import pytest

from facilitator.anonymizer.anonymizer import Anonymizer
from facilitator.anonymizer.coreference import coreferent_spans
from tests.anonymizer.test_classes import covered, removed, touched


def session_covered(text: str, part: str) -> bool:
    anonymizer = Anonymizer((), use_ner=False)
    spans = anonymizer.detect(text)
    spans += coreferent_spans([text], [spans], anonymizer.roster_keys, anonymizer.common_words)[0]
    at = text.index(part)
    return all(
        any(s.start <= i < s.end for s in spans) for i in range(at, at + len(part)) if text[i].isalnum()
    )


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Loud session. Rose — actually Rauan, he likes the name — argued with Rose again.", "Rose"),
        ("Boys here use nicknames. Max = Maksat / Maksatbek, Tim = Timur.", "Max"),
        ("Reminder: do not print Max/Tim in the report.", "Max"),
        ("Mark — big step today! He talked about his father for the first time.", "Mark"),
        ("After the session one boy (A.) asked to talk alone.", "A."),
        ("Один участник (Е.) остался после занятия.", "Е."),
        # a word in quotes, then a word for a nickname in brackets
        ("Client: 'Zhuka' (nickname, his real name withheld). Debt of 50,000 tenge.", "Zhuka"),
        ("The new boy 'Tiger' (a nickname) came late.", "Tiger"),
    ],
)
def test_a_name_the_writer_explains_is_removed(text: str, part: str) -> None:
    assert covered(text, part), removed(text)


def test_a_nickname_of_two_words_in_quotes_after_call_him_is_removed() -> None:
    text = "Two boys called Bekzat here. Everyone calls him 'Bek kichik' now."
    assert session_covered(text, "Bek kichik")


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Call him tomorrow about the consent forms.", "tomorrow"),
        ("Роза — это цветок. Она растёт у школы.", "Роза"),
        ("Кто-то написал он/она в анкете, и/или оставил пустым.", "он/она"),
        ("See the notes (A.) at the end of the file.", "A."),
        ("The shelter (name of the place is secret) helped.", "shelter"),
    ],
)
def test_the_same_shapes_with_words_stay(text: str, part: str) -> None:
    assert not touched(text, part), removed(text)

"""What one anonymizer finds in a text does not depend on the texts it read before.

A long note is read in pieces, by one process or by a pool of workers that each read some of them;
the spans must be the same either way (tests/anonymizer/test_parallel.py). The name finder once
kept each word's verdict by the word and its neighbours across texts, while a rule looks further (a
Tajik letter within 80 characters makes "Рақами модараш" an izafe, no name): a verdict made in one
text then decided the same words in another. Written for this test, not from any corpus."""

from __future__ import annotations

from facilitator.anonymizer.anonymizer import Anonymizer

TAJIK = "Падари Ҷамшед дар Маскав кор мекунад. Рақами модараш: 93 512 44 07."
PLAIN = "Long text about the session, the room and the tea. " * 3 + "Рақами модараш: 92 715 34 08."


def _rows(anonymizer: Anonymizer, text: str) -> list[tuple[int, int, str]]:
    return [(s.start, s.end, s.source) for s in anonymizer.detect(text)]


def test_a_text_is_read_the_same_after_another() -> None:
    fresh = _rows(Anonymizer(use_ner=False), PLAIN)
    reused = Anonymizer(use_ner=False)
    reused.detect(TAJIK)
    assert _rows(reused, PLAIN) == fresh


def test_and_the_other_way_round() -> None:
    fresh = _rows(Anonymizer(use_ner=False), TAJIK)
    reused = Anonymizer(use_ner=False)
    reused.detect(PLAIN)
    assert _rows(reused, TAJIK) == fresh

"""Speakers of a dialogue a note writes down: a word opening a line, a sentence or a clause after a
dash, then a colon and a quotation ("javo: «erkak qutisidan chiqsang …». sako: «kulsa kulsin».",
"Ерлан: «…» — тыква: «үйде әке бастық»"). When the note has two such speakers or more and one of
them is a person found, the others speak too: each is someone, though the word is a thing's as well
("тыква", pumpkin; "болт"). Not a heading's word, a relative, a role, a place, a public figure
(``could_be_a_nickname``) nor an adjective ("Тема: «…»", "мама: «…»", "ведущий: «…»").
Placed by the note as a nickname is (unsure: removed, reviewed first)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from facilitator.anonymizer.name_rules.dictionary_readings import _an_adjective
from facilitator.anonymizer.name_rules.name_forms import _pet_forms
from facilitator.anonymizer.name_rules.name_lists import first_names
from facilitator.anonymizer.name_rules.name_sources import PLACED_NICKNAME
from facilitator.anonymizer.name_rules.nickname_words import could_be_a_nickname
from facilitator.anonymizer.skeleton import skeleton
from facilitator.anonymizer.spans import Cover, Kind, Span

_SPEAKER = re.compile(
    r"(?:^|(?<=[\n;])|(?<=[.!?»\"”][ \t])|(?<=[ \t][—–][ \t]))"
    r"[ \t]*(?:\[[^\[\]\n]{1,24}\][ \t]*)?(?P<word>[^\W\d_][\w'’ʼ‘-]{2,})[ \t]*:[ \t]*[«\"“„]",
    re.MULTILINE,
)
"""A word of three letters or more opening a line, a sentence (after its end and a space) or a
clause after a dash, maybe past a bracketed tag, then a colon and an opening quotation mark."""
_LEAST = 2
"""Speakers a note writes down for it to be a dialogue."""


def dialogue_speakers(text: str, found: Sequence[Span], public: Sequence[tuple[int, int]]) -> list[Span]:
    """The speakers of the note's dialogue no rule has found, once another of them is a person found
    (see the module)."""
    if ":" not in text:
        return []
    speakers = [m.span("word") for m in _SPEAKER.finditer(text)]
    if len(speakers) < _LEAST:
        return []
    persons = Cover([(s.start, s.end) for s in found if s.kind is Kind.NAME])
    if not any(start in persons for start, _end in speakers):
        return []
    taken = Cover([(s.start, s.end) for s in found] + list(public))
    listed = first_names()
    # a pet form of a first name found ("sako" beside Sardor) is that person's: the session's reading
    firsts = {first for s in found if s.kind is Kind.NAME for first in s.key.split()[:1] if first in listed}
    pets = _pet_forms(frozenset(firsts), listed)
    added = []
    for start, end in speakers:
        word = text[start:end]
        if taken.overlaps(start, end) or skeleton(word) in pets:
            continue
        if not could_be_a_nickname(word, lower_ok=True, quoted_speaker=True):
            continue
        if word.islower() and _an_adjective(word.casefold()):
            continue
        added.append(Span(start, end, Kind.NAME, PLACED_NICKNAME, skeleton(word)))
    return added

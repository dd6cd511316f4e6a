"""Two words joined by "and" opening a sentence before a verb two people do to each other or
together ("болт пен балға тағы төбелесе жаздады", "борз билан кетмон бугун ярашди", "кубик и пончик
вместе пришли"): two boys the group calls by things' names; no thing fights or makes up."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from facilitator.anonymizer.name_rules.name_sources import AMBIGUOUS
from facilitator.anonymizer.name_rules.nickname_words import could_be_a_nickname, names_a_body
from facilitator.anonymizer.name_rules.public_things import a_public_figure
from facilitator.anonymizer.name_rules.sentence_positions import LINE_OPENING
from facilitator.anonymizer.profiles import union
from facilitator.anonymizer.skeleton import skeleton
from facilitator.anonymizer.spans import Cover, Kind, Span

_AND = frozenset(
    {"и", "and", "&", "мен", "пен", "бен", "менен", "пенен", "бенен", "men", "pen", "ben"}
    | {"билан", "bilan", "ва", "va"}
)
"""The words that join two people as equals ("and", the Turkic "with"); not "or"."""
_WORDS_BETWEEN = 4
"""At most this many words between the pair and its verb ("бүгін сабақтан кейін бірге келді")."""


def _phrase(words: str) -> str:
    return r"[ \t]+".join(re.escape(w).replace("'", "['‘’ʻ`]?") for w in words.split())


@cache
def _pair_acting() -> re.Pattern[str]:
    verbs = "|".join(_phrase(v) for v in sorted(union("pair_verbs"), key=len, reverse=True))
    joining = "|".join(re.escape(w) for w in sorted(_AND, key=len, reverse=True))
    word = r"[^\W\d_][\w'’ʻ-]*"
    return re.compile(
        r"(?:^|(?<=[\n.!?]))(?:"
        + LINE_OPENING.pattern
        + rf")(?<![\w-])(?P<one>{word})[ \t]+(?:{joining})[ \t]+(?P<two>{word})"
        + rf"(?:[ \t]+{word}){{0,{_WORDS_BETWEEN}}}?[ \t]+(?:{verbs})(?![\w'’ʻ])",
        re.IGNORECASE,
    )


def pairs_acting_together(text: str, found: list[Span], public: Sequence[tuple[int, int]]) -> list[Span]:
    """The two words of a pair that opens a sentence before a verb of the profiles' ``pair_verbs``,
    each one no span of ``found`` or public name touches and ``could_be_a_nickname`` allows (in
    small letters too): not a relative, a role, a pronoun, a body of people ("Класс и группа
    помирились"), a place or a public figure. Unsure: removed, reviewed first."""
    if not union("pair_verbs"):
        return []
    taken = Cover([(s.start, s.end) for s in found] + list(public))
    added = []
    for pair in _pair_acting().finditer(text):
        for part in ("one", "two"):
            start, end = pair.span(part)
            word = pair.group(part)
            if taken.overlaps(start, end) or word.isupper() or names_a_body(word):
                continue
            if could_be_a_nickname(word, lower_ok=True) and not a_public_figure(text, start, end):
                added.append(Span(start, end, Kind.NAME, AMBIGUOUS, skeleton(word)))
    return added

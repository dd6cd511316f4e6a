"""Detect identifiers in notes and replace them with consistent pseudonyms and typed tags.

"Participant A" is the same person everywhere in a report: pseudonyms are given per session, in
order of first appearance, to each name key (roster people as "Participant", others as "Person").
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from facilitator.anonymizer import ner
from facilitator.anonymizer.names import AMBIGUOUS, NameFinder, base_of, merge_adjacent, regional_name_words
from facilitator.anonymizer.patterns import find_patterns
from facilitator.anonymizer.quasi import find_quasi
from facilitator.anonymizer.skeleton import skeleton
from facilitator.anonymizer.spans import TAGS, Kind, Span, resolve

# pseudonym words in the report's language: (participant on the roster, anyone else)
LABELS = {"en": ("Participant", "Person"), "ru": ("Участник", "Человек"), "kk": ("Қатысушы", "Адам")}


@dataclass
class Pseudonyms:
    """Stable replacement names for one session."""

    roster_keys: frozenset[str] = frozenset()
    labels: tuple[str, str] = LABELS["en"]
    _given: dict[str, str] = field(default_factory=dict)
    _counts: dict[bool, int] = field(default_factory=lambda: {True: 0, False: 0})

    def for_key(self, key: str) -> str:
        if key not in self._given:
            participant = key in self.roster_keys
            label = self.labels[0] if participant else self.labels[1]
            self._given[key] = f"{label} {_letters(self._counts[participant])}"
            self._counts[participant] += 1
        return self._given[key]


def _letters(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA."""
    text = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        text = chr(ord("A") + rest) + text
    return text


class Anonymizer:
    def __init__(
        self, roster: Iterable[str] = (), use_ner: bool = True, use_lists: bool = True, language: str = "en"
    ) -> None:
        self._names = NameFinder(roster, use_lists=use_lists)
        self._use_ner = use_ner and ner.available()
        labels = LABELS.get(language, LABELS["en"])
        self.pseudonyms = Pseudonyms(frozenset(self._names.roster.values()), labels)

    def detect(self, text: str) -> list[Span]:
        """Every identifier in ``text``, overlaps resolved (quasi-identifiers included)."""
        names = self._names.find(text)
        people = self._ner_spans(text)
        if self._ner_reads_russian(text):  # its silence about "Вера в себя" then means "a word"
            regional = regional_name_words()
            names = [
                n
                for n in names
                if n.source != AMBIGUOUS
                or ner.has_latin(text[n.start : n.end])
                or n.key in regional  # "Жасур" is a word in Uzbek, a name in Russian text
                or any(n.overlaps(p) for p in people)
                or any(_beside(n, other, text) for other in names if other.source != AMBIGUOUS)
            ]
        precise = resolve(list(find_patterns(text)) + names + people)
        return sorted(precise + list(find_quasi(text)), key=lambda s: (s.start, s.kind is Kind.QUASI))

    def _ner_reads_russian(self, text: str) -> bool:
        """True when the Russian NER read this text as Russian (not Kazakh, which it does not know)."""
        return self._use_ner and ner.has_cyrillic(text) and not ner.has_kazakh(text)

    def _ner_spans(self, text: str) -> list[Span]:
        if not self._use_ner:
            return []
        found = []
        known = frozenset(self._names.roster) | self._names.list_bases
        for start, end in ner.person_spans(text):
            first = text[start:end].split()[0]
            base = base_of(first, known) or _strip_case(skeleton(first))
            key = self._names.roster.get(base, base)
            found.append(Span(start, end, Kind.NAME, "ner", key))
        return merge_adjacent(found, text)

    def apply(self, text: str, spans: Sequence[Span], replace_quasi: bool = False) -> str:
        """``text`` with each span replaced: names by pseudonyms, the rest by typed tags."""
        quasi = [s for s in spans if s.kind is Kind.QUASI] if replace_quasi else []
        chosen = quasi + [
            s for s in spans if s.kind is not Kind.QUASI and not any(s.overlaps(q) for q in quasi)
        ]
        parts = []
        position = 0
        for span in sorted(chosen, key=lambda s: s.start):
            parts.append(text[position : span.start])
            parts.append(self.replacement(span))
            position = span.end
        parts.append(text[position:])
        return "".join(parts)

    def replacement(self, span: Span) -> str:
        if span.kind is Kind.NAME:
            return self.pseudonyms.for_key(span.key or "unknown")
        if span.kind is Kind.QUASI:
            return "[details removed]"
        return TAGS[span.kind]

    def anonymize(self, text: str) -> str:
        return self.apply(text, self.detect(text))


def _beside(span: Span, other: Span, text: str) -> bool:
    """ "Слава (Вячеслав)": a name-word right next to a sure name is a name too."""
    gap = text[span.end : other.start] if span.end <= other.start else text[other.end : span.start]
    return span is not other and len(gap) <= 2 and not gap.strip(" (),")


def _strip_case(shape: str) -> str:
    for ending in ("om", "em", "oi", "ei", "ou", "u", "a", "e", "i"):
        if shape.endswith(ending) and len(shape) - len(ending) >= 3:
            return shape[: -len(ending)]
    return shape

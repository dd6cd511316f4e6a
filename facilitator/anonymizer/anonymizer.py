"""Detect identifiers in notes and replace them with consistent pseudonyms and typed tags.

Detection runs on normalised text (zero-width characters dropped, look-alike letters folded, see
normalize.py) in pieces of at most a few thousand characters cut at line or sentence ends, so a
pasted 10 MB note costs time in proportion to its length. Each detector follows one small protocol
(`Detector.find(text) -> spans`); overlaps are resolved by kind, then by length.

Pseudonyms: "Participant A" is the same person everywhere in a report. For a whole session, the
`Redaction` (facilitator/export/redaction.py) gives them out in note order.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache, cached_property, lru_cache
from itertools import islice
from typing import Protocol

from facilitator.anonymizer import lexicon, ner
from facilitator.anonymizer.address_chains import homes_told
from facilitator.anonymizer.long_notes import LONG, REMOVED, long_note_spans, read_strictly
from facilitator.anonymizer.name_rules.calendar_words import a_calendar_word
from facilitator.anonymizer.name_rules.dash_definitions import a_tagged_quotes_speaker, dash_described_names
from facilitator.anonymizer.name_rules.dictionary_readings import _an_adjective, a_russian_name_form
from facilitator.anonymizer.name_rules.fingerspelled import SPELLED, spelled_names
from facilitator.anonymizer.name_rules.grammar_forms import (
    KYRGYZ_LONG_VOWEL_END,
    RUSSIAN_ADJECTIVE_BEFORE,
    is_made_from_a_numeral,
    object_before_its_verb,
    plural_noun,
    turkic_adjective_before_its_noun,
)
from facilitator.anonymizer.name_rules.handle_names import handle_named
from facilitator.anonymizer.name_rules.honorifics import titled_names
from facilitator.anonymizer.name_rules.initials import with_initials_before, without_class_letters
from facilitator.anonymizer.name_rules.name_lists import (
    SURNAME,
    list_names,
    places,
    regional_name_words,
    short_place_base,
)
from facilitator.anonymizer.name_rules.name_sources import AMBIGUOUS, MODEL_NAME
from facilitator.anonymizer.name_rules.name_spans import ends_with_honorific, merge_adjacent, with_address_kin
from facilitator.anonymizer.name_rules.other_layout import OTHER_LAYOUT, other_layout_names
from facilitator.anonymizer.name_rules.person_positions import said_as_only_people_say
from facilitator.anonymizer.name_rules.person_words import _a_relative
from facilitator.anonymizer.name_rules.public_things import a_namesake, before_a_place_word
from facilitator.anonymizer.name_rules.quoted_initials import quoted_initials
from facilitator.anonymizer.name_rules.sentence_positions import (
    _WORD_ONLY,
    OPENING_QUOTES,
    SENTENCE_END,
    starts_sentence,
)
from facilitator.anonymizer.name_rules.speaker_labels import block_senders, pointed_out_speaker, same_labels
from facilitator.anonymizer.name_rules.streets_on import street_on
from facilitator.anonymizer.name_rules.word_bases import (
    _strip_case,
    abbreviation_with_ending,
    base_of,
)
from facilitator.anonymizer.name_rules.words_as_words import disclaimed_words, spoken_of
from facilitator.anonymizer.name_rules.works_called import called_a_work, opens_a_title_before_its_thing
from facilitator.anonymizer.names import NameFinder
from facilitator.anonymizer.normalize import Normalized, fold, normalize, stands_alone
from facilitator.anonymizer.patterns import find_patterns
from facilitator.anonymizer.placed_names import (
    around_nicknames,
    column_names,
    placed_nicknames,
)
from facilitator.anonymizer.profiles import (
    address_phrases,
    cue_phrases,
    profile,
    report_profile,
    town_words,
    union,
)
from facilitator.anonymizer.quasi import JOB, ROLE, find_quasi, sentences, titleholder
from facilitator.anonymizer.skeleton import skeleton
from facilitator.anonymizer.spans import Cover, Kind, Span, resolve, spliced
from facilitator.anonymizer.tables import without_headers
from facilitator.anonymizer.token_model import likely_names
from facilitator.anonymizer.workers import FALLBACK, cores, log_fault, read_pieces

PIECE = 4000
"""Characters a detector reads at once (cut at a line or sentence end)."""
NER_LIMIT = 200_000
"""Characters of one note the neural name finder reads; the rules read everything."""
PARALLEL_FROM = 1_000_000
"""Characters from which pieces are read by one worker process a core (workers.py; raw text through
pipes, never to disk). Below this, starting more workers costs more than it saves."""


class Detector(Protocol):
    def find(self, text: str) -> Iterable[Span]:
        """Spans of ``text`` (normalised) that identify someone."""
        ...  # pragma: no cover - a protocol


@dataclass
class Pseudonyms:
    """Stable replacement names: "Participant A" for roster people, "Person B" for anyone else."""

    roster_keys: frozenset[str] = frozenset()
    labels: tuple[str, str] = ("Participant", "Person")
    _given: dict[str, str] = field(default_factory=dict)
    _counts: dict[bool, int] = field(default_factory=lambda: {True: 0, False: 0})

    def given(self, key: str) -> str | None:
        """The pseudonym ``key`` already has, if any."""
        return self._given.get(key)

    def for_key(self, key: str, participant: bool = False) -> str:
        """``key``'s pseudonym, given now if it has none: a participant's if ``key`` is on the roster
        or ``participant`` (the note calls the person one: "участник Асель")."""
        if key not in self._given:
            participant = participant or key in self.roster_keys
            label = self.labels[0] if participant else self.labels[1]
            self._given[key] = f"{label} {_letters(self._counts[participant])}"
            self._counts[participant] += 1
        return self._given[key]


_WORD_BEFORE = re.compile(r"([^\W\d_][\w'’]*)[ \t]+\Z")


def after_title(text: str, start: int) -> bool:
    """A name at ``start`` follows the participant's word of any profile ("участник Асель",
    "participant Aibek", "қатысушы Ерлан"): the note says the person is a participant."""
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    return before is not None and before.group(1).casefold() in union("titles")


def titled(pseudonym: str) -> str:
    """A participant's pseudonym after the participant's word: its letter ("участник A", not
    "участник Участник A")."""
    return pseudonym.rsplit(" ", 1)[-1]


def _letters(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA."""
    text = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        text = chr(ord("A") + rest) + text
    return text


class PatternDetector:
    def find(self, text: str) -> Iterable[Span]:
        return find_patterns(text)


class QuasiDetector:
    def find(self, text: str) -> Iterable[Span]:
        return find_quasi(text)


class PublicPhrases:
    """Stretches that are public things ("8 марта", "Nur Otan", "UN Women"): never a person."""

    def find(self, text: str) -> list[tuple[int, int]]:
        lowered = fold(text)
        # a phrase stands after no letter or digit, so its first run of letters and digits (its
        # whole first word) is a run of the text: a phrase whose first run the text lacks is not
        # searched for (a search of the whole text for each phrase read every piece 600 times)
        by_first, everywhere = _phrase_firsts()
        runs = set(_ALNUM_RUN.findall(lowered)) & by_first.keys()
        found = []
        for _order, phrase in sorted(everywhere + [p for run in runs for p in by_first[run]]):
            at = lowered.find(phrase)
            while at >= 0:
                end = at + len(phrase)
                if stands_alone(lowered, at, end):
                    found.append((at, end))
                at = lowered.find(phrase, at + 1)
        return found + self._inflected(text)

    @staticmethod
    def _inflected(text: str) -> list[tuple[int, int]]:
        """A public phrase of several words in another spelling or with a case ending on its last
        word ("Кайрат Нұртастың әні", "Dimash Qudaibergenge"), in any letter case ("вспомнили ахмета
        байтұрсынұлы")."""
        words = _WORD.findall(text)
        # the few words a phrase can start with: each distinct word judged once (sets, not a loop)
        global _SEEN
        judged, starting_words = _SEEN  # read once: another thread may start new sets
        distinct = set(words)
        for word in distinct - judged:
            if _phrases_from(word):
                starting_words.add(word)  # before it is judged: a judged word's answer is there
            judged.add(word)
        starting = distinct & starting_words
        if len(judged) > _JUDGED_MOST:
            _SEEN = (set(), set())
        if not starting:
            return []
        spans: list[tuple[int, int]] = []
        found = []
        for index in [i for i, word in enumerate(words) if word in starting]:
            for phrase in _phrases_from(words[index]):
                last = index + len(phrase) - 1
                if last < len(words) and all(
                    _phrase_word(words[index + k], phrase[k]) for k in range(1, len(phrase))
                ):  # "Олжаса Сулейменова": Russian declines every word
                    if not spans:
                        spans = [m.span() for m in _WORD.finditer(text)]
                    found.append((spans[index][0], spans[last][1]))
        return found


_SEEN: tuple[set[str], set[str]] = (set(), set())
"""Words of the notes read so far, and those of them a public phrase of several words may start
with (``_phrases_from``); forgotten past _JUDGED_MOST words."""
_JUDGED_MOST = 400_000


_ALNUM_RUN = re.compile(r"[^\W_]+")
r"""A run of letters and digits: ``[^\W_]`` is what ``str.isalnum`` is, character by character."""


@cache
def _phrase_firsts() -> tuple[dict[str, list[tuple[int, str]]], list[tuple[int, str]]]:
    """The public phrases by their first run of letters and digits, each with its place in their
    order; and those that do not start with a letter or a digit (searched for in every piece)."""
    by_first: dict[str, list[tuple[int, str]]] = {}
    everywhere: list[tuple[int, str]] = []
    for order, phrase in enumerate(lexicon.public_phrases()):
        run = _ALNUM_RUN.match(phrase)
        (by_first.setdefault(run.group(), []) if run else everywhere).append((order, phrase))
    return by_first, everywhere


@lru_cache(maxsize=100_000)
def _phrases_from(word: str) -> tuple[tuple[str, ...], ...]:
    """The public phrases of several words (as skeletons) whose first word ``word`` is."""
    return tuple(
        phrase
        for phrase in _phrase_skeletons().get(skeleton(word)[:_PREFIX], ())
        if _phrase_word(word, phrase[0])
    )


_WORD = re.compile(r"[^\W\d_][\w'’-]*")
"""A word as the public phrases, laws and names of a span are read: letters, then letters, digits,
apostrophes and hyphens ("O'zbekiston", "Кочкор-Ата")."""
_PREFIX = 3


_SURNAME_MADE = ("ov", "ev", "uli", "kizi", "uulu")
"""What a surname made from a word adds to its skeleton ("Исламов", "Ханов", "Алиев"); not "-ин",
which a Kazakh genitive also reads as after the skeleton folds "нн" ("ханның")."""


def _phrase_word(word: str, part: str) -> bool:
    """``word`` is the phrase's word ``part`` (a skeleton) in a case form, not a surname made from
    it: "Ханом" and "ханның" are "хан", "Ханов" is not ("Чингиз Ханов" is a participant)."""
    base = base_of(word, frozenset({part}), min_inflected=3)
    if base is None and word[-1:] in ("я", "ю") and word[-2:-1] in ("а", "е", "о", "у"):
        base = base_of(word[:-1] + "й", frozenset({part}))  # "Цоя", "Цою": Цой's genitive, dative
    return base is not None and not skeleton(word)[len(base) :].startswith(_SURNAME_MADE)


@cache
def _phrase_skeletons() -> dict[str, list[tuple[str, ...]]]:
    """The public phrases of two words or more (or of one, ``_ALONE_LEAST``), as skeletons, by their
    first word; a Tajik phrase
    whose first word carries the izafe ("Исмоили Сомонӣ", "Камоли Хуҷандӣ") also without it, as
    the name is written alone and in English ("Ismoil Somoni", "Kamol Khujandi")."""
    found: dict[str, list[tuple[str, ...]]] = {}
    names = list_names()
    for phrase in lexicon.public_phrases():
        parts = tuple(skeleton(w) for w in _WORD.findall(phrase))
        # one word in a case too ("из Азаттыка", "на Оптиму"), unless it is also a listed name
        # ("Аманат": the party, and a given name whose cases are a person's)
        alone = len(parts) == 1 and len(parts[0]) >= _ALONE_LEAST and parts[0] not in names
        if (len(parts) >= 2 or alone) and all(parts):
            found.setdefault(parts[0][:_PREFIX], []).append(parts)
            if len(parts[0]) >= _IZAFE_LEAST and parts[0].endswith("i"):
                found[parts[0][:_PREFIX]].append((parts[0][:-1], *parts[1:]))
    return found


_ALONE_LEAST = 4
"""Letters of a public phrase of one word (its skeleton) that is read in its case forms too."""
_IZAFE_LEAST = 6
"""Letters of a phrase's first word (its skeleton) whose last "i" may be the Tajik izafe."""


def plan(text: str, use_ner: bool = True) -> tuple[Normalized, list[tuple[int, str]], list[bool]]:
    """``text`` as the detectors read it, its pieces (offset, piece), and for each piece whether the
    neural name finder reads it (the first NER_LIMIT characters, if ``use_ner``). Cheap: no
    dictionary is loaded, so the app's process can cut notes for the workers."""
    normal = normalize(text)
    pieces = list(_pieces(normal.text))
    budget = NER_LIMIT
    flags = []
    for _start, piece in pieces:
        flags.append(use_ner and budget > 0)
        budget -= len(piece)
    return normal, pieces, flags


def assemble(
    text: str, normal: Normalized, pieces: Sequence[tuple[int, str]], by_piece: Sequence[Sequence[Span]]
) -> list[Span]:
    """The spans of ``text`` from those of its pieces (offsets into each piece), mapped back to the
    characters as typed, in reading order; a piece too deep to read stands for the whole note."""
    if any(span.source == FALLBACK for spans in by_piece for span in spans):
        return [Span(0, len(text), Kind.QUASI, FALLBACK)] if text else []  # pragma: no cover
    found: list[Span] = []
    for (start, _piece), spans in zip(pieces, by_piece, strict=True):
        for span in spans:
            begin, end = normal.span_back(span.start + start, span.end + start)
            found.append(Span(begin, end, span.kind, span.source, span.key))
    return sorted(found, key=lambda s: (s.start, s.kind is Kind.QUASI))


class Anonymizer:
    def __init__(
        self, roster: Iterable[str] = (), use_ner: bool = True, use_lists: bool = True, language: str = "en"
    ) -> None:
        roster = tuple(roster)
        self._names = NameFinder(roster, use_lists=use_lists)
        self._use_ner = use_ner and ner.available()
        self._setup = (roster, use_lists, language)
        self.language = language
        words = report_profile(language)
        self.pseudonyms = Pseudonyms(
            frozenset(self._names.roster.values()), (words.participant, words.person)
        )
        self._patterns = PatternDetector()
        self._quasi = QuasiDetector()
        self._public = PublicPhrases()

    @cached_property
    def _known(self) -> frozenset[str]:
        """The roster's names and the lists' (made when first asked: a copy of the lists' many
        names for each note cost more than most of a short note's reading)."""
        if not self._names.roster:
            return self._names.list_bases
        return frozenset(self._names.roster) | self._names.list_bases

    @property
    def roster_keys(self) -> frozenset[str]:
        return frozenset(self._names.roster.values())

    def common_words(self, words: frozenset[str]) -> frozenset[str]:
        """Those of ``words`` (lower case) that are ordinary words of a dictionary."""
        from facilitator.anonymizer.coreference import dictionary_words

        return dictionary_words(words)

    def detect(self, text: str) -> list[Span]:
        """Every identifier in ``text``, overlaps resolved; never raises: a text that cannot be read
        (too deep, a fault of ours) is one span, removed whole and reviewed (``FALLBACK``)."""
        try:
            return self._detect(text)
        except Exception as error:
            log_fault(error)
            return [Span(0, len(text), Kind.QUASI, FALLBACK)] if text else []

    def _detect(self, text: str, workers: int | None = None) -> list[Span]:
        if read_strictly(text):
            return long_note_spans(text)
        normal, pieces, flags = plan(text, self._use_ner)
        workers = cores() if workers is None else workers
        by_piece: list[list[Span] | None] = [None] * len(pieces)
        if workers > 1 and len(normal.text) >= PARALLEL_FROM:
            # every piece is read the same way wherever it is read: one a worker process a core
            jobs = [(piece, use_ner) for (_s, piece), use_ner in zip(pieces, flags, strict=True)]
            by_piece, _keys = read_pieces(self._setup, jobs, workers)
        here: dict[tuple[str, bool], list[Span]] = {}  # what a failed worker left is read here,
        read = []  # each distinct piece once (a pasted text repeats itself)
        for (_s, piece), use_ner, spans in zip(pieces, flags, by_piece, strict=True):
            if spans is None:
                if (piece, use_ner) not in here:
                    here[piece, use_ner] = self._detect_piece(piece, use_ner)
                spans = list(here[piece, use_ner])
            read.append(spans)
        return assemble(text, normal, pieces, read)

    def detect_piece(self, piece: str, use_ner: bool = False) -> list[Span]:
        """The spans of one piece (normalised, at most about PIECE characters), with NER if asked
        and this anonymizer uses it."""
        return self._detect_piece(piece, use_ner and self._use_ner)

    def _detect_piece(self, text: str, use_ner: bool) -> list[Span]:
        public = self._public.find(text)
        names = self._names.find(text, public)
        people = self._ner_spans(text, names) if use_ner else []
        if people:
            public += self._names.public_spans(text)
            trimmed = [self._outside_public(p, text, public) for p in people]
            people = [
                p
                for p in trimmed
                if p is not None
                and not any(s <= p.start < e for s, e in public)
                and self._ner_sure(p, text)
                and not _a_word_by_what_follows(p, text)
                and not (" " not in text[p.start : p.end] and spoken_of(text, p.start, p.end))
            ]
        if use_ner and ner.has_cyrillic(text) and not ner.has_kazakh(text):
            regional = regional_name_words()
            sure_keys = {n.key for n in names if n.source != AMBIGUOUS}
            names = [
                n
                for n in names
                if n.source != AMBIGUOUS
                or ner.has_latin(text[n.start : n.end])
                or n.key in regional  # "Жасур" is a word in Uzbek, a name in Russian text
                # "жека сказал", "роман сказал": NER reads no lower-case name, so its silence says
                # nothing of one the rules found where a person stands (unsure: reviewed first)
                or text[n.start : n.start + 1].islower()
                # "Марку спасибо" beside "Марк Вайс": another case of the note's person ("Надежда на
                # неё" beside "Надежда Ивановна" is the word: the same form)
                or (n.key in sure_keys and skeleton(text[n.start : n.end]) != n.key)
                or any(n.overlaps(p) for p in people)
                # "… сказала Вера" inside a sentence is likely a person, the model's silence aside;
                # only a name-word opening a sentence ("Надежда есть") waits for the model
                or not starts_sentence(text, n.start)
                or _subject_of_a_russian_verb(text, n)
                # "Бульдозер ухмыльнулся", "Надежда призналась": no thing nor hope does so
                or said_as_only_people_say(text, n.end)
                or any(_beside(n, other, text) for other in names if other.source != AMBIGUOUS)
            ]
        patterns = list(self._patterns.find(text))
        found_quasi = list(self._quasi.find(text))
        # a place typed right before an address or right after a description is part of it ("живет
        # Сарыагаш ул. Байтурсынова 22", "молдосунун уулу, Кочкор-Атада"): it stays removed
        addresses = [(s.start, s.end) for s in patterns if s.kind is Kind.ADDRESS]
        # (a place inside a description, "нотариуса в Кордае", is the description's: no person)
        starting = [(a, a) for a, _e in addresses]
        beside = starting + [(q.end, q.end) for q in found_quasi]
        names += self._guessed_names(text, public, [*names, *people, *patterns, *found_quasi])
        # "маркази «Гулрухсор» … «Гулрухсор» бештар барои занон": the institution's name quoted again
        institutions = {(n.start, n.end): _institution(n, text) for n in names + people}
        things = {text[start:end].casefold() for (start, end), named in institutions.items() if named}
        names = [
            with_address_kin(n, text)
            for n in self._without_institutions(names, text)
            if not _named_thing(n, text, things, institutions.get((n.start, n.end)))
            and not a_namesake(text, n.start, n.end)
            and not self._public_place(
                n, text, starting if any(_within(n, q) for q in found_quasi) else beside
            )
        ]
        people = [
            _with_honorific_after(with_address_kin(p, text), text)
            for p in self._without_institutions(people, text)
            if not _named_thing(p, text, things, institutions.get((p.start, p.end)))
            and not a_namesake(text, p.start, p.end)
            and not self._public_place(
                p, text, starting if any(_within(p, q) for q in found_quasi) else beside
            )
        ]
        virtues = _virtues_listed(text, names + people)
        if virtues:
            names = [n for n in names if not any(s <= n.start and n.end <= e for s, e in virtues)]
            people = [p for p in people if not any(s <= p.start and p.end <= e for s, e in virtues)]
        # "Ноябрда — …", "Жұма, 16:00", "Sun 27 Oct": a month or a day of the calendar, no one
        names = [n for n in names if not a_calendar_word(text, n.start, n.end)]
        people = [p for p in people if not a_calendar_word(text, p.start, p.end)]
        disclaimed = disclaimed_words(text)
        if disclaimed:  # "Масанчи - это село, не человек": the writer says the word names no one
            names = [n for n in names if not _disclaimed(n, text, disclaimed)]
            people = [p for p in people if not _disclaimed(p, text, disclaimed)]
        # the model's guesses have passed the checks every name passes; the passes below read the
        # rules' names alone, and what they find wins over a guess it overlaps ("Mrs. Haugen")
        guessed = [n for n in names if n.source == MODEL_NAME]
        names = [n for n in names if n.source != MODEL_NAME]
        names += [
            Span(start, end, Kind.NAME, SPELLED, skeleton("".join(filter(str.isalpha, text[start:end]))))
            for start, end in spelled_names(text)
        ]
        names += [
            Span(start, end, Kind.NAME, OTHER_LAYOUT, key) for start, end, key in other_layout_names(text)
        ]
        names += column_names(text, names + people, public)
        names += titled_names(text, names + people, public)
        names += quoted_initials(text, names + people)
        nicknames = placed_nicknames(text, names + people, public)
        if nicknames:
            names = around_nicknames(names, nicknames, text) + nicknames
            people = around_nicknames(people, nicknames, text)
        people = with_the_rules_tails(people, names)  # "Мошини Исмоил" + "Исмоил ака"
        names += [g for g in guessed if not any(g.overlaps(other) for other in names + people)]
        names += same_labels(text, names)  # "Волк: …" in every line, once one of them is a name
        names += block_senders(text, names, public)  # "Айдос: …" / "Женя: +1": a chat's lines
        names += dash_described_names(
            text, found_quasi, names + people, public
        )  # "Талант — айылдагы жалгыз …"
        names += handle_named(text, patterns, names + people, public)  # "Шер …" beside "@sher_tj_2006"
        patterns += [
            Span(start, end, Kind.ADDRESS, "pattern")
            for start, end in homes_told(text, [(n.start, n.end) for n in names + people])
        ]  # "Ермектің үйі — су мұнарасының жанындағы …"
        precise = with_initials_before(without_headers(resolve(patterns + names + people, text), text), text)
        precise = without_class_letters(precise, text)
        quasi = [
            q
            for q in found_quasi
            if not any(_within(q, p) for p in precise) and not _a_named_professional(q, text, names)
        ]
        return precise + quasi

    def _guessed_names(
        self, text: str, public: Sequence[tuple[int, int]], found: Sequence[Span]
    ) -> list[Span]:
        """Words the word model is fairly sure are names where no rule found anything and no public
        figure, phrase or place stands: unsure (removed, reviewed first); the checks on every name
        (institutions, named things, namesakes, places, words spoken of) still follow."""
        taken = [*((s.start, s.end) for s in found), *public]
        guessed = [
            (start, end)
            for start, end in likely_names(text, taken)
            if not spoken_of(text, start, end)
            and not _glossed_thing(text, end)
            and not _qualified_thing(text, start)
            and not _a_being_doing_what_beings_do(text, start, end)
        ]
        more_public = Cover(self._names.public_spans(text) if guessed else ())
        return [
            Span(start, end, Kind.NAME, MODEL_NAME, skeleton(text[start:end]))
            for start, end in guessed
            if not more_public.overlaps(start, end)
        ]

    def _without_institutions(self, spans: Sequence[Span], text: str) -> list[Span]:
        """``spans`` less the institutions' names they open (``_institution_first``): a name of one
        word goes, a longer one keeps the rest ("кризисный центр сезим айбеку": Айбек) where it is a
        name of the lists, in lower case or after a listed name ("crisis centre Ak Zhurok" is all the
        centre's)."""
        kept = []
        for span in spans:
            if not _institution_first(span, text):
                kept.append(span)
                continue
            if text[span.start - 1 : span.start] in OPENING_QUOTES:
                continue  # "отправил резюме в «Жаш Муун»": the quotation is the name
            rest = _NEXT_WORD_START.search(text, span.start, span.end)
            if rest is None:
                continue
            word = text[rest.end() : span.end].split()[0]
            base = base_of(word, self._known)
            first = text[span.start : rest.start()]
            if base is None and word[:1].isupper() and base_of(first, self._known) is None:
                continue  # "the crisis centre Ak Zhurok": two capitalised words no list names, the name
            base = base or _strip_case(skeleton(word))
            key = self._names.roster.get(base, base)
            kept.append(Span(rest.end(), span.end, span.kind, span.source, key))
        return kept

    def _public_place(self, span: Span, text: str, beside: Sequence[tuple[int, int]] = ()) -> bool:
        """A name that is a place, a company or a public figure of the region where it
        stands (`region_place`, `company`, `figure_in_context`), unless the roster names it or it
        stands right beside one of ``beside`` (where an address starts, where a description ends)."""
        words = [w.strip(".,:;!?»«\"'()") for w in text[span.start : span.end].split()]
        if not words or span.source == "roster" or span.key in self._names.roster.values():
            return False
        if pointed_out_speaker(text, span.end) or a_tagged_quotes_speaker(text, span.start, span.end):
            return False  # "qaraqul (qop-qora jingalak sochli) dedi: «…»": a place does not speak
        if any(_adjoining(span.start, span.end, s, e, text) for s, e in beside):
            return False
        if len(words) > 1:  # "у Лаби Хауза": every word a place of the region, none a given name
            return (
                beside_a_monument(text, span.start, span.end)
                or _hyphened_place(words)
                or all(region_place(w, text, span.start, span.end, self._names.list_bases) for w in words)
            )
        word = words[0]
        return (
            region_place(word, text, span.start, span.end, self._names.list_bases)
            or company(word)
            or figure_in_context(word, text, span.start, span.end)
            or (street_on(text, span.start, span.end) and base_of(word, self._names.list_bases) is None)
        )

    def _ner_sure(self, span: Span, text: str) -> bool:
        """NER reads "Анкета готова." or "Скажи Маме" as a person: common words alone are not one."""
        return any(self._ner_word_sure(word) for word in text[span.start : span.end].split())

    def _outside_public(self, span: Span, text: str, public: Sequence[tuple[int, int]]) -> Span | None:
        """The NER span, or where it runs into a public phrase the words of it before that phrase
        ("Суруди Шабнами Сурайёро": the song of the singer; nothing is left of a person), or None."""
        inside = [s for s, e in public if span.start < s < span.end]
        if not inside:
            return span
        head = text[span.start : min(inside)].rstrip(" \t-–—«\"'")
        words = head.split()
        if not words or not all(self._ner_word_sure(w) for w in words):
            return None
        return Span(span.start, span.start + len(head), span.kind, span.source, span.key)

    def _ner_word_sure(self, word: str) -> bool:
        if base_of(word, frozenset(self._names.roster)) is not None:
            return True
        if _kin_word(word) or _place_word(word):
            return False  # "Апам", "Кыз", "Дядя": a relative or a person noun; "Россияда": a place
        if word.casefold().strip(".,") in lexicon.not_names() or is_made_from_a_numeral(word.strip(".,")):
            return False  # "Шанбе" (Saturday), "Kaspi", "Беҳтарин" (the best): never a person
        if KYRGYZ_LONG_VOWEL_END.search(word.strip(".,:;!?«»\"'()")):
            return False  # "Убактылуу коргоо ордери": a Kyrgyz adjective, no person
        if abbreviation_with_ending(word.strip(".,:;!?«»\"'()"), list_names()):
            return False  # "ЦОНго": an abbreviation with a case ending
        bare = word.casefold().strip(".,:;!?«»\"'()")
        if bare in union("label_words") or (
            bare in lexicon.kazakh_words() and base_of(bare, list_names()) is None
        ):
            return False  # "Ескерту!" (a note's warning), a Kazakh word that names no one
        known, name, _place = lexicon.russian(word.casefold().strip(".,"))
        return not (known and name < 0.3)

    def _ner_trimmed(self, start: int, end: int, text: str) -> tuple[int, int] | None:
        """A NER span without the relatives and person nouns at its ends ("Дядя Азамата" is Азамата;
        "Калиев" stays, though the dictionary reads a word: surnames often are one), nor a lower-case
        cue of a word at its end ("Арман деген": the word Арман)."""
        words = [(m.start() + start, m.end() + start) for m in re.finditer(r"\S+", text[start:end])]
        roster = frozenset(self._names.roster)
        while (
            words
            and (
                _kin_word(text[words[0][0] : words[0][1]])
                or _place_word(text[words[0][0] : words[0][1]])
                or text[words[0][0] : words[0][1]].strip(",.:!").casefold() in union("greetings")
                # "Номер Жылдызбек эже": a common word opening the sentence before the name
                or (len(words) > 1 and not self._ner_word_sure(text[words[0][0] : words[0][1]]))
            )
        ):
            if base_of(text[words[0][0] : words[0][1]], roster) is not None:
                break
            words.pop(0)
        # "Арман деген создин …": the model reads Kazakh typed on a Russian keyboard as Russian and
        # takes the cue that the word before it is a word into the name
        while words and (
            _kin_word(text[words[-1][0] : words[-1][1]])
            or _place_word(text[words[-1][0] : words[-1][1]])
            or (len(words) > 1 and text[words[-1][0] : words[-1][1]] in union("word_cues"))
            # "Айбек Балыкчыда жашайт", "Кутманбек ЦСМге бара албайт": a small place or an office in
            # a case after the name
            or (len(words) > 1 and self._a_place_or_office(*words[-1], text))
        ):
            if base_of(text[words[-1][0] : words[-1][1]], roster) is not None:
                break
            words.pop()
        words = self._before_a_bracketed_place(words, text)
        return (words[0][0], words[-1][1]) if words else None

    def _a_place_or_office(self, start: int, end: int, text: str) -> bool:
        word = text[start:end].strip(".,:;!?«»\"'()")
        return bool(word) and (
            region_place(word, text, start, end, self._names.list_bases)
            or abbreviation_with_ending(word, list_names())
        )

    def _before_a_bracketed_place(self, words: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
        """The words of a NER span before a bracket that holds only places ("Эрмек Садыков (Тюп)"; the
        model also cuts it as "Эрмек Садыков (" and "Тюп)"): a bracket opens no name's word, and the
        place in it is the rules' to decide; "Бакыт (Бакен)" keeps the nickname."""
        for index, (start, _end) in enumerate(words):
            if text[start] != "(" and not (
                index == 0 and text[max(0, start - 3) : start].rstrip().endswith("(")
            ):
                continue
            inside = words[index:]
            if all(self._bracketed_place(s, e, text) for s, e in inside):
                return words[:index]
            break
        return words

    def _bracketed_place(self, start: int, end: int, text: str) -> bool:
        word = text[start:end].strip("(),.;:")
        return not word or _place_word(word) or region_place(word, text, start, end, self._names.list_bases)

    def _ner_spans(self, text: str, names: Sequence[Span]) -> list[Span]:
        found = []
        for begin, stop in self._worth_reading(text, names):
            trimmed = self._ner_trimmed(begin, stop, text)
            if trimmed is None:
                continue
            start, end = trimmed
            words = text[start:end].split()
            if not words or skeleton(words[0]) in lexicon.public_people_for(words[0]):
                continue
            opening = start + 1 if text[start] in OPENING_QUOTES else start
            if opens_a_title_before_its_thing(text, opening):
                continue  # "Абайдын 'Толык адам' идеясын": a title's first word, read by the model
            if len(words) == 1 and before_a_place_word(text, end):
                continue  # "Свердлов райондук соту": a district named before its word, no person
            following = _NEXT_WORD.match(text, end)
            if len(words) == 1 and turkic_adjective_before_its_noun(
                words[0], following.group(1) if following else None
            ):
                continue  # "Гендердик кутучалар": an exercise's name, read by the model as a person
            base = base_of(words[0], self._known) or _strip_case(skeleton(words[0]))
            key = self._names.roster.get(base, base)
            found.append(Span(start, end, Kind.NAME, "ner", key))
        return merge_adjacent(found, text)

    def _worth_reading(self, text: str, names: Sequence[Span]) -> list[tuple[int, int]]:
        """Person spans from the Russian NER, read in one batch, only in sentences where it can
        add something: Russian (no Kazakh letters), holding a name the rules are unsure of, or a
        capitalised word that no rule took for a name and the dictionary does not know as a
        common word. (Its other spans would be dropped: see ``_ner_sure``.)"""
        sure = [(n.start, n.end) for n in names if n.source != AMBIGUOUS]
        unsure = [n.start for n in names if n.source == AMBIGUOUS]
        chosen = []
        for start, end in sentences(text):
            part = text[start:end]
            if not ner.has_cyrillic(part) or ner.has_kazakh(part):
                continue
            if any(start <= at < end for at in unsure) or any(
                not any(s <= start + word.start() < e for s, e in sure)
                and (
                    self._may_be_name(word.group())
                    or _next_to(start + word.start(), start + word.end(), sure)
                )
                for word in _CAPITALISED_CYRILLIC.finditer(part)
            ):
                chosen.append((start, end))
        return [(b, e) for b, e in ner.person_spans_in(text, chosen)] if chosen else []

    @staticmethod
    def _may_be_name(word: str) -> bool:
        known, name, _place = lexicon.russian(word.casefold())
        return not (known and name < 0.3)

    # -- replacing ------------------------------------------------------------------------------
    def apply(self, text: str, spans: Sequence[Span], replace_quasi: bool = True) -> str:
        """``text`` with each span replaced: names by pseudonyms, the rest by typed tags."""
        chosen = non_overlapping(spans, replace_quasi)
        for span in chosen:  # "Асель …, участник Асель": a participant from her first mention on
            if span.kind is Kind.NAME and after_title(text, span.start):
                self.pseudonyms.for_key(span.key or "unknown", participant=True)
        return spliced(text, chosen, lambda span: self.replacement(span, text))

    def replacement(self, span: Span, text: str | None = None) -> str:
        """A name's pseudonym, or a typed tag. With ``text``, a name after the participant's word
        is a participant's and reads as its letter there ("участник Асель": "участник A")."""
        if span.kind is Kind.NAME:
            key = span.key or "unknown"
            if text is None or not after_title(text, span.start):
                return self.pseudonyms.for_key(key)
            return titled(self.pseudonyms.for_key(key, participant=True))
        if span.source == LONG:  # a run of words of a note read the strict way (long_notes.py)
            return REMOVED
        return report_profile(self.language).tags[span.kind.value]

    def anonymize(self, text: str) -> str:
        return self.apply(text, self.detect(text))


_GLOSS = re.compile(r"[ \t]*\((?P<gloss>[^()\d\n]{1,60})\)")
_GLOSS_REACH = 4
"""Words after a remark in brackets where a person's verb would stand."""


def _glossed_thing(text: str, end: int) -> bool:
    """A remark in brackets with no number right after the word, and no verb of a person in the four
    words after it ("Қабылан (жыртқыш аң) бүгін тақырып болды": the leopard, a predator, was the
    topic): the word is glossed as a thing, which the rules read so; the word model's guess is not
    taken. "Малыш (новенький) опять не пришёл" has its verb."""
    gloss = _GLOSS.match(text, end)
    if gloss is None:
        return False
    verbs = _persons_verbs()
    following = [m.group().casefold() for m in islice(_WORD_ONLY.finditer(text, gloss.end()), _GLOSS_REACH)]
    return not any(word in verbs for word in following)


@cache
def _persons_verbs() -> frozenset[str]:
    return union("person_after", "came", "speech", "latin_person_verbs")


def non_overlapping(spans: Sequence[Span], replace_quasi: bool = True) -> list[Span]:
    """Spans to replace, left to right: a removed description swallows what lies inside it, and
    what it overlaps in part too ("Мектеп директоры Жұмабаев" and the name "Жұмабаев Серік Әбілұлы":
    the description reaches to the name's end, or "Серік Әбілұлы" was left in the text)."""
    quasi = [s for s in spans if s.kind is Kind.QUASI] if replace_quasi else []
    merged = _merged(quasi)
    others = [s for s in spans if s.kind is not Kind.QUASI]
    while merged and others:  # nothing else: nothing sticks out of a description (a long note)
        grown = _grown(merged, others)
        if grown == merged:
            break
        merged = grown
    # merged descriptions are disjoint and sorted: one binary search per span (a 10 MB note has
    # tens of thousands of each)
    ends = [q.end for q in merged]
    chosen = []
    for span in spans:
        if span.kind is Kind.QUASI:
            continue
        index = bisect.bisect_right(ends, span.start)  # the first description ending after its start
        if index < len(merged) and merged[index].start < span.end:
            continue
        chosen.append(span)
    return sorted(chosen + merged, key=lambda s: s.start)


def _merged(quasi: Sequence[Span]) -> list[Span]:
    """Descriptions that overlap, as one: disjoint, sorted."""
    merged: list[Span] = []
    for span in sorted(quasi, key=lambda s: s.start):
        if merged and span.start < merged[-1].end:
            last = merged[-1]
            merged[-1] = Span(last.start, max(last.end, span.end), last.kind, last.source, last.key)
        else:
            merged.append(span)
    return merged


def _grown(merged: list[Span], others: Sequence[Span]) -> list[Span]:
    """Each description widened over the spans that stick out of it (disjoint, sorted again)."""
    ends = [q.end for q in merged]
    bounds = [[q.start, q.end] for q in merged]
    for span in others:
        index = bisect.bisect_right(ends, span.start)
        while index < len(merged) and merged[index].start < span.end:
            bounds[index][0] = min(bounds[index][0], span.start)
            bounds[index][1] = max(bounds[index][1], span.end)
            index += 1
    widened = [Span(b[0], b[1], q.kind, q.source, q.key) for q, b in zip(merged, bounds, strict=True)]
    return _merged(widened)


_CAPITALISED_CYRILLIC = re.compile(r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё]+)?")


_NEXT_WORD = re.compile(r"\s*([^\W\d_]+|—)")


_BRACKET_OPENS = re.compile(r"[ \t]*\([ \t]*")
_APPOSITION_BEFORE = re.compile(r"[ \t]*,[ \t]*\Z")
_APPOSITION_AFTER = re.compile(r"[ \t]*[,—–)]")
_JOB_IN_A_PLACE = re.compile(r"(?<!\w)(?:в|во|на|in|at)\s+[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w'’-]+")
"""A job or a role in a named place, set off by commas right after a name ("Вера Ивановна, библиотекарь
в Покровке, разрешила"): where the named person works, said of her, not a participant described (a
role with no place named, "Тәуекел ағай, ауыл мектебінің директоры, …", is a description still)."""


def _a_named_professional(quasi: Span, text: str, names: Sequence[Span]) -> bool:
    """A role or job whose holder the note names in brackets beside it ("позвонил соцпедагогу школы
    №5 (Венера Ивановна)", "вернуть проектор в ДК (Галина Сергеевна, завхоз)") or right before it,
    set off by commas ("Вера Ивановна, библиотекарь в Покровке, разрешила"): the professional the
    facilitator deals with, named (the name is removed), not a participant described; no kin word,
    no "the only" in it."""
    part = text[quasi.start : quasi.end]
    if _kin_or_only().search(part) or titleholder(part) or not (ROLE.search(part) or JOB.search(part)):
        return False  # "the kid who won the regional olympiad (Nurislam)": a participant described
    starts = {n.start for n in names if n.kind is Kind.NAME}
    ends = {n.end for n in names if n.kind is Kind.NAME}
    apposed = _APPOSITION_BEFORE.search(text, max(0, quasi.start - 4), quasi.start)
    if (
        apposed is not None
        and apposed.start() in ends
        and _APPOSITION_AFTER.match(text, quasi.end)
        and _JOB_IN_A_PLACE.search(part)
    ):
        return True  # "Вера Ивановна, библиотекарь в Покровке, разрешила …": set beside her name
    after = _BRACKET_OPENS.match(text, quasi.end)
    if after is not None and "(" in after.group() and after.end() in starts:
        return True  # "… школы №5 Токмок (Венера Ивановна)"
    inside = part.rfind("(")
    if inside < 0:
        return False
    opened = _BRACKET_OPENS.match(text, quasi.start + inside)
    return opened is not None and opened.end() in starts and ")" not in part[inside:]


@cache
def _kin_or_only() -> re.Pattern[str]:
    """The profiles' kin words and "the only" cues, searched in a description."""
    words = sorted({*cue_phrases("kin"), *cue_phrases("singling")}, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)", re.IGNORECASE)


def _subject_of_a_russian_verb(text: str, span: Span) -> bool:
    """A Russian verb in the past or the present's third person follows the name-word opening a
    sentence, and agrees with a person's name ("Даня гордится", "Дана пришла"): the name is its
    subject, though the model is silent. Not an abstract name ("Надежда есть", "Слава пришла к
    нам" — glory; the profiles' ``abstract_names``), nor a word of the dictionary ("Роман вышел")."""
    word = text[span.start : span.end]
    verb = _VERB_NEXT.match(text, span.end)
    if verb is None or " " in word or skeleton(word) in _abstract_names():
        return False
    if lexicon.russian(word.casefold())[1] < 0.5:
        return False  # "Роман вышел", "Тема зашла": the dictionary reads a word first
    readings = lexicon.russian_readings(verb.group(1).casefold())
    return bool(readings) and readings[0][0] == "VERB" and verb.group(1).casefold() not in union("word_after")


@cache
def _abstract_names() -> frozenset[str]:
    return frozenset(skeleton(w) for w in union("abstract_names"))


def _a_word_by_what_follows(span: Span, text: str) -> bool:
    """One word at a sentence start that the word after it says is a word ("Вера в то, что…",
    "Надежда — это хорошо"): what the name finder read as a word, NER may not overrule."""
    if " " in text[span.start : span.end].strip() or not starts_sentence(text, span.start):
        return False
    following = _NEXT_WORD.match(text, span.end)
    if following is None:
        return False
    word = following.group(1)
    if object_before_its_verb(text[span.start : span.end].strip(), text, span.end):
        return True  # "Ҳисобот додан лозим", "Тамос гирифтем": the object of the writer's verb
    # "Азамат йигитлар!": a name-word before a plural noun is its adjective
    return word.casefold() in union("word_after", "topic_after") or (word[:1].islower() and plural_noun(word))


@cache
def _virtues() -> tuple[tuple[str, ...], re.Pattern[str]]:
    """The stems of the profiles' ``abstract_names`` (names that are virtues first: Вера, Надежда,
    Любовь, Faith, Hope, Grace), and a list of three or more of them."""
    bare = {re.sub(r"[аяеиоуыьaeiouy]\Z", "", w) if len(w) >= 4 else w for w in union("abstract_names")}
    stems = tuple(sorted(bare, key=len, reverse=True))
    word = "(?:" + "|".join(map(re.escape, stems)) + r")[^\W\d_]{0,3}"
    joint = (
        r"(?:[ \t]*,[ \t]*(?:(?:и|and|va|ва|мен|және|жана)[ \t]+)?|[ \t]+(?:и|and|va|ва|мен|және|жана)[ \t]+)"
    )
    return stems, re.compile(rf"(?<![\w-]){word}(?:{joint}{word}){{2,}}(?![\w-])", re.IGNORECASE)


def _virtues_listed(text: str, spans: Sequence[Span]) -> list[tuple[int, int]]:
    """Where three or more virtues' names stand in one list ("Вера, Надежда и Любовь", "faith, hope
    and love"): the words, no people (read only between the first and last span that may be one)."""
    stems, listed = _virtues()
    maybe = [s for s in spans if text[s.start : s.end].casefold().startswith(stems)]
    if len(maybe) < 2:
        return []
    start, end = min(s.start for s in maybe), max(s.end for s in maybe)
    found = listed.finditer(text, max(0, start - 20), min(len(text), end + 20))
    # "Grace, Hope and Joy came late": three girls, who act
    return [m.span() for m in found if not _acting_next(text, m.end())]


_ACTING_NEXT = re.compile(r"[ \t]+([^\W\d_]+)")


def _acting_next(text: str, end: int) -> bool:
    following = _ACTING_NEXT.match(text, end)
    return following is not None and following.group(1).casefold() in union("came", "person_after")


_GLUED = re.compile(r"[^\W\d_][\w'’]*-([^\W\d_]+)")


_LOWER_WORD_AFTER = re.compile(r" ([^\W\d_][\w’'ʼ‘]*)(?![\w-])")


def _with_honorific_after(span: Span, text: str) -> Span:
    """A person the name model found, with the honorific written right after (lower case) in its
    span ("Медайым Бермет эже келет"), as the name rules join one to the names they find."""
    after = _LOWER_WORD_AFTER.match(text, span.end)
    if span.kind is not Kind.NAME or after is None or not after.group(1)[:1].islower():
        return span
    if not ends_with_honorific(f"{text[span.start : span.end]} {after.group(1)}"):
        return span
    return Span(span.start, after.end(1), span.kind, span.source, span.key)


def _disclaimed(span: Span, text: str, words: frozenset[str]) -> bool:
    """Every word of ``span`` is one of ``words`` (`disclaimed_words`), maybe with a case ending."""
    return all(base_of(word, words) is not None for word in _WORDS.findall(text[span.start : span.end]))


_WORDS = re.compile(r"[^\W\d_][\w'’]*")


def _named_thing(
    span: Span, text: str, things: set[str] | frozenset[str] = frozenset(), institution: bool | None = None
) -> bool:
    """A name that names a thing, no person: glued by a hyphen to an organisation's word, with its
    case ending ("Асель-клуба", "Айгерим-орталығында", "Aibek-team"); an institution's name
    (`_institution`); a word with a capital inside it ("НеМолчи", "NeMolchi": a campaign, a brand);
    a website's name ("nemolchi.kz"); one of ``things`` (the note's institutions' names, lower case)
    quoted again alone ("«Гулрухсор» бештар барои занон"). ``institution``: `_institution`'s answer
    for the span, when it is known already."""
    one_word = not any(c.isspace() for c in text[span.start : span.end])
    if (
        things
        and text[span.start : span.end].casefold() in things
        and text[span.start - 1 : span.start] in OPENING_QUOTES
        and _QUOTED_ONE.match(text, span.end)
    ):
        return True
    if one_word and _CAPITAL_INSIDE.search(text, span.start, span.end):
        return True
    if _law_title(span, text):
        return True
    if one_word and text[span.start : span.end].casefold() in union("institutions"):
        return True  # "дар Маркази ҷавонон", "Кумитаи кор бо занон": an institution's own word
    if _CREDITED.search(text, max(0, span.start - 30), span.start):
        return True  # "фильма «Кайрат» (реж. Дарежан Омирбаев)": the work's maker, named with it
    if _SITE.match(text, span.end) and text[max(0, span.start - 1) : span.start] != "@":
        return True
    if _institution(span, text) if institution is None else institution:
        return True
    work = _PERFORMER_WORK.match(text, span.end)
    if work is not None and work.group(1).casefold() in lexicon.performer_works():
        return True  # "Ирина Кайратовна клипін көрсетем": a band's clip, the band's name
    glued = _GLUED.fullmatch(text, span.start, span.end)
    if glued is None:
        return False
    word = glued.group(1).casefold()
    return any(word.startswith(org) and len(word) - len(org) <= 4 for org in _organisations())


_HELPLINE = r"1\d\d(?!\d)"
_AND = r"(?:и|and|va|ва|мен|жана|жəне|және|ham)"
_BESIDE_A_HELPLINE_AFTER = re.compile(
    rf"[»\"”’'][ \t]*(?:,|[ \t]{_AND})[ \t]+(?:номер[ \t]+|number[ \t]+)?{_HELPLINE}"
    rf"(?=[ \t]*(?:[,.;:)!?\n]|\Z|{_AND}[ \t]))"
)
_BESIDE_A_HELPLINE_BEFORE = re.compile(rf"(?<!\d){_HELPLINE}[ \t]*(?:,|[ \t]{_AND})[ \t]+[«\"“„'‘]\Z")
"""A quoted name and a helpline's three digits side by side ("«Сезим» и 111", "150 and 'Podruga'"):
a service the facilitator gave, no person."""
_CREDITED = re.compile(
    r"[»\"”’'][ \t]*\([ \t]*(?:реж\.|режиссёр|режиссер|автор|dir\.|directed by|by|rej\.|rejissyor)[ \t]*\Z",
    re.IGNORECASE,
)
"""A quoted title, then its maker in brackets: "«…» (реж. …)", "'…' (dir. …)", "«…» (автор …)"."""
_CLAUSE = re.compile(r"[^.;:!?«»\"“”()\n]*")
_PERFORMER_WORK = re.compile(r"[ \t]+([^\W\d_][\w'’]*)")


def _law_title(span: Span, text: str) -> bool:
    """A name that is a law's or a code's title, no person: it holds the document's word ("Қазақстан
    Республикасының Конституциясы", "Qyrgyz Respublikasynyn Konstitutsiyasy") or opens a title that
    ends "about … law" within its clause ("Неке және отбасы туралы кодекс", "Oila to'g'risidagi
    qonun"): the public.yaml ``law_words`` and ``law_about``; a country's abbreviation after an
    article's number and a code's abbreviation ("ст. 136 УК РУз", "125 ҚК ҚР", "art. 154 CC KR")."""
    if _CODE_CITED.search(text, max(0, span.start - 40), span.start) and _ABBREVIATION.fullmatch(
        text, span.start, span.end
    ):
        return True  # "ст. 136 УК РУз", "155 ТК КР": the country of a code cited by its article
    laws = lexicon.law_words()
    if any(
        base_of(word, laws, min_inflected=3) is not None for word in _WORD.findall(text, span.start, span.end)
    ):
        return True
    clause = _CLAUSE.match(text, span.end, span.end + 120)  # the title's next few words at most
    after = [w.casefold() for w in _WORD.findall(text, span.end, clause.end() if clause else span.end)][:8]
    named = any(base_of(word, list_names()) is not None for word in _WORD.findall(text, span.start, span.end))
    if after and text[span.end : span.end + 1] == " ":
        # "… Республикасының Конституциясы", "Eńbek kodeksi": the document's word in the possessive
        # right after it ("Ерлан заң туралы сұрады", "Aıbek zańdy buzdy": a person)
        base = base_of(after[0], laws, min_inflected=3)
        ending = skeleton(after[0])[len(base) :] if base is not None else ""
        if _DOUBLED_ACCUSATIVE.search(after[0]):
            base = None  # "Akmal qonunni o'qidi": the law in the accusative (a skeleton reads "qonuni")
        if base is not None and (ending in ("i", "si") or (not named and _POSSESSED.fullmatch(ending))):
            # with a case ending too ("Қылмыстық кодексінің 125-бабы", "Mehnat kodeksiga") where the
            # span holds no listed name
            return True
    if named:
        return False  # "Ерлан неке туралы заңды оқыды": a name, then the title he read
    about = lexicon.law_about()
    return any(
        word in about and base_of(after[k + 1], laws, min_inflected=3) is not None
        for k, word in enumerate(after[:-1])
    )


_CODE_CITED = re.compile(r"\d[\w.-]*[ \t]+(?=\w*[A-ZА-ЯЁҚҒҮҰӘӨҲҶ]\w*[A-ZА-ЯЁҚҒҮҰӘӨҲҶ])\w{2,5}[ \t]+\Z")
"""An article's number, then a code's abbreviation of two capitals or more ("136 УК ", "12 КоАП ")."""
_ABBREVIATION = re.compile(r"(?=\w*[A-ZА-ЯЁҚҒҮҰӘӨҲҶ]\w*[A-ZА-ЯЁҚҒҮҰӘӨҲҶ])\w{2,4}")
"""A short word of two capitals or more: a country's abbreviation ("РУз", "РК", "KR")."""
_DOUBLED_ACCUSATIVE = re.compile(r"([nн])\1[iıіиy]\Z")
"""A stem's last n doubled by the accusative ("qonunni", "законни"): no possessive "qonuni"."""
_POSSESSED = re.compile(r"s?i(?:n|nin|ning|ne|nde|nen|ndegi|ndagi|ga|da|dan|ni)")
"""Skeletons of the Turkic third person's possessive with a case ending ("Қылмыстық кодексінің
125-бабы", "Mehnat kodeksiga", "кодексіндегі"; bare: "заңы", "кодексі", "Конституциясы", "qonuni")."""


_CAPITAL_INSIDE = re.compile(r"[^\W\d_A-ZА-ЯЁӘҒҚҢӨҰҮҺІЎҚҒҲҶӢӮ][A-ZА-ЯЁӘҒҚҢӨҰҮҺІЎҚҒҲҶӢӮ]")
_SITE = re.compile(r"\.(?:kz|kg|uz|tj|ru|com|org|net|info)\b", re.IGNORECASE)
_CLOSING = "»\"”“’'"
_WORD_BEFORE_QUOTE = re.compile(r"([^\W\d_][\w'’]*)[ \t]*[" + OPENING_QUOTES + r"][ \t]*\Z")
_WORDS_AFTER = re.compile(r"[" + _CLOSING + r"]?[ \t]+([^\W\d_][\w'’]*)(?:[ \t]+([^\W\d_][\w'’]*))?")
_BEFORE_INSTITUTION = frozenset(
    {
        "crisis",
        "дағдарыс",
        "кризистік",
        "кризистик",
        "кризисный",
        "кризис",
        "krizisnyi",
        "krizisnyj",
        "krizis",
    }
)
"""Words that may stand between an institution's name and its word ("Sezim crisis centre")."""


def with_the_rules_tails(people: Sequence[Span], names: Sequence[Span]) -> list[Span]:
    """The spans of the name model, each that ends inside a name the rules found which goes on past
    it ("Мошини Исмоил" of the model, "Исмоил ака" of the rules) run on to the rules' end, so the
    longer of the two no more drops the honorific or the family name the other holds. The names
    starting inside a span are found by bisection (no pass over every name for every span)."""
    ordered = sorted(names, key=lambda s: s.start)
    starts = [s.start for s in ordered]
    ran_on = []
    for person in people:
        inside = ordered[bisect.bisect_right(starts, person.start) : bisect.bisect_left(starts, person.end)]
        tail = max((n.end for n in inside if n.end > person.end), default=person.end)
        ran_on.append(Span(person.start, tail, person.kind, person.source, person.key))
    return ran_on


def _institution(span: Span, text: str) -> bool:
    """An institution's name: in quotes beside its word ("центр «Сезим»", "«Ақбота» қорына"), or
    right before it ("Сезим орталығына", "Sezim crisis centre", "Aigerim Foundation"). A person
    beside such a word ("Жанар из центра", "Ақбота орталыққа келді") is not one."""
    institutions = union("institutions")
    if ends_with_honorific(text[span.start : span.end]):
        return False  # "Жанар апай дағдарыс орталығынан келді": a person from the centre
    quoted = span.start > 0 and text[span.start - 1] in OPENING_QUOTES
    if quoted:
        before = _WORD_BEFORE_QUOTE.search(text, max(0, span.start - 40), span.start)
        if before is not None and (
            before.group(1).casefold() in institutions or _an_organisations_word(before.group(1).casefold())
        ):
            return True  # "центр «Сезим»", "кафе «Рахат»", "группы «Тұран»", "лагерь «Болашақ»"
        if _QUOTED_ONE.match(text, span.end) and before is not None and before.group(1).casefold() in _INTO:
            return True  # "направлен в «Сезим»", "ба «Гулрухсор» занг задам": a place one is sent to
        if _BESIDE_A_HELPLINE_AFTER.match(text, span.end) or _BESIDE_A_HELPLINE_BEFORE.search(
            text, max(0, span.start - 20), span.start
        ):
            return True  # "дала «Сезим» и 111", "gave 150 and 'Podruga'": a service given with a helpline
    if _titled(span, text) or called_a_work(text, span.start, span.end):
        return True
    after = _WORDS_AFTER.match(text, span.end)
    if after is None or (not quoted and text[span.end : span.end + 1] in _CLOSING):
        return False
    first, second = after.group(1).casefold(), (after.group(2) or "").casefold()
    if len(first) > 2 and first in institutions:
        return True
    if quoted and _QUOTED_ONE.match(text, span.end) and _a_things_word(first):
        return True  # "«Сәуле» кафесінде", "«Almas» dúkeninen", "«Нұр» мешітінен": the thing's name
    if first in _BEFORE_INSTITUTION and second in institutions:
        return True
    # "Thames Valley Police", "Almaty City Council": capitalised words of a name, then its institution's
    capitals = _CAPITALS_AFTER.match(text, span.end)
    if (
        capitals is not None
        and text[span.start : span.end].isascii()
        and any(word.casefold() in institutions for word in capitals.group().split())
    ):
        return True
    return _opens_an_institution(span, text, _turkic_institutions())


@cache
def _turkic_institutions() -> frozenset[str]:
    """The institutions' words of the profiles that put them after the name in the possessive (all but
    English and Russian, whose institution's word comes first: "the mosque committee", "центр")."""
    return union("institutions") - profile("en").institutions - profile("ru").institutions


_LOWER_WORDS_AFTER = re.compile(r"(?:[ \t]+[^\W\d_A-ZА-ЯЁӘҒҚҢӨҰҮҺІЎҲҶӢӮ][\w'’‘ʼ-]*){1,4}")


def _opens_an_institution(span: Span, text: str, institutions: frozenset[str]) -> bool:
    """A capitalised word that is no listed first name, then up to four lower-case words ending in an
    institution's word, in the Turkic order (the institution's word last, in the possessive): the
    words are the institution's name ("Tashqi mehnat migratsiyasi agentligi", "Ішкі істер
    министрлігі", "Жастар саясаты комитеті"), no person ("Aziz yoshlar markaziga bordi": a name)."""
    words = _LOWER_WORDS_AFTER.match(text, span.end)
    if words is None or " " in text[span.start : span.end].strip():
        return False
    if not any(word.casefold() in institutions for word in words.group().split()[1:]):
        return False
    if words.group().split()[0].casefold() in _INTO | _INTO_LATIN:
        return False  # "Manuchehrro ba markazi buhroni burdem": taken to the centre, no centre's name
    return base_of(text[span.start : span.end], list_names()) is None


_INTO_LATIN = frozenset({"ba", "az"})
"""Tajik "to" and "from" typed in Latin letters."""


_CAPITALS_AFTER = re.compile(r"(?:[ \t]+[A-Z][a-z]+){1,3}(?![\w'’])")


_QUOTED_ONE = re.compile("[" + _CLOSING + "]")
"""The quotation closes right after the name: the quoted words are that name alone."""
_INTO = frozenset({"в", "во", "на", "из", "ба", "аз", "into", "to", "from"})
"""Prepositions of going to or coming from a place, before a quoted name ("в «Сезим»", "аз «Гулрухсор»"):
a person is gone to with "к" ("к Сезим"), and a person's name is not quoted."""


@cache
def _things_words() -> tuple[str, ...]:
    """One-word organisations, institutions and landmarks of every profile ("кафе", "dúken", "мешіт",
    "жамғарма"), as written."""
    words = union("organisations", "institutions") | frozenset(address_phrases("landmarks"))
    return tuple(sorted(w for w in words if " " not in w and len(w) >= 4))


def _a_things_word(word: str) -> bool:
    """``word`` is one of ``_things_words`` with an ending, the last consonant maybe voiced before it
    ("мектебі" of "мектеп")."""
    for thing in _things_words():
        stem = thing[:-1] if thing[-1] in "пкқpkq" else thing
        if word.startswith(stem) and len(word) - len(thing) <= 7:
            return True
    return False


_QUOTATION = re.compile(r"[«\"“„'‘]([^«»\"“”„\n]{1,60})[»\"”“'’]")


def _titled(span: Span, text: str) -> bool:
    """The span lies inside a short quotation that is the title of a thing the word before it (or,
    as Turkic puts it, after it) names: an exercise, a game, a film, a channel ("упражнение
    «Коробка»", "ТГ канал «Бишкек Жаштары»", "uprajnenie 'Korobka'", "«Қыз Жібек» фильмі"; the
    profiles' ``titled_things``)."""
    opening = max(text.rfind(mark, max(0, span.start - 60), span.start) for mark in OPENING_QUOTES)
    if opening < 0 or (opening > 0 and text[opening] in "'’" and text[opening - 1].isalnum()):
        return False  # "Beksultan's mum Jyldyz asked for a parents' session": an apostrophe, no quote
    quotation = _QUOTATION.match(text, opening)
    if quotation is None or quotation.end() < span.end:
        return False
    things = union("titled_things")
    before = _WORD_BEFORE_QUOTE.search(text, max(0, opening - 40), opening + 1)
    if before is not None and before.group(1).casefold() in things:
        return True
    if before is not None and before.group(1)[:1].isupper():
        # "стихом Рудаки «…»", "poem by Rumi '…'": the thing's word, then its author
        author = _AUTHOR_BEFORE.search(text, max(0, before.start() - 40), before.start(1))
        if author is not None and author.group(1).casefold() in things:
            return True
    after = _WORDS_AFTER.match(text, quotation.end() - 1)
    if after is None:
        return False
    # "«Қыз Жібек» фильмі"; "«Атама хат» жазу жаттығуы": a verbal noun may come between
    return after.group(1).casefold() in things or (
        after.group(2) is not None and after.group(2).casefold() in things and after.group(1).islower()
    )


_AUTHOR_BEFORE = re.compile(r"([^\W\d_][\w'’]*)(?:[ \t]+by)?[ \t]+\Z")
"""The word before a titled thing's author (and "by": "poem by Rumi")."""
_TWO_WORDS_BEFORE = re.compile(r"([^\W\d_][\w'’]*)[ \t]+([^\W\d_][\w'’]*)[ \t]+([«\"“„]?)\Z")
_NEXT_WORD_START = re.compile(r"\s+(?=\S)")


def _institution_first(span: Span, text: str) -> bool:
    """The span's first word names an institution: it follows the institution's word and a word
    that says what it is ("кризисный центр сезим", "кризисного центра Сезим"), or a verb of
    contacting, maybe its object, and "в" ("звонили в Сезим", "отправил резюме в «Жаш Муун»"). Not
    a name and a surname after them ("кризисного центра Сезим Ахметова": a person there), nor a
    name called without "в" ("позвонил Сезим")."""
    before = _TWO_WORDS_BEFORE.search(text, max(0, span.start - 60), span.start)
    if before is None:
        return False
    first, second = before.group(1).casefold(), before.group(2).casefold()
    words = text[span.start : span.end].split()
    if len(words) > 1 and SURNAME.match(words[1]):
        return False
    if second in union("institutions") and first in union("institution_kinds"):
        return True
    if second not in ("в", "во"):
        return False
    verbs, _after = _words_around(text, span.start, span.end, 3)
    # "звонили в Сезим", "отправил резюме в «Жаш Муун»": the verb, maybe its object, then "в"
    return any(w.casefold().startswith(cue_phrases("contacting")) for w in verbs[:-1])


_PLACE_BEFORE = frozenset(
    {"in", "from", "to", "near", "around", "at", "в", "во", "из", "до", "под", "около", "возле", "через"}
)
"""Prepositions of place: after one, a small place that is also a given name is the place ("the
bazaar in Rushan", "из Рушана"); "Rushan said" is a person."""


_SURNAME_TAILS = ("ov", "ev", "in", "ul", "uu", "ki", "zod", "bek", "ich")
"""What a surname made from a place adds to its skeleton ("Токтогулов", "Кеминова", "Narynuulu")."""
_RUSSIAN_Y = re.compile(r"(?:е|я|ю|ем|ём|ея)\Z")
"""Russian case endings of a place in -й ("в Кадамжае", "Кадамжая")."""


def _words_around(text: str, start: int, end: int, count: int = 2) -> tuple[list[str], list[str]]:
    """Up to ``count`` words before ``start`` (nearest last) and after ``end``, in the same line."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    before = _WORD.findall(text, max(line_start, start - 60), start)[-count:]
    after = _WORD.findall(text, end, min(line_end, end + 60))[:count]
    return before, after


def _adjoining(start: int, end: int, other_start: int, other_end: int, text: str) -> bool:
    """Two stretches touch, or only spaces, commas or a bracket lie between them."""
    if other_start < end and start < other_end:
        return True
    gap = text[end:other_start] if end <= other_start else text[other_end:start]
    return len(gap) <= 3 and not gap.strip(" ,()")


def region_place(word: str, text: str, start: int, end: int, given_names: frozenset[str]) -> bool:
    """``word`` is a small place, landmark or language of the region in any case form
    (region_places.txt: "Кадамжае", "Ургуте", "Registan", "Shughni"); one that is also a given name
    ("Rushan") only after a preposition of place or a town's word, or before a place's word ("in
    Rushan", "г. Аягоз", "Rushan district", "Registan Square")."""
    places_ = lexicon.region_places()
    place = base_of(word, places_) or base_of(_RUSSIAN_Y.sub("й", word), places_)
    place = place or short_place_base(word) or short_place_base(word, region=True)
    if place is None:
        return False
    if SURNAME.match(word) and skeleton(word)[len(place) :].startswith(_SURNAME_TAILS):
        return False  # "Токтогулов": a surname made from a place; not "Кемин", "Кемина": the place
    if base_of(word, given_names) is None and place not in given_names and not a_russian_name_form(word):
        return True
    before, after = _words_around(text, start, end, 1)
    return (
        bool(before)
        and (before[-1].casefold() in _PLACE_BEFORE or (before[-1].islower() and before[-1] in town_words()))
    ) or (bool(after) and (_place_word(after[0]) or after[0].casefold() in _PLACE_NOUNS_AFTER))


_PLACE_NOUNS_AFTER = frozenset(
    {
        "square",
        "district",
        "valley",
        "river",
        "lake",
        "region",
        "площадь",
        "площади",
        "район",
        "района",
        "районе",
        "ауданы",
        "ауданында",
        "tumani",
        "tumanida",
        "ноҳияи",
        "ноҳия",
        "айылы",
        "ауылы",
        "village",
    }
)


def company(word: str) -> bool:
    """A capitalised word holding a company's part after its first two letters, no surname
    ("Özenmūnaiğazda", "Қазмұнайгаз", "Кентауэнерго"): a company, no person."""
    if not word[:1].isupper() or SURNAME.match(word):
        return False
    shape = skeleton(word)
    return any(shape.find(part, 2) >= 2 for part in lexicon.company_parts())


def _hyphened_place(words: Sequence[str]) -> bool:
    """Words that are a hyphened place typed with spaces ("cholpon ata", "Kara Balta" for Чолпон-Ата,
    Кара-Балта): a place of the lists, no person."""
    joined = "-".join(words)
    return base_of(joined, places()) is not None or skeleton(joined) in lexicon.region_places()


def beside_a_monument(text: str, start: int, end: int) -> bool:
    """A capitalised name (of one word or several) right after a monument's word or right before
    one ("мавзолей Ходжи", "Ulugbek madrasasi", "the Abulkhair Khan statue", "the Yasawi complex"):
    the monument's, no person's."""
    if not text[start : start + 1].isupper():
        return False
    monuments = lexicon.monument_words()
    # only spaces or quotes between: "у мавзолея — Ахмет, 16 лет" is a boy named after a dash
    before = _MONUMENT_BEFORE.search(text, max(0, start - 60), start)
    after = _MONUMENT_AFTER.match(text, end, min(len(text), end + 60))
    return any(word is not None and word.group(1).casefold() in monuments for word in (before, after))


_MONUMENT_BEFORE = re.compile(r"([\w'’-]+)[ \t«\"“]*\Z")
_MONUMENT_AFTER = re.compile(r"[»\"” \t]*([\w'’-]+)")


_NUMBER_AFTER = re.compile(r"[ \t]*[:\-–—]?[ \t]*\+?\d{2}")


def figure_in_context(word: str, text: str, start: int, end: int) -> bool:
    """A figure whose name is a common given name, with the work or place it is known by within two
    words or in its sentence ("Каныкей — жену Манаса", "обсерваторию Улугбека", "«O'tkan kunlar»
    haqida gapirdi: Otabek ikki xotinli"), not right before a number (a phone:
    a person's); or any name in the genitive right after a monument's word or right before one
    ("мавзолей Ходжи", "Ulugbek madrasasi")."""
    if beside_a_monument(text, start, end):
        return True
    if _NUMBER_AFTER.match(text, end):
        return False  # "рақами модараш Гулрухсор: 93 521 …": her number, she is a person
    before, after = _words_around(text, start, end)
    contexts = lexicon.public_in_context()
    figure = base_of(word, frozenset(contexts), min_inflected=3)
    if figure is None:
        return False
    if after and after[0].casefold() in union("came") and text[end : end + 1].isspace():
        return False  # "Ҳофиз опоздал, Саъдӣ пришёл": participants named like two poets act
    near = contexts[figure]
    if any(base_of(other, near, min_inflected=3) is not None for other in before + after):
        return True
    if _a_boy_named_so(word, text, end, before, after):
        return False
    sentence, later = _sentence_words(text, start, end)
    if any(word.casefold() in union("came") for word in later):
        return False  # "Сезим из кризисного центра пришла на встречу": she came, a person
    return any(base_of(other, near, min_inflected=3) is not None for other in sentence + later)


_PET_ENDINGS = ("жон", "джон", "ҷон", "jon")
"""The Tajik and Uzbek endearing ending ("Рустамҷон", "Ulug'bekjon"): a boy, never the epic's hero."""


def _a_boy_named_so(word: str, text: str, end: int, before: list[str], after: list[str]) -> bool:
    """The figure's name is a boy's where the sentence names the work elsewhere: with an endearing
    ending, a relative's word right before or after it ("бародараш Рустам", "Бобурнинг бобоси"), a
    remark in brackets after it ("рустам (писарак)"), or before a question put to him ("Boburga
    savol berdim"). One who comes later in the sentence is a person too (``figure_in_context``)."""
    lower = word.casefold()
    if lower.endswith(_PET_ENDINGS) and len(lower) > 5:
        return True
    if (before and _a_relative(before[-1])) or (after and _a_relative(after[0])):
        return True
    return text[end : end + 2].lstrip(" \t")[:1] == "(" or bool(after and after[0].casefold() in _ASKED)


_ASKED = frozenset({"savol", "савол", "вопрос", "сурак", "сұрақ", "пурсидам", "question"})


_SENTENCE_REACH = 200
"""At most this many characters of a sentence are read on each side of a figure's name."""
_SENTENCE_WORD = re.compile(r"[^\W\d_][\w'’‘ʻ-]*")


def _sentence_words(text: str, start: int, end: int) -> tuple[list[str], list[str]]:
    """The words of the sentence of ``text[start:end]`` (up to ``_SENTENCE_REACH`` characters each
    side) before it and after it: where the work a character is known by may be named ("«O'tkan
    kunlar» haqida gapirdi: Otabek ikki xotinli bo'lgani to'g'rimi?")."""
    reach = max(0, start - _SENTENCE_REACH)
    begin = reach
    for stop in SENTENCE_END.finditer(text, reach, start):
        begin = stop.end()
    after = SENTENCE_END.search(text, end, min(len(text), end + _SENTENCE_REACH))
    finish = after.start() if after else min(len(text), end + _SENTENCE_REACH)
    return _SENTENCE_WORD.findall(text, begin, start), _SENTENCE_WORD.findall(text, end, finish)


@cache
def _organisations() -> tuple[str, ...]:
    return tuple(sorted((w for w in union("organisations") if len(w) >= 3), key=lambda p: (-len(p), p)))


def _an_organisations_word(lower: str) -> bool:
    """``lower`` is one of the profiles' ``organisations`` ("кафе", "лагерь") or one with a case
    ending of at most two letters ("группы", "клубе", "лагере": the last vowel may change)."""
    for org in _organisations():
        stem = org[:-1] if org[-1] in "аяьыиуеeaoі" else org
        if lower.startswith(stem) and len(lower) - len(stem) <= 2 and len(stem) >= 3:
            return True
    return False


def _kin_word(word: str) -> bool:
    """A relative, an honorific or a word for a person, in any profile's language, with endings."""
    shape = skeleton(word.strip(".,:;!?»«\"'"))
    kin = _kin_words()
    return shape in kin or base_of(word.strip(".,:;!?»«\"'"), kin, min_inflected=3) is not None


def _place_word(word: str) -> bool:
    """A city, region or country of the list, in any case form ("Алматыдан", "Россияда")."""
    return base_of(word.strip(".,:;!?»«\"'"), places()) is not None


@cache
def _kin_words() -> frozenset[str]:
    nouns = union("person_nouns", "person_before")
    words = union("honorifics") | frozenset(skeleton(w) for w in nouns)
    listed = list_names()  # "Азамат", "Adam": a person noun that is also a name is not dropped
    return frozenset(w for w in words if len(w) >= 3 and w not in listed)


def _next_to(start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    """ "Данияр Калиев": a word right beside a name may be its surname, even if it is a word too."""
    return any(0 <= start - e <= 2 or 0 <= s - end <= 2 for s, e in spans)


def _within(inner: Span, outer: Span) -> bool:
    return outer.start <= inner.start and inner.end <= outer.end


def _pieces(text: str) -> Iterator[tuple[int, str]]:
    """(offset, piece) of at most about PIECE characters, cut after a newline or a sentence end."""
    start = 0
    while start < len(text):
        end = min(len(text), start + PIECE)
        if end < len(text):
            window = text[start + PIECE // 2 : end]
            cut = max(window.rfind("\n"), *(window.rfind(mark + " ") for mark in ".!?"))
            if cut >= 0:
                end = start + PIECE // 2 + cut + 1
            else:
                space = window.rfind(" ")
                end = start + PIECE // 2 + space + 1 if space >= 0 else end
        yield start, text[start:end]
        start = end


def _beside(span: Span, other: Span, text: str) -> bool:
    """ "Слава (Вячеслав)", "Слава и Денис": a name-word right next to a sure name, or joined to one
    by "и"/"или", is a name too."""
    gap = text[span.end : other.start] if span.end <= other.start else text[other.end : span.start]
    if span is other:
        return False
    return (len(gap) <= 2 and not gap.strip(" (),")) or _JOINED_GAP.fullmatch(gap) is not None


_JOINED_GAP = re.compile(r" (?:и|или) ")
"""Russian "and", "or" between two names (the NER filter reads only Russian sentences)."""


_VERB_NEXT = re.compile(r"[ \t]+([^\W\d_]+)")


def _a_being_doing_what_beings_do(text: str, start: int, end: int) -> bool:
    """A capitalised word opening a sentence that the Russian dictionary reads as a being's noun
    (``lexicon.russian_nickname_subject``), before a Russian verb no list holds as a person's doing
    ("Медведь приснился", "Медведь живёт в лесу"): the animal, which the word model, having met a
    boy of that nickname, is not to guess a name ("Медведь сказал", "Медведь опять опоздал" are
    still asked)."""
    word = text[start:end]
    if not word[:1].isupper() or not starts_sentence(text, start):
        return False
    if not lexicon.russian_nickname_subject(word.casefold()):
        return False
    verb = _VERB_NEXT.match(text, end)
    if verb is None:
        return False
    lower = verb.group(1).casefold()
    if lower in union("person_after") or lower in union("speech") or lower in union("subject_fillers"):
        return False
    readings = lexicon.russian_readings(lower)
    return bool(readings) and readings[0][0] == "VERB"


def _qualified_thing(text: str, start: int) -> bool:
    """A word in small letters right after a Russian adjective the dictionary reads as one, not of
    size or age ("красный бакен", "старый кактус"; not "маленький тимур"): the noun it qualifies, which
    the word model is not to guess a name."""
    if not text[start : start + 1].islower():
        return False
    before = RUSSIAN_ADJECTIVE_BEFORE.search(text, max(0, start - 30), start)
    if before is None:
        return False
    adjective = before.group(1)
    return adjective not in union("size_before") and _an_adjective(adjective)

"""A session's people: a name found once is removed wherever it occurs in the session, and each
person has one pseudonym.

Per-note detection decides a word by its own note. Facilitators type a person's full name once
("Bakyt Asanov translated") and then only a part of it, often in lower case, as a speaker tag or
before a phone number ("bakyt: …", "мирас 8 700 …", "— волков"). Here the name spans of every note
of the session give their parts (first name, surname, patronymic, as skeletons: any letter case,
script or case form), and every other occurrence of a part in any note is the same person: removed
(``COREFERENCE``), unless the word is an ordinary word of a dictionary ("арман", "надежда", "will",
"волков" the wolves) and stands where no name stands; where it is such a word in a name's position
(a speaker tag, before a phone or an e-mail, after a kin word or an honorific, beside another name,
after a quotation's dash) it is removed and listed first in the review (``COREFERENCE_UNSURE``).

Pseudonyms (``People``): a full name is one person; a first name or a surname alone, in any case
form, that matches exactly one full name of the session is that person; a part shared by two people
stays a person of its own.

No dictionary is loaded here: which words are ordinary words is asked of the finder (in the app,
of a worker process: see ``export/detection.py``), so this runs in the app's own process.
"""

from __future__ import annotations

import bisect
import re
from array import array
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from itertools import accumulate, chain, compress, islice

from facilitator.anonymizer import lexicon
from facilitator.anonymizer.dictation import corrected_names, heard_endings
from facilitator.anonymizer.name_rules.bracketed_names import NICKNAME_BRACKETED
from facilitator.anonymizer.name_rules.dictionary_readings import _common_word
from facilitator.anonymizer.name_rules.grammar_forms import (
    RUSSIAN_ADJECTIVE_BEFORE,
    YOUNG_AGE,
    an_amount_before,
)
from facilitator.anonymizer.name_rules.handle_names import account_words
from facilitator.anonymizer.name_rules.name_forms import _pet_forms, accusative_of
from facilitator.anonymizer.name_rules.name_lists import a_listed_place, first_names, list_names, places
from facilitator.anonymizer.name_rules.name_sources import (
    BLOCK_SENDER,
    MODEL_NAME,
    NAME_SHAPE,
    PET_FORM,
    PLACED_NICKNAME,
    UNSURE_SOURCES,
)
from facilitator.anonymizer.name_rules.person_positions import subject_of_a_persons_verb
from facilitator.anonymizer.name_rules.public_things import a_namesake, a_public_figure, before_a_place_word
from facilitator.anonymizer.name_rules.sentence_positions import LINE_OPENING, OPENING_QUOTES, starts_sentence
from facilitator.anonymizer.name_rules.streets_on import street_on
from facilitator.anonymizer.name_rules.word_bases import _is_latin, _stems, _strip_case, base_of
from facilitator.anonymizer.name_rules.words_as_words import _possessed, mine_after_my, spoken_of
from facilitator.anonymizer.profiles import birth_phrases, cue_phrases, first_words, town_words, union
from facilitator.anonymizer.skeleton import skeleton
from facilitator.anonymizer.spans import Cover, Kind, Span
from facilitator.anonymizer.tables import person_cells

COREFERENCE = "coreference"
"""The source of a part of a name found elsewhere in the session, not a word of any dictionary."""
COREFERENCE_UNSURE = "coreference-unsure"
"""The same, where the word is also an ordinary word (it stands in a name's position)."""

WORD = re.compile(r"[^\W\d_]+(?:['’ʼ‘`][^\W\d_]+)*")
_TITLES = frozenset({"mr", "mrs", "ms", "miss", "dr"})
_CONTACTS = frozenset({Kind.PHONE, Kind.EMAIL, Kind.HANDLE, Kind.IIN, Kind.DOCUMENT, Kind.ADDRESS})
_PLACEHOLDER = re.compile(r"\s*[,:;–—-]?\s*\[")
_SPEAKER = re.compile(r"\s*:")
_QUOTED_LABEL = re.compile(r"[ \t]*:[ \t]*[«\"“„]")
_ATTRIBUTION = re.compile(r"[»\"”'’.!?…)]\s*[—–-]+\s*$")
_GAP_WORD = re.compile(r"^[\s,:;()–—-]*(?:[^\W\d_]{1,10}(?:-[^\W\d_]{1,6})?\.?)?[\s,:;()–—-]*$")
"""Between a name and its contact: punctuation and one short word, maybe hyphened ("phone", "e-mail")."""
_LINE_DASH = re.compile(r"[ \t]+[—–-][ \t]+")


def name_parts(text: str) -> list[str]:
    """The skeletons of the words of a name span that name the person: no honorific, kin word,
    greeting, title, particle or initial ("Қайрат-аға" is "kairat", "Mrs Sadykova" "sadikova")."""
    parts = []
    for match in WORD.finditer(text):
        word = match.group()
        shape = skeleton(word)
        if len(shape) < 2 or _not_a_part(word.casefold(), shape):
            continue
        parts.append(shape)
    return parts


@lru_cache(maxsize=100_000)
def _parts_of(text: str) -> tuple[str, ...]:
    """``name_parts``, once a name as written: a long note names the same people again and again."""
    return tuple(name_parts(text))


def _not_a_part(lower: str, shape: str) -> bool:
    return (
        lower in _TITLES
        or shape in _person_words()
        or lower in union("greetings")
        or lower in union("person_before")
        or lower in union("address_kin")
        or lower in union("size_before")  # "Далери хурд", "small Dima": the little one, no name
        or lower in union("size_after")
    )


@cache
def _person_words() -> frozenset[str]:
    words = union("honorifics", "particles")
    nouns = union("person_nouns", "person_before", "my_kin")
    return (words | frozenset(skeleton(w) for w in nouns)) - list_names()


@cache
def _kin_words() -> frozenset[str]:
    """Honorifics and words for a relative or a person ("аға", "брат", "участник"), as skeletons."""
    return (union("honorifics") | frozenset(skeleton(w) for w in union("person_nouns"))) - list_names()


@lru_cache(maxsize=100_000)
def forms(shape: str) -> frozenset[str]:
    """The bases a part stands for: itself and, if it carries a case ending, its stem ("armanom" ->
    "arman"; "galievu" -> "galiev"). A listed name is its own base ("bakitjan" is no "bakit" + an
    ending)."""
    found = {shape}
    listed = list_names()
    if shape in listed:
        return frozenset(found)
    for stem in _stems(shape):
        for candidate in (stem, stem + "a"):
            if candidate in listed:
                found.add(candidate)
    stripped = _strip_case(shape)
    if stripped != shape and len(stripped) >= 4:
        found.add(stripped)
    return frozenset(found)


@lru_cache(maxsize=200_000)
def match(word: str, bases: frozenset[str]) -> str | None:
    """The base of ``bases`` that ``word`` is a form of: an ending, a spelling, a letter case, a
    fleeting vowel ("Павлу" is Павел)."""
    if not bases:
        return None
    found = base_of(word, bases)
    if found is not None:
        return found
    shape = skeleton(word)
    if word[:1].isupper() and len(shape) == 4:
        # a short name's case with the stem of three letters, capitalised: "Вере" is Вера's, "Славе"
        # Слава's ("вере" in lower case is faith: only as written)
        stem = shape[:-1]
        for vowel in ("a", "ia"):
            if shape[-1] in "eiuy" and stem + vowel in bases:
                return stem + vowel
    if len(shape) in (4, 5, 6) and not word[:1].isupper() and not word.isascii():
        # a three-letter name of the session in a Russian or Turkic case ("нура отец", "с нуром",
        # "нұрға мақтау": Нұр's); the lists' own short names take no ending ("Лиза" is not Ли)
        for ending in _SHORT_NAME_ENDINGS:
            stem = shape[: -len(ending)]
            if shape.endswith(ending) and len(stem) == 3 and stem in bases:
                return stem
    for stem in (shape, *_stems(shape), _strip_case(shape)):
        if len(stem) >= 4:  # "pavl" is "pavel"; "chi" is no "choi"
            for vowel in ("e", "o"):
                candidate = stem[:-1] + vowel + stem[-1]
                if candidate in bases:
                    return candidate
    return None


_TURKIC_SHORT_ENDINGS = ("ga", "ge", "ka", "ke", "nin", "din", "tin", "men", "ben", "pen")
"""Skeletons of the Turkic dative, genitive and comitative on a name like Нұр ("нұрға", "нұрдың",
"нұрмен"): a form to take only where a person stands ("нұрға бөлену" is bathed in light)."""
_SHORT_NAME_ENDINGS = ("a", "u", "om", "e", *_TURKIC_SHORT_ENDINGS)
"""Skeletons of the Russian genitive, dative, instrumental and prepositional of a name like Нур, and
the Turkic cases."""


@dataclass
class Person:
    key: str
    bases: set[str] = field(default_factory=set)


def _kazakh_pet_forms(names: frozenset[str], taken: frozenset[str]) -> dict[str, str]:
    """Kazakh pet forms of ``names`` (skeletons of five letters or more): a beginning of three
    letters or more, then "-еке" after a consonant ("Ержеке", "Теміреке", "Нұреке") or "-ке" after a
    vowel ("Бауке"), to the one name it may stand for; none that is a listed name (``taken``)."""
    found: dict[str, set[str]] = {}
    for name in names:
        if len(name) < 5:
            continue
        for cut in range(3, len(name) - 1):
            beginning = name[:cut]
            pet = beginning + ("ke" if beginning[-1] in "aeiou" else "eke")
            if pet != name and pet not in taken:
                found.setdefault(pet, set()).add(name)
    return {pet: next(iter(owners)) for pet, owners in found.items() if len(owners) == 1}


_RECENT_SETS: list[frozenset[str]] = []
_RECENT_MOST = 4


def _one_object(bases: frozenset[str]) -> frozenset[str]:
    """``bases``, or an equal set a recent ``People`` had, as one object. ``match`` keeps its answers
    keyed by the word and the set of bases; a cache finds an equal set of another object only by
    comparing the two element by element, on every look-up (0.5 ms for 30,000 bases): the session's
    people are built three times over (the question, its answer, the pseudonyms), each call of
    ``match`` with the new set then compared it with the old one. The same object is compared by
    identity."""
    hash(bases)  # computed once and kept: unequal sets are then told apart at once
    for known in _RECENT_SETS:
        if known == bases:
            return known
    _RECENT_SETS.insert(0, bases)
    del _RECENT_SETS[_RECENT_MOST:]
    return bases


class People:
    """The people of a session, from its name spans (text, key) in note order."""

    def __init__(self, names: Iterable[tuple[str, str]], roster_keys: frozenset[str] = frozenset()) -> None:
        self.people: list[Person] = []
        self._roster_keys = roster_keys
        self.roster_keys = roster_keys
        self._index: dict[str, set[int]] = {}
        """A base -> the people (their index) whose name has it."""
        self._keys: dict[tuple[str, str], str] = {}
        singles = []
        for text, key in names:
            parts = list(_parts_of(text))
            if len(parts) >= 2:
                self._add_full(parts, key)
            elif parts:
                singles.append((parts[0], key))
        for part, key in singles:  # a roster person named by one word is a person too
            if key in roster_keys and not any(p.key == key for p in self.people):
                self._new(key, set(forms(part)) | {key})
        single_bases = frozenset(b for part, _key in singles for b in forms(part))
        self._all = _one_object(frozenset(self._index) | single_bases)
        self.truncations: dict[str, str] = {}
        """The first letters of a long listed first name of the session -> that name ("erk" of
        "erkebulan": "yerk said"): a form to look for only where a person stands."""
        listed = list_names()
        for base in sorted(self._all):
            if len(base) >= 6 and base in listed:
                for cut in range(3, len(base) - 2):
                    self.truncations.setdefault(base[:cut], base)
        self.pets = _kazakh_pet_forms(frozenset(b for b in self._all if b in listed), listed)
        """The Kazakh pet forms of the session's listed names ("erjeke" of Erjan, "temireke" of
        Temirlan): forms of that person, as the roster's are (names.py)."""

    def _add(self, at: int, bases: Iterable[str]) -> None:
        """Give the person at ``at`` (in ``people``) these bases."""
        for base in bases:
            self.people[at].bases.add(base)
            self._index.setdefault(base, set()).add(at)

    def _new(self, key: str, bases: Iterable[str]) -> None:
        self.people.append(Person(key))
        self._add(len(self.people) - 1, bases)

    def _owners(self, part: str) -> set[int]:
        found: set[int] = set()
        for base in reductions(part):
            found |= self._index.get(base, set())
        return found

    def _owners_of_all(self, parts: Sequence[str]) -> set[int]:
        owners = self._owners(parts[0])
        for part in parts[1:]:
            owners &= self._owners(part)
        return owners

    def _add_full(self, parts: list[str], key: str) -> None:
        bases = {b for part in parts for b in forms(part)} | _short_forms_of(parts)
        owners = self._owners_of_all(parts)
        if key in self._roster_keys:
            owners |= {i for i in self._index.get(key, set()) if self.people[i].key == key}
        if owners:
            self._add(min(owners), bases)
            return
        self._new(key if key in self._roster_keys else "+".join(parts), bases)

    @property
    def bases(self) -> frozenset[str]:
        return self._all

    def of_a_full_name(self, base: str) -> bool:
        """``base`` is a part of a full name of the session ("абай" of "Абай Жумабаев"), not only a
        name written alone ("Димаш келді")."""
        return base in self._index

    def key_for(self, text: str, key: str) -> str:
        """The pseudonym key of a name span: its person's when it names exactly one person."""
        known = self._keys.get((text, key))  # a long note names the same people again and again
        if known is None:
            known = self._keys[(text, key)] = self._key_for(text, key)
        return known

    def _key_for(self, text: str, key: str) -> str:
        parts = name_parts(text)
        if not parts:
            return key
        owners = self._owners_of_all(parts)
        if not owners and key and len(parts) == 1:
            owners = set(self._index.get(key, set()))
        return self.people[owners.pop()].key if len(owners) == 1 else key


def _short_forms_of(parts: Sequence[str]) -> set[str]:
    """The short and pet forms of a full name's first name (data/diminutives.txt): "Евгений Мельник"
    is also "Жека", "Женя"; "Александр Ткаченко" also "Саня", "Шурик"."""
    return {skeleton(short) for part in parts for short in lexicon.diminutives().get(part, ())}


@lru_cache(maxsize=100_000)
def reductions(shape: str) -> frozenset[str]:
    """Every base ``shape`` may be a form of: itself, its stems without a case ending (with the
    vowel, the voiced consonant or the fleeting vowel the ending took away: "pavlu" -> "pavel")."""
    found = set(forms(shape)) | {shape}
    for stem in {*_stems(shape), _strip_case(shape)}:
        if len(stem) < 3:
            continue
        found |= {
            stem,
            stem + "a",
            stem + "e",
            stem + "i",
            stem[:-1] + {"g": "k", "b": "p"}.get(stem[-1], stem[-1]),
        }
        if stem.endswith("nk"):
            found.add(stem + "o")
        if len(stem) >= 4:
            found |= {stem[:-1] + vowel + stem[-1] for vowel in ("e", "o")}
    return frozenset(found)


class _Intervals:
    """Intervals asked "does any overlap [start, end)?" in log time."""

    def __init__(self, pairs: Iterable[tuple[int, int]]) -> None:
        merged: list[list[int]] = []
        for start, end in sorted(pairs):
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        self._starts = [m[0] for m in merged]
        self._ends = [m[1] for m in merged]

    def overlaps(self, start: int, end: int) -> bool:
        at = bisect.bisect_right(self._starts, start) - 1  # the last interval starting at or before
        if at >= 0 and self._ends[at] > start:
            return True
        return at + 1 < len(self._starts) and self._starts[at + 1] < end


@dataclass(frozen=True)
class Candidate:
    """A word of a note that is a part of a session's name, not yet removed."""

    note: int
    start: int
    end: int
    word: str
    truncated: str = ""
    """The session's name this word is the first letters of ("yerk" of Yerkebulan), if it is no form."""


class Words:
    """A note's words (``WORD``'s matches, in order) and where each starts, found by the regular
    expression engine a stretch at a time, without a Python step a word: a 10 MB note holds 1.4
    million words but some 25,000 distinct ones, and the session's coreference asks about a few of
    them (``at``)."""

    STRETCH = 1 << 20
    """Characters tokenised at once (cut after a space, which no word holds): the words of a
    stretch are strings of their own until they are replaced by the first of their kind."""

    def __init__(self, text: str) -> None:
        self.words: list[str] = []
        self.starts = array("q")
        kinds: dict[str, str] = {}  # each distinct word, held once
        at = 0
        while at < len(text):
            cut = len(text)
            if cut - at > self.STRETCH:
                cut = text.find(" ", at + self.STRETCH) + 1 or len(text)
            stretch = text[at:cut]
            found = WORD.findall(stretch)
            gaps = map(len, WORD.split(stretch))  # the text before each word, and after the last
            # [at, at + gap0, at + gap0 + word0, ...]: a word starts at every second sum
            lengths = chain.from_iterable(zip(gaps, map(len, found), strict=False))  # one gap more
            sums = accumulate(lengths, initial=at)
            self.starts.extend(islice(sums, 1, None, 2))
            self.words.extend(map(kinds.setdefault, found, found))
            at = cut
        self.distinct = frozenset(kinds)

    def at(self, wanted: Iterable[str] | dict[str, object]) -> Iterator[int]:
        """The indexes, in order, of the words that are in ``wanted``."""
        chosen = wanted if isinstance(wanted, (set, frozenset, dict)) else frozenset(wanted)
        return compress(range(len(self.words)), map(chosen.__contains__, self.words))


def candidates(
    texts: Sequence[str],
    detected: Sequence[Sequence[Span]],
    people: People,
    tokens: Sequence[Words] | None = None,
) -> list[Candidate]:
    """Words of the notes that are a form of a part of someone's name and that no span covers
    (a description may: the name inside it must go if the description is kept). ``tokens``: each
    note's ``Words``, if the caller has them."""
    return [
        Candidate(index, start, start + len(word), word, cut)
        for index, start, word, cut in _places(texts, detected, people, tokens, False)
    ]


def candidate_words(
    texts: Sequence[str],
    detected: Sequence[Sequence[Span]],
    people: People,
    tokens: Sequence[Words] | None = None,
) -> frozenset[str]:
    """The words of ``candidates`` (lower case), without finding every place of each: one place no
    span covers is enough to ask about a word (the dictionary's question)."""
    return frozenset(word.casefold() for _i, _s, word, _c in _places(texts, detected, people, tokens, True))


def _places(
    texts: Sequence[str],
    detected: Sequence[Sequence[Span]],
    people: People,
    tokens: Sequence[Words] | None,
    first_only: bool,
) -> Iterator[tuple[int, int, str, str]]:
    """The candidates as (note, start, word, what it is a candidate as), in order; with
    ``first_only``, only the first uncovered place of each word in each note."""
    bases = people.bases
    # every base ``match`` finds for a word begins as its skeleton does, three letters at least
    # (it is the skeleton, a stem of it, or a stem with its last letter voiceless, a vowel added or
    # a fleeting vowel put back: the stems are four letters or more, three for a short name's), and
    # so does every truncation: a word whose skeleton begins otherwise is no candidate
    heads = frozenset(base[:3] for base in bases) | frozenset(cut[:3] for cut in people.truncations)
    pets = people.pets

    def truncated(word: str) -> str | None:
        """What the word is a candidate as ("" a form of a part, else the name it is the first
        letters of), or None: the word alone decides, so it is asked once a word."""
        if skeleton(word)[:3] not in heads:
            return None
        if len(skeleton(word)) < 2 or _not_a_part(word.casefold(), skeleton(word)):
            return None
        if match(word, bases) is None:
            if word[:1].isupper() and skeleton(word) in pets:
                return ""  # "Erjeke erteń habarlasady" beside Erjan: a form of his name
            # three letters ("Ера" of Ерасыл) only as a quotation's speaker (`_finish`)
            cut = people.truncations.get(skeleton(word), "") if len(word) >= 3 else ""
            return cut or None
        if len(word) < 3 and skeleton(word) not in bases:
            return None  # a short word only as written: "ли" is Ли
        return ""

    verdicts: dict[str, str | None] = {}  # a long session holds each word many times
    for index, (text, spans) in enumerate(zip(texts, detected, strict=True)):
        covered = _Intervals((s.start, s.end) for s in spans if s.kind is not Kind.QUASI)
        words = tokens[index] if tokens is not None else Words(text)
        cuts: dict[str, str] = {}
        for word in words.distinct:
            cut = verdicts[word] if word in verdicts else verdicts.setdefault(word, truncated(word))
            if cut is not None:
                cuts[word] = cut
        done: set[str] = set()  # with ``first_only``: the words already given for this note
        for at in words.at(cuts):
            word = words.words[at]
            if first_only and word in done:
                continue
            start = words.starts[at]
            if covered.overlaps(start, start + len(word)):
                continue
            if first_only:
                done.add(word)
            yield index, start, word, cuts[word]


_SURNAME = re.compile(r"(?:ov|ev|ova|eva|yev|yeva|uly|ulu|uulu|kizi|enko|yan|ian)$")


def lower_case_full_names(
    text: str,
    spans: Sequence[Span],
    common_words: Callable[[frozenset[str]], frozenset[str]],
    words: Words | None = None,
) -> list[Span]:
    """An all lower-case full name no span covers ("arman kenzhebayev came"): a listed first name
    and a word shaped like a surname that no dictionary or list knows as a word, not inside a public
    phrase ("dimash kudaibergen"). ``words``: the text's ``Words``, if the caller has them."""
    found = []
    listed = list_names()
    covered: _Intervals | None = None
    words = words if words is not None else Words(text)
    firsts = {w for w in words.distinct if w.islower() and skeleton(w) in listed}
    for at in words.at(firsts):
        if at + 1 == len(words.words):
            continue
        first, last = words.words[at], words.words[at + 1]
        start, second = words.starts[at], words.starts[at + 1]
        if text[start + len(first) : second] != " ":
            continue
        covered = covered or _Intervals((s.start, s.end) for s in spans)
        if covered.overlaps(start, second + len(last)):
            continue
        if not last.islower() or skeleton(first) not in listed or not _SURNAME.search(skeleton(last)):
            continue
        if len(last) >= 6 and not _in_a_public_phrase(text, start, second + len(last)):
            # not "named after chyngyz aitmatov": a public figure's name in lower case
            found.append(Span(start, second + len(last), Kind.NAME, COREFERENCE, skeleton(first)))
    if not found:
        return found
    common = common_words(frozenset(text[s.start : s.end].split()[1] for s in found))
    return [s for s in found if text[s.start : s.end].split()[1] not in common]


def coreferent_spans(
    texts: Sequence[str],
    detected: Sequence[Sequence[Span]],
    roster_keys: frozenset[str],
    common_words: Callable[[frozenset[str]], frozenset[str]],
) -> list[list[Span]]:
    """For each note, the spans to add: the session's names where per-note detection missed them."""
    return prepare(texts, detected, roster_keys, common_words).finish(common_words)


@dataclass(frozen=True, eq=False)
class Prepared:
    """A session's coreference up to its one question that depends on every note: which of the
    candidates' words are ordinary words. Everything before that question (the lower-case full
    names, the people, the candidates) is worked out once; ``finish`` gives the spans to add for
    any answer to it. The export asks the question of a worker, then finishes with the answer: the
    session's words are gone through once, not once to find the question and again for the spans."""

    texts: tuple[str, ...]
    detected: tuple[tuple[Span, ...], ...]
    """Each note's spans as given, then its lower-case full names and session forms."""
    given: tuple[int, ...]
    """How many of each note's ``detected`` are the spans as given."""
    lower: tuple[tuple[Span, ...], ...]
    lower_words: frozenset[str]
    """The words ``lower_case_full_names`` asked about ..."""
    lower_common: frozenset[str]
    """... and those of them the answer called ordinary: an answer calling the same ones ordinary
    gives the same ``lower``."""
    contacts: frozenset[str]
    people: People
    found: tuple[Candidate, ...]

    @property
    def candidate_words(self) -> frozenset[str]:
        """The words the question asks about (lower case)."""
        return frozenset(c.word.casefold() for c in self.found)

    def finish(self, common_words: Callable[[frozenset[str]], frozenset[str]]) -> list[list[Span]]:
        """For each note, the spans to add, ``common_words`` answering which words are ordinary
        (it must answer ``lower_words`` as when this was prepared: see ``still_holds``)."""
        return _finish(self, common_words)

    def still_holds(
        self,
        texts: Sequence[str],
        detected: Sequence[Sequence[Span]],
        roster_keys: frozenset[str],
        common_words: Callable[[frozenset[str]], frozenset[str]],
    ) -> bool:
        """Whether ``prepare`` would give the same for these: the same notes and spans, and
        ``common_words`` calls the same words of the lower-case full names ordinary."""
        return (
            roster_keys == self.people.roster_keys
            and len(texts) == len(self.texts)
            and all(a is b or a == b for a, b in zip(texts, self.texts, strict=True))
            and all(
                len(spans) == count and all(x is y or x == y for x, y in zip(spans, given, strict=False))
                for spans, count, given in zip(detected, self.given, self.detected, strict=True)
            )
            and (common_words(self.lower_words) if self.lower_words else frozenset()) == self.lower_common
        )


def question(
    texts: Sequence[str],
    detected: Sequence[Sequence[Span]],
    roster_keys: frozenset[str],
    tokens: Sequence[Words] | None = None,
    forms: Sequence[Sequence[Span]] | None = None,
) -> tuple[frozenset[str], People]:
    """The words ``prepare`` asks the dictionary about when no word is called ordinary (its
    ``lower_words`` and ``candidate_words``), and its people, without finding every candidate.
    ``forms``: ``session_forms(texts, detected)``, if the caller has them."""
    asked: set[str] = set()

    def nothing(words: frozenset[str]) -> frozenset[str]:
        asked.update(words)
        return frozenset()

    tokens = tokens if tokens is not None else [Words(text) for text in texts]
    _lower, detected, _contacts, people = _people(texts, detected, roster_keys, nothing, tokens, forms)
    return frozenset(asked) | candidate_words(texts, detected, people, tokens), people


NICKNAME = "nickname-cue"
_SO_WORDS = frozenset({"так", "so"})
"""Words before a nickname cue that point back ("так его зовут": so he is called): what follows the
cue is who calls him, not the nickname."""
_BRACKET_CLAUSE_ENDS = re.compile(r"[ \t]*[,;)]")
"""What ends a bracket's first clause: a comma, or the bracket closing."""
_CLOSE_QUOTES = "»\"”’'"
_OPENS_QUOTE = re.compile(r"[ \t]*[«\"“„‘'][ \t]*")
_OPEN_QUOTE_GAP = re.compile(r"\s*[«\"“„‘']?\s*")
_QUOTED_NEXT = re.compile(
    r"[»\"”’']?[ \t]*(?:,|[ \t](?:и|или|and|or|va|ва|мен|жана|менен|және)[ \t])[ \t]*[«\"“„‘']"
    r"([^\W\d_][\w'’-]{2,}(?:[ \t][^\W\d_][\w'’-]*)?)(?=[»\"”’'])"
)
"""After a quoted nickname, the next one in quotes after a comma or "and" ("его называют «Кореец» и
«Узкий»")."""
_DASH_OPEN_QUOTE_GAP = re.compile(r"\s*(?:[—–-]\s*)?[«\"“„‘']?\s*")
"""An opening quote, maybe after a dash: "бектур — «коён» деп аташат" (Bektur, whom they call Hare)."""
_CLOSE_QUOTE_GAP = re.compile(r"[?!]?[»\"”’']?\s*")
_CLOSE_QUOTE_DASH_GAP = re.compile(r"[?!]?[»\"”’']?\s*(?:[—–-]\s*)?")
"""A closing quote, maybe a dash after it: "«Бокс» лақап аты", "\"Тигр\" - кличка" (a quoted word
glossed as a nickname)."""
_NICKNAME_GAP = re.compile(r"[\s:«»\"'“”„—–-]*")
_NICKNAME_NEXT = re.compile(
    r"(?:[ \t]*\([^()\n]{0,80}\))?[»\"'”]?\s*(?:,|\s(?:и|мен|and|жана|va|ва)\s)\s*[«\"'“]?"
)
"""Between two nicknames of a list: a comma or "and", maybe after a remark in brackets."""
_NICKNAME_EQUALS = re.compile(r"(?:[ \t]*=|[ \t]+[—–-])[ \t]*[«\"'“]?")
"""Between a name and its nickname in a list of nicknames ("Aidos = yerke", "бөдөнө — мирлан")."""
_HEADING_TO_COLON = re.compile(
    r"[ \t]+(?:[^\n:.!?()]{1,40}?|[^\n:.!?()]{0,40}?\([^()\n]{1,30}\)[ \t]*):[ \t]*[«\"'“]?"
)
"""The rest of a heading after its cue word, up to its colon on its line, maybe past a remark in
brackets ("Nicknames in the Karaganda group: …", "лакап аттары (өзүм үчүн): …")."""


def _nickname_cue_at(lowered: Sequence[str], k: int, cues: frozenset[str]) -> int:
    """The index after a nickname cue starting at word ``k`` (one word or two), or 0."""
    if k + 1 < len(lowered) and f"{lowered[k]} {lowered[k + 1]}" in cues:
        return k + 2
    return k + 1 if lowered[k] in cues else 0


def _cued_words(text: str, tokens: Words | None = None) -> Iterator[str]:
    """The words of one note that a cue calls a nickname (as written). ``tokens``: the note's
    ``Words``, if the caller has them."""
    cues, fillers = union("nickname_cues"), union("nickname_fillers")
    after, objects = union("nickname_after"), union("nickname_objects")
    object_endings = tuple(sorted(union("nickname_object_endings")))
    called, persons = union("nickname_called"), union("nickname_persons")
    said, name_nouns = union("nickname_said"), union("name_nouns")
    quoted_cues = union("nickname_quoted", "nickname_quoted_only")
    accusatives = tuple(sorted(union("accusative_endings")))
    articles = union("nickname_articles")
    closed = union("nickname_fillers", "nickname_cues", "nickname_stops")
    # where a cue may start: most words start none (a long note's every word)
    cue_starts = first_words("nickname_cues")
    quoted_starts = first_words("nickname_quoted", "nickname_quoted_only")
    called_starts = first_words("nickname_called")
    # a word before a verb of calling or of saying may be a nickname in brackets ("(карга деп коюшат")
    before_verbs = called_starts | first_words("nickname_after") | said
    tokens = tokens if tokens is not None else Words(text)
    words, starts = tokens.words, tokens.starts
    folded = {word: word.casefold() for word in tokens.distinct}
    lowered = list(map(folded.__getitem__, words))

    def nickname(j: int, gap_from: int) -> bool:
        word = lowered[j]
        return (
            len(word) >= 3
            and word not in closed
            and _NICKNAME_GAP.fullmatch(text, gap_from, starts[j]) is not None
        )

    def end(k: int) -> int:
        return starts[k] + len(words[k])

    def gap(first: int) -> str:
        return text[end(first) : starts[first + 1]]

    def called_one_word(k: int) -> int:
        """The index of the nickname after the object at ``k``, fillers aside, before a one-word
        verb of calling (``nickname_after``), or 0."""
        j = k + 1
        while j < len(words) and lowered[j] in fillers and gap(j - 1).isspace():
            j += 1
        if j + 1 >= len(words) or not (gap(j).isspace() or _CLOSE_QUOTE_GAP.fullmatch(gap(j))):
            return 0  # the nickname's quote may close before the verb ("аны «Тренер» дешет")
        if lowered[j + 1] in said and _said_of_him(words[j], lowered[j]):
            return 0  # "оны бәрі жақсы дейді", "оны бәрі «жақсы» дейді": everyone says he is good
        # apart by spaces, or in quotes ("«Pahlavon» deydi")
        apart = _OPEN_QUOTE_GAP.fullmatch(gap(j - 1)) and _CLOSE_QUOTE_GAP.fullmatch(gap(j))
        if (lowered[j + 1] in after and gap(j - 1).isspace()) or (lowered[j + 1] in said and apart):
            called = (
                nickname(j, starts[j])
                and skeleton(lowered[j]) not in union("honorifics")  # "ӯро ҳама апа мегӯянд"
                and base_of(lowered[j], list_names()) is None  # "ӯро Раҳмат мегӯянд": the name rules decide
            )
            return j if called else 0
        return 0

    def named_object(k: int) -> bool:
        """The word at ``k`` is a listed name with an ending of the object ("Рустамро", "Эрмекти")."""
        return (
            bool(object_endings)
            and lowered[k].endswith(object_endings)
            and (
                base_of(lowered[k][: -len(_longest_ending(lowered[k], object_endings))], list_names())
                is not None
            )
        )

    def quoted_after_cue(k: int) -> str:
        """The nickname in quotes after the cue at ``k`` ("call him 'Shoxa kichik'"): one word, or
        two (a phrase), or ""."""
        j = _nickname_cue_at(lowered, k, quoted_cues)
        if not j or j >= len(words) or not _OPENS_QUOTE.fullmatch(gap(j - 1)):
            return ""
        if lowered[j] in articles and j + 1 < len(words) and gap(j) == " ":
            j += 1  # "call him 'the Hammer'": the nickname is the word after the article
        if not nickname(j, starts[j]):
            return ""
        if j + 1 < len(words) and gap(j) == " " and text[end(j + 1) : end(j + 1) + 1] in _CLOSE_QUOTES:
            return f"{words[j]} {words[j + 1]}"
        return words[j] if text[end(j) : end(j) + 1] in _CLOSE_QUOTES else ""

    def called_two_words(k: int) -> int:
        """The index of the nickname after the object at ``k``, fillers aside ("бәрі": everyone),
        maybe in quotes, before a verb of calling of two words ("оны бәрі «Астана» деп шақырады"),
        or 0."""
        j = k + 1
        while j < len(words) and lowered[j] in fillers and gap(j - 1).isspace():
            j += 1
        if j + 2 >= len(words) or f"{lowered[j + 1]} {lowered[j + 2]}" not in after:
            return 0
        quoted = _OPEN_QUOTE_GAP.fullmatch(gap(j - 1)) and _CLOSE_QUOTE_GAP.fullmatch(gap(j))
        return j if quoted and gap(j + 1).isspace() and nickname(j, starts[j]) else 0

    def called_in_brackets(k: int) -> bool:
        """The word at ``k`` opens a bracket, a verb of calling or of what they say follows it and
        ends the bracket's first clause: "мырзабек (карга деп коюшат, кара кийинет)", "Nodirbek
        (Bolta deyishadi, kuchli bola)": they call him so. Not "(жақсы дейді)", what is said of him."""
        if k + 1 >= len(words):
            return False
        opening = text[starts[k] - 1 : starts[k]]
        if opening in OPENING_QUOTES and opening != "'":
            # in quotes a word or two into the bracket: "Нұрсұлтан (топта «Сұлтан» дейді)"
            bracket = text.rfind("(", max(0, starts[k] - 30), starts[k])
            if bracket < 0 or any(c in text[bracket : starts[k]] for c in ")\n") or gap(k).isspace():
                return False
            if not _CLOSE_QUOTE_GAP.fullmatch(gap(k)):
                return False
        elif opening != "(" or not gap(k).isspace():
            return False
        j = _nickname_cue_at(lowered, k + 1, after)
        if not j and lowered[k + 1] in said and not _said_of_him(words[k], lowered[k]):
            j = k + 2
        return (
            bool(j)
            and _BRACKET_CLAUSE_ENDS.match(text, end(j - 1)) is not None
            and nickname(k, starts[k])
            # names: the name rules decide, but for one in quotes (a word too: "«Сұлтан» дейді")
            and (opening != "(" or base_of(lowered[k], list_names()) is None)
        )

    def called_object_after(k: int) -> bool:
        """The word at ``k`` (maybe quoted) stands before a verb of calling of two words and its object
        after it ("маке деп атайды оны", "«Кытай» деп аташат аны": they call him so), the object a
        pronoun (``nickname_objects``) or a listed name with an object's ending ("Бақа деп шақырады
        Бақытжанды"). A listed name is the name rules'."""
        if k + 3 >= len(words) or f"{lowered[k + 1]} {lowered[k + 2]}" not in after:
            return False
        if lowered[k + 3] not in objects and not named_object(k + 3):
            return False
        if not (gap(k + 1).isspace() and gap(k + 2).isspace()):
            return False
        if not (gap(k).isspace() or _CLOSE_QUOTE_GAP.fullmatch(gap(k))):
            return False
        if k > 0 and lowered[k - 1].endswith(accusatives) and _NICKNAME_GAP.fullmatch(gap(k - 1)):
            return False  # "ойынды көпір деп атайды": a thing in the accusative is what is called so
        return nickname(k, starts[k]) and base_of(lowered[k], list_names()) is None

    def quoted_up_to(k: int) -> str:
        """The word at ``k``, or the two words ending there, in quotes closed right after it
        ("«Шымкенттік Бала» деп …"), or ""."""
        if gap(k).isspace() or not _CLOSE_QUOTE_GAP.fullmatch(gap(k)):
            return ""
        if text[max(0, starts[k] - 1) : starts[k]] in OPENING_QUOTES:
            return words[k]
        if k > 0 and gap(k - 1) == " " and text[max(0, starts[k - 1] - 1) : starts[k - 1]] in OPENING_QUOTES:
            return f"{words[k - 1]} {words[k]}"
        return ""

    def quoted_before_cue(k: int) -> bool:
        """The word before the cue at ``k`` stands in quotes right before it ("«Бокс» лақап аты бар
        бала": a boy with the nickname Boks), maybe glossed with a dash ("\"Тигр\" - кличка")."""
        return (
            k > 0
            and _CLOSE_QUOTE_DASH_GAP.fullmatch(gap(k - 1)) is not None
            and not gap(k - 1).isspace()
            and text[max(0, starts[k - 1] - 1) : starts[k - 1]] in OPENING_QUOTES
            and nickname(k - 1, starts[k - 1])
        )

    def called_without_object(k: int, quoted: str) -> bool:
        """The quoted word or phrase ending at ``k`` stands right before a verb of calling of two
        words (``nickname_after``) with no thing named before it: "балалар «қасқыр» деп атайды" (the
        boys call him Wolf); not "ойынды «көпір» деп атайды" (a thing in the accusative: they call
        the game Bridge)."""
        if k + 2 >= len(words) or not gap(k + 1).isspace():
            return False
        if f"{lowered[k + 1]} {lowered[k + 2]}" not in after:
            return False
        first = k - quoted.count(" ")
        if first == 0:
            return True  # the note opens with the quote: nothing is named before it
        if not _DASH_OPEN_QUOTE_GAP.fullmatch(gap(first - 1)) or "\n" in gap(first - 1):
            return False  # the word before is not right before the quote (or its dash), on its line
        return not lowered[first - 1].endswith(accusatives)

    # the words where a branch below may hold, in order: a cue or an object word there (or a word
    # with an object's ending), or a cue of calling right after (the rest of a long note's words
    # are passed over in one sweep)
    starting = cue_starts | objects | quoted_starts
    if object_endings:
        starting |= {word for word in folded.values() if word.endswith(object_endings)}
    ks = sorted(
        {*compress(range(len(lowered)), map(starting.__contains__, lowered))}
        | {k - 1 for k in compress(range(len(lowered)), map(before_verbs.__contains__, lowered)) if k}
    )
    for k in ks:
        if called_in_brackets(k):
            yield words[k]  # "(карга деп коюшат, …)"
            continue
        if called_object_after(k):
            yield words[k]  # "мадияр, маке деп атайды оны"
            continue
        if lowered[k] in quoted_starts and (quoted := quoted_after_cue(k)):
            yield quoted  # "call him 'Shoxa kichik'", "его называют «Профессор»"
            # and the next in quotes after a comma or "and" ("называют «Кореец» и «Узкий»")
            at = text.find(quoted, starts[k]) + len(quoted)
            while (following := _QUOTED_NEXT.match(text, at)) is not None:
                yield following.group(1)
                at = following.end(1)
            continue
        j = _nickname_cue_at(lowered, k, cues) if lowered[k] in cue_starts else 0
        if j and k and lowered[k - 1] in _SO_WORDS and gap(k - 1).isspace():
            continue  # "Жоке (так его зовут друзья)": the nickname is before "так", no word after
        if j and quoted_before_cue(k):
            yield words[k - 1]
        if j:
            while j < len(words) and lowered[j] in fillers and gap(j - 1).isspace():
                j += 1  # "кличка у него кабан"
            candidate = j < len(words) and nickname(j, end(j - 1))
            plain = candidate and (words[j][:1].isupper() or ":" in gap(j - 1))
            headed = None if plain or j >= len(words) else _HEADING_TO_COLON.match(text, end(j - 1))
            if headed is not None and candidate and "," in headed.group():
                headed = None  # "кличка у него кабан, а зовут Женя: …": the nickname came first
            if headed is not None:
                # "Nicknames in the Karaganda group: Tractor, …": a few words of the heading, its colon
                j = bisect.bisect_left(starts, headed.end())
                if j >= len(words) or starts[j] != headed.end():
                    continue
            if j >= len(words) or not nickname(j, end(j - 1) if headed is None else headed.end()):
                continue
            listed = ":" in gap(j - 1) or headed is not None  # "зовут кличками: тайфун, малыш и шаман"
            if not listed:
                yield words[j]
                continue
            while True:
                # the next after a comma or "and", past a remark in brackets ("Шымшық (кішкентай
                # болғаны үшін), Трактор (үлкен), Доктор") and quotation marks
                following = _NICKNAME_NEXT.match(text, end(j))
                second = None
                if following is None and j + 1 < len(words) and gap(j) == " ":
                    second = _NICKNAME_NEXT.match(text, end(j + 1))
                if second is not None:  # an item of two words ("Тайлак, Бөрү, Көз айнек, Доктор")
                    yield f"{words[j]} {words[j + 1]}"
                    j, following = j + 1, second
                else:
                    yield words[j]
                    # "Nicknames: Aidos = yerke, Nurlan = kot": a name and its nickname, one person
                    same = _NICKNAME_EQUALS.match(text, end(j))
                    at = same.end() if same is not None else len(text)
                    k2 = bisect.bisect_left(starts, at)
                    if k2 < len(words) and starts[k2] == at and nickname(k2, at):
                        yield words[k2]
                        j = k2
                        following = _NICKNAME_NEXT.match(text, end(j))
                if following is None or j + 1 >= len(words):
                    break
                j = bisect.bisect_left(starts, following.end())
                if j >= len(words) or starts[j] != following.end() or not nickname(j, starts[j]):
                    break
        elif (lowered[k] in objects or named_object(k)) and (j := called_one_word(k)):
            # "Рустамро ҳама Шеф мегӯянд": a pronoun or a name as the object, maybe "everyone", the
            # nickname, a verb of calling
            yield words[j]
        elif (lowered[k] in objects or named_object(k)) and (j := called_two_words(k)):
            # "оны шопа деп атайды", "оны бәрі «Астана» деп шақырады", "Эрмекти тамашалап «оюнчук»
            # деп коюшат" (a name in the accusative)
            yield words[j]
        elif (
            k + 2 < len(words)
            and lowered[k + 1] in called_starts
            and ((quoted := quoted_up_to(k)) or gap(k).isspace())
            and nickname(k, starts[k])
        ):
            j = _nickname_cue_at(lowered, k + 1, called)
            if (
                j
                and j < len(words)
                and (
                    lowered[j] in persons
                    or _nickname_cue_at(lowered, j, cues) > 0  # "мысық деген лақап атпен жүреді"
                    or lowered[j] in name_nouns  # "Qasqyr degen laqap at — ol …": the nickname Qasqyr
                    or (  # a name after a verb of calling (not "деген", also "who said"), a capitalised word
                        j - k > 2
                        and words[k][:1].isupper()
                        and words[j][:1].isupper()
                        and skeleton(words[j]) in first_names()
                    )
                )
                and gap(j - 1).isspace()
                # names: the name rules decide, but for a capitalised one a verb of calling puts before a
                # young person ("Ерке деп жүрген бала": a listed name and a word, what he is called)
                and (
                    base_of(lowered[k], list_names()) is None
                    or (j - k > 2 and lowered[j] in persons and words[k][:1].isupper())
                )
            ):
                # "боксшы деп аталатын бала", "tūiaq degen jıgıt", "Саке деп жүрген Сакен Омаров",
                # "«Шымкенттік Бала» деп атайтын жігіт" (a phrase in quotes)
                yield quoted or words[k]
            elif (
                j == k + 2
                and j < len(words)
                # "Бала деген — Әлібек", "Танк деген Бакыт." (the name ends the sentence: no "who said")
                and (
                    _DASH_GAP.fullmatch(gap(k + 1))
                    or (gap(k + 1) == " " and _ENDS_CLAUSE.match(text, end(j)))
                )
                and words[k][:1].isupper()
                and skeleton(words[j]) in first_names()
                and words[j][:1].isupper()
                and base_of(lowered[k], list_names()) is None
            ):
                yield quoted or words[k]  # "Бала деген — Әлібек": the one called so is Alibek
            elif quoted and called_without_object(k, quoted):
                yield quoted  # "балалар «қасқыр» деп атайды": the one they call so, left unsaid


def _said_of_him(word: str, lowered: str) -> bool:
    """A word in small letters before a verb of saying that is what is said of a person, no nickname
    ("оны бәрі жақсы дейді", "uni hamma yaxshi deydi", "аны баары нормальный дейт"): a word in the Latin
    alphabet (no dictionary here knows Uzbek), a Kazakh everyday word, or a Russian word whose first
    reading is no noun in the nominative ("кувалда", "трактор" are nicknames so said)."""
    if word[:1].isupper():
        return False
    if _CYRILLIC_WORD.fullmatch(lowered) is None or lowered in lexicon.kazakh_words():
        return True
    return skeleton(lowered) in lexicon.kazakh_skeletons() or not lexicon.russian_nominative_noun(lowered)


_CYRILLIC_WORD = re.compile(r"[а-яё]+")


def _capital_cued_words(text: str, tokens: Words) -> Iterator[str]:
    """The words of one note written with a capital right after "call him" and its kin (the
    profiles' ``nickname_quoted``) inside a sentence, no quotation marks: "don't call him Boxer"
    calls him Boxer, a nickname looked for capitalised in every note ("Boxer was loud"); in lower
    case it is the word ("he is a boxer")."""
    cues = union("nickname_quoted")
    firsts = frozenset(cue.split(" ")[0] for cue in cues)
    words, starts = tokens.words, tokens.starts
    chosen = {word for word in tokens.distinct if word.casefold() in firsts}
    for k in tokens.at(chosen):
        lowered = [w.casefold() for w in words[k : k + 3]]
        j = _nickname_cue_at(lowered, 0, cues)
        if not j or k + j >= len(words):
            continue
        j += k
        if text[starts[j - 1] + len(words[j - 1]) : starts[j]] == " " and _capitalised_nickname(
            words[j], words[j].casefold()
        ):
            second = j + 1 < len(words) and text[starts[j] + len(words[j]) : starts[j + 1]] == " "
            if second and _capitalised_nickname(words[j + 1], words[j + 1].casefold()):
                yield f"{words[j]} {words[j + 1]}"  # "they call him Kazakh Tyson": a phrase
            else:
                yield words[j]


def _capitalised_nickname(word: str, lowered: str) -> bool:
    """A word written with a capital right after "call him" and its kin (the profiles'
    ``nickname_quoted``), inside the sentence: a nickname as a name is written ("they call him
    Boxer"), not a day or a month ("call him Monday"), nor a word in capitals ("call him ASAP")."""
    return (
        word[:1].isupper()
        and not word.isupper()
        and lowered not in union("month_names")
        and lowered not in union("day_names")
    )


def _longest_ending(word: str, endings: tuple[str, ...]) -> str:
    """The longest of ``endings`` that ``word`` ends with ("" if none)."""
    return max((e for e in endings if word.endswith(e)), key=len, default="")


_ITEM_PHONE = r"(?:[ \t]*[:\-–—]?[ \t]*(?:\+\d|8|0)[\d \t().-]{8,}\d)?"
"""A phone number after a member of a list on its line ("бауырсақ 8 700 219 73 05")."""
_PHONE_NEXT = re.compile(_ITEM_PHONE.removesuffix("?"))
_HEADING_END = re.compile(r"[ \t]*:")
_LINE_BREAK = re.compile(r"\n|[ \t]/[ \t]")
"""Where one line of a list ends and the next begins: a line break, or the " / " a note pasted into
one line keeps of them."""
_LIST_GAP = re.compile(
    r"[»\"”’']?" + _ITEM_PHONE + r"\s*(?:\([^()\n]{0,80}\)\s*)?"
    rf"(?:[,;]\s*|(?:{_LINE_BREAK.pattern})\s*(?:\d{{1,2}}[.)]?[ \t]+|[-–•*][ \t]*)?)?[«\"“„‘']?"
)
"""What may stand between two members of an enumeration, joining words aside: a comma or a
semicolon, a remark in brackets ("Қараторғай (ән салады), Б.Ж."), or the end of a line of a list
of one word a line, with the member's phone number, and the next line's number or bullet ("1
адилет / 2 адыл / 3 бекболот / 4 жыргал", "бека 8707… / саке 8 701 …")."""
_WORD_NEXT = re.compile(r" [^\W\d_]")
_REMARK = re.compile(r"\([^()\n]{0,80}\)")
_LIST_OPENERS = ".!?:;(\n/"
"""What a list of people starts after, spaces aside (or the note's start)."""
_LIST_END = re.compile(_ITEM_PHONE + r"\s*(?:$|[.!?:;—–)\n(]|\s[-/]\s)")


@cache
def _not_list_members() -> frozenset[str]:
    """Words an enumeration of people holds that name no one: kin, roles, jobs, persons' nouns,
    greetings, pronouns and the closing "остальные" (skeletons)."""
    words = union("list_others", "greetings", "person_nouns")
    words |= union("my_kin", "person_before", "honorifics", "particles")
    words |= union("conjunctions", "list_joiners", "place_words")
    return frozenset(skeleton(w) for w in words)


def _no_one(word: str) -> bool:
    """Whether a member of an enumeration names no one: a kin, role or job word, a closing word
    (``_not_list_members``), a place of the list ("Ерлан, Асхат, Алматы")."""
    shape = skeleton(word)
    if shape in _not_list_members() or shape in _kin_words():
        return True
    if base_of(word, places()) is not None:
        return True
    stems = cue_phrases("roles") + cue_phrases("jobs") + cue_phrases("kin")
    lower = word.casefold()
    return any(lower.startswith(stem) for stem in stems if len(stem) >= 4)


def _persons_in(name: str) -> int:
    """How many people a name span holds: one, or each first name of two written side by side
    ("Дархан Тимур и Малыш": two boys, no first name and surname)."""
    words = WORD.findall(name)
    return len(words) if len(words) > 1 and all(skeleton(w) in first_names() for w in words) else 1


def _list_starts_before(text: str, start: int) -> bool:
    """Only spaces stand between ``start`` and the note's start, a line break or one of
    ``_LIST_OPENERS`` ("Келгендер: Ерлан, …"): read back from ``start``, not searched from the
    note's start (a long note holds many lists)."""
    at = start
    while at > 0 and text[at - 1].isspace():
        if text[at - 1] == "\n":
            return True
        at -= 1
    return at == 0 or text[at - 1] in _LIST_OPENERS


def _list_units(text: str, names: Sequence[tuple[int, int]], tokens: Words) -> list[tuple[int, int, bool]]:
    """The note's words in order as (start, end, is a name): a word starting inside a name found
    (``names``: sorted) stands for that name, once; words inside a remark in brackets are left
    out. Words outside names and remarks, nearly all of a long note's, are taken in runs."""
    words, word_starts = tokens.words, tokens.starts
    remarks = [(m.start(), m.end()) for m in _REMARK.finditer(text)]  # apart, in order
    name_starts = [a for a, _b in names]
    reach = list(accumulate((b for _a, b in names), max))  # the furthest end up to each name
    # where a word may be no plain unit: each name (to the furthest end of those before it) and
    # each remark, the overlapping ones joined
    stretches: list[list[int]] = []
    for a, b in sorted([*zip(name_starts, reach, strict=True), *remarks]):
        if stretches and a < stretches[-1][1]:
            stretches[-1][1] = max(stretches[-1][1], b)
        else:
            stretches.append([a, b])
    units: list[tuple[int, int, bool]] = []
    at = 0
    done = 0  # the words before this one are placed
    for a, b in stretches:
        inside = bisect.bisect_left(word_starts, a, done)
        units.extend(
            (start, start + len(word), False)
            for start, word in zip(word_starts[done:inside], words[done:inside], strict=True)
        )
        done = bisect.bisect_left(word_starts, b, inside)
        for position, word in zip(word_starts[inside:done], words[inside:done], strict=True):
            if position < at:
                continue
            remark = bisect.bisect_right(remarks, (position, len(text) + 1)) - 1
            if remark >= 0 and remarks[remark][0] <= position < remarks[remark][1]:
                continue  # inside a remark in brackets
            # the first name (in order) holding the word: the first whose furthest end passes
            # it, if it starts at or before the word
            first = bisect.bisect_right(reach, position)
            if first < bisect.bisect_right(name_starts, position):
                units.append((names[first][0], names[first][1], True))
                at = names[first][1]
            else:
                units.append((position, position + len(word), False))
    units.extend(
        (start, start + len(word), False)
        for start, word in zip(word_starts[done:], words[done:], strict=True)
    )
    return units


def _listed_words(text: str, spans: Sequence[Span], tokens: Words | None = None) -> Iterator[str]:
    """The ordinary words of one note that stand as members of an enumeration of people (lower
    case): "Ерлан, Асхат, бөрі", "Т.Б., Ж.М., А.Ш., и ещё Кореш и Генерал", "Дархан, Тимур и Малыш
    который …". A member is one word between the list's commas or joining words ("и", "және",
    "and"), the list holds two people found or more ("Дархан Тимур и Малыш": two first names side by
    side are two people), and the word is no kin, role, place, pronoun, greeting or closing word
    ("Ерлан, Асхат и мама", "Данияр, Тимур и учитель", "Ерлан, Асхат и остальные"); a list with no
    person in it is no list of people ("маркеры, флипчарт, чай"). A list one member a line joins
    its lines as commas do ("1 адилет / 2 адыл / 3 жыргал", "бека 8707… / саке 8 701 …"), but a
    line that is a word of the dictionary or a heading is no member ("опоздали.", "Келмегендер:").
    ``tokens``: the note's ``Words``, if the caller has them."""
    names = sorted((s.start, s.end) for s in spans if s.kind is Kind.NAME)
    if sum(_persons_in(text[a:b]) for a, b in names) < 2:
        return
    joiners = union("list_joiners")
    joiner_starts = frozenset(joiner.split(" ")[0] for joiner in joiners)
    tokens = tokens if tokens is not None else Words(text)
    units = _list_units(text, names, tokens)

    def joined(i: int) -> int:
        """The index of the unit after unit ``i`` if a list's gap joins them, else -1."""
        j = i + 1
        if j >= len(units):
            return -1
        gap = text[units[i][1] : units[j][0]]
        if _LIST_GAP.fullmatch(gap) is None:
            return -1
        joining = "," in gap or ";" in gap or _LINE_BREAK.search(gap) is not None
        start, end, is_name = units[j]
        # a joining word only where one may start: most words are none (a long note's every word)
        for width in (2, 1) if not is_name and text[start:end].casefold() in joiner_starts else ():
            words = units[j : j + width]
            if j + width >= len(units) or any(u[2] for u in words):
                continue
            if " ".join(text[a:b].casefold() for a, b, _ in words) in joiners and all(
                text[units[j + n][1] : units[j + n + 1][0]].isspace() for n in range(width)
            ):
                j += width  # "Т.Б., А.Ш., и ещё Кореш"
                joining = True
                break
        if not joining and not (units[i][2] and units[j][2]):
            return -1  # "Дархан Тимур": two names side by side, never a word beside a name
        return j

    after = 0  # the first unit no run has taken
    for i in _may_join(text, units, tokens, joiner_starts):
        if i < after:
            continue
        run = [i]
        while (j := joined(run[-1])) >= 0:
            run.append(j)
        after = run[-1] + 1
        if len(run) == 1:
            continue  # no list: its one unit is a name or a word, never two people and a word
        people = sum(_persons_in(text[units[k][0] : units[k][1]]) for k in run if units[k][2])
        if people < 2 or people + sum(1 for k in run if not units[k][2]) < 3:
            continue
        for position, k in enumerate(run):
            start, end, is_name = units[k]
            if is_name:
                continue
            word = text[start:end]
            if len(word) < 3 or word.isupper() or _no_one(word):  # "ЖСН", "ИИН": abbreviations
                continue
            if (
                word[:1].isupper()
                and base_of(word, first_names()) is None
                and a_public_figure(text, start, end)
            ):
                continue  # "heroes: Амир Темур, Жалолиддин, Роналду" (not "…, Ерболат, Алпамыс")
            if _a_line_of_its_own(text, units, run, position) and (
                _HEADING_END.match(text, end) is not None
                or (_common_word(word, text, start, end) and _PHONE_NEXT.match(text, end) is None)
            ):
                # "Айбек / Нурлан / опоздали.": a line of the note, no member of the list (but "саке
                # 8 701 …": whose number it is); "… 4. Бекзат / Келмегендер: Санжар": the next heading
                continue
            before_ok = position > 0 or _list_starts_before(text, start)
            if before_ok and position == len(run) - 1 and k + 1 < len(units):
                nstart, nend, _ = units[k + 1]
                noun = text[nstart:nend].casefold()
                if (
                    noun in union("nickname_persons")
                    and text[end:nstart] == " "
                    and (_LIST_END.match(text, nend) is not None)
                    and not _no_one(word)
                ):
                    yield f"{word.casefold()} {noun}"  # "Б.Ж., М.О., Өзбек бала."
                    continue
            after_ok = (
                position < len(run) - 1
                or _LIST_END.match(text, end) is not None
                or (  # "и Малыш который": capitalised inside a sentence, before a word
                    word[:1].isupper()
                    and not starts_sentence(text, start)
                    and _WORD_NEXT.match(text, end) is not None
                )
            )
            if before_ok and after_ok:
                yield word


@cache
def _roll_call() -> re.Pattern[str]:
    """A roll call's heading (the profiles' ``attendance_headings``), up to three words or numbers
    after it ("список на сегодня", "kelmegender 14 qaraşa"), and its colon."""
    headings = sorted(union("attendance_headings"), key=len, reverse=True)
    return re.compile(
        r"(?<![^\W\d_])(?P<heading>"
        + "|".join(re.escape(h) for h in headings)
        + r")(?:[ \t]+[^\W_][\w.]*){0,3}?[ \t]*:",
        re.IGNORECASE,
    )


_CALLED_MEMBER = re.compile(
    r"[ \t]*([^\W\d_][\w'’ʻ‘-]*)(?:[ \t]+\([^()\n]{0,40}\))?[ \t]*"
    r"(?P<gap>,|;|[ \t](?:и|and|мен|пен|бен|менен|va|ва)[ \t])?",
    re.IGNORECASE,
)
_CALL_ENDS = re.compile(r"[ \t]*(?:$|[.!?\n]|\s[-–—/]\s)")


_LINE_AFTER = re.compile(r"[ \t]*\n")
_CALLED_LINE = re.compile(
    r"[ \t]*(?:[-–—•*]|\d{1,2}[.)])?[ \t]*([^\W\d_][\w'’ʻ‘-]*)(?:[ \t]+\([^()\n]{0,40}\))?"
    r"[ \t]*(?:[+−✓✔✗✘-](?:[ \t][^\n]{0,60})?)?[ \t]*(?:\n|\Z)"
)
"""A line of a column that calls the roll: a word, maybe after a bullet, a remark in brackets and an
attendance mark after it, and after the mark a remark ("- тыква", "профессор (опоздал на 20 мин)",
"болт −", "мирлан ✘ ооруп калды")."""


def _called_column(text: str, at: int) -> list[tuple[int, int]] | None:
    """The members of a roll call written one a line after its heading's colon (two lines or more,
    up to the first line that is no member's), or None if the heading's line goes on after it."""
    line = _LINE_AFTER.match(text, at)
    if line is None:
        return None
    members, at = [], line.end()
    while (member := _CALLED_LINE.match(text, at)) is not None and member.end() > at:
        members.append((member.start(1), member.end(1)))
        at = member.end()
    return members if len(members) >= 2 else None


def _roll_called_words(text: str) -> Iterator[str]:
    """The capitalised members of a roll call after its heading, one word a member, maybe a remark
    in brackets after it ("Не было: Батон (болеет), Кабачок (?).", "Келмегендер: Шкаф, Болт",
    "Absent: Kabachok (sick)"), or all of them after a heading of who came or did not in small
    letters ("kelmedi: temik, qoian."), or written one a line below it ("кто был 14.10:\nержан\n
    тыква\nболт"): who came or did not is a person, though the word is a thing's too.
    No kin, role, place nor public figure ("Не было: Мама", "Были: Алматы"); a member the list's end
    does not follow is a sentence's word ("Список: Ерлан сказал …")."""
    if ":" not in text:
        return
    for heading in _roll_call().finditer(text):
        # a heading of who came or did not typed in small letters: its members in small letters too
        small = heading.group("heading").islower() and heading.group("heading").casefold() not in union(
            "list_headings"
        )
        at, members = heading.end(), []
        if (column := _called_column(text, at)) is not None:
            members = column
        else:
            while (member := _CALLED_MEMBER.match(text, at)) is not None:
                members.append((member.start(1), member.end(1)))
                at = member.end()
                if member.group("gap") is None:
                    break
            if not members or _CALL_ENDS.match(text, at) is None:
                continue
        for start, end in members:
            word = text[start:end]
            if (
                len(word) >= 3
                and (word[:1].isupper() or small)
                and not word.isupper()
                and not _no_one(word)
                and not a_public_figure(text, start, end)
            ):
                yield word


ATTENDANCE_MARKS = "✓✔✗✘✕✖×✅❌☑☒"
"""Attendance marks, ticks and crosses, which say nothing else in a line of words."""
_MARKED_MEMBER = re.compile(
    r"(?<![\w'’-])([^\W\d_][\w'’ʻ‘]*)"
    r"(?:[ \t]?(?:[+−]|-(?![\w]))(?=[ \t]*(?:[;,(]|$))|[ \t]*[" + ATTENDANCE_MARKS + r"])",
    re.MULTILINE,
)
"""A word with a plus or a minus after it (a space between at most), then a list's comma or
semicolon, a remark in brackets or the line's end ("тыква+;", "канело-(сборы)", "алихан +,"), or
with a tick or a cross after it, whatever follows ("пила ✔ кран ✔", "ketmon ✘ (dalada)"): one
called in a roll that marks who came."""
_MARKED_LEAST = 3
_LINE = re.compile(r"[^\n]+")


def _marked_members(text: str, spans: Sequence[Span]) -> Iterator[str]:
    """The members of a roll call on one line that marks each one with a plus or a minus, a tick or
    a cross ("ержан+; шохрух+; тыква+; болт-; …", "тизме: айба ✔ тилек ✔ пила ✔ …"), three or more,
    two of them at least and a third of them persons found, or one after a roll call's heading
    ("ro'yxat: sardor ✔, javo ✔, kartoshka ✔"): who came or did not is a person, though the word is
    a word too (in small letters too), or a public figure's name (no footballer is marked present:
    "месси+", "канело-(сборы)"). No kin, role nor place."""
    if not any(mark in text for mark in "+-−" + ATTENDANCE_MARKS):
        return
    persons = Cover([(s.start, s.end) for s in spans if s.kind is Kind.NAME])
    for line in _LINE.finditer(text):
        members = [m.span(1) for m in _MARKED_MEMBER.finditer(text, line.start(), line.end())]
        if len(members) < _MARKED_LEAST:
            continue
        found = sum(1 for start, _end in members if start in persons)
        if _roll_call().search(text, line.start(), members[0][0]) is not None:
            enough = found >= 1  # "ro'yxat: sardor ✔, javo ✔, …": the heading says who they are
        else:
            enough = found >= 2 and 3 * found >= len(members)
        if not enough:
            continue
        for start, end in members:
            word = text[start:end]
            if start in persons or len(word) < 3 or word.isupper() or _no_one(word):
                continue
            readings = lexicon.russian_readings(word.casefold())
            if not (readings and readings[0][0] in ("VERB", "INFN")):  # "распечатать ✘": a task
                yield word


def _a_line_of_its_own(
    text: str, units: Sequence[tuple[int, int, bool]], run: Sequence[int], position: int
) -> bool:
    """Whether a line break, not a comma or a joining word, sets the member at ``position`` of
    ``run`` apart from the one before or after it."""
    k = run[position]
    gaps = []
    if position > 0:
        gaps.append(text[units[run[position - 1]][1] : units[k][0]])
    if position + 1 < len(run):
        gaps.append(text[units[k][1] : units[run[position + 1]][0]])
    return any(_LINE_BREAK.search(gap) and "," not in gap and ";" not in gap for gap in gaps)


def _may_join(
    text: str, units: Sequence[tuple[int, int, bool]], tokens: Words, joiner_starts: frozenset[str]
) -> list[int]:
    """The indexes, in order, of the units that ``_listed_words``' ``joined`` may join to a next
    one: those with a comma or a semicolon between them and the next, two names side by side, or a
    plain word next that may start a joining word. A run of a list starts at one of them, and
    every other unit is a list of one, which holds no one: a long note's units are passed over
    without a Python step each."""
    ends = [end for _start, end, _name in units]
    found: set[int] = set()
    for mark in _LIST_MARK.finditer(text):
        i = bisect.bisect_right(ends, mark.start()) - 1
        if 0 <= i < len(units) - 1 and units[i + 1][0] > mark.start():
            found.add(i)  # the mark stands between unit i and the next
    named = [k for k, (_start, _end, is_name) in enumerate(units) if is_name]
    found.update(k - 1 for k in named if k > 0 and units[k - 1][2])
    written = frozenset(word for word in tokens.distinct if word.casefold() in joiner_starts)
    if written:
        starts = [start for start, _end, _name in units]
        for k in tokens.at(written):
            start = tokens.starts[k]
            unit = bisect.bisect_left(starts, start)
            if 0 < unit < len(units) and units[unit][0] == start and not units[unit][2]:
                found.add(unit - 1)  # "и", "және", "and": the unit before may join over it
    return sorted(found)


_LIST_MARK = re.compile(rf"[,;]|{_LINE_BREAK.pattern}")


_BRACKETED_NAME = re.compile(r"(?<![\w-])([^\W\d_]{3,})[ \t]*\([ \t]*([^\W\d_]{3,})[ \t]*\)")


def _bracketed_pet_forms(text: str) -> Iterator[str]:
    """The words of one note explained by a listed first name in brackets that they are a pet form
    of, in the region's way (the name's first syllable and a pet ending: "береке (берик)", "Дәке
    (Дәурен)", "sanja (Sanjar)"), or that explain one so ("сәкен (сака)"): the note calls the
    person so, though the word is a word too ("береке", plenty). Not a word explained by a name it
    is no form of ("бала (Ерлан)")."""
    if "(" not in text:
        return
    listed = first_names()
    for found in _BRACKETED_NAME.finditer(text):
        # "береке (берик)": the word, then the name; "сәкен (сака)": the name, then the word
        for word, name in ((found.group(1), found.group(2)), (found.group(2), found.group(1))):
            shape, named = skeleton(word), skeleton(name)
            if named not in listed or shape == named:
                continue
            if shape in _pet_forms_of(named):
                yield word.casefold()


@lru_cache(maxsize=10_000)
def _pet_forms_of(name: str) -> frozenset[str]:
    """The region's pet forms of one first name (a skeleton): "bereke" of "berik"."""
    return frozenset(_pet_forms(frozenset({name}), frozenset()))


def cued_nicknames(
    texts: Sequence[str], detected: Sequence[Sequence[Span]] = (), tokens: Sequence[Words] | None = None
) -> list[list[Span]]:
    """Each note's spans of the nicknames a cue introduces anywhere in the session ("друг друга
    зовут кличками: тайфун, малыш", "кличка у него кабан", "оны шопа деп атайды", "nicknamed
    tiger", "лақап аттар: бәтеңке, доцент") or an enumeration of people holds ("Ерлан, Асхат,
    бөрі"; ``_listed_words``), at every form of them in every note ("мать малыша", "малышу
    дала"): a word a note calls someone's nickname is that person, though it is an ordinary word.
    ``tokens``: each note's ``Words``, if the caller has them."""
    found: list[list[Span]] = [[] for _ in texts]
    tokens = tokens if tokens is not None else [Words(text) for text in texts]
    listed = [
        word
        for text, spans, words in zip(texts, detected, tokens, strict=False)
        for word in chain(
            _listed_words(text, spans, words), _roll_called_words(text), _marked_members(text, spans)
        )
    ]
    phrases = {tuple(skeleton(w) for w in word.split()) for word in listed if " " in word}
    # the words a note places beside a person as a nickname ("Руслан «Шериф»": placed_names.py),
    # looked for capitalised, as the note wrote them, in their own script ("Boss" is no Kazakh "бос")
    placed_scripts: dict[str, set[bool]] = {}
    placed_small: set[str] = set()  # "«малой» = его брат Матвей": placed as written, in small letters
    for text, spans in zip(texts, detected, strict=False):
        for s in spans:
            if s.source == PLACED_NICKNAME:
                written = text[s.start : s.end]
                placed_scripts.setdefault(skeleton(written), set()).add(_is_latin(written))
                if written.islower():
                    placed_small.add(skeleton(written))
    cued = [word for text, words in zip(texts, tokens, strict=True) for word in _cued_words(text, words)]
    # "call him 'Shoxa kichik'": a nickname of two words is a phrase, as "Өзбек бала" of a list is
    phrases |= {tuple(skeleton(w) for w in word.split()) for word in cued if " " in word}
    others = (
        frozenset(skeleton(word) for word in cued if " " not in word)
        | frozenset(skeleton(word) for word in listed if " " not in word)
        | frozenset(skeleton(word) for text in texts for word in _bracketed_pet_forms(text))
        # a pet form of a roster name found where a person stands ("lochinbekni hamma lochin deydi")
        # is that person in every note, where no verb of a person stands beside it too ("lochin
        # qarshi chiqdi")
        | frozenset(
            skeleton(text[s.start : s.end])
            for text, spans in zip(texts, detected, strict=False)
            for s in spans
            if s.source == PET_FORM and " " not in text[s.start : s.end]
        )
    )
    wanted = others | frozenset(placed_scripts)
    # a nickname the session only ever introduces with a capital ("«Бокс» лақап аты бар") is that
    # person where it is written so; in lower case with an ending it is the word it is ("боксқа
    # барады"), as it stands bare it is still the person ("shaman was late")
    introduced = cued + [word for word in listed if " " not in word]
    capital_only = frozenset(skeleton(word) for word in introduced if " " not in word) - frozenset(
        skeleton(word) for word in introduced if not word[:1].isupper()
    )
    capital_cued = [
        word for text, words in zip(texts, tokens, strict=True) for word in _capital_cued_words(text, words)
    ]
    phrases |= {tuple(skeleton(w) for w in word.split()) for word in capital_cued if " " in word}
    capitalised = _tabled(texts, detected, found) | frozenset(
        skeleton(word) for word in capital_cued if " " not in word
    )
    if phrases:
        firsts = {one for one, _two in phrases}
        for spans, text, words in zip(found, texts, tokens, strict=True):
            chosen = {word for word in words.distinct if skeleton(word) in firsts}
            for k in words.at(chosen):  # a phrase's first word, then the next word after one space
                if k + 1 >= len(words.words):
                    continue
                first, second = words.words[k], words.words[k + 1]
                start, end = words.starts[k], words.starts[k + 1] + len(second)
                if text[start + len(first) : words.starts[k + 1]] != " ":
                    continue
                for one, two in phrases:
                    shape = skeleton(second)
                    if (
                        skeleton(first) == one
                        and match(second, frozenset({two}))
                        and not _plural_of(shape, two)
                    ):
                        spans.append(Span(start, end, Kind.NAME, NICKNAME, f"{one} {two}"))
    if capitalised:
        _capitalised_forms(capitalised, found, tokens)
    if not wanted:
        return found
    bases: dict[str, str] = {}  # each distinct word's nickname, looked for once
    for spans, words in zip(found, tokens, strict=True):
        for word in words.distinct:
            if word not in bases:
                base = match(word, wanted)
                if (
                    base in placed_scripts
                    and base not in others
                    and (_is_latin(word) not in placed_scripts[base] or not word[:1].isupper())
                    and base not in placed_small
                ):
                    base = None  # "my boss", "это контроль, бро": the word, where the nickname is capitalised
                bases[word] = base if base is not None and not _plural_of(skeleton(word), base) else ""
        chosen = {
            word
            for word in words.distinct
            if bases[word]
            and (word[:1].isupper() or bases[word] not in capital_only or skeleton(word) == bases[word])
        }
        for k in words.at(chosen):
            start = words.starts[k]
            word = words.words[k]
            spans.append(Span(start, start + len(word), Kind.NAME, NICKNAME, bases[word]))
    return found


def _tabled(
    texts: Sequence[str], detected: Sequence[Sequence[Span]], found: list[list[Span]]
) -> frozenset[str]:
    """Adds to ``found`` each note's cells of a table that hold a person ("| Timur Aliev | Hawk | yes
    |" under "| name | nick | here |": ``tables.person_cells``) and no name span covers; returns
    the skeletons of those that are one capitalised word, the nicknames to look for capitalised in
    every note ("Hawk said …", "Bear was quiet")."""
    capitalised: set[str] = set()
    for text, spans, more in zip(texts, detected, found, strict=False):
        names = [(s.start, s.end) for s in spans if s.kind is Kind.NAME]
        cells = person_cells(text, names, _no_one)
        if not cells:
            continue
        # each cell against every name span, by bisection (a long note's tables: thousands of cells)
        named = Cover(names)
        sure = Cover(
            (s.start, s.end) for s in spans if s.kind is Kind.NAME and s.source not in UNSURE_SOURCES
        )
        for start, end in cells:
            written = text[start:end]
            if sure.holds(start, end):
                continue  # a name found surely: the session layer looks for it as for any name
            if not named.holds(start, end):
                more.append(Span(start, end, Kind.NAME, NICKNAME, " ".join(map(skeleton, written.split()))))
            if " " not in written and written[:1].isupper() and not written.isupper():
                capitalised.add(skeleton(written))
    return frozenset(capitalised)


def _capitalised_forms(wanted: frozenset[str], found: list[list[Span]], tokens: Sequence[Words]) -> None:
    """Adds to ``found`` every capitalised form of a table's nicknames (``wanted``) in every note; a
    lower-case one ("we saw a bear" beside "| Bear | no |") is the session layer's, as any name's
    part: removed where a name stands, or where no dictionary reads a word."""
    heads = frozenset(base[:2] for base in wanted)
    for spans, words in zip(found, tokens, strict=True):
        keys: dict[str, str] = {}
        for word in words.distinct:
            if word[:1].isupper() and not word.isupper() and skeleton(word)[:2] in heads:
                base = match(word, wanted)
                if base is not None and not _plural_of(skeleton(word), base):
                    keys[word] = base
        for k in words.at(keys):
            start, word = words.starts[k], words.words[k]
            spans.append(Span(start, start + len(word), Kind.NAME, NICKNAME, keys[word]))


def latin_case_forms(
    texts: Sequence[str], detected: Sequence[Sequence[Span]], tokens: Sequence[Words] | None = None
) -> list[list[Span]]:
    """Each note's spans of the Russian case forms in Latin letters (the profiles' ``latin_endings``)
    of the session's names a note wrote in lower-case Latin letters ("kuba skazal" then "kubu nikto
    ne slushal", "u kuby"; "timur skazal" then "timuru nikto ne veril"): a phone's Russian in Latin
    letters declines a name as Cyrillic does. Only in a note with a Russian function word in Latin
    (``latin_function_words``); not an English word. ``tokens``: each note's ``Words``, if the
    caller has them."""
    found: list[list[Span]] = [[] for _ in texts]
    wanted: dict[str, str] = {}
    for text, spans in zip(texts, detected, strict=True):
        for s in spans:
            written = text[s.start : s.end]
            lower_latin = written.isalpha() and written.islower() and written.isascii()
            if s.kind is Kind.NAME and lower_latin and len(skeleton(written)) >= 4:
                wanted[skeleton(written)] = s.key
    if not wanted:
        return found
    endings = frozenset(skeleton(e) for e in union("latin_endings"))
    english = lexicon.english_words()
    russian = union("latin_function_words")
    tokens = tokens if tokens is not None else [Words(text) for text in texts]
    for spans, words in zip(found, tokens, strict=True):
        if words.distinct.isdisjoint(russian):
            continue  # a note with no Russian word in Latin ("armanym kim bolu": Kazakh, my dream)
        keys: dict[str, str] = {}  # each distinct word's name, looked for once
        for word in words.distinct:
            if not (word.islower() and word.isascii()) or word in english:
                continue
            shape = skeleton(word)
            for ending in endings:
                stem = shape[: -len(ending)]
                if not shape.endswith(ending) or len(stem) < 3:
                    continue
                base = stem if stem in wanted else stem + "a" if stem + "a" in wanted else None
                if base is not None and base != shape:
                    keys[word] = wanted[base]
                    break
        for k in words.at(keys):
            start, word = words.starts[k], words.words[k]
            spans.append(Span(start, start + len(word), Kind.NAME, NICKNAME, keys[word]))
    return found


_PLURAL_ENDINGS = ("lar", "ler", "dar", "der", "tar", "ter")
"""Skeletons of the Kazakh plural ("балалар": children, not the boy called Бала)."""


def _plural_of(shape: str, base: str) -> bool:
    """Whether ``shape`` is the plural of ``base`` ("балалар", "малыши", "малышей", "tigers"): a
    nickname names one person, its plural is the word."""
    if not shape.startswith(base) or shape == base:
        return False
    rest = shape[len(base) :]
    consonant = base[-1] not in "aeiouy"
    return (
        rest.startswith(_PLURAL_ENDINGS)
        or rest in ("s", "es", "ei", "am", "ami", "ah")
        or (consonant and rest in ("i", "y"))
    )


def _clear_of(spans: Iterable[Span], taken: Cover) -> Iterator[Span]:
    """Each of ``spans``, in order, that overlaps neither ``taken`` nor one given before it: by
    bisection, not a pass over all of them per span (a long note holds thousands of each)."""
    starts: list[int] = []
    ends: list[int] = []  # those given, which overlap no other, so in the order of their starts
    for span in spans:
        if taken.overlaps(span.start, span.end):
            continue
        before = bisect.bisect_left(starts, span.end)  # those given that start before it ends
        if before and ends[before - 1] > span.start:
            continue
        starts.insert(before, span.start)
        ends.insert(before, span.end)
        yield span


def _only_inside(phrases: Sequence[Span], taken: Sequence[tuple[int, int]]) -> list[Span]:
    """Those of ``phrases`` that every stretch of ``taken`` they overlap lies inside."""
    if not phrases:
        return []
    taken = sorted(taken)
    starts = [a for a, _b in taken]
    kept = []
    for span in phrases:
        first = max(0, bisect.bisect_left(starts, span.start) - 1)
        last = bisect.bisect_left(starts, span.end)
        overlapping = [(a, b) for a, b in taken[first:last] if a < span.end and span.start < b]
        if all(span.start <= a and b <= span.end for a, b in overlapping):
            kept.append(span)
    return kept


def session_forms(
    texts: Sequence[str], detected: Sequence[Sequence[Span]], tokens: Sequence[Words] | None = None
) -> list[list[Span]]:
    """Each note's nickname spans (``cued_nicknames``), its Latin case forms (``latin_case_forms``)
    and the pet forms of the session's first names (``session_pet_forms``): what the session's
    people are found with besides the spans detected, read from the notes and those spans alone (so
    worked out once for a question and its answer). ``tokens``: each note's ``Words``, if the
    caller has them."""
    tokens = tokens if tokens is not None else [Words(text) for text in texts]
    return [
        [*nicknames, *latin, *pets]
        for nicknames, latin, pets in zip(
            cued_nicknames(texts, detected, tokens),
            latin_case_forms(texts, detected, tokens),
            session_pet_forms(texts, detected, tokens),
            strict=True,
        )
    ]


def session_pet_forms(
    texts: Sequence[str], detected: Sequence[Sequence[Span]], tokens: Sequence[Words]
) -> list[list[Span]]:
    """Each note's pet forms of a first name found anywhere in the session, as the roster's are
    made (``_pet_forms``: the name's first syllable and a pet ending): "мурат мурик", "санжар …
    санжик", "aziz azizbek azik", "shohruh shoha". A form that is itself a listed name, that two of
    the session's names share, or that a dictionary reads as a word ("бала", "сака") is left, and
    so is one with a case ending ("жашта" would be a pet form's case, and is "aged" in Kyrgyz).
    Unsure (``PET_FORM``): removed, reviewed first, as that person."""
    from facilitator.anonymizer.name_rules.dictionary_readings import no_word_as_written

    found: list[list[Span]] = [[] for _ in texts]
    listed = first_names()
    keys = {
        first
        for spans in detected
        for s in spans
        if s.kind is Kind.NAME and s.key
        for first in s.key.split()[:1]
        if first in listed
    }
    pets = _pet_forms(frozenset(keys), listed)  # as the roster's: none listed, none two names share
    if not pets:
        return found
    person: dict[str, str] = {}  # each distinct word's person, or ""
    for spans, words in zip(found, tokens, strict=True):
        for word in words.distinct:
            if word not in person:
                key = pets.get(skeleton(word), "")  # as made: a case ending too often makes a word
                # a word as written, not a stem and an ending: a pet ending reads like a case ending
                # ("баука" is no "бау" + "қа", "janik" no "jan" + "ik")
                person[word] = key if key and no_word_as_written(word.casefold()) else ""
        chosen = {word for word in words.distinct if person[word]}
        for k in words.at(chosen):
            start, word = words.starts[k], words.words[k]
            spans.append(Span(start, start + len(word), Kind.NAME, PET_FORM, person[word]))
    return found


_HEARD = (("ck", "k"), ("ch", "\x00"), ("c", "k"), ("\x00", "ch"), ("z", "s"), ("o", "u"))
"""Letters a voice typist's English spelling puts for a name's sounds ("beck" for "bek", "nor" for
"nur", "sat" for "zat"), folded over a skeleton."""


@lru_cache(maxsize=100_000)
def heard(word: str) -> str:
    """``word``'s skeleton with ``_HEARD`` folded: "becksat" and "bekzat" sound alike."""
    shape = skeleton(word)
    for old, new in _HEARD:
        shape = shape.replace(old, new)
    return _DOUBLED.sub(r"\1", shape)


_DOUBLED = re.compile(r"(.)\1+")
_MISHEARD_LEAST = 6
"""Letters (of its skeleton) a name needs to be looked for split in two: a short one is two words
too often."""


def misheard_names(
    texts: Sequence[str],
    tokens: Sequence[Words],
    names: dict[str, str],
    detected: Sequence[Sequence[Span]] = (),
) -> list[list[Span]]:
    """Each note's pairs of lower-case words, a space apart, that sound together like a name of the
    session (``names``: its skeleton -> its key; six letters or more): voice typing splits a name it
    does not know into words it does ("nor lan" for Nurlan, "beck sat" for Bekzat, "das tan" for
    Dastan), the first one capitalised where it opens a sentence ("Sher ali"); not a compound
    name's first part and a word ("ақ жол" beside Ақжол, "a white road"), unless the pair stands
    among the note's names (``detected``), a name found right before or right after it with only
    spaces or a comma between: "мақсат нұрлан ер асыл айбол" names Ерасыл.
    Only the first words that begin such a name are looked at (a set look-up each distinct word),
    then the word after each."""
    found: list[list[Span]] = [[] for _ in texts]
    sounds = {heard(name): key for name, key in names.items() if len(name) >= _MISHEARD_LEAST}
    starts = frozenset(sound[:cut] for sound in sounds for cut in range(2, len(sound) - 1))
    if not starts:
        return found
    longest = max(map(len, starts))
    parts = union("name_parts")  # "ақ жол" beside Ақжол: a compound name's parts are words
    for index, (spans, text, words) in enumerate(zip(found, texts, tokens, strict=True)):
        chosen = {
            w
            for w in words.distinct
            if len(w) <= longest + 2
            and (w.islower() or w.istitle())  # "Sher ali" opening a sentence
            and heard(w) in starts
        }
        named = Cover((s.start, s.end) for s in detected[index] if s.kind is Kind.NAME) if detected else None
        for k in words.at(chosen):
            if k + 1 >= len(words.words):
                continue
            first, second = words.words[k], words.words[k + 1]
            start, next_start = words.starts[k], words.starts[k + 1]
            if not second.islower() or text[start + len(first) : next_start] != " ":
                continue
            if skeleton(first) in parts and not (named and _among_names(text, words, k, named)):
                continue
            key = sounds.get(heard(first + second))
            if key is None:
                continue
            end = next_start + len(second)
            if named is not None and (start in named or next_start in named):
                # "ер асыл" where "асыл" was found (a name of its own): the other word of the pair
                if start in named and next_start in named:
                    continue
                start, end = (next_start, end) if start in named else (start, start + len(first))
            spans.append(Span(start, end, Kind.NAME, COREFERENCE_UNSURE, key))
    return found


_NAMES_GAP = re.compile(r"[ \t]*,?[ \t]*")


def _among_names(text: str, words: Words, k: int, named: Cover) -> bool:
    """The pair of words at ``k`` and ``k + 1`` has a name of ``named`` right before or right after
    it, with only spaces or a comma between: it is an item of a list of names."""
    starts = words.starts
    if (
        k > 0
        and (starts[k - 1] in named)
        and _NAMES_GAP.fullmatch(text, starts[k - 1] + len(words.words[k - 1]), starts[k])
    ):
        return True
    after = k + 2
    end = starts[k + 1] + len(words.words[k + 1])
    return (
        after < len(words.words)
        and starts[after] in named
        and _NAMES_GAP.fullmatch(text, end, starts[after]) is not None
    )


def _people(
    texts: Sequence[str],
    detected: Sequence[Sequence[Span]],
    roster_keys: frozenset[str],
    common_words: Callable[[frozenset[str]], frozenset[str]],
    tokens: Sequence[Words],
    forms: Sequence[Sequence[Span]] | None = None,
) -> tuple[list[list[Span]], list[list[Span]], frozenset[str], People]:
    """Each note's lower-case full names, its spans with them, the contacts' names and the people.
    ``forms``: ``session_forms(texts, detected)``, if the caller has them."""
    lower = [
        lower_case_full_names(text, spans, common_words, words)
        for text, spans, words in zip(texts, detected, tokens, strict=True)
    ]
    forms = forms if forms is not None else session_forms(texts, detected, tokens)
    for more, spans, found in zip(lower, detected, forms, strict=True):
        # a nickname of two words ("Shoxa kichik") takes a name found inside it; every other form
        # only where nothing was found
        phrases = [s for s in found if s.source == NICKNAME and " " in s.key]
        inside = _only_inside(phrases, [(s.start, s.end) for s in chain(spans, more)])
        more.extend(
            _clear_of(
                [s for s in found if s not in phrases], Cover((s.start, s.end) for s in chain(spans, more))
            )
        )
        more.extend(inside)
    given = [list(spans) + more for spans, more in zip(detected, lower, strict=True)]
    contacts = contact_names(texts, given)
    people = People(
        [
            *(
                (text[s.start : s.end], s.key)
                for text, spans, firsts in zip(texts, given, _sure_name_starts(texts, given), strict=True)
                for s in spans
                if s.kind is Kind.NAME and (not _capital_at_start(text, s) or _explained(text, s, firsts))
            ),
            *((name, name) for name in sorted(contacts)),
        ],
        roster_keys,
    )
    names = {b: b for b in roster_keys} | {b: people.key_for(b, b) for b in people.bases if b in list_names()}
    for more, spans, found in zip(lower, given, misheard_names(texts, tokens, names, given), strict=True):
        more.extend(_clear_of(found, Cover((s.start, s.end) for s in spans)))
    for text, more, spans in zip(texts, lower, given, strict=True):
        more.extend(_dictated(text, [*spans, *more], names))
    return lower, given, contacts, people


def _dictated(text: str, spans: Sequence[Span], names: dict[str, str]) -> list[Span]:
    """A dictated note's names the voice typing misheard (``dictation``): a name's ending heard as
    an English word ("Ali back" for Alibek), the words a speaker corrected into a name ("Jasper sorry
    Jasurbek"). A note's spans are only added to, so where a word of it was found already ("Ali"),
    the rest of it ("back")."""
    heard = [(a, b, names[name]) for a, b, name in heard_endings(text, names)]
    heard += [(a, b, s.key) for a, b, s in corrected_names(text, spans)]
    taken = sorted((s.start, s.end) for s in spans if s.source != MODEL_NAME)  # a guess gives way
    found: list[Span] = []
    for start, end, key in heard:
        for a, b in taken:
            if a < end and start < b:
                found.append(Span(start, a, Kind.NAME, COREFERENCE_UNSURE, key))
                start = max(start, b)
        found.append(Span(start, end, Kind.NAME, COREFERENCE_UNSURE, key))
    found = [_stripped(text, s) for s in found]
    return list(_clear_of((s for s in found if s.start < s.end), Cover(taken)))


def _stripped(text: str, span: Span) -> Span:
    part = text[span.start : span.end]
    start = span.start + len(part) - len(part.lstrip())
    return replace(span, start=start, end=max(start, span.start + len(part.rstrip())))


def prepare(
    texts: Sequence[str],
    detected: Sequence[Sequence[Span]],
    roster_keys: frozenset[str],
    common_words: Callable[[frozenset[str]], frozenset[str]],
    tokens: Sequence[Words] | None = None,
    forms: Sequence[Sequence[Span]] | None = None,
) -> Prepared:
    """The session's coreference up to the candidates' question (``Prepared``); ``common_words``
    answers the lower-case full names' question. ``tokens``: each note's ``Words``, and ``forms``:
    ``session_forms(texts, detected)``, if the caller has them."""
    asked: set[str] = set()
    called: set[str] = set()

    def asking(words: frozenset[str]) -> frozenset[str]:
        asked.update(words)
        answer = common_words(words)
        called.update(answer)
        return answer

    tokens = tokens if tokens is not None else [Words(text) for text in texts]
    counts = tuple(map(len, detected))
    lower, detected, contacts, people = _people(texts, detected, roster_keys, asking, tokens, forms)
    return Prepared(
        tuple(texts),
        tuple(tuple(spans) for spans in detected),
        counts,
        tuple(tuple(more) for more in lower),
        frozenset(asked),
        frozenset(called),
        contacts,
        people,
        tuple(candidates(texts, detected, people, tokens)),
    )


_GUESSES = frozenset({NAME_SHAPE, MODEL_NAME, "capitalised-start"})
"""Sources of a name found by its shape or place alone: another form of it in the note is no name for
that ("акимата" read by its shape, "Акимат даст зал")."""
_NICKNAMED = frozenset({NICKNAME, NICKNAME_BRACKETED, PLACED_NICKNAME, BLOCK_SENDER})
"""Sources of a word the note itself names a nickname (or a chat's sender): each time it stands
capitalised in that note it is the person."""
_ENDS_CLAUSE = re.compile(r"[ \t]*(?:[.;!?\n]|\Z)")
_DASH_GAP = re.compile(r"[ \t]*[—–-][ \t]*")
_WORD_OF = re.compile(r"[^\W\d_][\w'’-]*")


def _finish(prepared: Prepared, common_words: Callable[[frozenset[str]], frozenset[str]]) -> list[list[Span]]:
    texts, detected, people, contacts = prepared.texts, prepared.detected, prepared.people, prepared.contacts
    added: list[list[Span]] = [list(more) for more in prepared.lower]
    found = prepared.found
    if not found:
        return added
    words = common_words(prepared.candidate_words)
    by_note: dict[int, list[Candidate]] = {}
    for c in found:
        by_note.setdefault(c.note, []).append(c)
    for index, chosen in by_note.items():
        text, spans = texts[index], detected[index]
        around = _Around(
            [(s.start, s.end) for s in spans if s.kind is Kind.NAME] + [(c.start, c.end) for c in chosen],
            sorted(s.start for s in spans if s.kind in _CONTACTS),
            sorted(s.start for s in spans if s.kind is Kind.BIRTHDATE),
        )
        capitals = sorted(
            s.start for s in spans if s.kind is Kind.NAME and text[s.start : s.start + 1].isupper()
        )
        given = [s for s in spans[: prepared.given[index]] if s.kind is Kind.NAME]
        given = [s for s in given if s.source not in _GUESSES]
        names_here = {s.key for s in given}
        forms_here = {word for s in given for word in _WORD_OF.findall(text, s.start, s.end)}
        nicknamed_here = {text[s.start : s.end] for s in given if s.source in _NICKNAMED}
        for c in chosen:
            common = c.word.casefold() in words
            if c.truncated:
                # "Ера: «бірінші күні …»" of Ерасыл: a quotation's speaker, though a dictionary knows
                # the word; else four letters at least, only where a person stands ("yerk said")
                quoting = _QUOTED_LABEL.match(text, c.end) is not None and _at_line_start(
                    text, c.start, around.ends
                )
                if not quoting and (len(c.word) < 4 or common or not _name_position(text, c, around)):
                    continue
                if _in_a_public_phrase(text, c.start, c.end):
                    continue  # "Muhammad Ali kabi bokschi" beside "Muhammadali": the boxer
                key = people.key_for(c.truncated, c.truncated)
                added[index].append(Span(c.start, c.end, Kind.NAME, COREFERENCE_UNSURE, key))
                continue
            capital_inside = c.word[:1].isupper() and not starts_sentence(text, c.start)
            # "Слава сегодня вёл круг … slava.pop98@gmail.com": a capitalised word the session's own
            # e-mail or handle spells is that person's name, though it opens a sentence
            in_contact = (
                c.word[:1].isupper()
                and match(c.word, contacts) is not None
                and not _in_public_phrase(text, c.start, c.end)  # "Жеңіс күні" beside @zhenis_admin
                and not a_listed_place(c.word)  # "from Hisor" beside @rus_hisor_04: his town
            )
            found_base = match(c.word, people.bases)
            if (
                found_base is not None
                and len(found_base) == 3
                and skeleton(c.word)[3:] in _TURKIC_SHORT_ENDINGS
            ):
                common = True  # "нұрға" beside "Нұр": only where a person stands, as a word would be
            figure = a_public_figure(text, c.start, c.end)
            if figure and (found_base is None or people.of_a_full_name(found_base)):
                # "Абай говорил …" beside "Абай Жумабаев из нашей группы": the poet stays; "Димаш қарсы
                # болды" after "Димаш келді" (the figure's name alone, a participant's): the participant
                continue
            if common and not c.word[:1].isupper() and found_base and _possessed(c.word, found_base):
                continue  # "әр жігіттің арманы бар" beside "Арман айтты": his dream, the word
            if mine_after_my(text, c.start, c.word):
                continue  # "менің ерікім жоқ" beside "Ерік айтты": my will, no dictionary's word though
            if spoken_of(text, c.start, c.end):
                continue  # "«Бақыт — отбасы»" beside "Бақыт айтты": the word itself, spoken of
            if common and not c.word[:1].isupper() and _after_an_adjective(text, c.start):
                continue  # "«настоящий азамат не тот, кто бьёт»" beside "Азамат сказал": the word
            lower = c.word[:1].islower()
            if lower and an_amount_before(text, c.start, c.end):
                continue  # "300 сомонӣ в месяц" beside "Сомон:": what the amount counts, no person
            if common and lower and found_base and _capital_in_sentence(text, c, capitals, found_base):
                # "Сабыр деген жігітке сабыр жетпейді": the writer capitalises the name in this very
                # sentence, so the same word in lower case is the word (patience)
                continue
            # "Ислам дал согласие" beside "травит Ислама" in the same note: a capitalised word opening
            # a sentence is the name the note took in another form, though a dictionary knows the word
            # (the same form left where it was taken is the word there: "Надежда есть" beside
            # "Надежда Петровна")
            named_here = (
                c.word[:1].isupper()
                and found_base is not None
                and people.key_for(c.word, found_base) in names_here
                and c.word not in forms_here
                and not a_listed_place(c.word)  # "Almaty, сессия 7" beside "Алмат": the city
            ) or c.word in nicknamed_here  # "Танк … сурады" beside "Бакыт (Танк)": the nickname again
            if (
                common
                and not capital_inside
                and not in_contact
                # a line's label before a dash only for a form of a name of the session, not a pet
                # form shaped like one ("Береке – біздің үйдің байлығы" beside Берік)
                and not _name_position(text, c, around, found_base, dashed=found_base is not None)
                and not _oblique_before_relative(text, c, found_base)  # "кенжебая двоюродную сестру"
                and not named_here
            ):
                continue  # an ordinary word where no name stands: "менің арманым", "will do"
            if _in_a_public_phrase(text, c.start, c.end):
                continue  # "Абылай хан заманында" beside "Абылай Тұрғанбаев" of the roster: the khan
            if c.word[:1].isupper() and before_a_place_word(text, c.end):
                continue  # "Oydin mahallasida" beside "Oydin opa": a neighbourhood named so
            if c.word[:1].isupper() and a_namesake(text, c.start, c.end):
                continue  # "Berdaq nomidagi maktab" beside "Berdaq aka": the school's namesake
            if _in_a_hyphened_place(text, c):
                continue  # "in cholpon ata" beside "Cholpon Abdraeva": the town Чолпон-Ата
            if lower and _in_a_lower_compound(text, c.start, c.end):
                continue  # "ырыс-кут болсун" beside "Ырыс эже": a paired word (happiness and luck)
            if _a_quoted_title(text, c):
                continue  # "фрагмент фильма «Кайрат»" beside "Кайрат Жумабекович": the film
            if c.word[:1].isupper() and _a_town_after_its_word(text, c):
                continue  # "в г. Аягоз" beside @meruert_ayagoz_07: the town
            if (
                c.word[:1].isupper()
                and street_on(text, c.start, c.end)
                and base_of(c.word, first_names()) is None
            ):
                continue  # "в гимназии на Сатпаева" beside "Сатпаеву (11 «В»)": the street the school is on
            base = found_base or skeleton(c.word)
            key = people.key_for(c.word, base)
            source = COREFERENCE_UNSURE if common else COREFERENCE
            added[index].append(Span(c.start, c.end, Kind.NAME, source, key))
    return added


_LOWER_AFTER_HYPHEN = re.compile(r"-([^\W\d_A-ZА-ЯЁ][^\W\d_]*)")
_LOWER_BEFORE_HYPHEN = re.compile(r"([^\W\d_]*[^\W\d_A-ZА-ЯЁ])-\Z")


def _in_a_lower_compound(text: str, start: int, end: int) -> bool:
    """The word is one half of a lower-case word joined by a hyphen ("ырыс-кут", "кут-береке",
    "ата-эне"): a paired word of the Turkic languages, no name, though a part may be one; not with an
    honorific or a word for a person as the other half ("бакыт-ага", "aibek-bro": the person)."""
    after = _LOWER_AFTER_HYPHEN.match(text, end)
    before = _LOWER_BEFORE_HYPHEN.search(text, max(0, start - 20), start)
    other = after.group(1) if after else before.group(1) if before else None
    if other is None:
        return False
    shape = skeleton(other)
    return shape not in union("honorifics") and shape not in _person_words_of_profiles()


@cache
def _person_words_of_profiles() -> frozenset[str]:
    nouns = union("person_nouns", "person_before", "my_kin") | set(cue_phrases("kin"))
    return frozenset(skeleton(w) for w in nouns)


_PHRASE_REACH = 60
"""Characters a public phrase can reach on either side of one of its words."""
_PREFIX = 4


@cache
def _phrase_word_prefixes() -> frozenset[str]:
    """The first letters of the skeleton of every word of the public phrases (a word of one, in any
    case form, starts so)."""
    return frozenset(
        skeleton(word)[:_PREFIX]
        for phrase in lexicon.public_phrases()
        for word in re.findall(r"[^\W\d_]+", phrase)
    )


def _in_a_public_phrase(text: str, start: int, end: int) -> bool:
    """The word is inside one of the public phrases ("Абылай хан", "Исмоили Сомонӣ", "Ishonch
    telefoni") as the detector reads them (anonymizer.PublicPhrases, in any case form), read in the
    few words around it only: the name rules take no name inside one, nor does this."""
    from facilitator.anonymizer.anonymizer import PublicPhrases

    if skeleton(text[start:end])[:_PREFIX] not in _phrase_word_prefixes():
        return False  # most names are in no public phrase: a set look-up
    begin = max(0, start - _PHRASE_REACH)
    while begin > 0 and text[begin - 1].isalnum():
        begin -= 1  # whole words only
    stop = min(len(text), end + _PHRASE_REACH)
    while stop < len(text) and text[stop].isalnum():
        stop += 1
    window = text[begin:stop]
    return any(s <= start - begin < e for s, e in PublicPhrases().find(window))


def contact_names(texts: Sequence[str], detected: Sequence[Sequence[Span]]) -> frozenset[str]:
    """The listed first names that the session's e-mails and handles spell ("slava" of
    slava.pop98@gmail.com, "dauren" of instagram.com/dauren_srk), as skeletons: a person wrote them."""
    listed = first_names()
    found = set()
    for text, spans in zip(texts, detected, strict=True):
        for s in spans:
            if s.kind not in (Kind.EMAIL, Kind.HANDLE):
                continue
            for chunk in account_words(text[s.start : s.end]):
                shape = skeleton(chunk)
                if shape in listed and len(shape) >= 3:
                    found.add(shape)
    return frozenset(found)


def _in_public_phrase(text: str, start: int, end: int) -> bool:
    """The word is inside a public phrase of the data ("Жеңіс күні", Victory Day)."""
    from facilitator.anonymizer.normalize import fold

    lowered = fold(text[max(0, start - 60) : end + 60])
    at = start - max(0, start - 60)
    for phrase in lexicon.public_phrases():
        found = lowered.find(phrase)
        while found >= 0:
            if found <= at and at + (end - start) <= found + len(phrase):
                return True
            found = lowered.find(phrase, found + 1)
    return False


def _capital_at_start(text: str, span: Span) -> bool:
    """An unsure name that may be only a capitalised word opening a sentence ("Mark the time"): not
    a person to look for elsewhere. A lower-case one ("arman kenzhebayev came", found by its shape)
    was not found for its capital, so it is."""
    return (
        span.source in UNSURE_SOURCES
        and text[span.start : span.start + 1].isupper()
        and starts_sentence(text, span.start)
        # a speaker's label that no dictionary reads ("Ербоша: «…»") is a person to look for
        and not (span.source == NAME_SHAPE and text[span.end : span.end + 1] == ":")
    )


def _sure_name_starts(texts: Sequence[str], given: Sequence[Sequence[Span]]) -> Iterator[frozenset[int]]:
    """Each note's starts of its name spans that are people to look for by themselves."""
    for text, spans in zip(texts, given, strict=True):
        yield frozenset(s.start for s in spans if s.kind is Kind.NAME and not _capital_at_start(text, s))


def _explained(text: str, span: Span, starts: frozenset[int]) -> bool:
    """A name followed by another in brackets (``starts``: where the note's sure names start): "Хан
    (Ерлан) опоздал", "Doc (Sanjar): …", a nickname the note explains, a person to look for though it
    opens a sentence."""
    bracket = _BRACKET.match(text, span.end)
    return bracket is not None and bracket.end() in starts


class _Around:
    """What lies around a note's words: where its names end and start, where its contacts and its
    dates of birth start."""

    def __init__(
        self, names: Iterable[tuple[int, int]], contacts: list[int], births: Sequence[int] = ()
    ) -> None:
        pairs = list(names)
        self.ends = frozenset(e for _s, e in pairs)
        self.starts = frozenset(s for s, _e in pairs)
        self.contacts = contacts
        self.births = list(births)


@cache
def _birth_cues() -> frozenset[str]:
    """The profiles' words before a date of birth ("туған күні", "týǵan kúni", "д.р.", "born")."""
    return frozenset(birth_phrases("before"))


_AGE_NEXT = re.compile(r"[ \t]*,?[ \t]*" + YOUNG_AGE + r"|[ \t]*(?:[.;)!]|,[ \t]|$))", re.IGNORECASE)
"""An age of a young person right after a word: 10 to 25, a word for years or a stop after it."""


def _name_position(
    text: str, c: Candidate, around: _Around, base: str | None = None, dashed: bool = False
) -> bool:
    """Where a name stands: a speaker tag ("bakyt:") or, with ``dashed``, a capitalised line's label
    before a dash ("Bakyt — call him"), before a phone, an e-mail, a handle or a placeholder (one
    short word may lie between: "emil phone 0555…", "emil - e-mail …"), after a kin word or an
    honorific, right beside another name, or after a quotation's dash ("» — волков")."""
    ends, starts = around.ends, around.starts
    dashed = dashed and c.word[:1].isupper() and _LINE_DASH.match(text, c.end) is not None
    if (_SPEAKER.match(text, c.end) or dashed) and _at_line_start(text, c.start, ends):
        # "bakyt: …"; "Bakyt — call on Friday", a line of what to do with whom ("болат - темір емес":
        # steel is not iron, a lower-case word defined)
        return True
    if _PLACEHOLDER.match(text, c.end):
        return True
    at = bisect.bisect_left(around.contacts, c.end)
    if at < len(around.contacts):
        gap = text[c.end : around.contacts[at]]
        if len(gap) <= 16 and _GAP_WORD.match(gap):
            return True
    at = bisect.bisect_left(around.births, c.end)
    if at < len(around.births) and around.births[at] - c.end <= 40:
        # "Timur týǵan kúni 12.03.2008", "Тимур д.р. 2008": whose date of birth it is
        cue = text[c.end : around.births[at]].strip(" \t:,-–—").casefold()
        if not cue or cue in _birth_cues():
            return True
    before = list(WORD.finditer(text[max(0, c.start - 40) : c.start]))
    if before:
        previous = before[-1].group()
        if text[max(0, c.start - 40) + before[-1].end() : c.start].strip() == "" and _kin(previous):
            return True
    following = _word_after(text, c.end)
    if following is not None and skeleton(following.group()) in union("honorifics"):
        return True
    for step in (1, 2):  # right beside another name: "саша ли"
        if (c.start - step in ends and not text[c.start - step : c.start].strip()) or (
            c.end + step in starts and not text[c.end : c.end + step].strip()
        ):
            return True
    bracket = _BRACKET.match(text, c.end)  # "жека (евгений)": a name explained by a name in brackets
    if bracket is not None and bracket.end() in starts:
        return True
    if _BRACKET_BEFORE.search(text[max(0, c.start - 6) : c.start]) and any(
        c.start - step in ends for step in range(2, 6)
    ):
        return True  # "Евгений (жека)"
    if c.start in ends or c.end in starts:
        return True
    if _AGE_NEXT.match(text, c.end):
        return True  # "Жеке 17.", "арман, 16 жаста": whose age it is
    if _ATTRIBUTION.search(text[max(0, c.start - 12) : c.start]):
        return True
    subject = not _turkic_oblique(c.word, base)  # "ол боксқа барады": where he goes, not who goes
    if (subject and _acts(following)) or _absent_or_joined(text, c, following, around):
        return True
    if _said_to_be_a_person(text, c) or subject_of_a_persons_verb(text, c.start, c.end):
        return True  # "алмаз как камень - крепкий мужик", "алмас телефонға қарап отырды"
    if (
        subject
        and following is not None
        and following.group().casefold() in union("subject_fillers")
        and _acts(_word_after(text, following.end()))
    ):
        return True  # "саня потом рассказал": a filler between the person and what he did
    return _told(text, c, base)


_DASH_PREDICATE = re.compile(
    r"(?:[ \t]+(?:как|словно|точно|like)[ \t]+[^\W\d_]+)?[ \t]*[—–-][ \t]+(?:это[ \t]+)?"
    r"(?:[^\W\d_]+[ \t]+)?(?P<noun>[^\W\d_]+)"
)


def _said_to_be_a_person(text: str, c: Candidate) -> bool:
    """Opening its sentence, said after a dash to be a person, maybe compared to something first
    ("алмаз как камень - крепкий мужик", "роман — хороший парень"; not "алмаз — твёрдый камень")."""
    if not starts_sentence(text, c.start):
        return False
    said = _DASH_PREDICATE.match(text, c.end)
    return said is not None and base_of(said.group("noun"), _person_nouns_of_profiles(), 3) is not None


@cache
def _person_nouns_of_profiles() -> frozenset[str]:
    """The profiles' words for a person, as skeletons ("парень", "мужик", "жігіт", "guy")."""
    return frozenset(skeleton(w) for w in union("person_nouns") if len(skeleton(w)) >= 3)


def _after_an_adjective(text: str, start: int) -> bool:
    """A lower-case Russian adjective (by its ending, no dictionary here) stands right before
    ``start``, not a listed name ("настоящий азамат", "каждый арман"; not "дмитрий арман")."""
    before = RUSSIAN_ADJECTIVE_BEFORE.search(text, max(0, start - 30), start)
    return before is not None and base_of(before.group(1), list_names()) is None


def _in_a_hyphened_place(text: str, c: Candidate) -> bool:
    """The word and the next (or the one before) are a hyphened place of the lists typed with a
    space ("cholpon ata", "Kara Balta")."""
    following = _word_after(text, c.end)
    before = _CONJOINED.search(text, max(0, c.start - 30), c.start)
    pairs = [f"{c.word}-{following.group()}"] if following is not None else []
    if before is not None:
        pairs.append(f"{before.group(1)}-{c.word}")
    return any(
        base_of(pair, places()) is not None or skeleton(pair) in lexicon.region_places() for pair in pairs
    )


_TITLE_WORDS_BEFORE = re.compile(r"(\w+)(?:[ \t]+(\w+))?[ \t]*[«\"“„]\Z")


def _a_quoted_title(text: str, c: Candidate) -> bool:
    """The word opens a quotation right after a titled thing's word, maybe with its author between
    (the profiles' ``titled_things``: "фильма «Кайрат»", "стихом Рудаки «…»"): the work's title."""
    before = _TITLE_WORDS_BEFORE.search(text, max(0, c.start - 60), c.start)
    if before is None:
        return False
    things = union("titled_things")
    return any(
        word is not None
        and word.casefold() in things
        and not (word[:1].isupper() and base_of(word, list_names()) is not None)  # "Роман «Кайрат …»"
        for word in before.groups()
    )


_WORD_BEFORE = re.compile(r"(\w+)\.?[ \t]+\Z")


def _a_town_after_its_word(text: str, c: Candidate) -> bool:
    """The word is a place of the lists right after a town's word in lower case ("г. Аягоз", "пгт",
    the profiles' ``towns_before``): the town, though a person's name or contact spells it too."""
    before = _WORD_BEFORE.search(text, max(0, c.start - 12), c.start)
    if before is None or not before.group(1).islower() or before.group(1) not in town_words():
        return False
    return base_of(c.word, places()) is not None or base_of(c.word, lexicon.region_places()) is not None


_SENTENCE_MARKS = ".!?\n"
_SENTENCE_REACH = 300
"""Characters a sentence is read back and on from a word (a note without full stops is no sentence)."""


def _capital_in_sentence(text: str, c: Candidate, capitals: Sequence[int], base: str) -> bool:
    """A capitalised name span of the note (``capitals``: their starts, sorted) in the sentence of
    ``c`` is a form of ``base``."""
    reach = max(0, c.start - _SENTENCE_REACH)
    start = max(text.rfind(mark, reach, c.start) for mark in _SENTENCE_MARKS) + 1 or reach
    ends = [f for mark in _SENTENCE_MARKS if (f := text.find(mark, c.end, c.end + _SENTENCE_REACH)) >= 0]
    end = min(ends, default=c.end + _SENTENCE_REACH)
    for at in capitals[bisect.bisect_left(capitals, start) : bisect.bisect_left(capitals, end)]:
        first = WORD.match(text, at)
        if first is not None and match(first.group(), frozenset({base})) is not None:
            return True
    return False


_OBLIQUE = frozenset({"ga", "ge", "ka", "ke", "na", "ne", "da", "de", "ta", "te", "nda", "nde"})
_OBLIQUE |= frozenset({"dan", "den", "tan", "ten", "nan", "nen"})
"""Skeletons of the Turkic dative, locative and ablative endings (-ға, -қа, -да, -дан …)."""


def _turkic_oblique(word: str, base: str | None) -> bool:
    """``word`` is ``base`` with a Turkic dative, locative or ablative ending ("боксқа", "Маратта"):
    no subject of the verb after it (a person told something is ``_told``'s)."""
    if not base:
        return False
    shape = skeleton(word)
    return shape.startswith(base) and shape[len(base) :] in _OBLIQUE


def _word_after(text: str, end: int) -> re.Match[str] | None:
    """The word right after ``end``, one space between, if any."""
    return WORD.match(text, end + 1) if text[end : end + 1] == " " else None


def _kin(word: str) -> bool:
    """A kin word or an honorific of any profile (three letters or more as a skeleton)."""
    shape = skeleton(word)
    return len(shape) >= 3 and shape in _kin_words()


def _absent_or_joined(text: str, c: Candidate, following: re.Match[str] | None, around: _Around) -> bool:
    """Said absent ("bugin bakyt zhok"), joined by "and" to a name ("вера и Дима", "Дима и вера"),
    or followed by a kin word a word later ("романа старший брат"): a person."""
    if following is not None:
        lower = following.group().casefold()
        if lower in union("absent_after"):
            return True
        if lower in union("conjunctions") and following.end() + 1 in around.starts:
            return True
        later = _word_after(text, following.end())
        if later is not None and _kin(later.group()):
            return True
    before = _CONJOINED.search(text, max(0, c.start - 12), c.start)
    return (
        before is not None
        and before.start() in around.ends
        and before.group(1).casefold() in union("conjunctions")
    )


def _oblique_before_relative(text: str, c: Candidate, base: str | None) -> bool:
    """A case form of a session's name (not the name as it is: "слава отца" is glory) right before
    a relative in any case, maybe after "двоюродный" or "старший" ("кенжебая двоюродную сестру",
    "нура отец"): that person's relative."""
    from facilitator.anonymizer.name_rules.person_words import _a_relative

    if base is None or (skeleton(c.word) == base and base in list_names()):
        return False  # a listed name as it is: "слава отца" is glory
    word = _word_after(text, c.end)
    if word is not None and word.group().casefold().startswith(_kin_modifier_stems()):
        word = _word_after(text, word.end())
    return word is not None and _a_relative(word.group())


@cache
def _kin_modifier_stems() -> tuple[str, ...]:
    """The beginnings of the words between a name and its relative ("двоюродн", "старш", "родн")."""
    return tuple(sorted({w[:-2] for w in union("kin_modifiers") if len(w) > 5}))


_CONJOINED = re.compile(r" ([^\W\d_]+|&) \Z")
_BRACKET = re.compile(r"\s*\(\s*")
_BRACKET_BEFORE = re.compile(r"\(\s*$")
_DATIVE = frozenset({"ga", "ge", "ka", "ke", "a", "e"})
_CLAUSE_END = re.compile(r"[.,;!?\n]")


def _told(text: str, c: Candidate, base: str | None = None) -> bool:
    """A Turkic dative of a name told, written or given something later in its clause ("ақжолға 150
    және дағдарыс орталығын бердім", "aıdosqa nómirdi jiberdim"), or its accusative before a verb
    done to a person ("эркинди ата-энеси менен чакыруу", "шодмонро табрик кардам"): a person."""
    shape = skeleton(c.word)
    if base is not None and accusative_of(c.word, base):
        verbs = cue_phrases("object_verbs")
    elif any(shape.endswith(ending) and len(shape) - len(ending) >= 3 for ending in _DATIVE):
        verbs = cue_phrases("addressee_verbs")
    else:
        return False
    end = _CLAUSE_END.search(text, c.end, c.end + 120)
    clause = text[c.end : end.start() if end else c.end + 120]
    return any(w.casefold().startswith(verbs) for w in WORD.findall(clause)[:8])


_COPULAS = frozenset(
    {"болды", "болған", "болатын", "был", "была", "было", "были", "boldy", "bolǵan", "bo'ldi", "edi", "еді"}
)
_PAST = re.compile(r"(?:л|ла|ли|лся|лась|лись|ed|ды|ді|ты|ті|di|ti|dy|ty)$")


def _acts(following: re.Match[str] | None) -> bool:
    """The next word says a person did something ("максим предложил", "miras came")."""
    if following is None:
        return False
    lower = following.group().casefold()
    if lower in union("word_after") or lower in _COPULAS:
        return False  # "бақыт деген не": the word itself is spoken of; "үлкен жеңіс болды": a thing
    return lower in union("person_after") or (len(lower) >= 4 and bool(_PAST.search(lower)))


def _at_line_start(text: str, start: int, name_ends: frozenset[int]) -> bool:
    """The word opens its line or note (after a time stamp, a bracketed tag), or follows a name."""
    newline = text.rfind("\n", max(0, start - 200), start)
    # a long line ("x"): no time stamp alone before the word
    line = text[start - 200 : start] + "x" if newline < 0 and start > 200 else text[newline + 1 : start]
    if not line.strip() or LINE_OPENING.fullmatch(line):
        return True
    end = start
    while end > 0 and text[end - 1].isspace() and start - end < 3:
        end -= 1
    return end in name_ends


def dictionary_words(words: Iterable[str]) -> frozenset[str]:
    """Those of ``words`` (lower case) that a dictionary or a word list reads as an ordinary word
    (English, Russian, Kazakh; a name that is also a word). Loads the dictionaries: call it in a
    worker process, or where an anonymizer is loaded anyway."""
    return frozenset(w for w in words if ordinary_word(w))


@lru_cache(maxsize=200_000)
def ordinary_word(word: str) -> bool:
    """``dictionary_words`` of one word (lower case)."""
    from facilitator.anonymizer import lexicon
    from facilitator.anonymizer.kazakh_spellings import to_cyrillic
    from facilitator.anonymizer.name_rules.dictionary_readings import _a_word, _kazakh_word
    from facilitator.anonymizer.name_rules.word_bases import _is_latin

    if _a_word(word) or _kazakh_word(word):
        return True
    if not word.isascii():  # "волков" (wolves), "ли": a word, though also a surname
        name = lexicon.russian_word_name_share(word)
        if name is not None and name < RUSSIAN_NAME:
            return True
    # "dombyra", "kirpish": a Kazakh word typed in Latin letters, read back in Cyrillic
    return _is_latin(word) and _kazakh_word(to_cyrillic(word))


RUSSIAN_NAME = 0.75
"""A word the Russian dictionary knows and reads as a name with less than this share of its readings
is an ordinary word too ("волков" 0.64, "ли" 0.69, "надежда" 0.46; "арсен", "далер" 1.0)."""


def narrowed(
    text: str, quasi: Span, spans: Sequence[Span], starts: Sequence[int] | None = None
) -> Span:  # spans sorted by start; ``starts``: their starts, if the caller has them (a long note
    # has tens of thousands of descriptions: listing every span's start for each was quadratic)
    """The smallest stretch of a description that singles someone out that still removes what
    identifies: "seka's gf Madina works at the only pharmacy in Shetpe" loses "the only pharmacy in
    Shetpe" (and "Madina", as a name, gets her pseudonym), not the whole sentence. The description
    starts at its "the only" cue when what lies before the cue holds a name (removed on its own) and
    nothing else that points to someone: no digit, no capitalised word, no small place, no role."""
    from facilitator.anonymizer.normalize import fold
    from facilitator.anonymizer.profiles import cue_phrases

    lowered = fold(text[quasi.start : quasi.end])
    cues = [
        at
        for phrase in cue_phrases("singling")
        if (at := lowered.find(phrase)) > 0 and not lowered[at - 1].isalnum()
    ]
    if not cues:
        return quasi
    cut = quasi.start + min(cues)
    if starts is None:
        starts = [s.start for s in spans]  # ``spans``: sorted by start
    names = [
        s
        for s in spans[bisect.bisect_left(starts, quasi.start) : bisect.bisect_left(starts, cut)]
        if s.kind is Kind.NAME and s.end <= cut
    ]
    if not names:
        return quasi
    rest = list(text[quasi.start : cut])
    for s in names:
        rest[s.start - quasi.start : s.end - quasi.start] = " " * (s.end - s.start)
    before = "".join(rest)
    folded = fold(before)
    if (
        any(ch.isdigit() for ch in before)
        or any(w[:1].isupper() for w in WORD.findall(before))
        or any(p in folded for p in (*cue_phrases("small_places"), *cue_phrases("roles")))
    ):
        return quasi
    return Span(cut, quasi.end, quasi.kind, quasi.source, quasi.key)

"""The session's coreference is worked out once in an export: what ``detect_in_worker`` works out to
find which words to ask the dictionary about is kept (``Detected.coreference``) and finished by the
Redaction with the answer, instead of being worked out again. These compare the kept path with
the Redaction working it out itself, which must give the same removals, replacements and texts."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from functools import cache
from itertools import pairwise

import pytest

from facilitator.anonymizer.anonymizer import Anonymizer
from facilitator.anonymizer.coreference import Prepared, Words, dictionary_words, prepare
from facilitator.anonymizer.spans import Kind, Span
from facilitator.export import detection
from facilitator.export.detection import Detected
from facilitator.export.redaction import Redaction
from facilitator.sessions.store import Note
from tests.export.test_coreference import SESSIONS


@cache
def _anonymizer(language: str) -> Anonymizer:
    return Anonymizer(language=language)


def _detected(
    texts: Sequence[str], language: str, notes: Sequence[str] | None, asked: set[str] | None = None
) -> Detected:
    """What ``detect_in_worker`` returns, read in this process (the same steps, no pool); the words
    the dictionary is asked about go to ``asked``."""
    anonymizer = _anonymizer(language)
    unique = list(dict.fromkeys(texts))
    spans = {text: anonymizer.detect(text) for text in unique}

    def ask(words: frozenset[str]) -> frozenset[str]:
        (asked if asked is not None else set()).update(words)
        return dictionary_words(words)

    common, prepared = detection._common_words(unique, spans, anonymizer.roster_keys, ask, notes)
    return Detected(language, anonymizer.roster_keys, spans, common, prepared)


def _dump(red: Redaction) -> list[object]:
    return [
        (red.text(note), [(r.span, r.removed, r.replacement, r.unsure) for r in red.removals(note)])
        for note in red.notes
    ] + [red.town, red.unsure_count(), red.open_quasi()]


def _notes(texts: Sequence[str]) -> list[Note]:
    return [Note(i + 1, "s", 0, float(i), float(i), (), text) for i, text in enumerate(texts)]


TOWNS = [None, "Шетпе", "мост волкову", "will mark", "Асель Нурланова +7 701 123 45 67", "арман кенжебаев"]


@pytest.mark.parametrize("town", TOWNS)
@pytest.mark.parametrize(("language", "texts"), [(s[0], s[1]) for s in SESSIONS])
def test_the_kept_coreference_gives_what_the_redaction_works_out(
    language: str, texts: list[str], town: str | None
) -> None:
    notes = _notes(texts)
    asked: set[str] = set()
    found = _detected([*texts, *([town] if town else [])], language, texts, asked)
    again = dataclasses.replace(found, coreference=None)
    assert _dump(Redaction(notes, found, town=town)) == _dump(Redaction(notes, again, town=town))
    # the question asked is the one asked when nothing is kept: the session and its town
    asked_alone: set[str] = set()
    _detected([*texts, *([town] if town else [])], language, None, asked_alone)
    assert asked == asked_alone
    # a town naming nobody: the work is kept ("мост волкову" names Volkov: the Russian dictionary
    # reads "волкову" only as a surname, a person in the session's question)
    if town in (None, "Шетпе"):
        assert isinstance(found.coreference, Prepared)
        kept = Redaction(notes, found, town=town)
        assert getattr(kept._anonymizer, "coreference", None) is None  # used, then let go


def test_a_town_naming_someone_keeps_nothing() -> None:
    """The town's names are the session's people in the question: the notes' work differs."""
    language, texts = SESSIONS[1][0], SESSIONS[1][1]
    assert _detected([*texts, "Асель Нурланова"], language, texts).coreference is None


def test_repeated_notes_keep_nothing_and_give_the_same() -> None:
    language, texts = SESSIONS[0][0], [*SESSIONS[0][1], SESSIONS[0][1][0]]
    found = _detected(texts, language, texts)
    assert found.coreference is None
    notes = _notes(texts)
    assert _dump(Redaction(notes, found)) == _dump(Redaction(notes, _anonymizer(language)))


class _Finder:
    """Spans given by hand, and a dictionary answer given by hand."""

    language = "ru"
    roster_keys: frozenset[str] = frozenset()

    def __init__(self, spans: dict[str, list[Span]], common: frozenset[str], kept: Prepared | None) -> None:
        self._spans, self._common, self.coreference = spans, common, kept

    def detect(self, text: str) -> list[Span]:
        return self._spans[text]

    def common_words(self, words: frozenset[str]) -> frozenset[str]:
        return words & self._common


def test_an_ordinary_word_in_a_lower_case_full_name_works_it_out_again() -> None:
    """The kept work was prepared calling no word ordinary; when the answer calls the second word
    of a lower-case full name ordinary ("руслан здоров"), that name is not one, and the Redaction
    works the coreference out again."""
    texts = ["вчера руслан здоров был", "руслан пришёл, здоров"]
    spans: dict[str, list[Span]] = {text: [] for text in texts}

    def nothing(_words: frozenset[str]) -> frozenset[str]:
        return frozenset()

    kept = prepare(texts, [spans[t] for t in texts], frozenset(), nothing)
    assert kept.lower_words == {"здоров"} and kept.lower[0]
    notes = _notes(texts)
    for common in (frozenset(), frozenset({"здоров"})):
        assert kept.still_holds(texts, [spans[t] for t in texts], frozenset(), lambda w, c=common: w & c) == (
            not common
        )
        with_kept = Redaction(notes, _Finder(spans, common, kept))
        alone = Redaction(notes, _Finder(spans, common, None))
        assert _dump(with_kept) == _dump(alone)
    assert "здоров" in Redaction(notes, _Finder(spans, frozenset({"здоров"}), kept)).text(notes[0])


def test_other_notes_work_it_out_again() -> None:
    texts = ["вчера руслан здоров был"]
    kept = prepare(texts, [[]], frozenset(), lambda _w: frozenset())
    assert not kept.still_holds(["руслан пришёл"], [[]], frozenset(), lambda _w: frozenset())
    assert not kept.still_holds(
        texts, [[Span(0, 5, Kind.NAME, "names-list")]], frozenset(), lambda _w: frozenset()
    )
    assert not kept.still_holds(texts, [[]], frozenset({"ruslan"}), lambda _w: frozenset())
    assert kept.still_holds(texts, [[]], frozenset(), lambda _w: frozenset())


@pytest.mark.parametrize("stretch", [1, 7, 1 << 20])
def test_the_words_of_a_note_are_what_the_word_pattern_finds(
    monkeypatch: pytest.MonkeyPatch, stretch: int
) -> None:
    """``Words`` (the words and their starts found a stretch at a time, without a Python step a
    word) gives every match of ``WORD`` in order, at its place, however the text is cut."""
    import random

    from facilitator.anonymizer.coreference import WORD, Words

    monkeypatch.setattr(Words, "STRETCH", stretch)
    rng = random.Random(11)
    alphabet = ["a", "Ә", "ж", "1", " ", " ", "\n", "'", "’", "-", ".", "_", "ё", "\u0301"]
    texts = [
        "",
        " ",
        "word",
        " a b ",
        *("".join(rng.choice(alphabet) for _ in range(rng.randrange(60))) for _ in range(400)),
    ]
    for text in texts:
        words = Words(text)
        expected = [(m.group(), m.start()) for m in WORD.finditer(text)]
        assert list(zip(words.words, words.starts, strict=True)) == expected, text
        assert words.distinct == {w for w, _s in expected}
        wanted = {w for w, _s in expected[::3]}
        assert [words.words[i] for i in words.at(wanted)] == [w for w, _s in expected if w in wanted]


def test_a_form_of_a_name_begins_as_its_base() -> None:
    """The candidates skip a word whose skeleton's first three letters begin no base of the
    session: exact only while every base ``match`` finds begins as the word's skeleton, three
    letters at least (or is the skeleton). Checked on the development notes' words against the
    bases of a session naming many people, in many case forms."""
    from facilitator.anonymizer.coreference import WORD, People, match
    from facilitator.anonymizer.name_rules.name_lists import list_names
    from facilitator.anonymizer.skeleton import skeleton
    from tests.anonymizer.evaluate import SETS, load

    notes = [str(note["text"]) for note in load(SETS["dev"])]
    names = sorted(list_names())[::7]
    people = People([(f"{a.title()} {b.title()}ов", "") for a, b in pairwise(names)])
    bases = people.bases
    words = {w for text in notes for w in WORD.findall(text)}
    found = 0
    for word in sorted(words)[::4]:
        base = match(word, bases)
        if base is not None:
            found += 1
            assert base[:3] == skeleton(word)[:3] or base == skeleton(word), (word, base)
    assert found > 100
    for cut in people.truncations:
        assert len(cut) >= 3


def test_the_question_is_the_words_of_the_prepared_candidates() -> None:
    """``question`` (the candidates' words, one uncovered place each) asks about what ``prepare``
    with no word called ordinary would: its lower-case full names' words and its candidates'."""
    from facilitator.anonymizer.coreference import question
    from tests.anonymizer.evaluate import SETS, load

    notes = [str(note["text"]) for note in load(SETS["dev"])][:300]
    sessions = [(language, texts) for language, texts, *_rest in SESSIONS]
    sessions += [("ru", notes[at : at + 25]) for at in range(0, len(notes), 25)]
    sessions += [("ru", ["\n".join(notes)])]  # one long note naming many people many times
    for language, texts in sessions:
        anonymizer = _anonymizer(language)
        detected = [anonymizer.detect(text) for text in texts]
        kept = prepare(texts, detected, frozenset(), lambda _w: frozenset())
        asked, people = question(texts, detected, frozenset())
        assert asked == kept.lower_words | kept.candidate_words
        assert people.bases == kept.people.bases


@pytest.mark.parametrize("town", [None, "Шетпе", "Асель Нурланова +7 701 123 45 67"])
@pytest.mark.parametrize(("language", "texts"), [(s[0], s[1]) for s in SESSIONS])
def test_the_words_found_while_the_workers_read_give_what_the_notes_give(
    language: str, texts: list[str], town: str | None
) -> None:
    """``detect_in_worker`` finds each note's words while the workers read (``_words_of``) and hands
    them to ``_common_words``: the same question, the same answer, the same Redaction as when
    ``_common_words`` finds them itself (a note's words handed for another note would differ)."""
    anonymizer = _anonymizer(language)
    unique = list(dict.fromkeys([*texts, *([town] if town else [])]))
    spans = {text: anonymizer.detect(text) for text in unique}
    tokens: list[Words] = []
    detection._words_of(unique, tokens)
    assert [t.words for t in tokens] == [Words(text).words for text in unique]
    results = []
    for given in (None, tokens):
        asked: set[str] = set()

        def ask(words: frozenset[str], asked: set[str] = asked) -> frozenset[str]:
            asked.update(words)
            return dictionary_words(words)

        common, prepared = detection._common_words(unique, spans, anonymizer.roster_keys, ask, texts, given)
        found = Detected(language, anonymizer.roster_keys, spans, common, prepared)
        results.append((asked, common, _dump(Redaction(_notes(texts), found, town=town))))
    assert results[0] == results[1]


def test_a_misheard_name_keeps_the_work(monkeypatch: pytest.MonkeyPatch) -> None:
    """A name voice typing split in two ("nor lan" for Nurlan) is added to the note's spans after
    the people are known: the kept work still holds for the same notes and spans, and the Redaction
    finishes it instead of working the coreference out again (the whole session layer, twice, for a
    long note)."""
    from facilitator.export import redaction

    anonymizer = Anonymizer(["Nurlan Asanov", "Erbol Kadyrov"], language="en", use_ner=False)
    texts = ["all five present full stop nor lan came late", "Erbol brought tea"]
    spans = {text: anonymizer.detect(text) for text in texts}
    given = [spans[t] for t in texts]
    common: frozenset[str] = frozenset()
    kept = prepare(texts, given, anonymizer.roster_keys, lambda w: w & common)
    assert kept.lower[0], "the misheard name is found"
    keys = anonymizer.roster_keys
    assert kept.still_holds(texts, given, keys, lambda w: w & common)
    assert not kept.still_holds(texts, [given[0], given[1][:-1]], keys, lambda w: w & common)
    notes = _notes(texts)
    finder = Detected("en", anonymizer.roster_keys, spans, common, kept)
    alone = _dump(Redaction(notes, dataclasses.replace(finder, coreference=None)))

    def again(*_args: object, **_kwargs: object) -> Prepared:
        raise AssertionError("worked out again")

    monkeypatch.setattr(redaction, "prepare", again)
    with_kept = Redaction(notes, finder)
    assert _dump(with_kept) == alone
    assert "nor lan" not in with_kept.text(notes[0])

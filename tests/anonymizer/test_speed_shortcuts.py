"""The shortcuts that make a long note fast give what the plain way gives: each is checked against
the slow reading it replaces, on the development notes and edge words."""

import gc

from facilitator.anonymizer import quasi
from facilitator.anonymizer.name_rules import name_forms, name_lists, word_bases
from facilitator.anonymizer.skeleton import skeleton
from facilitator.anonymizer.workers import GC_THRESHOLD, rare_collections
from tests.helpers.dev_notes import mixed_note


def _slow_truncated(shape: str, listed: frozenset[str]) -> bool:
    """name_forms._truncated_name as it was: every name read for each stem."""
    endings = word_bases._all_endings()
    for cut in range(len(shape), 3, -1):
        stem = shape[:cut]
        if cut > 5 or shape[cut:] not in endings or stem[-1] not in "aeiou" or stem in listed:
            continue
        if any(name.startswith(stem) and len(name) >= cut + 2 for name in listed):
            return True
    return False


def test_a_truncated_name_is_found_through_the_index_as_by_reading_every_name() -> None:
    listed = name_lists.list_names()
    shapes = {skeleton(w) for w in mixed_note(60_000, seed=7).split() if w.isalpha()}
    # the stems of listed names themselves, with and without an ending: the cases that say yes
    for ending in ("", "ga", "nin"):
        shapes |= {name[:cut] + ending for name in sorted(listed)[:3000] for cut in (4, 5)}
    answers = {shape: name_forms._truncated_name(shape, listed) for shape in shapes}
    assert answers == {shape: _slow_truncated(shape, listed) for shape in shapes}
    assert sum(answers.values()) > 100  # both answers are asked about


def test_a_numbered_school_and_a_place_by_its_ending_hold_what_a_sentence_is_first_searched_for() -> None:
    """quasi._small_place searches a sentence with _NUMBERED only if it holds a school word, and with
    _AT_PLACE only if it holds a place's ending: right only while every match of each holds one."""
    text = mixed_note(300_000, seed=8) + " №12 мектептің, школы №3, 2-mekteptiń, Ақкөлдегі, Qaraǵandydaǵy"
    numbered = list(quasi._NUMBERED.finditer(text))
    at_place = list(quasi._AT_PLACE.finditer(text))
    assert len(numbered) >= 3 and len(at_place) >= 2
    for match in numbered:
        assert quasi._SCHOOL_WORD.search(text, match.start(), match.end()), match.group()
    for match in at_place:
        assert quasi._PLACE_ENDING.search(text, match.start(), match.end()), match.group()


def test_the_collector_runs_less_often_while_a_session_is_redacted_and_as_before_after() -> None:
    before = gc.get_threshold()
    with rare_collections():
        assert gc.get_threshold() == GC_THRESHOLD
    assert gc.get_threshold() == before

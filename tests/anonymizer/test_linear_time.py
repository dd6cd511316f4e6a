"""Detection and replacement of a long note take time in proportion to its length: a note eight
times as long costs about eight times the CPU, not sixty-four (a 1 MB note once took 287 s because a
check ran over every pair of spans). CPU time of this process, so a busy machine does not fail it."""

import time

from facilitator.anonymizer.anonymizer import Anonymizer
from tests.helpers.dev_notes import mixed_note


def _cpu_seconds(anonymizer: Anonymizer, text: str) -> float:
    best = float("inf")
    for _ in range(2):
        started = time.process_time()
        anonymizer.apply(text, anonymizer._detect(text, workers=1))
        best = min(best, time.process_time() - started)
    return best


def test_eight_times_the_text_costs_about_eight_times_the_time() -> None:
    anonymizer = Anonymizer(["Ерлан Сапаров", "Aibek"], use_ner=False)
    anonymizer.detect(mixed_note(60_000, seed=1))  # the dictionaries loaded, the common words judged
    short, long = mixed_note(30_000, seed=2), mixed_note(240_000, seed=3)
    ratio = _cpu_seconds(anonymizer, long) / _cpu_seconds(anonymizer, short)
    assert ratio < 16, f"8x the text took {ratio:.1f}x the time: something is quadratic"


def test_address_words_are_read_where_words_start_and_give_what_the_full_scan_gives() -> None:
    """patterns._address_words tries the address words only where a run of letters starts: right
    only while every one of them begins with a letter (a profile's address word starting with a
    digit or a sign would be missed without this test failing)."""
    import re._constants as sre
    import re._parser as sre_parse

    from facilitator.anonymizer import patterns

    def first_items(items: list[tuple[object, object]]) -> list[tuple[object, object]]:
        op, av = items[0]
        if op is sre.SUBPATTERN:
            return first_items(list(av[-1]))  # type: ignore[index]
        if op is sre.BRANCH:
            return [item for branch in av[1] for item in first_items(list(branch))]  # type: ignore[index]
        return [(op, av)]

    parsed = list(sre_parse.parse(patterns._ADDRESS_WORD.pattern, patterns._ADDRESS_WORD.flags))
    assert parsed[0][0] is sre.ASSERT_NOT  # no letter before it
    firsts = first_items(parsed[1:])
    assert firsts and all(op is sre.LITERAL and chr(av).isalpha() for op, av in firsts), firsts  # type: ignore[arg-type]
    text = mixed_note(200_000, seed=4) + " ул.Абая 5, кв 3; 12мкр 4; х ш.а. Самал"
    fast = [m.span() for m in patterns._address_words(text)]
    assert fast == [m.span() for m in patterns._ADDRESS_WORD.finditer(text)]
    assert len(fast) > 20
    for word in patterns._ADDRESS_WORD.finditer(text):
        begin, stop = max(0, word.start() - 120), min(len(text), word.end() + 120)
        read = [m.span() for m in patterns._addresses_from(text, begin, stop, word.start())]
        full = [m.span() for m in patterns.ADDRESS.finditer(text, begin, stop)]
        assert read == [span for span in full if span[0] <= word.start()]

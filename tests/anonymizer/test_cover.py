"""``spans.Cover`` answers by bisection what a pass over every stretch would: for stretches that
overlap, nest and touch, at every position and for every short range."""

from __future__ import annotations

import random

from facilitator.anonymizer.spans import Cover


def test_cover_answers_as_a_pass_over_every_stretch() -> None:
    draw = random.Random(7)
    for _ in range(500):
        stretches = [
            (a, a + draw.randrange(0, 9)) for a in (draw.randrange(0, 60) for _ in range(draw.randrange(8)))
        ]
        cover = Cover(stretches)
        for at in range(-1, 75):
            assert (at in cover) == any(s <= at < e for s, e in stretches), (stretches, at)
            for end in range(at, at + 5):
                assert cover.overlaps(at, end) == any(s < end and at < e for s, e in stretches)
                assert cover.holds(at, end) == any(s <= at and end <= e for s, e in stretches)


def test_a_stretch_inside_a_longer_one_leaves_its_reach() -> None:
    cover = Cover([(0, 20), (5, 8), (10, 12)])
    assert 15 in cover and cover.holds(13, 20) and not cover.holds(13, 21)

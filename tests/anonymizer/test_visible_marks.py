"""A mark everyone in a small place knows someone by, beside a word for a person ("хромой мальчик
который продаёт фотки у мавзолея", "ақсақ бала", "писари ланг", "the boy in the wheelchair"): one
person, removed with what narrows it. A mark with no person beside it stays ("глухой угол", "a
blind spot"). Sentences written for this test, not taken from any corpus note."""

import pytest

from tests.anonymizer.test_classes import covered, removed, touched


@pytest.mark.parametrize(
    ("text", "part"),
    [
        (
            "Туркестан. хромой мальчик который продаёт фотки у мавзолея — хочет ходить в группу.",
            "хромой мальчик который продаёт фотки у мавзолея",
        ),
        ("Кесене алдында сурет сатып тұратын ақсақ бала бүгін келді.", "сурет сатып тұратын ақсақ бала"),
        ("Мунаранын жанында сүрөт сатып жүргөн аксак бала келди.", "сүрөт сатып жүргөн аксак бала"),
        ("Писари ланг, ки дар назди мақбара акс мефурӯшад, омад.", "Писари ланг"),
        ("The lame boy who sells photos at the mausoleum came again.", "The lame boy who sells photos"),
        ("We talked about the boy in the wheelchair, nobody helps him.", "the boy in the wheelchair"),
    ],
)
def test_a_marked_person_is_removed(text: str, part: str) -> None:
    assert covered(text, part), removed(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Это глухой угол, сюда никто не ездит.", "глухой угол"),
        ("That is a blind spot for the boys.", "a blind spot"),
        ("Он был слеп к чужой боли.", "слеп"),
        ("The lame boy came again.", "came again"),  # what he did stays
    ],
)
def test_a_mark_with_no_person_or_what_follows_stays(text: str, kept: str) -> None:
    assert not touched(text, kept), removed(text)

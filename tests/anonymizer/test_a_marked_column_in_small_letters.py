"""A roll written one a line, every line marked with a plus, a minus, a tick or a cross, is of
people in small letters too ("sardor +\\nbo'ri (behruz) +\\nislom -"), as a roll on one line is with a
space before its marks ("перекличка: алихан +, мирас +, дамир -"); a roll's heading in the region's
words for attendance ("davomat", "ҳозирӣ", "катышуу", "перекличка") says who the members are, and a
member's line may go on after its mark ("мирлан ✘ ооруп калды"). Marked things no person is among,
and an attendance heading before a verdict, stay. Sentences written for this test from how
facilitators type, not taken from any corpus note."""

import pytest

from tests.helpers.found_names import session_names

UZ_COLUMN = "davomat 5-dars:\nsardor +\njasurbek +\nqovun (behruz) +\nislom -\nasadbek kech qoldi\n"
TG_COLUMN = "ҳозирӣ 3-рӯз:\nфарҳод +\nдавлатшо +\nтарбуз +\nнавруз -\nмеҳроб +\n"
RU_LINE = "перекличка 2 отр.: алихан +, санжар +, дамир -, мирас +, ерасыл +. итого 4/5"
KY_COLUMN = "катышуу 4-сабак:\nнурбек ✔\nмирлан ✘ ооруп калды\nкесек ✔\nулукбек ✔\n"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (UZ_COLUMN, "qovun"),
        (UZ_COLUMN, "islom"),
        (TG_COLUMN, "тарбуз"),
        (TG_COLUMN, "навруз"),
        (RU_LINE, "мирас"),
        (KY_COLUMN, "кесек"),
    ],
)
def test_one_a_marked_roll_calls_is_removed_in_small_letters(text: str, word: str) -> None:
    assert word in session_names([text])[0]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Итоги опроса:\nспорт +\nмузыка -\nкино +\n", "музыка"),  # no person among them
        ("davomat: yaxshi, 12 kishi keldi", "yaxshi"),  # the heading before a verdict
        ("сатып алу:\nмаркер ✔\nқағаз ✔\nшай ✘ бітті\n", "қағаз"),  # things
    ],
)
def test_marked_things_and_a_verdict_stay(text: str, word: str) -> None:
    assert word not in session_names([text])[0]

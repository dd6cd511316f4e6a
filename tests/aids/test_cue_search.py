import pytest

from facilitator.aids.cue_loader import parse_cues
from facilitator.aids.search import CueIndex, fold, query_variants
from facilitator.sessions.errors import InvalidFile

HEAD = """
format: 1
type: cues
language: {language}
drivers:
  - {{id: change-from-outside, title: "{outside}", text: x}}
  - {{id: personal-beliefs, title: "{beliefs}", text: x}}
forms:
  - {{id: open-argument, title: "{argument}", subtle: false, text: x}}
  - {{id: ridicule, title: "{ridicule}", subtle: true, text: x}}
cues:
"""
CUE = """
  - id: {id}
    statement: "{statement}"
    variants: ["{variant}"]
    drivers: [{driver}]
    forms: [{form}]
    moves: [{{kind: ask, text: "{move}"}}]
"""


def library(language: str, words: dict[str, str], cues: list[dict[str, str]]):  # type: ignore[no-untyped-def]
    text = HEAD.format(language=language, **words) + "".join(CUE.format(**cue) for cue in cues)
    return parse_cues(text.encode(), f"cues.{language}.yaml")


EN = library(
    "en",
    {
        "outside": "Change from outside",
        "beliefs": "Personal beliefs",
        "argument": "Open argument",
        "ridicule": "Ridicule",
    },
    [
        {
            "id": "western-idea",
            "statement": "It's a Western idea.",
            "variant": "Europe wants this",
            "driver": "change-from-outside",
            "form": "open-argument",
            "move": "Ask who decides what is ours now.",
        },
        {
            "id": "are-you-the-mother",
            "statement": "Are you the mother now?",
            "variant": "he babysits",
            "driver": "personal-beliefs",
            "form": "ridicule",
            "move": "Laugh along, then ask.",
        },
    ],
)
RU = library(
    "ru",
    {
        "outside": "Перемены извне",
        "beliefs": "Личные убеждения",
        "argument": "Открытый спор",
        "ridicule": "Насмешка",
    },
    [
        {
            "id": "western-idea",
            "statement": "Это западная идея.",
            "variant": "Феминизм нам навязывают",
            "driver": "change-from-outside",
            "form": "open-argument",
            "move": "Спросите, кто решает.",
        },
    ],
)
KK = library(
    "kk",
    {
        "outside": "Сырттан келген өзгеріс",
        "beliefs": "Жеке сенім",
        "argument": "Ашық дау",
        "ridicule": "Мазақ",
    },
    [
        {
            "id": "western-idea",
            "statement": "Бұл қазақтың салты емес.",
            "variant": "Батыстың идеясы",
            "driver": "change-from-outside",
            "form": "open-argument",
            "move": "Сұраңыз.",
        },
    ],
)
INDEX = CueIndex({"en": EN, "ru": RU, "kk": KK})


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("western", ["western-idea"]),
        ("WEST", ["western-idea"]),
        ("mother", ["are-you-the-mother"]),
        ("ridic", ["are-you-the-mother"]),  # by form
        ("beliefs", ["are-you-the-mother"]),  # by driver
        ("западн", ["western-idea"]),  # Russian
        ("навязыв", ["western-idea"]),  # a variant
        ("қазақ", ["western-idea"]),  # Kazakh as written
        ("казак салт", ["western-idea"]),  # Kazakh letters typed as Russian look-alikes
        ("pfgflyfz", ["western-idea"]),  # "западная" typed on the Latin layout
        ("цуыеук", ["western-idea"]),  # "wester" typed on the Russian layout
        ("nothing like this", []),
    ],
)
def test_filter_as_you_type(query: str, expected: list[str]) -> None:
    assert INDEX.search(query) == expected


def test_an_empty_query_lists_every_cue() -> None:
    assert INDEX.search("  ") == ["western-idea", "are-you-the-mother"]


def test_statement_matches_rank_above_move_matches() -> None:
    assert INDEX.search("ask") == ["western-idea", "are-you-the-mother"]  # both in moves: library order
    # "now" ends the statement "Are you the mother now?" and one of the other cue's moves
    assert INDEX.search("now") == ["are-you-the-mother", "western-idea"]


def test_folding() -> None:
    assert fold("ӘҒҚҢӨҰҮҺІ Ёж") == "агкноуухи еж"
    assert query_variants("ghbdtn") == [["ghbdtn"], ["привет"]]


def test_cue_files_are_checked_like_plans() -> None:
    text = HEAD.format(language="en", outside="a", beliefs="b", argument="c", ridicule="d") + CUE.format(
        id="x", statement="s", variant="v", driver="laziness", form="open-argument", move="m"
    )
    with pytest.raises(InvalidFile) as raised:
        parse_cues(text.replace("moves:", "movez:").encode(), "cues.yaml")
    assert any("cues[0].movez: unknown key" in str(e) for e in raised.value.errors)
    with pytest.raises(InvalidFile) as raised:
        parse_cues(text.encode(), "cues.yaml")
    assert 'cues[0].drivers[0]: unknown driver "laziness"' in str(raised.value)

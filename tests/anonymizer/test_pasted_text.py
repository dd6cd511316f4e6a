"""A pasted text that repeats itself (the same paragraphs many times over): each distinct piece is
read once, here or by the workers, and its spans stand at every place the piece stands."""

import pytest

from facilitator.anonymizer import workers
from facilitator.anonymizer.anonymizer import PIECE, Anonymizer, assemble, plan
from tests.anonymizer.evaluate import SETS, load

ROSTER = ["Ерлан Сапаров", "Айгерим"]


@pytest.fixture(scope="module")
def block() -> str:
    """Notes on one line, one character short of a piece, then a line break: each copy of it is
    one piece (a piece is cut at the last line or sentence end before PIECE characters)."""
    line = " ".join(str(note["text"]).replace("\n", " ") for note in load(SETS["dev"])[:40])
    assert len(line) > PIECE
    return line[: PIECE - 2] + "\n"


def _rows(spans: list) -> list[tuple]:
    return [(s.start, s.end, s.kind, s.source, s.key) for s in spans]


def test_a_repeated_piece_is_read_once_here_and_found_at_every_copy(
    block: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = block * 5
    normal, pieces, _flags = plan(text, use_ner=False)
    assert len(pieces) == 5 and len({piece for _start, piece in pieces}) == 1
    reference = Anonymizer(ROSTER, use_ner=False)
    each = assemble(text, normal, pieces, [reference._detect_piece(piece, False) for _s, piece in pieces])
    anonymizer = Anonymizer(ROSTER, use_ner=False)
    read: list[str] = []
    real = anonymizer._detect_piece

    def counting(piece: str, use_ner: bool) -> list:
        read.append(piece)
        return real(piece, use_ner)

    monkeypatch.setattr(anonymizer, "_detect_piece", counting)
    found = anonymizer._detect(text, workers=1)
    assert len(read) == 1
    assert len(found) == 5 * len(_rows(reference.detect(block))) > 0
    assert _rows(found) == _rows(each)


def test_the_workers_are_handed_each_distinct_piece_once(block: str, monkeypatch: pytest.MonkeyPatch) -> None:
    pieces = [(sentence + ".", False) for sentence in block.split(".") if sentence.strip()]
    setup = (tuple(ROSTER), True, "ru")
    alone, _keys = workers.read_pieces(setup, pieces, 2)
    handed: list[int] = []
    real = workers.batches

    def counting(jobs: list, processes: int) -> list[list[int]]:
        handed.append(len(jobs))
        return real(jobs, processes)

    monkeypatch.setattr(workers, "batches", counting)
    with workers.Readers(setup, 2) as readers:
        found, keys = readers.read(pieces * 3)
    assert keys is not None
    assert handed == [len(set(pieces))]
    assert [_rows(spans or []) for spans in found] == [_rows(spans or []) for spans in alone] * 3
    assert found[0] is not found[len(pieces)]  # each place its own list

"""The spans the anonymizer finds, dumped one line a note, to compare two trees after a change that
must not change what is found (a speed change):

    .venv/bin/python benchmarks/spans_dump.py > /tmp/new.txt        # in this tree
    (cd /tmp/old && .venv/bin/python benchmarks/spans_dump.py) > /tmp/old.txt   # the old tree
    cmp /tmp/old.txt /tmp/new.txt

Dumped: every note of the development set (corpus.yaml and dev/*.yaml), each read by its own
anonymizer with its roster, then all of them again through one shared anonymizer (its per-word caches
filled by the notes before); with ``--fresh N``, a fresh note of N characters (fresh_note.py) read in
this process, and with ``--pool`` also through the worker processes (``detect_in_worker``). Each span
as start, end, kind, source and key.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))


def _line(label: str, spans: list) -> str:  # type: ignore[type-arg]
    return label + "\t" + " ".join(f"{s.start},{s.end},{s.kind.value},{s.source},{s.key}" for s in spans)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--fresh", type=int, default=0, help="characters of a fresh note to dump too")
    parser.add_argument("--pool", action="store_true", help="the fresh note through the worker pool too")
    args = parser.parse_args()

    from facilitator.anonymizer.anonymizer import Anonymizer
    from tests.anonymizer.evaluate import SETS, load

    notes = load(SETS["dev"])
    out = sys.stdout
    for index, note in enumerate(notes):
        roster = [str(n) for n in note.get("roster") or []]  # type: ignore[attr-defined]
        out.write(_line(f"own {index}", Anonymizer(roster).detect(str(note["text"]))) + "\n")
    shared = Anonymizer()
    for index, note in enumerate(notes):
        out.write(_line(f"shared {index}", shared.detect(str(note["text"]))) + "\n")
    if args.fresh:
        from fresh_note import fresh_note

        text = fresh_note(args.fresh, seed=5)
        out.write(_line("fresh", Anonymizer()._detect(text, workers=1)) + "\n")
        if args.pool:
            from facilitator.export.detection import detect_in_worker

            out.write(_line("pool", detect_in_worker([text], [], "en").spans[text]) + "\n")
    out.flush()


if __name__ == "__main__":
    main()

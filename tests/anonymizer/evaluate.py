"""Measure the anonymizer on labelled notes: recall of identifiers, share of must-stay phrases kept.

.venv/bin/python -m tests.anonymizer.evaluate [dev|heldout|FILE...] [--misses] [--no-ner]
    [--half even|odd] [--per-file]

- dev: the development corpus (corpus.yaml and dev/*.yaml): the rules may be tuned on it;
- heldout: heldout/*.yaml, written by others from a description of use before the work, never
  tuned on. Report both; a figure on the set you fixed failures from measures the fixing.

An identifier counts as found when every letter and digit of every place it occurs is removed (what
the export removes: every detected span, small-group descriptions included, and the other forms of
the note's names that the session layer adds, coreference.py). A keep phrase counts as kept when no
removed span touches it.
"""

from __future__ import annotations

import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from facilitator.anonymizer.anonymizer import Anonymizer
from facilitator.anonymizer.coreference import coreferent_spans
from facilitator.anonymizer.spans import Span
from facilitator.anonymizer.workers import FALLBACK

HERE = Path(__file__).parent
SETS = {
    "dev": [HERE / "corpus.yaml", *sorted((HERE / "dev").glob("*.yaml"))],
    "heldout": sorted((HERE / "heldout").glob("*.yaml")),
}
NAMES_AND_PHONES = ("name", "phone")


@dataclass
class Figures:
    notes: int = 0
    identifiers: Counter[str] = field(default_factory=Counter)
    found: Counter[str] = field(default_factory=Counter)
    keep: int = 0
    kept: int = 0
    misses: list[tuple[str, str, str]] = field(default_factory=list)
    lost: list[tuple[str, str]] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return sum(self.found.values()) / max(1, sum(self.identifiers.values()))

    @property
    def names_and_phones(self) -> float:
        wanted = sum(self.identifiers[k] for k in NAMES_AND_PHONES)
        return sum(self.found[k] for k in NAMES_AND_PHONES) / max(1, wanted)

    @property
    def keep_rate(self) -> float:
        return self.kept / max(1, self.keep)

    def line(self) -> str:
        return (
            f"{self.notes} notes: recall {self.recall:.3f} ({sum(self.found.values())}/"
            f"{sum(self.identifiers.values())}), names+phones {self.names_and_phones:.3f}, "
            f"keep {self.keep_rate:.3f} ({self.kept}/{self.keep})"
        )


def occurrences(text: str, part: str) -> list[int]:
    found, start = [], text.find(part)
    while start >= 0:
        found.append(start)
        start = text.find(part, start + 1)
    return found


def covered(text: str, start: int, end: int, spans: list[Span]) -> bool:
    return all(any(s.start <= i < s.end for s in spans) for i in range(start, end) if text[i].isalnum())


HALVES = {"even": 0, "odd": 1}
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load(paths: list[Path], half: str | None = None) -> list[dict[str, object]]:
    """The notes of the files in turn; with ``half``, only those at even or odd indices in each file."""
    notes: list[dict[str, object]] = []
    for path in paths:
        # libyaml's safe loader where PyYAML was built with it: the same notes, read ten times faster
        in_file = yaml.load(path.read_text(encoding="utf-8"), Loader=_SAFE_LOADER) or []
        notes += in_file if half is None else in_file[HALVES[half] :: 2]
    return notes


def evaluate(paths: list[Path], use_ner: bool = True, half: str | None = None) -> Figures:
    return evaluate_notes(load(paths, half), [p.name for p in paths], use_ner)


def evaluate_notes(notes: list[dict[str, object]], names: list[str], use_ner: bool = True) -> Figures:
    """The figures of ``notes`` (read from the files ``names``, for a fault's message)."""
    figures = Figures()
    for note in notes:
        text = str(note["text"])
        figures.notes += 1
        roster = [str(n) for n in note.get("roster") or []]  # type: ignore[attr-defined]
        anonymizer = Anonymizer(roster, use_ner=use_ner)
        spans = anonymizer.detect(text)
        if any(s.source == FALLBACK for s in spans):  # a fault of ours, hidden from a user, not here
            raise AssertionError(f"note {figures.notes} of {names} could not be read")
        # the session layer (a note alone is a session of one): the other forms of its names
        spans += coreferent_spans([text], [spans], anonymizer.roster_keys, anonymizer.common_words)[0]
        for item in note.get("identifiers") or []:  # type: ignore[attr-defined]
            kind, part = str(item["kind"]), str(item["text"])
            figures.identifiers[kind] += 1
            if all(covered(text, at, at + len(part), spans) for at in occurrences(text, part)):
                figures.found[kind] += 1
            else:
                figures.misses.append((str(note.get("lang")), kind, part))
        for phrase in note.get("keep") or []:  # type: ignore[attr-defined]
            figures.keep += 1
            touched = [
                at
                for at in occurrences(text, str(phrase))
                if any(s.start < at + len(phrase) and at < s.end for s in spans)
            ]
            if touched:
                figures.lost.append((str(note.get("lang")), str(phrase)))
            else:
                figures.kept += 1
    return figures


def _by_kind(result: Figures) -> str:
    ranked = sorted(result.identifiers.items(), key=lambda kv: -kv[1])
    return ", ".join(f"{k} {result.found[k]}/{n}" for k, n in ranked)


def _half(argv: list[str]) -> str | None:
    if "--half" not in argv:
        return None
    at = argv.index("--half")
    half = argv[at + 1] if at + 1 < len(argv) else ""
    if half not in HALVES:
        raise SystemExit("--half takes even or odd")
    return half


def main(argv: list[str]) -> int:
    half = _half(argv)
    options = {"--half", "even", "odd"} if half else set()
    chosen = [a for a in argv if not a.startswith("--") and a not in options] or ["dev", "heldout"]
    use_ner = "--no-ner" not in argv
    for name in chosen:
        paths = SETS.get(name) or [Path(name)]
        if "--per-file" in argv and len(paths) > 1:
            for path in paths:
                one = evaluate([path], use_ner, half)
                label = f"{path.stem}_{half}" if half else path.stem
                print(f"  {label}: {one.line()}\n    by kind: {_by_kind(one)}")
        result = evaluate(paths, use_ner=use_ner, half=half)
        print(f"{name}{' ' + half if half else ''}: {result.line()}")
        print(f"  by kind: {_by_kind(result)}")
        if "--misses" in argv:
            for lang, kind, text in result.misses:
                print(f"  MISS {lang} {kind}: {text}")
            for lang, text in result.lost:
                print(f"  LOST {lang}: {text}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

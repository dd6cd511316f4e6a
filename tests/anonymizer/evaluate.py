"""Measure the anonymizer on labelled notes: recall of identifiers, share of must-stay phrases kept.

.venv/bin/python -m tests.anonymizer.evaluate [dev|heldout|FILE...] [--misses] [--no-ner]

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


def load(paths: list[Path]) -> list[dict[str, object]]:
    notes: list[dict[str, object]] = []
    for path in paths:
        notes += yaml.safe_load(path.read_text(encoding="utf-8"))
    return notes


def evaluate(paths: list[Path], use_ner: bool = True) -> Figures:
    figures = Figures()
    for note in load(paths):
        text = str(note["text"])
        figures.notes += 1
        roster = [str(n) for n in note.get("roster") or []]  # type: ignore[attr-defined]
        anonymizer = Anonymizer(roster, use_ner=use_ner)
        spans = anonymizer.detect(text)
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


def main(argv: list[str]) -> int:
    chosen = [a for a in argv if not a.startswith("--")] or ["dev", "heldout"]
    for name in chosen:
        paths = SETS.get(name) or [Path(name)]
        result = evaluate(paths, use_ner="--no-ner" not in argv)
        print(f"{name}: {result.line()}")
        by_kind = ", ".join(
            f"{k} {result.found[k]}/{n}" for k, n in sorted(result.identifiers.items(), key=lambda kv: -kv[1])
        )
        print(f"  by kind: {by_kind}")
        if "--misses" in argv:
            for lang, kind, text in result.misses:
                print(f"  MISS {lang} {kind}: {text}")
            for lang, text in result.lost:
                print(f"  LOST {lang}: {text}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

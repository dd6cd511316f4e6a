"""Measure the anonymizer on the synthetic corpus: recall of identifiers, share of text kept.

.venv/bin/python -m tests.anonymizer.evaluate [--misses]
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from facilitator.anonymizer.anonymizer import Anonymizer
from facilitator.anonymizer.spans import Kind, Span

CORPUS = Path(__file__).with_name("corpus.yaml")
IGNORED = set(" .,;:()«»\"'—-")


@dataclass
class Figures:
    identifiers: int = 0
    found: int = 0
    keep: int = 0
    kept: int = 0
    misses: list[tuple[str, str]] = field(default_factory=list)
    lost: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.found / self.identifiers

    @property
    def keep_rate(self) -> float:
        return self.kept / self.keep


def covered(text: str, start: int, end: int, spans: list[Span]) -> bool:
    return all(any(s.start <= i < s.end for s in spans) for i in range(start, end) if text[i] not in IGNORED)


def evaluate(use_ner: bool = True) -> Figures:
    figures = Figures()
    for note in yaml.safe_load(CORPUS.read_text(encoding="utf-8")):
        text = note["text"]
        spans = Anonymizer(use_ner=use_ner).detect(text)
        for item in note.get("identifiers") or []:
            start = text.index(item["text"])
            figures.identifiers += 1
            if covered(text, start, start + len(item["text"]), spans):
                figures.found += 1
            else:
                figures.misses.append((item["kind"], item["text"]))
        precise = [s for s in spans if s.kind is not Kind.QUASI]
        for phrase in note.get("keep") or []:
            start = text.index(phrase)
            figures.keep += 1
            if any(s.start < start + len(phrase) and start < s.end for s in precise):
                figures.lost.append(phrase)
            else:
                figures.kept += 1
    return figures


if __name__ == "__main__":
    result = evaluate()
    print(
        f"recall {result.recall:.3f} ({result.found}/{result.identifiers}), "
        f"keep {result.keep_rate:.3f} ({result.kept}/{result.keep})"
    )
    if "--misses" in sys.argv:
        for kind, text in result.misses:
            print("MISS", kind, text)
        for text in result.lost:
            print("LOST", text)

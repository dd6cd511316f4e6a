"""Check a labelled notes file: every identifier and keep phrase is in its note, none overlap.

.venv/bin/python tests/anonymizer/lint_corpus.py FILE.yaml...
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

KINDS = {
    "name",
    "phone",
    "email",
    "iin",
    "document",
    "plate",
    "card",
    "address",
    "handle",
    "birthdate",
    "quasi",
}
LANGS = {"en", "ru", "kk", "kk-latn", "ky", "uz", "tg", "mixed"}


def occurrences(text: str, part: str) -> list[tuple[int, int]]:
    found, start = [], text.find(part)
    while start >= 0:
        found.append((start, start + len(part)))
        start = text.find(part, start + 1)
    return found


def problems(path: Path) -> list[str]:
    notes = yaml.safe_load(path.read_text(encoding="utf-8"))
    errors = []
    if not isinstance(notes, list):
        return [f"{path}: expected a list of notes"]
    for number, note in enumerate(notes, 1):
        where = f"{path} note {number}"
        text = note.get("text")
        if not isinstance(text, str) or not text.strip():
            errors.append(f"{where}: no text")
            continue
        if note.get("lang") not in LANGS:
            errors.append(f"{where}: lang {note.get('lang')!r} not one of {sorted(LANGS)}")
        taken: list[tuple[int, int]] = []
        for item in note.get("identifiers") or []:
            if item.get("kind") not in KINDS:
                errors.append(f"{where}: kind {item.get('kind')!r} not one of {sorted(KINDS)}")
            spots = occurrences(text, str(item.get("text", "")))
            if not item.get("text") or not spots:
                errors.append(f"{where}: identifier {item.get('text')!r} is not in the text")
            taken += spots
        for phrase in note.get("keep") or []:
            spots = occurrences(text, str(phrase))
            if not spots:
                errors.append(f"{where}: keep phrase {phrase!r} is not in the text")
            for start, end in spots:
                if any(start < e and s < end for s, e in taken):
                    errors.append(f"{where}: keep phrase {phrase!r} overlaps an identifier")
        for name in note.get("roster") or []:
            if not isinstance(name, str):
                errors.append(f"{where}: roster entries are plain strings")
    return errors


if __name__ == "__main__":
    found = [e for arg in sys.argv[1:] for e in problems(Path(arg))]
    print("\n".join(found) or "ok")
    sys.exit(1 if found else 0)

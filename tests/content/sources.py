"""Fingerprints of the source documents, so the copy test runs without the documents themselves.

``source_ngrams.txt`` holds a short hash of every run of ``RUN`` words in the five source documents
(../shared/seeds/), never their text. Regenerate it with
``.venv/bin/python -m tests.content.sources /path/to/seeds`` when the sources change.
"""

from __future__ import annotations

import hashlib
import sys
from collections.abc import Iterator
from pathlib import Path

from tests.helpers.content_texts import words

RUN = 10
FINGERPRINTS = Path(__file__).with_name("source_ngrams.txt")


def runs(text: str) -> Iterator[tuple[str, ...]]:
    found = words(text)
    for start in range(len(found) - RUN + 1):
        yield tuple(found[start : start + RUN])


def fingerprint(run: tuple[str, ...]) -> str:
    return hashlib.blake2b(" ".join(run).encode(), digest_size=6).hexdigest()


def source_documents(folder: Path) -> list[Path]:
    return sorted(folder.glob("[0-9][0-9][0-9]_*.txt"))


def fingerprints_of(folder: Path) -> set[str]:
    return {fingerprint(run) for path in source_documents(folder) for run in runs(path.read_text("utf-8"))}


def stored_fingerprints() -> set[str]:
    return set(FINGERPRINTS.read_text("ascii").split())


def seeds_folder() -> Path | None:
    """The shared source documents when this checkout sits beside them (../shared/seeds)."""
    for parent in Path(__file__).resolve().parents:
        candidate = parent / "shared" / "seeds"
        if source_documents(candidate):
            return candidate
    return None


if __name__ == "__main__":
    FINGERPRINTS.write_text("\n".join(sorted(fingerprints_of(Path(sys.argv[1])))) + "\n", "ascii")

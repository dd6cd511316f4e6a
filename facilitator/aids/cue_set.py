"""The cues the console offers: built-in libraries plus the facilitator's own, per language."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from facilitator.aids.cue_loader import builtin_cue_files, load_cues, merge
from facilitator.aids.cues import Cue, CueLibrary
from facilitator.aids.search import CueIndex
from facilitator.paths import data_dir
from facilitator.sessions.errors import FileError, InvalidFile


def user_cue_dir() -> Path:
    return data_dir() / "cues"


@dataclass
class CueSet:
    libraries: dict[str, CueLibrary]
    problems: list[FileError] = field(default_factory=list)
    """Errors in the facilitator's own cue files (skipped, reported in the console)."""

    @cached_property
    def index(self) -> CueIndex:
        """Built at the first search (the report and ``cues list`` read the libraries only)."""
        return CueIndex(self.libraries)

    def library(self, language: str) -> CueLibrary:
        return self.libraries.get(language) or self.libraries["en"]

    def cue(self, cue_id: str, language: str) -> Cue | None:
        """The cue in ``language``, else in any language that has it."""
        found = self.library(language).cue(cue_id)
        if found is None:
            found = next((lib.cue(cue_id) for lib in self.libraries.values() if lib.cue(cue_id)), None)
        return found

    def search(self, query: str) -> list[str]:
        return self.index.search(query)


def load_cue_set() -> CueSet:
    """Built-in cues (they must be valid) and the user's own (an invalid file is skipped)."""
    grouped: dict[str, list[CueLibrary]] = {}
    for path in builtin_cue_files():
        library = load_cues(path)
        grouped.setdefault(library.language, []).append(library)
    problems: list[FileError] = []
    folder = user_cue_dir()
    for path in sorted(folder.glob("*.yaml")) if folder.is_dir() else []:
        try:
            library = load_cues(path)
        except InvalidFile as exc:
            problems.extend(exc.errors)
            continue
        grouped.setdefault(library.language, []).append(library)
    return CueSet({language: merge(libraries) for language, libraries in grouped.items()}, problems)

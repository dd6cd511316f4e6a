"""Load cue libraries (built-in and the facilitator's own), checked like plans."""

from __future__ import annotations

from pathlib import Path

from facilitator.aids.cues import CUES_FORMAT, CueLibrary
from facilitator.content import builtin_cue_files as builtin_cue_files  # where callers have found it
from facilitator.sessions.errors import FileError, InvalidFile
from facilitator.sessions.structured import Document, read_file
from facilitator.sessions.validation import parse_checked


def load_cues(path: Path) -> CueLibrary:
    """Read and check a cue file; raise ``InvalidFile`` naming file, line and field of each error."""
    raw = read_file(path)
    return parse_cues(raw, str(path))


def parse_cues(raw: bytes, name: str) -> CueLibrary:
    library, document = parse_checked(raw, name, CueLibrary, CUES_FORMAT)
    errors = _check_links(library, document)
    if errors:
        raise InvalidFile(errors)
    return library


def _check_links(library: CueLibrary, document: Document) -> list[FileError]:
    errors: list[FileError] = []

    def report(path: tuple[str | int, ...], message: str) -> None:
        errors.append(document.error(path, message))

    drivers = {d.id for d in library.drivers}
    forms = {f.id for f in library.forms}
    seen: set[str] = set()
    for index, cue in enumerate(library.cues):
        if cue.id in seen:
            report(("cues", index, "id"), f'duplicate cue id "{cue.id}"')
        seen.add(cue.id)
        for n, driver in enumerate(cue.drivers):
            if driver not in drivers:
                report(
                    ("cues", index, "drivers", n),
                    f'unknown driver "{driver}"; expected one of {", ".join(sorted(drivers))}',
                )
        for n, form in enumerate(cue.forms):
            if form not in forms:
                report(
                    ("cues", index, "forms", n),
                    f'unknown form "{form}"; expected one of {", ".join(sorted(forms))}',
                )
    return errors


def merge(libraries: list[CueLibrary]) -> CueLibrary:
    """One library: the first file's principles, drivers and forms; cues of all (later ids win)."""
    first = libraries[0]
    cues = {cue.id: cue for library in libraries for cue in library.cues}
    return first.model_copy(update={"cues": tuple(cues.values())})

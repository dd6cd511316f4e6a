"""Two plans of one workshop in two languages, projected side by side (``--language kk+ru``).

A pair is refused unless both plans have the same step ids in the same order and the same number
of guess-then-reveal answers in each step: the projector advances both with one key press, so
step N on the left must be step N on the right. The refusal names the file, the line and the step.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from facilitator.sessions.errors import FileError, InvalidFile
from facilitator.sessions.plan import FORMAT_VERSION
from facilitator.sessions.plan_loader import LoadedPlan, load_plan


@dataclass(frozen=True)
class PlanPair:
    """The facilitator's plan (timing, agenda, guidance) and the plans the room sees, in order."""

    guide: LoadedPlan
    audience: tuple[LoadedPlan, LoadedPlan]

    @property
    def companion(self) -> LoadedPlan:
        """The plan of the audience's other language (not the facilitator's)."""
        first, second = self.audience
        return second if first is self.guide else first

    @property
    def companion_first(self) -> bool:
        """The other language goes on the left (or on top), the facilitator's on the right."""
        return self.audience[0] is not self.guide


def _where(loaded: LoadedPlan, name: str, index: int, field: str, message: str) -> FileError:
    from facilitator.sessions.plan_schema import Plan as PlanSchema  # pydantic: only for a refusal
    from facilitator.sessions.validation import parse_checked

    _plan, document = parse_checked(loaded.source.encode("utf-8"), name, PlanSchema, FORMAT_VERSION)
    return document.error(("steps", index, field), message)


def check_pair(first: LoadedPlan, first_name: str, second: LoadedPlan, second_name: str) -> None:
    """Raise ``InvalidFile`` (naming ``second_name``, its line and step) unless the two plans
    share their step ids in the same order and their hidden answers step by step."""
    ids = [step.id for step in first.plan.steps]
    others = [step.id for step in second.plan.steps]
    intro = f"cannot project with {first_name} ({first.plan.language!r}): "
    errors: list[FileError] = []
    for index in range(max(len(ids), len(others))):
        mine = ids[index] if index < len(ids) else None
        theirs = others[index] if index < len(others) else None
        if theirs is None:
            missing = f"{intro}step {index + 1}, {mine!r}, is missing"
            errors.append(FileError(second_name, 0, "steps", missing))
        elif mine is None:
            message = f"{intro}step {index + 1} is {theirs!r}; the other plan ends before it"
            errors.append(_where(second, second_name, index, "id", message))
        elif mine != theirs:
            message = f"{intro}step {index + 1} is {theirs!r}; expected {mine!r}, the same step ids"
            errors.append(_where(second, second_name, index, "id", message))
        else:
            hidden = [sum(f.reveal for f in p.plan.steps[index].audience.facts) for p in (first, second)]
            if hidden[0] != hidden[1]:
                message = f"{intro}hidden answers in step {theirs!r}: {hidden[1]}; expected {hidden[0]}"
                errors.append(_where(second, second_name, index, "audience", message))
        if len(errors) >= 5:
            break
    if errors:
        raise InvalidFile(errors)


def sibling_paths(path: Path, languages: tuple[str, str]) -> tuple[Path, Path]:
    """The plan files of a two-language session: ``path``'s siblings in each of ``languages``."""
    return sibling_path(path, languages[0], languages[1]), sibling_path(path, languages[1], languages[0])


def sibling_path(path: Path, language: str, other: str) -> Path:
    """``workshop.kk.yaml`` -> ``workshop.ru.yaml``: where a plan's ``language`` is looked for
    (``other``: the pair's other language, named in the message's example)."""
    stem, dot, _code = path.name.removesuffix(path.suffix).rpartition(".")
    if not dot:
        example = f"workshop.{language}{path.suffix} and workshop.{other}{path.suffix}"
        raise InvalidFile(
            [
                FileError(
                    str(path),
                    0,
                    "",
                    f"cannot find the {language!r} version of this plan: name the files "
                    f"NAME.LANGUAGE{path.suffix} in one folder (e.g. {example})",
                )
            ]
        )
    return path.with_name(f"{stem}.{language}{path.suffix}")


def load_pair(paths: tuple[Path, Path], languages: tuple[str, str], guide_language: str | None) -> PlanPair:
    """Load both plans (in the room's order, in ``languages``), check they pair, and pick the
    facilitator's: the one in ``guide_language`` if it is one of the two, else the first."""
    for path in paths:
        if not path.is_file():
            message = "no such plan file (the workshop is needed in both languages)"
            raise InvalidFile([FileError(str(path), 0, "", message)])
    first, second = (load_plan(path) for path in paths)
    for loaded, path, language in zip((first, second), paths, languages, strict=True):
        if loaded.plan.language != language:
            asked = "+".join(languages)
            found = loaded.plan.language
            message = f"expected a plan in {language!r} for the languages {asked!r}, found {found!r}"
            raise InvalidFile([FileError(str(path), 0, "language", message)])
    check_pair(first, str(paths[0]), second, str(paths[1]))
    guide = second if second.plan.language == guide_language != first.plan.language else first
    return PlanPair(guide, (first, second))


def companions(
    loaded: LoadedPlan, name: str, path: Path | None, builtin: list[Path]
) -> dict[str, LoadedPlan]:
    """The plans that can share the projector with ``loaded`` (file ``name``), by language: its
    siblings ``NAME.LANG.yaml`` when it is saved so, then ``builtin`` plans; only those whose step
    ids pair (a file that cannot be read or does not pair is left out)."""
    found: dict[str, Path] = {}
    if path is not None and path.name.count(".") >= 2:
        for sibling in sorted(path.parent.glob(f"{path.name.split('.')[0]}.*{path.suffix}")):
            found.setdefault(sibling.name.split(".")[-2], sibling)
    for candidate in builtin:
        found.setdefault(candidate.name.split(".")[-2], candidate)
    paired: dict[str, LoadedPlan] = {}
    for language, candidate in found.items():
        if language == loaded.plan.language:
            continue
        try:
            other = load_plan(candidate)
            if other.plan.language != language:
                continue
            check_pair(loaded, name, other, str(candidate))
        except InvalidFile:
            continue
        paired[language] = other
    return paired

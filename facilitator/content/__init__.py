"""Built-in content shipped with the app: the ready workshop, the series and the step library."""

from __future__ import annotations

from pathlib import Path

CONTENT_DIR = Path(__file__).resolve().parent
DEFAULT_WORKSHOP = "young-men-equality-2h"


def builtin_plan_files() -> list[Path]:
    """Every built-in plan and library file, workshops first."""
    plans = sorted((CONTENT_DIR / "plans").glob("*.yaml"))
    libraries = sorted((CONTENT_DIR / "library").glob("*.yaml"))
    return plans + libraries


def builtin_cue_files() -> list[Path]:
    """The built-in resistance cue libraries (one a language)."""
    return sorted((CONTENT_DIR / "cues").glob("*.yaml"))


def builtin_series_files() -> list[Path]:
    """Every built-in series (programme) file, one per language."""
    return sorted((CONTENT_DIR / "series").glob("*.yaml"))


def default_workshop(language: str = "en") -> Path:
    """The ready 2-hour workshop in ``language`` (English when that language is missing)."""
    for code in (language, "en"):
        candidate = CONTENT_DIR / "plans" / f"{DEFAULT_WORKSHOP}.{code}.yaml"
        if candidate.is_file():
            return candidate
    raise FileNotFoundError(f"built-in workshop {DEFAULT_WORKSHOP} is missing from {CONTENT_DIR}")


def builtin_workshop_in(language: str) -> Path:
    """The ready workshop's file in ``language`` exactly (it may not exist: no English fallback)."""
    return CONTENT_DIR / "plans" / f"{DEFAULT_WORKSHOP}.{language}.yaml"

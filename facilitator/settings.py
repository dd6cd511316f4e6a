"""User preferences: typed defaults in one place, stored as JSON in the data folder.

Window positions and other state Qt keeps are not here; this is what the facilitator chose.
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path

from facilitator.paths import data_dir
from facilitator.sessions.atomic import WriteFailed, write_atomic


@dataclass(frozen=True)
class Settings:
    projector_screen: str | None = None
    """The projector, remembered by its name (not its index, which changes with cables)."""
    audience_timer_visible: bool = True
    audience_text_scale: float = 1.0
    """Type size on the projector, 0.8 to 1.6 times the design size."""
    high_contrast: bool = False
    content_language: str = "en"
    ui_language: str = ""
    """The UI's language: "en", "ru", "kk", or "" to follow the system."""
    recent_plans: tuple[str, ...] = ()
    """Plan files opened or saved lately, newest first (paths only, never their content)."""


_TYPES: dict[str, type | tuple[type, ...]] = {
    "projector_screen": (str, type(None)),
    "audience_timer_visible": bool,
    "audience_text_scale": (float, int),
    "high_contrast": bool,
    "content_language": str,
    "recent_plans": list,
    "ui_language": str,
}


def settings_path() -> Path:
    return data_dir() / "settings.json"


def load_settings(path: Path | None = None) -> Settings:
    """Saved preferences; defaults for anything missing, unreadable or of the wrong type."""
    path = path or settings_path()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Settings()
    if not isinstance(raw, dict):
        return Settings()
    accepted = {
        field.name: raw[field.name]
        for field in fields(Settings)
        if field.name in raw and isinstance(raw[field.name], _TYPES[field.name])
    }
    if "recent_plans" in accepted:
        accepted["recent_plans"] = tuple(str(p) for p in accepted["recent_plans"] if isinstance(p, str))[:8]
    return replace(Settings(), **accepted)


def remember_plan(path: str) -> Settings:
    """Put ``path`` first in the recent plans (at most eight) and save."""
    settings = load_settings()
    recent = (path, *(p for p in settings.recent_plans if p != path))[:8]
    updated = replace(settings, recent_plans=recent)
    save_settings(updated)
    return updated


def save_settings(settings: Settings, path: Path | None = None) -> None:
    """Write preferences atomically; a failure is ignored (preferences are not worth a crash)."""
    with contextlib.suppress(WriteFailed):
        write_atomic(path or settings_path(), json.dumps(asdict(settings), indent=2).encode("utf-8"))

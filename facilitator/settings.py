"""User preferences: typed defaults in one place, stored as JSON in the data folder.

Window positions and other state Qt keeps are not here; this is what the facilitator chose.
"""

from __future__ import annotations

import contextlib
import json
import os
import time
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path

from facilitator.languages import LANGUAGES
from facilitator.paths import data_dir
from facilitator.sessions.atomic import WriteFailed, write_atomic
from facilitator.sessions.errors import MAX_FILE_BYTES, read_at_most


@dataclass(frozen=True)
class Settings:
    projector_screen: str | None = None
    """The projector, remembered by its name (not its index, which changes with cables)."""
    audience_timer_visible: bool = True
    audience_text_scale: float = 1.0
    """Type size on the projector, 0.8 to 1.6 times the design size."""
    high_contrast: bool = False
    content_language: str = "en"
    """The built-in workshop's language when the app opens with no plan and no ``--language``
    (chosen when the Language menu offers to switch the workshop too; see ``workshop_language``)."""
    ui_language: str = ""
    """The UI's language: one of facilitator.languages.LANGUAGES, or "" to follow the system."""
    recent_plans: tuple[str, ...] = ()
    """Plan files opened or saved lately, newest first (paths only, never their content)."""
    idle_lock_minutes: int = 10
    """Lock the laptop after this many minutes without a key or click; 0: never."""
    idle_lock_while_running: bool = False
    """Also lock while a step's timer runs (off by default: nobody types while leading)."""
    media_folder: str = ""
    """Where film steps' video files are also looked for (after the plan's own folder); "": none."""
    film_volume: float = 1.0
    """The films' sound volume, 0.0 to 1.0."""
    programme_code: str = ""
    """The programme's code for its summaries (assigned by the programme; see programme/codes.py)."""
    facilitator_code: str = ""
    """The facilitator's code, assigned by the programme: never a name."""
    region_code: str = ""
    """Where the facilitator works, as a region code of content/programme/regions.yaml (e.g. KZ-15)."""
    odk_public_key: str = ""
    """The programme's RSA public key (base64) its ODK/Kobo submissions are encrypted to; "": none."""
    odk_submission_url: str = ""
    """The server's submission URL for the form's ``submission_url`` setting; "": none."""
    odk_form_version: str = ""
    """The form's version on the programme's server when it differs from the shipped one."""


IDLE_LOCK_CHOICES = (0, 5, 10, 20, 30)


_TYPES: dict[str, type | tuple[type, ...]] = {
    "projector_screen": (str, type(None)),
    "audience_timer_visible": bool,
    "audience_text_scale": (float, int),
    "high_contrast": bool,
    "content_language": str,
    "recent_plans": list,
    "ui_language": str,
    "idle_lock_minutes": int,
    "idle_lock_while_running": bool,
    "media_folder": str,
    "film_volume": (float, int),
    "programme_code": str,
    "facilitator_code": str,
    "region_code": str,
    "odk_public_key": str,
    "odk_submission_url": str,
    "odk_form_version": str,
}


def workshop_language(path: Path | None = None) -> str:
    """The language the built-in workshop opens in when none is asked for: ``content_language``
    when it is one of the app's languages, else English."""
    chosen = load_settings(path).content_language
    return chosen if chosen in LANGUAGES else "en"


def settings_path() -> Path:
    return data_dir() / "settings.json"


def load_settings(path: Path | None = None) -> Settings:
    """Saved preferences; defaults for anything missing, unreadable or of the wrong type."""
    path = path or settings_path()
    try:
        raw = json.loads(read_at_most(path, MAX_FILE_BYTES).decode("utf-8"))
    except (OSError, ValueError, RecursionError):  # RecursionError: a damaged, deeply nested file
        return Settings()
    if not isinstance(raw, dict):
        return Settings()
    accepted = {
        field.name: raw[field.name]
        for field in fields(Settings)
        if field.name in raw and isinstance(raw[field.name], _TYPES[field.name])
    }
    if accepted.get("idle_lock_minutes") not in (None, *IDLE_LOCK_CHOICES) or isinstance(
        accepted.get("idle_lock_minutes"), bool
    ):
        del accepted["idle_lock_minutes"]
    if "film_volume" in accepted:
        accepted["film_volume"] = min(1.0, max(0.0, float(accepted["film_volume"])))
    if "recent_plans" in accepted:
        accepted["recent_plans"] = tuple(str(p) for p in accepted["recent_plans"] if isinstance(p, str))[:8]
    return replace(Settings(), **accepted)


def set_aside_damaged(path: Path | None = None) -> Path | None:
    """A settings file that is not a JSON object (damaged) is moved aside, never overwritten by
    the defaults the next change would save: the programme codes in it are kept nowhere else.
    Returns where it went, or None (no file, a good one, or it cannot be moved)."""
    path = path or settings_path()
    try:
        raw = read_at_most(path, MAX_FILE_BYTES)
    except OSError:
        return None
    try:
        if isinstance(json.loads(raw.decode("utf-8")), dict):
            return None
    except (ValueError, RecursionError):  # UnicodeDecodeError is a ValueError
        pass
    aside = path.with_name(f"{path.stem}.damaged-{time.strftime('%Y%m%d-%H%M%S')}{path.suffix}")
    try:
        os.replace(path, aside)
    except OSError:
        return None
    return aside


def change_settings(path: Path | None = None, **changes: object) -> Settings:
    """The one way to change a preference: read what is saved now, change only ``changes``, write
    it back atomically. Nothing keeps a copy, so one change never undoes another."""
    updated = replace(load_settings(path), **changes)  # type: ignore[arg-type]
    save_settings(updated, path)
    return updated


def change_settings_or_fail(path: Path | None = None, **changes: object) -> Settings:
    """``change_settings`` for what is kept nowhere else (the programme codes): a failure to write
    (a full disk) raises ``WriteFailed`` instead of being ignored, and nothing is changed."""
    updated = replace(load_settings(path), **changes)  # type: ignore[arg-type]
    write_atomic(path or settings_path(), json.dumps(asdict(updated), indent=2).encode("utf-8"))
    return updated


def remember_plan(path: str) -> Settings:
    """Put ``path`` first in the recent plans (at most eight) and save."""
    recent = (path, *(p for p in load_settings().recent_plans if p != path))[:8]
    return change_settings(recent_plans=recent)


def save_settings(settings: Settings, path: Path | None = None) -> None:
    """Write preferences atomically; a failure is ignored (preferences are not worth a crash)."""
    with contextlib.suppress(WriteFailed):
        write_atomic(path or settings_path(), json.dumps(asdict(settings), indent=2).encode("utf-8"))

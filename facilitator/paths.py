"""Every path the app writes to, from one place that tests redirect with FACILITATOR_DATA_DIR."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

import platformdirs

from facilitator.sessions.errors import StoreError, StoreProblem

APP_NAME = "Facilitator"
DATA_DIR_ENV = "FACILITATOR_DATA_DIR"
INSTANCE_LOCK_NAME = "facilitator.lock"
"""The lock a running app holds, in its data folder (beside the database)."""


def chosen_data_dir() -> Path:
    """Where the data folder is, made or not (``data_dir`` makes it)."""
    override = os.environ.get(DATA_DIR_ENV)
    return Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def data_dir() -> Path:
    """The user data folder (platform convention), or ``$FACILITATOR_DATA_DIR`` when set.

    A relative ``$FACILITATOR_DATA_DIR`` is refused, nothing made: it would name another folder
    in each folder the app or a command is started from, and the sessions would seem to vanish.
    A file where the folder should be is said as such."""
    path = chosen_data_dir()
    if not path.is_absolute():
        raise StoreError(
            f"{DATA_DIR_ENV} is a relative path ({path}); give the full path, such as "
            f"{Path.cwd() / path}, so that the app and every command use the same folder wherever "
            "they are started; nothing was created",
            StoreProblem.FOLDER,
            path,
            "relative path",
        )
    if path.exists() and not path.is_dir():
        raise StoreError(
            f"cannot use the data folder {path}: it is a file, not a folder; set {DATA_DIR_ENV} to a folder",
            StoreProblem.FOLDER,
            path,
            "not a folder",
        )
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:  # a read-only drive, a file in the way: said, never a traceback
        raise StoreError(
            f"cannot use the data folder {path}: {exc.strerror}; "
            f"set {DATA_DIR_ENV} to a folder you can write",
            StoreProblem.FOLDER,
            path,
            exc.strerror or "",
        ) from None
    return path


def database_path() -> Path:
    return data_dir() / "facilitator.sqlite3"


def user_plans_dir() -> Path:
    path = data_dir() / "plans"
    with contextlib.suppress(OSError):  # a read-only data folder: no plans of one's own to list
        path.mkdir(parents=True, exist_ok=True)
    return path


def window_state_path() -> Path:
    """Where the windows were (Qt's own INI format), apart from the facilitator's settings."""
    return data_dir() / "window-state.ini"


def instance_lock_path() -> Path:
    """The lock a running app holds on this data folder (Qt's QLockFile; read by the core too)."""
    return data_dir() / INSTANCE_LOCK_NAME


def plan_cache_dir() -> Path:
    """Checked plans, kept so a plan seen before opens without being checked again
    (facilitator/sessions/plan_cache.py: public workshop content only, safe to delete)."""
    return data_dir() / "cache" / "plans"


def series_index_dir() -> Path:
    """Where each plan sits in a series, kept so a series seen before is not checked again
    (facilitator/sessions/series_index.py: public workshop content only, safe to delete)."""
    return data_dir() / "cache" / "series"


def checked_cache_dir() -> Path:
    """Results worked out from files (facilitator/sessions/checked_cache.py: public workshop
    content only, safe to delete)."""
    return data_dir() / "cache" / "checked"

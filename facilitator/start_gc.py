"""Python's cyclic garbage collector held off while the app starts, and let go once the console
takes keys.

Starting allocates hundreds of thousands of objects that all live on (modules, classes, PySide6's
enums, the plan, the widgets' wrappers), and the collector walks them again and again while they
are made: ≈ 70 collections, 20–30 ms of a quiet machine's start, for almost nothing to free (the
start makes little cyclic garbage). Held, nothing is walked until the console takes keys; let go
then, the collector goes on as always for the rest of the session. Reference counting frees
everything else as usual all along.

``hold`` is called first thing by the app's entry points; ``release`` when the console takes keys,
and by the command line whenever it runs anything else (a command, a refusal), or once the app
returns, so nothing runs long with the collector held."""

from __future__ import annotations

import gc

_was_enabled: bool | None = None
"""Whether the collector ran when ``hold`` held it (None: not held)."""


def hold() -> None:
    """Hold the collector off (once: a second call while held does nothing)."""
    global _was_enabled
    if _was_enabled is None:
        _was_enabled = gc.isenabled()
        gc.disable()


def release() -> None:
    """Let the collector go on as it did before ``hold`` (nothing if it is not held)."""
    global _was_enabled
    if _was_enabled is not None:
        if _was_enabled:
            gc.enable()
        _was_enabled = None


def held() -> bool:
    """Whether ``hold`` holds the collector now."""
    return _was_enabled is not None

"""PySide6 without its source scan of every module imported after it.

PySide6 puts its own ``__import__`` in place to support its optional ``from __feature__ import
snake_case, true_property``, and after each import it asks whether the new module uses PySide by
reading the module's whole source (``inspect.getsource``, PySide6's ``support.feature``), so a
module that does could get the no-feature default. The answer only matters to a program that turns a
feature on somewhere; this one never does. Measured: the app's start read the source of 206 modules
that way, 70–150 ms at a load of 10 (7–10 % of the time to the console taking keys, 14 % of the
time to the first paint). A packaged app (PyInstaller) has no sources, so there it fails fast and
costs nothing; a pip install or a checkout pays it.

``skip_source_scan`` answers "uses PySide, no feature" for every module, without reading it: the
default PySide gives a module that uses it, and what every module of this app sees anyway.
"""

from __future__ import annotations

import sys
from types import ModuleType


def _no_feature(_module: ModuleType) -> bool:
    return True  # "uses PySide": its default is no feature, as for every module of this app


def skip_source_scan() -> bool:
    """Stop PySide6 reading the source of each module imported from now on; False if this PySide6
    has no such scan (another version: nothing changed)."""
    import PySide6.QtCore  # noqa: F401 - puts PySide's import hook and its support module in place

    feature = sys.modules.get("PySide6.support.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    feature._mod_uses_pyside = _no_feature  # type: ignore[attr-defined]
    return True

"""PySide6 does not read the source of the modules imported after the UI package (pyside_features)."""

from __future__ import annotations

import inspect
import sys
from pathlib import Path

import pytest

import facilitator.ui  # noqa: F401 - as the app imports it before its windows


def test_a_module_imported_after_the_ui_package_is_not_read_by_pyside(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "pyside_probe_module.py").write_text("from PySide6.QtCore import QObject\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    read: list[object] = []
    real = inspect.getsource
    monkeypatch.setattr(inspect, "getsource", lambda obj: read.append(obj) or real(obj))
    try:
        module = __import__("pyside_probe_module")  # an import statement: through PySide's hook
    finally:
        sys.modules.pop("pyside_probe_module", None)
    assert module.QObject is not None
    assert read == []
    feature = sys.modules["PySide6.support.feature"]
    assert feature.pyside_feature_dict["pyside_probe_module"] == 0  # no feature, as PySide would say

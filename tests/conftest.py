import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test writes its data under its own temporary folder, never the user's."""
    folder = tmp_path / "data"
    folder.mkdir()
    monkeypatch.setenv("FACILITATOR_DATA_DIR", str(folder))
    return folder


@pytest.fixture(autouse=True)
def unsaved_plans_discarded(monkeypatch: pytest.MonkeyPatch) -> None:
    """pytest-qt closes every window a test leaves open; a planner holding unsaved changes would
    then ask (a modal dialog nobody answers). Such leftover work is discarded, unless the test
    answers the question itself (it replaces ``dialogs.ask_save`` after this). Qt-free tests never
    import the dialogs."""
    dialogs = sys.modules.get("facilitator.ui.dialogs")
    if dialogs is not None:
        monkeypatch.setattr(dialogs, "ask_save", lambda *_args: dialogs.SaveAnswer.DISCARD)


# CI runs the generated tests on a fixed seed so a red build is reproducible; locally they explore.
from hypothesis import settings as hypothesis_settings  # noqa: E402

hypothesis_settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    hypothesis_settings.load_profile("ci")

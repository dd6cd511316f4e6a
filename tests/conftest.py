import os
import sys
from collections.abc import Iterator
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


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """A test that plays films (``@pytest.mark.films``) runs without pytest-qt's Qt message capture.

    That capture is a Python function installed with ``qInstallMessageHandler``, and Qt calls it in
    the thread that logs: QtMultimedia's decoding, sound and file-opening threads log too ("No audio
    device detected", "Could not open media", "No HW decoder found"). Such a thread then needs the
    GIL: if the main thread holds it while it waits for that thread (stopping or pausing a film
    waits for the decoder), the process freezes; and pytest-qt installs and removes the function
    around each test, so a thread already inside the handler when it is removed calls a null
    Python function and the run dies ("Fatal Python error: Segmentation fault", no Python frame).
    The app installs no such handler; only the tests did."""
    for item in items:
        if item.get_closest_marker("films") is not None:
            item.add_marker(pytest.mark.no_qt_log)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item) -> Iterator[None]:
    """A test not marked ``films`` that leaves a film player with a film fails: its decoder's
    threads would log into pytest-qt's message capture (see above)."""
    result = yield
    if item.get_closest_marker("films") is None and "PySide6.QtMultimedia" in sys.modules:
        import shiboken6
        from PySide6.QtMultimedia import QMediaPlayer

        wrappers = shiboken6.getAllValidWrappers()
        if any(isinstance(w, QMediaPlayer) and not w.source().isEmpty() for w in wrappers):
            pytest.fail("A film player holds a film in a test not marked films (tests/conftest.py)")
    return result


@pytest.fixture(autouse=True)
def film_threads_ended(request: pytest.FixtureRequest) -> Iterator[None]:
    """After a test that played films, QtMultimedia's file-opening threads (Qt's global thread pool)
    have ended before the next test installs its Qt message capture: a film being opened when its
    player went still logs "Could not open media" from there a moment later."""
    yield
    if request.node.get_closest_marker("films") is not None:
        from PySide6.QtCore import QThreadPool

        QThreadPool.globalInstance().waitForDone(30_000)


# CI runs the generated tests on a fixed seed so a red build is reproducible; locally they explore.
from hypothesis import settings as hypothesis_settings  # noqa: E402

hypothesis_settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    hypothesis_settings.load_profile("ci")

"""The first frame: the projector's holding screen and the console's frame, painted before the
console is imported; only audience content on the projector; both gone once the app is open."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from facilitator.content import builtin_workshop_in, default_workshop
from facilitator.sessions.plan_loader import load_plan
from facilitator.ui import theme
from facilitator.ui.audience_view import AudienceView
from facilitator.ui.first_frame import FirstFrame
from tests.helpers.plans import private_strings

ROOT = Path(__file__).resolve().parents[2]
HELPERS = ROOT / "tests" / "helpers"

BEFORE_FIRST_PAINT = """
import json, sys
from pathlib import Path
from facilitator.app import run_app  # what `facilitator` imports before its first paint
from facilitator.content import builtin_workshop_in, default_workshop
from facilitator.paths import plan_cache_dir
from facilitator.sessions.plan_loader import load_plan
from facilitator.ui.first_frame import FirstFrame
from facilitator.ui.start_times import StartTimes
load_plan(default_workshop("ru"), cache=plan_cache_dir())  # the second time: from the cache
late = ["pydantic", "yaml", "reportlab", "numpy", "natasha", "asyncio", "qasync",
        "facilitator.anonymizer", "facilitator.export", "facilitator.ui.console_window",
        "facilitator.ui.launch", "facilitator.ui.notes_panel", "facilitator.aids.disclosure_words"]
print(json.dumps(sorted(name for name in late if name in sys.modules)))
"""


def test_the_holding_screen_shows_the_title_and_nothing_private(qtbot: QtBot) -> None:
    loaded = load_plan(default_workshop("ru"))
    frame = FirstFrame(loaded.plan.title)
    frame.show_holding()
    qtbot.addWidget(frame.console)
    qtbot.addWidget(frame.holding)
    assert frame.console.isVisible() and frame.holding.isVisible()
    shown = frame.view.visible_text()
    assert shown == loaded.plan.title
    for step in loaded.plan.steps:
        assert not any(private in shown for private in private_strings(step))
    assert loaded.plan.title in frame.console.windowTitle()
    frame.close()
    frame.close()  # a second close does nothing
    assert not frame.console.isVisible() and not frame.holding.isVisible()


@pytest.mark.parametrize("companion_first", [False, True], ids=["kk+ru", "ru+kk"])
def test_a_two_language_holding_screen_shows_both_titles_in_the_rooms_order(
    qtbot: QtBot, companion_first: bool
) -> None:
    """As the projector will: the console's plan and its companion, in the order asked for."""
    kk, ru = (load_plan(builtin_workshop_in(language)).plan for language in ("kk", "ru"))
    assert kk.title != ru.title
    frame = FirstFrame(kk.title, ru.title, companion_first)
    frame.show_holding()
    qtbot.addWidget(frame.console)
    qtbot.addWidget(frame.holding)
    frame.holding.resize(1920, 1080)
    first, second = (ru, kk) if companion_first else (kk, ru)
    assert frame.view.visible_text() == f"{first.title}\n{second.title}"


def test_the_holding_screen_looks_like_the_audience_views(qtbot: QtBot) -> None:
    """Drawn without the audience view, it has the view's colours and the title's type size, so
    the projector does not jump when the real window replaces it."""
    title = load_plan(default_workshop("kk")).plan.title
    frame = FirstFrame(title)
    frame.show_holding()
    qtbot.addWidget(frame.console)
    qtbot.addWidget(frame.holding)
    view = AudienceView("kk")
    qtbot.addWidget(view)
    view.resize(frame.holding.size())
    view.show_holding(title)
    view.show()
    qtbot.waitUntil(lambda: view.findChild(QLabel, "holding").font().pixelSize() > 0)
    real = view.findChild(QLabel, "holding").font()
    drawn = frame.view.title_font()
    assert drawn.bold() == real.bold() and drawn.family() == real.family()
    assert abs(drawn.pixelSize() - real.pixelSize()) <= max(2, real.pixelSize() * 0.1)
    image = frame.holding.grab().toImage()
    assert image.pixelColor(3, 3) == theme.AUDIENCE_BACKGROUND
    colours = {
        image.pixelColor(x, y).name() for x in range(0, image.width(), 3) for y in range(0, image.height(), 3)
    }
    assert theme.AUDIENCE_ACCENT.name() in colours  # the title is drawn, in the accent colour
    frame.close()


def test_nothing_heavy_is_imported_before_the_first_paint(tmp_path: Path) -> None:
    env = {**os.environ, "FACILITATOR_DATA_DIR": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    for _ in range(2):  # the first run checks the plan in full (pydantic, YAML) and fills the cache
        done = subprocess.run(
            [sys.executable, "-c", BEFORE_FIRST_PAINT], cwd=ROOT, env=env, capture_output=True, text=True
        )
        assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == []


def test_the_app_paints_first_then_takes_keys_and_the_frame_is_gone(tmp_path: Path) -> None:
    env = {**os.environ, "FACILITATOR_DATA_DIR": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    env["FACILITATOR_PASSPHRASE"] = "first frame test"
    done = subprocess.run(
        [sys.executable, "-m", "facilitator", "--quit-when-shown"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    times = json.loads(done.stdout.strip().splitlines()[-1])
    assert 0 < times["first_paint"] < times["console_ready"]


def test_on_two_screens_the_holding_screen_fills_the_projector(qtbot: QtBot) -> None:
    script = (
        "import json\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from facilitator.content import default_workshop\n"
        "from facilitator.sessions.plan_loader import load_plan\n"
        "from facilitator.ui.first_frame import FirstFrame\n"
        "app = QApplication([])\n"
        "frame = FirstFrame(load_plan(default_workshop('en')).plan.title)\n"
        "frame.show_holding()\n"
        "app.processEvents()\n"
        "g = frame.holding.geometry()\n"
        "print(json.dumps([frame.holding.screen().name(), [g.x(), g.y(), g.width(), g.height()],"
        " frame.console.screen().name()]))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={HELPERS / 'two_screens.json'}"}
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    holding_screen, geometry, console_screen = json.loads(done.stdout.strip().splitlines()[-1])
    screens = json.loads((HELPERS / "two_screens.json").read_text())["screens"]
    projector = next(s for s in screens if s["name"] == holding_screen)
    assert holding_screen != console_screen
    assert geometry == [projector["x"], projector["y"], projector["width"], projector["height"]]

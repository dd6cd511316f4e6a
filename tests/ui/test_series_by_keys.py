"""Every session of every built-in series, in every language, runs end to end on presenter keys
alone: F5, PageDown through every step and every guess-then-reveal answer, the check-out, the
closing screen, Ctrl+E. At each press the projector holds audience content only, and the console
says where the session sits in its series ("Session 3 of 8", «Встреча 3 из 8», «3-кездесу,
барлығы 8») in the facilitator's language.

Offscreen, on the injected clock (no sleeps): one console and projector per session, as the
facilitator has. Modelled on test_a_whole_workshop_runs_on_presenter_keys_alone.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from facilitator.aids.cue_set import load_cue_set
from facilitator.aids.referrals import Directory
from facilitator.content import builtin_series_files
from facilitator.languages import LANGUAGES
from facilitator.sessions.plan import StepKind
from facilitator.sessions.plan_loader import load_plan
from facilitator.sessions.series_loader import load_series
from facilitator.sessions.state import Status
from facilitator.ui import i18n
from facilitator.ui.audience_view import Display
from tests.helpers.plans import private_strings
from tests.ui.conftest import Rig, build_rig, close_rig

WHERE = {"en": "Session {n} of {m}", "ru": "Встреча {n} из {m}", "kk": "{n}-кездесу, барлығы {m}"}
"""The console's line, written out here (not through the app's own translation call)."""
FOLLOW_UP = {"en": "Follow-up session", "ru": "Повторная встреча", "kk": "Кейінгі кездесу"}


@dataclass(frozen=True)
class Session:
    language: str
    path: Path
    number: int | None  # None: the follow-up
    total: int
    series_title: str
    told: tuple[str, ...]
    """What the series tells the facilitator about this session: purpose, what to prepare, when,
    and the series' guidance. Console only."""

    def __str__(self) -> str:
        return f"{self.path.stem}"


def sessions() -> list[Session]:
    found: list[Session] = []
    for series_file in builtin_series_files():
        loaded = load_series(series_file)
        series = loaded.series
        entries: list[tuple[object, object]] = list(zip(series.sessions, loaded.sessions, strict=True))
        if loaded.follow_up is not None and series.follow_up is not None:
            entries.append((series.follow_up, loaded.follow_up))
        for told, entry in entries:
            when = getattr(told, "when", "")
            texts = (told.purpose, *told.prepare, when, *series.guidance)  # type: ignore[attr-defined]
            found.append(
                Session(
                    series.language,
                    Path(entry.path),
                    entry.number,
                    loaded.total,
                    series.title,
                    tuple(t for t in texts if t),
                )
            )
    return found


SESSIONS = sessions()


def test_every_built_in_series_session_in_every_language_is_driven_below() -> None:
    """The parametrization below is not a sample: 8 sessions and the follow-up, in en, ru and kk."""
    assert {s.language for s in SESSIONS} == set(LANGUAGES)
    for language in LANGUAGES:
        numbers = sorted(s.number or 0 for s in SESSIONS if s.language == language)
        assert numbers == [0, *range(1, 9)], language  # 0: the follow-up


@pytest.fixture
def ui_language(request: pytest.FixtureRequest) -> Iterator[str]:
    """The console in the session's language, as a Russian or Kazakh facilitator runs it."""
    language = request.param
    app = QApplication.instance()
    assert i18n.install(app, language) == language  # type: ignore[arg-type]
    yield language
    i18n.install(app, "en")  # type: ignore[arg-type]


def press(rig: Rig, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(rig.console, key, modifier)


def flat(text: str) -> str:
    return " ".join(text.split())


@functools.cache
def cue_texts() -> tuple[str, ...]:
    """Every cue's id and moves, in every language (read once: the files do not change)."""
    texts: list[str] = []
    for library in load_cue_set().libraries.values():
        for cue in library.cues:
            texts += [cue.id, *(move.text for move in cue.moves)]
    return tuple(texts)


def private_texts(rig: Rig, session: Session) -> list[str]:
    """Everything the facilitator may read and the room may not: every step's guidance, the
    series' notes for this session, the cues (their moves and ids) and the referral sheet."""
    plan = rig.bridge.plan
    texts = [s for step in plan.steps for s in private_strings(step)]
    texts += session.told
    texts += cue_texts()
    texts += [service.name for service in Directory(rig.store).services()]
    public = flat(" ".join(str(step.audience) for step in plan.steps) + " " + plan.title)
    return [flat(t) for t in texts if t and flat(t) not in public]  # a word both sides: not a leak


def where_line(session: Session) -> str:
    if session.number is None:
        return FOLLOW_UP[session.language]
    return WHERE[session.language].format(n=session.number, m=session.total)


@pytest.mark.parametrize(
    ("ui_language", "session"),
    [(s.language, s) for s in SESSIONS],
    ids=[str(s) for s in SESSIONS],
    indirect=["ui_language"],
)
def test_a_series_session_runs_on_presenter_keys_alone(
    qtbot: QtBot, ui_language: str, session: Session, answers: list[str]
) -> None:
    rig = build_rig(qtbot, load_plan(session.path))
    try:
        drive(qtbot, rig, session, answers)
    finally:
        close_rig(rig)


def drive(qtbot: QtBot, rig: Rig, session: Session, answers: list[str]) -> None:
    rig.console.activateWindow()
    qtbot.waitUntil(rig.console.isActiveWindow)
    plan, bridge, view = rig.bridge.plan, rig.bridge, rig.audience.view
    steps = plan.steps
    secrets = private_texts(rig, session)
    where = where_line(session)
    assert steps[-1].kind is StepKind.CHECK_OUT, "a series session ends with the check-out and handout"

    def check(point: str) -> None:
        label = rig.console.series_label
        assert label.isVisible() and where in label.text(), (point, label.text())
        assert session.series_title in label.text(), point
        shown = flat(view.visible_text())
        if session.number is not None:  # (the follow-up's own title may say it is one)
            assert where not in shown, (point, "the series' place is for the console")
        leaks = [secret for secret in secrets if secret in shown]
        assert leaks == [], (point, leaks)

    assert view.display is Display.HOLDING
    check("holding")
    press(rig, Qt.Key.Key_F5)
    assert bridge.status is Status.RUNNING
    seen: list[int] = []
    for _ in range(len(steps) * 6):
        if view.display is Display.CLOSING:
            break
        index = bridge.index
        step = steps[index]
        if bridge.held_back:  # a sensitive step waits on the holding screen until the console warned
            assert step.sensitive and view.display is Display.HOLDING, (index, step.id)
            assert flat(step.audience_title) not in flat(view.visible_text()), (index, step.id)
            check(f"step {index + 1} ({step.id}) held back")
            press(rig, Qt.Key.Key_PageDown)  # the facilitator goes on: the step goes up
            assert not bridge.held_back and bridge.index == index, (index, step.id)
        assert view.display is Display.SLIDE, (index, view.display)
        assert flat(step.audience_title) in flat(view.visible_text()), (index, step.id)
        check(f"step {index + 1} ({step.id}), {bridge.revealed()} answers shown")
        if not seen or seen[-1] != index:
            seen.append(index)
            rig.clock.advance(step.duration / 2)  # time passes; never overtime
        shown_answers = bridge.revealed()
        press(rig, Qt.Key.Key_PageDown)
        if bridge.index != index or view.display is Display.CLOSING:  # moved on: all answers shown
            hidden = sum(fact.reveal for fact in step.audience.facts)
            assert shown_answers == hidden, (index, step.id)
    assert seen == list(range(len(steps))), "PageDown took the session through every step in order"
    assert view.display is Display.CLOSING
    assert plan.title in view.visible_text()  # past the check-out: the closing screen
    check("closing")
    press(rig, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert bridge.status is Status.ENDED, answers
    assert all(row.actual > 0 for row in bridge.agenda())
    check("ended")

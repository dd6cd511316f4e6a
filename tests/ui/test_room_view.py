"""What the room sees at the edges of a step: time up, phases, guess-then-reveal, the end.

Every check looks at everything the audience window (and the console's preview of it) holds, shown
or hidden, and finds none of the console's own text in it: no overtime, no private guidance, no
notes, no advice.
"""

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from facilitator.content import default_workshop
from facilitator.presentation import audience_word, clock_text
from facilitator.sessions.plan_loader import load_plan
from facilitator.ui.audience_view import Display
from tests.helpers.plans import private_strings
from tests.ui.conftest import Rig, build_rig, close_rig

NOTE = "Айдар сказал, что дома всё решает отец"


@pytest.fixture(params=["en", "ru", "kk"])
def room(request: pytest.FixtureRequest, qtbot: QtBot) -> Iterator[Rig]:
    made = build_rig(qtbot, load_plan(default_workshop(request.param)))
    made.bridge.start()
    made.bridge.save_note(None, NOTE, ["quote"])
    made.bridge.wait_for_saves()
    yield made
    close_rig(made)


def handed(widget: QWidget) -> str:
    """Every text the widget's labels hold, shown or hidden: all the room could ever be shown."""
    return "\n".join(label.text() for label in widget.findChildren(QLabel)) + "\n" + widget.windowTitle()


def tick(rig: Rig) -> None:
    rig.bridge.timer_updated.emit()  # what the repaint timer does; no waiting on real time


def assert_audience_only(rig: Rig) -> None:
    """Neither the projector nor its preview holds anything only the console may show."""
    state = rig.bridge.state()
    console_only = [NOTE, rig.console.timer_panel.phase.text(), rig.console.timer_panel.standing.text()]
    console_only += [rig.console.timer_panel.late.text()]
    if state.remaining < 0:
        console_only.append(clock_text(state.remaining))  # "+1:05"
    for step in rig.bridge.plan.steps:
        console_only += private_strings(step)
    for view in (rig.audience, rig.console.preview.view):
        text = handed(view)
        leaks = [secret for secret in console_only if secret.strip() and secret in text]
        assert leaks == [], leaks
        assert "+" not in view.findChild(QLabel, "timer").text()
        assert view.findChild(QLabel, "timer").property("level") != "overtime"
    assert rig.audience.view.visible_text() == rig.console.preview.view.visible_text()


def test_time_up_shows_zero_to_the_room_and_the_overtime_to_the_console_only(room: Rig) -> None:
    step = room.bridge.plan.steps[0]
    room.clock.advance(step.duration - 30)
    tick(room)
    assert room.audience.view.findChild(QLabel, "timer").text() == "0:30"
    room.clock.advance(95)  # 1:05 over
    tick(room)
    assert room.console.timer_panel.clock.text() == "+1:05"
    timer = room.audience.view.findChild(QLabel, "timer")
    assert timer.text() == "0:00" and timer.isVisible()
    assert_audience_only(room)
    room.audience.toggle_timer()  # hidden by the facilitator: nothing at all
    assert not timer.isVisible() and "0:00" not in room.audience.view.visible_text()


def test_the_room_sees_the_current_phase_and_its_time_left(room: Rig) -> None:
    plan = room.bridge.plan
    index, step = next((i, s) for i, s in enumerate(plan.steps) if len(s.phases) >= 2)
    room.bridge.jump(index)
    room.clock.advance(60)
    tick(room)
    first, second = step.phases[0], step.phases[1]
    shown = room.audience.view.visible_text()
    assert f"{first.label} · {clock_text(first.duration - 60)}" in shown
    assert_audience_only(room)
    room.clock.advance(first.duration - 60 + 30)  # the first phase is over: the second runs
    tick(room)
    shown = room.audience.view.visible_text()
    assert f"{second.label} · {clock_text(second.duration - 30)}" in shown and first.label not in shown
    assert_audience_only(room)
    room.bridge.next_phase()
    assert step.phases[2].label in room.audience.view.visible_text()


def test_each_press_reveals_one_answer_and_the_next_press_after_the_last_moves_on(room: Rig) -> None:
    plan = room.bridge.plan
    index, step = next(
        (i, s) for i, s in enumerate(plan.steps) if sum(f.reveal for f in s.audience.facts) >= 2
    )
    answers = [fact for fact in step.audience.facts if fact.reveal]
    room.bridge.jump(index)
    guess = audience_word(plan.language, "guess")
    for shown in range(len(answers) + 1):
        text = room.audience.view.visible_text()
        assert [fact.text in text for fact in answers] == [n < shown for n in range(len(answers))]
        assert (guess in text) is (shown < len(answers))
        assert_audience_only(room)
        assert room.bridge.index == index
        room.bridge.next()
    assert room.bridge.index == index + 1


def test_after_the_last_step_the_room_sees_a_closing_screen_not_a_frozen_timer(room: Rig) -> None:
    plan = room.bridge.plan
    room.bridge.jump(len(plan.steps) - 1)
    if room.bridge.held_back:  # a sensitive last step: the facilitator lets it up first
        room.bridge.next()
    room.clock.advance(plan.steps[-1].duration + 120)  # the last step ran over, too
    room.bridge.next()
    tick(room)
    view = room.audience.view
    closing = audience_word(plan.language, "closing")
    assert view.display is Display.CLOSING
    assert view.visible_text() == f"{plan.title}\n{closing}"  # no timer, no slide
    assert_audience_only(room)
    room.bridge.previous()  # back to the last slide, as in a slide show
    assert plan.steps[-1].audience_title in view.visible_text()
    room.bridge.next()
    room.bridge.end()
    tick(room)
    assert view.visible_text() == f"{plan.title}\n{closing}"
    assert room.console.preview.view.visible_text() == view.visible_text()
    assert_audience_only(room)


def test_ending_from_any_step_shows_the_closing_screen(room: Rig) -> None:
    plan = room.bridge.plan
    room.bridge.jump(2)
    room.clock.advance(plan.steps[2].duration + 60)  # in overtime: the timer must not stay up
    room.bridge.end()
    tick(room)
    closing = f"{plan.title}\n{audience_word(plan.language, 'closing')}"
    assert room.audience.view.visible_text() == closing
    assert_audience_only(room)
    room.bridge.blank(Display.BLACK)
    room.bridge.blank(Display.BLACK)
    assert room.audience.view.visible_text() == closing  # black and back: the closing screen


def test_ending_while_black_keeps_the_room_black(room: Rig) -> None:
    room.bridge.jump(2)
    room.bridge.blank(Display.BLACK)
    room.bridge.end()
    assert room.audience.view.visible_text() == ""  # blanked for a reason: ending never unblanks
    room.bridge.blank(Display.BLACK)
    assert room.audience.view.display is Display.CLOSING


def test_back_on_a_guess_step_hides_its_answers_again_then_goes_back_a_step(room: Rig) -> None:
    plan = room.bridge.plan
    index, step = next(
        (i, s) for i, s in enumerate(plan.steps) if sum(f.reveal for f in s.audience.facts) >= 2
    )
    answers = [fact for fact in step.audience.facts if fact.reveal]
    room.bridge.jump(index)
    for _ in answers:
        room.bridge.next()  # a slip of the space bar: every answer shown
    for shown in range(len(answers) - 1, -1, -1):
        room.bridge.previous()
        text = room.audience.view.visible_text()
        assert [fact.text in text for fact in answers] == [n < shown for n in range(len(answers))]
        assert room.bridge.index == index
        assert_audience_only(room)
    assert audience_word(plan.language, "guess") in room.audience.view.visible_text()
    room.bridge.previous()
    assert room.bridge.index == index - 1

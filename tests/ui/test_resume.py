"""Reopening after a crash offers the unfinished session and restores step, time, notes, screen."""

import re

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from facilitator.content import default_workshop
from facilitator.paths import database_path
from facilitator.sessions.clock import FakeClock
from facilitator.sessions.live import LiveSession
from facilitator.sessions.plan_loader import load_plan
from facilitator.sessions.store import Store
from facilitator.ui import dialogs
from facilitator.ui.dialogs import ResumeAnswer, ask_resume
from facilitator.ui.launch import CLOSE_OTHER, KEEP, RESUME_OTHER, Launcher
from facilitator.ui.session_bridge import SessionBridge


@pytest.fixture
def resume_other(monkeypatch: pytest.MonkeyPatch, answers: list[str]) -> list[str]:
    """An unfinished session of another workshop: the facilitator chooses to resume it."""
    asked: list[str] = []

    def choose(_parent: object, title: str, text: str, _options: list[str]) -> int:
        answers.append(title)
        asked.append(text)
        return RESUME_OTHER

    monkeypatch.setattr(dialogs, "choose", choose)
    return asked


def test_an_unfinished_session_of_another_workshop_is_named_and_resumed_if_chosen(
    qtbot: QtBot, answers: list[str], resume_other: list[str]
) -> None:
    clock = FakeClock()
    store = Store.open(database_path())
    loaded = load_plan(default_workshop("ru"))
    before = LiveSession.new(store, loaded, "workshop.ru.yaml", clock)
    before.engine.start()
    clock.advance(9 * 60)
    before.engine.next()
    before.add_note("Сказал, что дома всё решает отец", ["quote"])
    store.update_session(before.id, audience_screen="HDMI-1")
    clock.advance(3 * 60)  # ...then the laptop died, and came back three minutes later

    app = QApplication.instance()
    launcher = Launcher(app, load_plan(default_workshop("en")), "other.yaml", store, clock, ask=True)  # type: ignore[arg-type]
    launcher.open()
    try:
        assert answers == ["Choose a passphrase", "Another workshop did not end properly"]
        (question,) = resume_other
        assert loaded.plan.title in question and load_plan(default_workshop("en")).plan.title in question
        bridge = launcher.bridge
        assert bridge is not None and bridge.session_id is not None
        assert bridge.session_id == before.id
        assert bridge.plan.language == "ru"  # the session's own plan, not the one asked for
        state = bridge.state()
        assert state.index == 1
        assert state.remaining == pytest.approx(loaded.plan.steps[1].duration - 3 * 60)
        assert [n.text for n in bridge.notes()] == ["Сказал, что дома всё решает отец"]
        assert launcher._remembered_screen == "HDMI-1"
        assert loaded.plan.steps[1].audience_title in launcher.audience.view.visible_text()  # type: ignore[union-attr]
    finally:
        launcher.close()
        store.close()


def crashed_session(store: Store, clock: FakeClock, language: str, step: int) -> LiveSession:
    """A session that reached ``step``, with a note, and was never ended (the laptop died)."""
    live = LiveSession.new(store, load_plan(default_workshop(language)), f"workshop.{language}.yaml", clock)
    live.engine.start()
    for _ in range(step):
        clock.advance(5 * 60)
        live.engine.next()
    live.add_note("Сказал, что дома всё решает отец", ["quote"])
    return live


@pytest.mark.parametrize(
    ("ui", "minutes", "ago"),
    [
        ("en", 12, "12 minutes ago"),
        ("en", 1, "1 minute ago"),
        ("ru", 12, "12 минут назад"),
        ("ru", 22, "22 минуты назад"),
        ("ru", 21, "21 минуту назад"),
        ("ru", 3 * 60, "3 часа назад"),
        ("kk", 12, "12 минут бұрын"),
        ("kk", 2, "2 минут бұрын"),
    ],
)
def test_the_offer_says_which_workshop_which_step_and_how_long_ago(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, answers: list[str], ui: str, minutes: int, ago: str
) -> None:
    from facilitator.ui import dialogs, i18n

    app = QApplication.instance()
    assert i18n.install(app, ui) == ui  # type: ignore[arg-type]
    clock = FakeClock()
    store = Store.open(database_path())
    before = crashed_session(store, clock, "kk", 3)
    clock.advance(minutes * 60)  # the laptop was off
    questions: list[str] = []
    monkeypatch.setattr(
        dialogs,
        "ask_resume",
        lambda _parent, _title, text: questions.append(text) or dialogs.ResumeAnswer.RESUME,
    )
    launcher = Launcher(app, load_plan(default_workshop("kk")), "same.yaml", store, clock)  # type: ignore[arg-type]
    try:
        launcher.open()
        plan = before.loaded.plan
        assert len(questions) == 1
        question = questions[0]
        assert plan.title in question and "Қазақша" in question
        numbers = re.findall(r"\d+", question.replace(ago, ""))
        assert numbers == ["4", str(len(plan.steps))]  # step 4 of 14, in any word order
        assert plan.steps[3].title in question
        assert ago in question
    finally:
        launcher.close()
        store.close()
        i18n.install(app, "en")  # type: ignore[arg-type]


def test_close_for_good_closes_the_session_and_keeps_its_notes(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, answers: list[str]
) -> None:
    from facilitator.ui import dialogs

    clock = FakeClock()
    store = Store.open(database_path())
    before = crashed_session(store, clock, "ru", 2)
    last = clock.wall()
    clock.advance(3 * 3600)  # opened again three hours later
    asked: list[str] = []
    monkeypatch.setattr(
        dialogs, "ask_resume", lambda _parent, title, _text: asked.append(title) or dialogs.ResumeAnswer.CLOSE
    )
    app = QApplication.instance()
    for _ in range(2):  # the second start asks nothing
        launcher = Launcher(app, load_plan(default_workshop("ru")), "same.yaml", store, clock)  # type: ignore[arg-type]
        try:
            launcher.open()
            assert launcher.bridge is not None and launcher.bridge.session_id is None  # a new session
            assert launcher.bridge.plan.language == "ru"
        finally:
            launcher.close()
    assert asked == ["Resume the session?"]
    info = store.session(before.id)
    assert info.finished and info.ended_wall == pytest.approx(last)  # not three hours later
    assert [n.text for n in store.notes(before.id)] == ["Сказал, что дома всё решает отец"]
    assert store.unfinished() == []
    store.close()


def test_esc_on_the_resume_question_keeps_the_session_for_the_next_start(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Third blind drive: Esc on "Resume the session?" meant No, which closed the session for
    good. Esc is "decide later": the app opens as asked and the session is offered again."""
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtTest import QTest

    answered: list[ResumeAnswer] = []

    def real_question_answered_with_esc(parent, title, text):  # type: ignore[no-untyped-def]
        def esc() -> None:
            box = QApplication.activeModalWidget()
            assert box is not None and "Esc" in text  # the question says what Esc does
            QTest.keyClick(box, Qt.Key.Key_Escape)

        QTimer.singleShot(0, esc)
        answered.append(ask_resume(parent, title, text))  # the real question, its real Esc
        return answered[-1]

    clock = FakeClock()
    store = Store.open(database_path())
    crashed = crashed_session(store, clock, "ru", 2)
    monkeypatch.setattr(dialogs, "ask_resume", real_question_answered_with_esc)
    app = QApplication.instance()
    launcher = Launcher(app, load_plan(default_workshop("ru")), "same.yaml", store, clock)  # type: ignore[arg-type]
    try:
        launcher.open()
        assert answered == [ResumeAnswer.LATER]
        assert launcher.bridge is not None and launcher.bridge.session_id is None  # opened as asked
    finally:
        launcher.close()
    assert [info.id for info in store.unfinished()] == [crashed.id]  # kept, not closed
    monkeypatch.setattr(dialogs, "ask_resume", lambda *_args: ResumeAnswer.RESUME)
    again = Launcher(app, load_plan(default_workshop("ru")), "same.yaml", store, clock)  # type: ignore[arg-type]
    try:
        again.open()  # offered again at the next start, and resumed
        assert again.bridge is not None and again.bridge.session_id == crashed.id
    finally:
        again.close()
        store.close()


def test_a_killed_session_resumes_in_its_language_with_the_answers_the_room_had_seen(
    qtbot: QtBot, answers: list[str], resume_other: list[str]
) -> None:
    import time

    from tests.helpers.processes import run_and_kill

    printed = run_and_kill(["tests.helpers.reveal_session", "kk"], 1)
    _, session_id, _, index_text, _, revealed = printed[0].split()
    index = int(index_text)
    assert revealed == "2"
    store = Store.open(database_path())
    clock = FakeClock(wall=time.time() + 60)  # reopened a minute after the kill
    app = QApplication.instance()
    launcher = Launcher(app, load_plan(default_workshop("ru")), "other.yaml", store, clock)  # type: ignore[arg-type]
    try:
        launcher.open()
        bridge, audience = launcher.bridge, launcher.audience
        assert bridge is not None and audience is not None and bridge.session_id is not None
        assert bridge.session_id == session_id
        assert bridge.plan.language == "kk"  # the session's language, not the plan asked for
        step = bridge.plan.steps[index]
        hidden = [fact.text for fact in step.audience.facts if fact.reveal]
        shown = audience.view.visible_text()
        assert [text in shown for text in hidden] == [n < 2 for n in range(len(hidden))]
        assert "Сіздің болжамыңыз?" in shown and "Дереккөз" in shown  # Kazakh words around them
        bridge.next()  # the next press reveals the third answer, not the first again
        assert hidden[2] in audience.view.visible_text() and bridge.index == index
    finally:
        launcher.close()
        store.close()


@pytest.mark.parametrize(("crashed", "paired"), [("ru", True), ("en", False)])
def test_a_two_language_session_resumes_in_both_only_if_the_crashed_workshop_pairs(
    qtbot: QtBot, answers: list[str], resume_other: list[str], crashed: str, paired: bool
) -> None:
    clock = FakeClock()
    store = Store.open(database_path())
    crashed_session(store, clock, crashed, step=2)
    app = QApplication.instance()
    launcher = Launcher(app, load_plan(default_workshop("ru")), "w.ru.yaml", store, clock, ask=True)  # type: ignore[arg-type]
    launcher.companion, launcher.companion_first = load_plan(default_workshop("kk")), True  # kk+ru
    launcher.open()
    try:
        assert launcher.bridge is not None and launcher.bridge.index == 2
        shown = launcher.audience.view.visible_text()  # type: ignore[union-attr]
        kk_title = load_plan(default_workshop("kk")).plan.steps[2].audience_title
        assert launcher.bridge.audience_languages == (("kk", "ru") if paired else ("en",))
        assert (kk_title in shown) is paired  # an English workshop is not paired with Kazakh
        assert load_plan(default_workshop(crashed)).plan.steps[2].audience_title in shown
    finally:
        launcher.close()
        store.close()


def test_a_two_language_session_comes_back_in_both_when_the_app_is_started_again_without_the_pair(
    qtbot: QtBot, answers: list[str]
) -> None:
    """Blind drive: a kk+ru session resumed from a plain start came back in Kazakh only."""
    clock = FakeClock()
    store = Store.open(database_path())
    kk, ru = load_plan(default_workshop("kk")), load_plan(default_workshop("ru"))
    first = SessionBridge(kk, "w.kk.yaml", store, clock, None, None, ru, True)  # ru on the left
    first.start()
    clock.advance(60)
    first.next()
    first.stop()  # the laptop dies: the session is never ended
    app = QApplication.instance()
    default = default_workshop("en")
    launcher = Launcher(app, load_plan(default), str(default), store, clock, ask=True)  # type: ignore[arg-type]
    launcher.open()  # no plan, no --language this time: the app's default workshop
    try:
        assert answers[-1] == "Resume the session?"  # asked plainly, Yes the default (a second blind
        # drive: as "another workshop", Enter started the English default instead)
        assert launcher.bridge is not None and launcher.bridge.index == 1
        assert launcher.bridge.audience_languages == ("ru", "kk")
        shown = launcher.audience.view.visible_text()  # type: ignore[union-attr]
        assert ru.plan.steps[1].audience_title in shown and kk.plan.steps[1].audience_title in shown
    finally:
        launcher.close()
        store.close()


@pytest.mark.parametrize("escape", [False, True], ids=["keep", "esc"])
def test_starting_another_workshop_keeps_the_unfinished_one_to_resume_later(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, answers: list[str], escape: bool
) -> None:
    """The planner's Start on workshop B never resumes A silently: the question names both, and
    starting B (or Esc) keeps A unfinished, offered plainly the next time A is opened."""
    clock = FakeClock()
    store = Store.open(database_path())
    crashed = crashed_session(store, clock, "ru", 2)
    chosen: list[int | None] = [None if escape else KEEP]
    monkeypatch.setattr(dialogs, "choose", lambda _p, title, _t, _o: answers.append(title) or chosen[0])
    asked_plainly: list[str] = []
    monkeypatch.setattr(
        dialogs,
        "ask_resume",
        lambda _p, title, _t: asked_plainly.append(title) or dialogs.ResumeAnswer.RESUME,
    )
    app = QApplication.instance()
    launcher = Launcher(app, load_plan(default_workshop("kk")), "b.yaml", store, clock)  # type: ignore[arg-type]
    try:
        launcher.open()
        assert answers[-1] == "Another workshop did not end properly" and asked_plainly == []
        assert launcher.bridge is not None and launcher.bridge.plan.language == "kk"
        assert launcher.bridge.session_id is None  # B, fresh
    finally:
        launcher.close()
    assert [info.id for info in store.unfinished()] == [crashed.id]  # A is not lost
    again = Launcher(app, load_plan(default_workshop("ru")), "a.yaml", store, clock)  # type: ignore[arg-type]
    try:
        again.open()
        assert asked_plainly == ["Resume the session?"]  # its own workshop: the plain question
        assert again.bridge is not None and again.bridge.session_id == crashed.id
    finally:
        again.close()
        store.close()


def test_closing_the_other_workshop_for_good_is_a_choice_of_its_own(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, answers: list[str]
) -> None:
    clock = FakeClock()
    store = Store.open(database_path())
    crashed = crashed_session(store, clock, "ru", 2)
    monkeypatch.setattr(dialogs, "choose", lambda *_a: CLOSE_OTHER)
    app = QApplication.instance()
    launcher = Launcher(app, load_plan(default_workshop("kk")), "b.yaml", store, clock)  # type: ignore[arg-type]
    try:
        launcher.open()
        assert launcher.bridge is not None and launcher.bridge.plan.language == "kk"
    finally:
        launcher.close()
    assert store.unfinished() == [] and store.session(crashed.id).finished
    assert [n.text for n in store.notes(crashed.id)] == ["Сказал, что дома всё решает отец"]
    store.close()


def test_the_resistance_and_referral_counts_come_back_with_a_resumed_session(qtbot: QtBot) -> None:
    """Blind drive: "Resistance moments logged: 3" before the kill, no line at all after resuming
    (the PDF still counted 3)."""
    clock = FakeClock()
    store = Store.open(database_path())
    first = SessionBridge(load_plan(default_workshop("en")), "plan.yaml", store, clock)
    first.start()
    for outcome in ("defused", "continued", "taken-outside"):
        assert first.log_resistance("cue", "driver", "form", "move", outcome)
    assert first.offer_referral("crisis-helpline")
    first.stop()  # ...then the laptop died: nothing closed the session

    app = QApplication.instance()
    launcher = Launcher(app, load_plan(default_workshop("en")), "plan.yaml", store, clock, ask=True)  # type: ignore[arg-type]
    assert launcher.open()
    try:
        assert launcher.bridge is not None and launcher.bridge.session_id == first.session_id
        assert launcher.console is not None
        line = launcher.console.moments
        assert line.text() == "Resistance moments logged: 3 · Referrals offered: 1"
    finally:
        launcher.close()
        store.close()


def asked_texts(monkeypatch: pytest.MonkeyPatch, answer: ResumeAnswer = ResumeAnswer.LATER) -> list[str]:
    asked: list[str] = []
    monkeypatch.setattr(dialogs, "ask_resume", lambda _parent, _title, text: asked.append(text) or answer)
    return asked


def test_a_two_language_session_is_named_by_both_languages(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, answers: list[str]
) -> None:
    """A drive: "Встреча … (Русский)" for a kk+ru session; as the room saw it, Kazakh first."""
    clock = FakeClock()
    store = Store.open(database_path())
    kk, ru = load_plan(default_workshop("kk")), load_plan(default_workshop("ru"))
    first = SessionBridge(ru, "w.ru.yaml", store, clock, None, None, kk, True)  # kk on the left
    first.start()
    first.stop()  # killed
    asked = asked_texts(monkeypatch)
    launcher = Launcher(QApplication.instance(), ru, "w.ru.yaml", store, clock)  # type: ignore[arg-type]
    try:
        launcher.open()
        (question,) = asked
        assert "(Қазақша + Русский)" in question
    finally:
        launcher.close()
        store.close()


def test_after_a_deliberate_quit_the_next_start_says_the_session_was_left_open_not_crashed(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, answers: list[str]
) -> None:
    """Ctrl+Q, "Yes" ("everything is saved, you can resume it"): the next start did not call it a
    crash. Resumed, then killed: that is a crash again."""
    clock = FakeClock()
    store = Store.open(database_path())
    app = QApplication.instance()
    ru = load_plan(default_workshop("ru"))
    launcher = Launcher(app, ru, "w.ru.yaml", store, clock)  # type: ignore[arg-type]
    launcher.open()
    assert launcher.bridge is not None and launcher.console is not None
    launcher.bridge.start()
    launcher.console.close()  # Ctrl+Q, and "Yes" to "Close Facilitator?"
    assert "Close Facilitator?" in answers
    launcher.close()
    clock.advance(10 * 60)
    asked = asked_texts(monkeypatch, ResumeAnswer.RESUME)
    again = Launcher(app, ru, "w.ru.yaml", store, clock)  # type: ignore[arg-type]
    try:
        again.open()
        (question,) = asked
        assert "left open" in question and "did not end properly" not in question
        assert "10 minutes ago" in question
        assert again.bridge is not None
        clock.advance(60)
        again.bridge.next()  # resumed and going on...
    finally:
        again.close()  # ...then the laptop dies
    third = Launcher(app, ru, "w.ru.yaml", store, clock)  # type: ignore[arg-type]
    try:
        third.open()
        assert "did not end properly" in asked[-1]
    finally:
        third.close()
        store.close()

"""Opening a series shows its sessions (number, title, length, purpose) and lets the facilitator
choose one by keys; the next session not yet run on this laptop is chosen first. From the command
line too: ``facilitator planner SERIES [--ui-language kk]``."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLabel
from pytestqt.qtbot import QtBot

from facilitator.content import CONTENT_DIR
from facilitator.paths import database_path
from facilitator.planner.library import load_library
from facilitator.sessions.clock import FakeClock
from facilitator.sessions.series_loader import load_series
from facilitator.sessions.store import Store
from facilitator.ui import i18n
from facilitator.ui.planner import series_chooser
from facilitator.ui.planner.planner_window import PlannerWindow
from facilitator.ui.planner.series_chooser import SeriesChooser
from facilitator.ui.planner.start import PlannerFlow


def series_file(language: str) -> Path:
    return CONTENT_DIR / "series" / f"young-men-series.{language}.yaml"


@pytest.fixture
def ui_language(request: pytest.FixtureRequest) -> Iterator[str]:
    app = QApplication.instance()
    language = getattr(request, "param", "en")
    assert i18n.install(app, language) == language  # type: ignore[arg-type]
    yield language
    i18n.install(app, "en")  # type: ignore[arg-type]


def rows(dialog: SeriesChooser) -> list[str]:
    return [dialog.list.item(row).text() for row in range(dialog.list.count())]


def key(dialog: SeriesChooser, key: Qt.Key) -> None:
    QTest.keyClick(dialog.list, key)


WORDS = {"ru": "Встреча {n}: {title}", "kk": "{n}-кездесу: {title}"}


@pytest.mark.parametrize("ui_language", ["ru", "kk"], indirect=True)
def test_every_session_is_shown_with_its_number_title_and_purpose(qtbot: QtBot, ui_language: str) -> None:
    loaded = load_series(series_file(ui_language))
    dialog = SeriesChooser(loaded, {})
    qtbot.addWidget(dialog)
    dialog.show()
    shown = rows(dialog)
    assert len(shown) == 9  # eight sessions and the follow-up
    for text, told, entry in zip(shown, loaded.series.sessions, loaded.sessions, strict=False):
        first = WORDS[ui_language].format(n=told.number, title=entry.loaded.plan.title)
        assert text.startswith(first), text
        assert told.purpose in text
    assert loaded.follow_up is not None and loaded.series.follow_up is not None
    assert shown[-1].startswith(loaded.follow_up.loaded.plan.title)
    assert loaded.series.follow_up.purpose in shown[-1]
    assert any(loaded.series.title in label.text() for label in dialog.findChildren(QLabel))
    assert dialog.list.currentRow() == 0  # nothing run on this laptop: session 1
    assert dialog.list.hasFocus() or dialog.focusWidget() is dialog.list


def test_the_next_session_not_yet_run_is_chosen_and_keys_choose_another(qtbot: QtBot) -> None:
    loaded = load_series(series_file("en"))
    ids = [entry.loaded.plan.id for entry in loaded.sessions]
    runs = {ids[0]: 1_795_000_000.0, ids[1]: 1_795_600_000.0, "some-other-workshop": 1.0}
    dialog = SeriesChooser(loaded, runs)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.list.currentRow() == 2  # sessions 1 and 2 ran here: session 3 is next
    assert "Last run on this laptop: " in rows(dialog)[1] and "Last run" not in rows(dialog)[2]
    key(dialog, Qt.Key.Key_Down)
    assert dialog.list.currentRow() == 3
    key(dialog, Qt.Key.Key_6)  # the session's number
    assert dialog.list.currentRow() == 5
    key(dialog, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.chosen() == 5
    again = SeriesChooser(loaded, runs)
    qtbot.addWidget(again)
    again.show()
    QTest.keyClick(again.list, Qt.Key.Key_Escape)
    assert again.chosen() is None  # Esc: nothing is opened


def test_when_every_session_ran_session_1_is_chosen(qtbot: QtBot) -> None:
    loaded = load_series(series_file("kk"))
    entries = [*loaded.sessions, *([loaded.follow_up] if loaded.follow_up else [])]
    dialog = SeriesChooser(loaded, {entry.loaded.plan.id: 1.0 for entry in entries})
    qtbot.addWidget(dialog)
    assert dialog.list.currentRow() == 0


def enter_when_shown(self: SeriesChooser) -> int:
    """``exec`` as the facilitator does it: the dialog shown, then Enter on the chosen row."""
    self.show()
    QTest.keyClick(self.list, Qt.Key.Key_Return)
    return int(self.result())


def test_the_planner_offers_the_session_after_the_last_one_run_here(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Sessions 1 and 2 ran on this laptop (in the store): opening the series opens session 3."""
    store = Store.open(database_path())
    try:
        loaded = load_series(series_file("kk"))
        for entry in loaded.sessions[:2]:
            plan = entry.loaded.plan
            store.create_session(
                plan_id=plan.id,
                plan_title=plan.title,
                language="kk",
                plan_source="",
                plan_name=str(entry.path),
                created_wall=1_795_000_000.0,
            )
        planner = PlannerWindow(library=load_library())
        qtbot.addWidget(planner)
        PlannerFlow(QApplication.instance(), store, FakeClock(), planner)  # type: ignore[arg-type]
        monkeypatch.setattr(SeriesChooser, "exec", enter_when_shown)
        assert planner.open_plan(series_file("kk"))
        assert planner.draft.document["id"] == loaded.sessions[2].loaded.plan.id
    finally:
        store.close()


class _NoLoop:
    """The planner's event loop, left at once (the test has looked by then)."""

    def __enter__(self) -> _NoLoop:
        return self

    def __exit__(self, *_exc: object) -> None:
        return None

    def run_until_complete(self, waiting: Any) -> None:
        waiting.close()


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_planner_series_file_on_the_command_line_asks_which_session_in_the_ui_language(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, language: str
) -> None:
    """``facilitator planner SERIES --ui-language kk``: the planner shows, the chooser asks over it
    in the language asked for (not session 1 opened unasked), and the chosen session opens."""
    import asyncio

    from facilitator import app as app_module
    from facilitator import cli

    asked: list[tuple[str, bool, int]] = []
    planners: list[PlannerWindow] = []

    def choose(parent: PlannerWindow, loaded: Any, runs: Any) -> int:
        planners.append(parent)
        dialog = SeriesChooser(loaded, runs, parent)
        qtbot.addWidget(dialog)
        asked.append((i18n.current(), parent.isVisible(), dialog.list.count()))
        assert dialog.windowTitle() != "Open a session of the series"  # translated
        return 4  # session 5

    monkeypatch.setattr(series_chooser, "choose_session", choose)
    monkeypatch.setattr(app_module, "_event_loop", lambda _app: (_NoLoop(), asyncio.Event()))
    app = QApplication.instance()
    quits = app.quitOnLastWindowClosed()  # type: ignore[union-attr]
    try:
        code = cli.main(["planner", str(series_file(language)), "--ui-language", language])
    finally:
        app.setQuitOnLastWindowClosed(quits)  # type: ignore[union-attr]
        i18n.install(app, "en")  # type: ignore[arg-type]
    assert code == 0
    assert asked == [(language, True, 9)]
    qtbot.addWidget(planners[0])
    assert planners[0].draft.document["id"] == f"young-men-series-5-{language}"


def test_the_planner_takes_only_the_app_s_languages(capsys: pytest.CaptureFixture[str]) -> None:
    from facilitator import cli
    from facilitator.languages import LANGUAGES

    parsed = cli.build_parser().parse_args(["planner", "--ui-language", "kk"])
    assert parsed.ui_language == "kk" and parsed.plan is None
    with pytest.raises(SystemExit):
        cli.build_parser().parse_args(["planner", "--ui-language", "de"])
    refused = capsys.readouterr().err
    assert "'de'" in refused and all(f"'{code}'" in refused for code in LANGUAGES)  # the one list


def test_runs_are_read_from_the_store_latest_first_and_an_unreadable_store_knows_none() -> None:
    from facilitator.planner.series_choice import runs_in

    store = Store.in_memory()
    for plan_id, wall in (("young-men-series-1", 10.0), ("young-men-series-1", 30.0), ("other", 20.0)):
        store.create_session(
            plan_id=plan_id, plan_title="T", language="en", plan_source="", plan_name="p", created_wall=wall
        )
    assert runs_in(store) == {"young-men-series-1": 30.0, "other": 20.0}
    store.close()
    assert runs_in(store) == {}  # the chooser then offers session 1; it never fails to open

"""The UI in Russian and Kazakh: no visible string of the console, aids, review or planner is left
in English (the test fails on the first untranslated one), and Qt's own buttons are translated."""

import re
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDockWidget,
    QDoubleSpinBox,
    QFileDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QPlainTextEdit,
    QSpinBox,
    QTableWidget,
    QTabWidget,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from facilitator.content import builtin_workshop_in, default_workshop
from facilitator.sessions.plan_loader import load_plan
from facilitator.ui import i18n
from facilitator.ui.mnemonics import plain
from facilitator.ui.planner.planner_window import PlannerWindow
from tests.ui.conftest import build_rig, close_rig

ROOT = Path(__file__).resolve().parents[2]


def sources(language: str) -> dict[str, str]:
    tree = ET.parse(ROOT / "facilitator" / "i18n" / f"facilitator_{language}.ts")
    return {(m.findtext("source") or ""): (m.findtext("translation") or "") for m in tree.iter("message")}


@pytest.fixture(params=["ru", "kk"])
def language(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    code = request.param
    ts = ROOT / "facilitator" / "i18n" / f"facilitator_{code}.ts"
    subprocess.run(
        [
            str(Path(__import__("sys").executable).parent / "pyside6-lrelease"),
            "-silent",
            str(ts),
            "-qm",
            str(tmp_path / f"facilitator_{code}.qm"),
        ],
        check=True,
    )
    app = QApplication.instance()
    assert i18n.install(app, code, folder=tmp_path) == code  # type: ignore[arg-type]
    yield code
    i18n.install(app, "en")  # type: ignore[arg-type]


def visible_texts(window: QWidget) -> Iterator[str]:
    """Every string the window shows: titles, labels, buttons, placeholders, tabs, combo box
    items, table cells and header labels, list items, menus, actions and their tooltips."""
    yield window.windowTitle()
    for widget in [window, *window.findChildren(QWidget)]:
        yield from _own_texts(widget)
        yield widget.toolTip()
        yield widget.accessibleName()
    for action in window.findChildren(QAction):
        yield plain(action.text())  # as shown: the mnemonic's "&" is an underline
        yield action.toolTip()
        yield action.iconText()


def _own_texts(widget: QWidget) -> Iterator[str]:
    if isinstance(widget, QLabel | QAbstractButton):
        yield widget.text()
    if isinstance(widget, QLineEdit):
        yield widget.placeholderText()
    if isinstance(widget, QTextEdit | QPlainTextEdit):
        yield widget.placeholderText()
    if isinstance(widget, QTabWidget):
        yield from (widget.tabText(i) for i in range(widget.count()))
    if isinstance(widget, QComboBox):
        yield from (widget.itemText(i) for i in range(widget.count()))
    if isinstance(widget, QAbstractSpinBox):
        yield widget.specialValueText()
        if isinstance(widget, QSpinBox | QDoubleSpinBox):
            yield widget.prefix().strip()
            yield widget.suffix().strip()
    if isinstance(widget, QTableWidget):
        for row in range(widget.rowCount()):
            header = widget.verticalHeaderItem(row)
            yield header.text() if header is not None else ""
            for column in range(widget.columnCount()):
                item = widget.item(row, column)
                yield item.text() if item is not None else ""
                yield item.toolTip() if item is not None else ""
        for column in range(widget.columnCount()):
            header = widget.horizontalHeaderItem(column)
            yield header.text() if header is not None else ""
    if isinstance(widget, QListWidget):
        for row in range(widget.count()):
            yield widget.item(row).text()
            yield widget.item(row).toolTip()
    if isinstance(widget, QMenu):
        yield plain(widget.title())
    if isinstance(widget, QGroupBox):
        yield widget.title()
    if isinstance(widget, QDockWidget):
        yield widget.windowTitle()


RAW_VALUE = re.compile(r"^[a-z]{3,}(-[a-z]+)*$")
"""A value the core keeps as an identifier ("phone", "case-study"), shown as it is."""


def untranslated(texts: Iterator[str], english: dict[str, str]) -> list[str]:
    """English left in the UI: a translated message shown in English (the whole text, a line of
    it, or a longer message inside it, as in "⚠ not verified…"), or a raw identifier."""
    pending = {source for source, translation in english.items() if translation and translation != source}
    pending |= {plain(source) for source in pending if "&" in source}  # a menu's "&File" shows "File"
    long = {source for source in pending if len(source) >= 20 and "{" not in source}
    found = set()
    for text in texts:
        for line in text.splitlines() or [text]:
            if (line.strip() and line in pending) or RAW_VALUE.match(line.strip()):
                found.add(line)
            found.update(source for source in long if source in line)
        if text in pending:
            found.add(text)
    return sorted(found)


def test_the_check_finds_english() -> None:
    english = {"Next step": "Следующий шаг", "not verified: check before use": "не проверено: …"}
    assert untranslated(iter(["Next step"]), english) == ["Next step"]
    assert untranslated(iter(["⚠ not verified: check before use"]), english) == [
        "not verified: check before use"
    ]
    assert untranslated(iter(["case-study", "phone"]), english) == ["case-study", "phone"]
    assert untranslated(iter(["File"]), {"&File": "&Файл"}) == ["File"]  # a menu title left in English
    assert untranslated(iter(["Следующий шаг", "Facilitator", "PDF", "Ctrl+Q"]), english) == []


def test_no_english_left_in_the_console_and_its_panels(qtbot: QtBot, language: str) -> None:
    english = sources(language)
    assert all(english.values()), "every message has a translation"
    rig = build_rig(qtbot, load_plan(default_workshop(language)))
    try:
        rig.bridge.start()
        rig.console.aids.toggle_cues()
        rig.console.aids.toggle_referrals()
        rig.console.notes.editor.setPlainText("Говорит, отец его бьёт")  # the follow-up offer shows
        rig.console.notes.finish_note()
        rig.console.notes.editor.setPlainText("Ағасы әйелін ұрады дейді")  # and one waits behind it
        rig.console.notes.finish_note()
        assert rig.console.notes.follow_up_bar.isVisible()
        assert "more)" not in rig.console.notes.follow_up_reason.text()  # "(then 1 more)" translated
        texts = [*visible_texts(rig.console), *visible_texts(rig.audience)]
        assert untranslated(iter(texts), english) == []
        assert any(text == english["Next step"] for text in texts)  # the translation really shows
    finally:
        close_rig(rig)


def test_no_english_left_in_the_review_window(qtbot: QtBot, language: str) -> None:
    from facilitator.anonymizer.anonymizer import Anonymizer
    from facilitator.ui.review_window import ReviewWindow

    english = sources(language)
    rig = build_rig(qtbot, load_plan(default_workshop(language)))
    try:
        rig.bridge.save_note(None, "Ерлан: +7 701 234 56 78", ["quote"])
        rig.bridge.wait_for_saves()
        review = ReviewWindow(rig.bridge.review(), Anonymizer())  # type: ignore[arg-type]
        qtbot.addWidget(review)
        review.load()
        review.show_loaded()
        review.show()
        review.mark_selection()  # nothing selected: the status line says how to select
        assert review.status.text()
        assert untranslated(visible_texts(review), english) == []
        cursor = review.text.textCursor()
        cursor.select(cursor.SelectionType.Document)
        review.text.setTextCursor(cursor)
        review.mark_selection()  # marked: the status line says so, with the kind's name
        assert review.status.text() and untranslated(visible_texts(review), english) == []
        assert "Marked for removal" not in review.status.text()
    finally:
        close_rig(rig)


def test_no_english_left_in_the_planner(qtbot: QtBot, language: str) -> None:
    english = sources(language)
    planner = PlannerWindow(library=[])
    qtbot.addWidget(planner)
    assert untranslated(visible_texts(planner), english) == []


def test_qt_own_dialog_buttons_are_translated(language: str) -> None:
    cancel = QCoreApplication.translate("QPlatformTheme", "Cancel")
    assert cancel != "Cancel"


def qt_file_dialog_texts(qtbot: QtBot, mode: str) -> set[str]:
    """Every label and button of Qt's own file dialog (the one the export and the planner use
    where the desktop has none of its own)."""
    dialog = QFileDialog(None, "title", str(ROOT), "PDF (*.pdf)")
    qtbot.addWidget(dialog)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    if mode == "save":
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.show()
    widgets = [*dialog.findChildren(QLabel), *dialog.findChildren(QAbstractButton)]
    shown = {widget.text() for widget in widgets if widget.text()}
    dialog.close()
    return shown


@pytest.mark.parametrize("mode", ["save", "open"])
def test_qt_own_file_dialog_has_no_english_left(qtbot: QtBot, language: str, mode: str) -> None:
    """Third blind drive: the export's file dialog said "Look in:" and "Files of type:" in Russian
    (Qt's own Russian leaves them out; the app's translation fills them in)."""
    translated = qt_file_dialog_texts(qtbot, mode)
    i18n.install(QApplication.instance(), "en")  # type: ignore[arg-type]
    english = qt_file_dialog_texts(qtbot, mode)
    assert "&Look in:" in english and "Files of &type:" in english  # the probe sees the labels
    assert sorted(english & translated) == []


def test_the_ui_language_is_one_setting(qtbot: QtBot) -> None:
    from facilitator.settings import load_settings

    rig = build_rig(qtbot, load_plan(default_workshop("en")))
    try:
        rig.console.choose_language("kk")
        assert load_settings().ui_language == "kk"
    finally:
        close_rig(rig)


def test_no_english_left_in_the_end_of_session_figures_and_the_follow_up_offer(
    qtbot: QtBot, language: str
) -> None:
    english = sources(language)
    rig = build_rig(qtbot, load_plan(default_workshop(language)))
    try:
        rig.bridge.start()
        rig.bridge.offer_referral("crisis-helpline")
        rig.console.notes.editor.setPlainText("...")
        rig.console.notes.save_now()
        assert rig.console.notes.follow_up_bar.isVisible()
        assert untranslated(visible_texts(rig.console), english) == []
        rig.bridge.end()
        dialog = rig.console.after.figures_dialog
        assert dialog is not None and dialog.isVisible()
        combo = [dialog.age_band.itemText(i) for i in range(dialog.age_band.count())]
        assert untranslated(iter([*visible_texts(dialog), *combo]), english) == []
        assert english["The session in figures"] == dialog.windowTitle()
    finally:
        close_rig(rig)


@pytest.mark.films
def test_no_english_left_in_the_film_controls_and_the_missing_film_message(
    qtbot: QtBot, language: str, tmp_path: Path
) -> None:
    from tests.helpers.films import film_plan_folder

    english = sources(language)
    rig = build_rig(qtbot, load_plan(film_plan_folder(tmp_path / "plan")))
    try:
        rig.bridge.start()
        rig.bridge.jump(1)
        films = rig.audience.films
        qtbot.waitUntil(lambda: films.player is not None and films.duration() > 0, timeout=10_000)
        panel = rig.console.film_panel
        assert untranslated(visible_texts(panel), english) == []
        assert panel.play.text() == english["Play"] and panel.mute.text() == english["Mute"]
        rig.bridge.jump(3)  # its file is missing
        problem = panel.problem.text()
        said = english[next(source for source in english if source.startswith("The film file {name} is not"))]
        assert said.split(". ")[1] in problem and "films/lost.mp4" in problem  # "The projector shows…"
        assert untranslated(visible_texts(panel), english) == []
    finally:
        close_rig(rig)


@pytest.mark.films
def test_a_film_that_cannot_play_is_explained_in_the_ui_language(
    qtbot: QtBot, language: str, tmp_path: Path
) -> None:
    """The panel's text and the status line after Space: ours, translated, with the player's
    error in our words (never Qt's English "Could not open file")."""
    from PySide6.QtCore import Qt

    from facilitator.ui import film_errors
    from tests.helpers.films import film_plan_folder
    from tests.ui.test_console import activate, press

    english = sources(language)
    rig = build_rig(qtbot, load_plan(film_plan_folder(tmp_path / "plan")))
    try:
        activate(qtbot, rig)
        press(rig, Qt.Key.Key_F5)
        rig.bridge.jump(4)  # the broken film
        films = rig.audience.films
        qtbot.waitUntil(lambda: films.trouble is not None and bool(films.error), timeout=10_000)
        press(rig, Qt.Key.Key_Space)
        assert rig.bridge.index == 4
        problem, said = rig.console.film_panel.problem.text(), rig.console.statusBar().currentMessage()
        for text in (problem, said):
            assert english[films.error] in text and films.error not in text, text
            assert "Could not open" not in text and "not play" not in text, text
        assert said.startswith(
            english[
                "Nothing to play: {problem} The step stays; what to do is under the projector's preview."
            ].split("{")[0]
        )
        assert films.error in (*film_errors.PLAYER_ERRORS.values(), film_errors.CANNOT_OPEN)
    finally:
        close_rig(rig)


# One word for one meeting of the group, in the app and in the workshop content alike.
SESSION_WORDS = {
    "ru": ("встреч", ("заняти", "сесси", "сеанс")),
    "kk": ("кездес", ("сабақ", "сабағ", "сессия")),
}


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_the_app_and_the_content_call_a_session_by_the_same_word(language: str) -> None:
    from facilitator.content import CONTENT_DIR

    word, others = SESSION_WORDS[language]
    tree = ET.parse(ROOT / "facilitator" / "i18n" / f"facilitator_{language}.ts")
    pairs = [(m.findtext("source") or "", m.findtext("translation") or "") for m in tree.iter("message")]
    sessions = [(s, t) for s, t in pairs if re.search(r"\bsession\b", s, re.IGNORECASE)]
    assert len(sessions) >= 10
    unnamed = [(s, t) for s, t in sessions if word not in t.casefold()]
    assert not unnamed, unnamed  # every "session" of the app is the content's word
    other = [t for _s, t in pairs if any(bad in t.casefold() for bad in others)]
    assert not other, other
    series = (CONTENT_DIR / "series" / f"young-men-series.{language}.yaml").read_text(encoding="utf-8")
    assert series.casefold().count(word) >= 20  # the content's word for one meeting of the series


def test_the_checklist_says_every_item_in_the_ui_language(qtbot: QtBot, language: str) -> None:
    """Its items are kept in English by the core: the dialog shows each in the facilitator's
    language, the missing ones' advice too (a plan with no welcome and no check-out)."""
    from dataclasses import replace as changed

    from facilitator.aids.referrals import Directory
    from facilitator.planner.checklist import MANUAL
    from facilitator.sessions.store import Store
    from facilitator.ui.planner.checklist_dialog import DETAILS, TITLES, ChecklistDialog

    english = sources(language)
    plan = load_plan(builtin_workshop_in(language)).plan
    bare = changed(plan, steps=tuple(s for s in plan.steps if s.kind.value not in ("check-in", "check-out")))
    dialog = ChecklistDialog(bare, Directory(Store.in_memory()), "Актобе")
    qtbot.addWidget(dialog)
    shown = "\n".join(visible_texts(dialog))
    for text in (*MANUAL.values(), *TITLES.values(), *DETAILS.values(), "Referral sheet verified for"):
        assert text not in shown, text
    for text in (*TITLES.values(), *DETAILS.values()):
        assert english[text] in shown, text
    assert english["Referral sheet verified for {town}"].format(town="Актобе") in shown


def test_the_planner_agenda_names_kinds_and_lengths_in_the_ui_language(qtbot: QtBot, language: str) -> None:
    """Each agenda line: the step's kind and length as the UI says them, never "check-in · 15 min"."""
    from facilitator.sessions.plan import StepKind

    planner = PlannerWindow(library=[])
    qtbot.addWidget(planner)
    assert planner.open_plan(builtin_workshop_in(language))
    lines = [planner.agenda.item(i).text() for i in range(planner.agenda.count())]
    assert len(lines) >= 5
    for line in lines:
        assert not re.search(r"\d min\b", line), line
        assert not any(re.search(rf"·\s+{kind.value}\s+·", line) for kind in StepKind), line
        assert re.search(r"\d\u00a0мин", line) and not re.search(r"\d(мин|сағ|ч)", line), line


LENGTHS = {  # a unit that is a word stands apart from its number, never on the next line
    "en": ("45s", "10m", "2h 00m", "1h 05m 30s"),
    "ru": ("45\u00a0с", "10\u00a0мин", "2\u00a0ч 00\u00a0мин", "1\u00a0ч 05\u00a0мин 30\u00a0с"),
    "kk": ("45\u00a0с", "10\u00a0мин", "2\u00a0сағ 00\u00a0мин", "1\u00a0сағ 05\u00a0мин 30\u00a0с"),
}


@pytest.mark.parametrize("code", LENGTHS)
def test_a_length_is_written_with_a_space_before_a_word_unit(qtbot: QtBot, code: str) -> None:
    """Fourth blind drive: "10мин", "2сағ 00мин" in the console and the planner."""
    app = QApplication.instance()
    assert i18n.install(app, code) == code  # type: ignore[arg-type]
    try:
        assert tuple(i18n.length(s) for s in (45, 600, 7200, 3930)) == LENGTHS[code]
        rig = build_rig(qtbot, load_plan(default_workshop(code)))
        try:  # the console's agenda and its planned length
            cells = [rig.console.agenda.table.item(row, 2).text() for row in range(3)]
            assert all(
                cell == i18n.length(step.duration)
                for cell, step in zip(cells, rig.bridge.plan.steps[:3], strict=True)
            )
            assert all(re.fullmatch(LENGTH_SHAPE[code], cell) for cell in cells), cells
        finally:
            close_rig(rig)
    finally:
        i18n.install(app, "en")  # type: ignore[arg-type]


LENGTH_SHAPE = {"en": r"\d+m", "ru": r"\d+\u00a0мин", "kk": r"\d+\u00a0мин"}


def test_no_english_left_in_the_series_chooser(qtbot: QtBot, language: str) -> None:
    """The planner's list of a series' sessions: headings, hint, "last run", buttons."""
    from facilitator.content import CONTENT_DIR
    from facilitator.sessions.series_loader import load_series
    from facilitator.ui.planner.series_chooser import SeriesChooser

    english = sources(language)
    loaded = load_series(CONTENT_DIR / "series" / f"young-men-series.{language}.yaml")
    dialog = SeriesChooser(loaded, {loaded.sessions[0].loaded.plan.id: 1_795_000_000.0})
    qtbot.addWidget(dialog)
    texts = list(visible_texts(dialog))
    assert untranslated(iter(texts), english) == []
    shown = "\n".join(texts)
    for source in ("Open this session", "Cancel", "Last run on this laptop: {date}"):
        assert english[source].split("{")[0] in shown, source


@pytest.mark.films
def test_names_and_cue_statements_are_quoted_in_their_languages_marks(
    language: str, qtbot: QtBot, tmp_path: Path
) -> None:
    """«…» in a Russian or Kazakh UI around a film's name (the console's film panel), and around a
    Russian or Kazakh cue statement (F2): never the English “…” inside Russian or Kazakh words."""
    from facilitator.aids.cue_loader import load_cues
    from facilitator.content import builtin_cue_files
    from facilitator.ui.cue_panel import cue_html
    from tests.helpers.films import film_plan_folder

    rig = build_rig(qtbot, load_plan(film_plan_folder(tmp_path / "plan")))
    try:
        rig.bridge.start()
        rig.bridge.jump(3)  # a film step whose file is missing
        problem = rig.console.film_panel.problem.text()
        assert "«films/lost.mp4»" in problem and "“" not in problem, problem
    finally:
        close_rig(rig)
    library = next(load_cues(path) for path in builtin_cue_files() if path.name == f"cues.{language}.yaml")
    shown = cue_html(library.cues[0], library)
    assert f"«{library.cues[0].statement}»" in shown and "“" not in shown

"""Start the app: a Qt application on a qasync event loop, the console and the audience window."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from facilitator.content import builtin_workshop_in, default_workshop
from facilitator.languages import parse_languages
from facilitator.paths import chosen_data_dir, database_path, plan_cache_dir
from facilitator.sessions import plan_cache
from facilitator.sessions.errors import FileError, InvalidFile, StoreError, read_file

if TYPE_CHECKING:
    import asyncio
    from collections.abc import Callable, Sequence

    from facilitator.sessions.plan_loader import LoadedPlan
    from facilitator.sessions.store import Store
    from facilitator.ui.first_frame import FirstFrame
    from facilitator.ui.launch import Launcher
    from facilitator.ui.start_times import StartTimes


def run_app(
    plan_path: Path | None,
    language: str | None = None,
    smoke_test: bool = False,
    ui_language: str | None = None,
    quit_when_shown: bool = False,
) -> int:
    """Open the console and the audience window; returns the process exit code.

    ``smoke_test`` drives the first steps and quits; ``quit_when_shown`` quits once both windows
    are painted (the start-up benchmark). Both take the passphrase from $FACILITATOR_PASSPHRASE.
    """
    try:
        return _run_app(plan_path, language, smoke_test, ui_language, quit_when_shown)
    except StoreError as exc:  # a data folder that cannot be made or read (a read-only drive)
        kind = "disk-full" if _disk_full(chosen_data_dir()) else "data-folder"
        _say(kind, [f"facilitator: {exc}"], ui_language, not (smoke_test or quit_when_shown))
        return 1


def _disk_full(folder: Path) -> bool:
    """The disk ``folder`` is (or would be) on is full."""
    from facilitator.sessions.errors import disk_is_full

    return disk_is_full(folder)


def _run_app(
    plan_path: Path | None,
    language: str | None,
    smoke_test: bool,
    ui_language: str | None,
    quit_when_shown: bool,
) -> int:
    if smoke_test:  # never the facilitator's data: a throwaway folder, removed afterwards
        import shutil
        import tempfile

        folder = tempfile.mkdtemp(prefix="facilitator-smoke-")
        previous = os.environ.get("FACILITATOR_DATA_DIR")
        os.environ["FACILITATOR_DATA_DIR"] = folder
        try:
            return _open(plan_path, language, True, ui_language, quit_when_shown)
        finally:
            shutil.rmtree(folder, ignore_errors=True)
            if previous is None:
                os.environ.pop("FACILITATOR_DATA_DIR", None)
            else:
                os.environ["FACILITATOR_DATA_DIR"] = previous
    return _open(plan_path, language, False, ui_language, quit_when_shown)


def _say(
    error: str,
    lines: Sequence[str],
    ui_language: str | None,
    dialog: bool,
    problems: Sequence[FileError] = (),
    shown: Sequence[str] | None = None,
) -> None:
    """Why the app cannot open (or opens read-only; ``error``: a ``StartError`` value of
    facilitator/ui/start_errors.py): the lines on stderr, and, when ``dialog`` and
    not started from a terminal (a desktop icon: nobody reads stderr), a dialog in the UI's
    language with what is wrong, what to do and what still works; a plan's ``problems`` are said
    there in the UI's language too; ``shown``: the details the dialog gives, if not ``lines``."""
    for line in lines:
        print(line, file=sys.stderr)
    if dialog and not _from_terminal():
        _qt_app(ui_language)
        from facilitator.ui import start_errors

        start_errors.tell(start_errors.StartError(error), lines if shown is None else shown, problems)


def _from_terminal() -> bool:
    """Started from a terminal: the refusal is the line printed there, no dialog."""
    stream = sys.stdin
    try:
        return stream is not None and stream.isatty()
    except (AttributeError, OSError, ValueError):
        return False


def _hold_data_folder(ui_language: str | None, dialog: bool) -> tuple[Any, int | None]:
    """(the data folder's lock or None, None) to go on; (None, exit code) when another app holds
    it (said in one line, and in a dialog when ``dialog``). Once it is held, call
    ``_destroy_leftover_keys`` before the notes key is unlocked."""
    from facilitator.ui import single_instance

    try:
        lock = single_instance.hold_data_folder()
    except single_instance.AlreadyOpen as exc:
        if dialog and not _from_terminal():
            _qt_app(ui_language)
            return None, single_instance.refuse(exc, dialog=True, language=ui_language)
        return None, single_instance.refuse(exc, dialog=False, language=ui_language)
    return lock, None


def _destroy_leftover_keys() -> None:
    """Destroy the key copies a killed ``passphrase change`` left, now that the data folder is
    held and no other app can be writing one (the app does it behind its first frame)."""
    from facilitator.security import vault

    try:
        vault.destroy_leftover_keys()
    except OSError as exc:  # a read-only folder: nothing to clean that the app could clean
        print(f"facilitator: cannot remove a leftover key copy: {exc.strerror} (warning)", file=sys.stderr)


def _open_store(ui_language: str | None, dialog: bool) -> Store | None:
    """The session store in the data folder; on a full disk, read-only (said); None (said) when
    it cannot be opened at all. Nothing is ever deleted or changed to make it open."""
    from facilitator.sessions.store import StoreError, open_database

    path = database_path()
    full = _disk_full(path.parent)  # then never tried read-write: SQLite's shared memory on a
    try:  # full disk can kill the app (SIGBUS); the commands open it the same way
        store = open_database(path)
    except StoreError as exc:
        full = full or _disk_full(path.parent)
        before = [f"facilitator: the disk is full: {path}"] if full else []
        _say("disk-full" if full else "data-folder", [*before, f"facilitator: {exc}"], ui_language, dialog)
        _say_lost_changes(ui_language, dialog)  # found before it failed: said all the same
        return None
    _say_lost_changes(ui_language, dialog)
    if not store.read_only:
        return store
    if store.write_protected:
        line = f"facilitator: the data folder {path.parent} cannot be written to: opened read-only (warning)"
        _say("write-protected-read-only", [line], ui_language, dialog)
        return store
    failed = f"facilitator: the disk is full: {path}"
    lines = [f"{failed}; opened read-only, the disk being full (warning)"]
    journal = path.with_name(path.name + "-wal")
    if journal.is_file() and journal.stat().st_size:  # a crash left changes there: kept, unread
        lines.append(f"facilitator: the latest changes wait in {journal}; shown once there is room (warning)")
    _say("disk-full-read-only", lines, ui_language, dialog)
    return store


def _say_lost_changes(ui_language: str | None, dialog: bool) -> None:
    """Once, when opening the store dropped committed changes a crash left (a damaged -wal): the
    line on stderr, and the dialog naming the copy that was kept."""
    from facilitator.sessions.journal_rescue import take_findings

    for found in take_findings():
        line = f"facilitator: {found.line()}"
        kept = found.copy is not None
        _say(
            "changes-lost" if kept else "changes-lost-not-kept",
            [line],
            ui_language,
            dialog,
            (),
            [str(found.copy) if kept else line],
        )


def _open(
    plan_path: Path | None,
    language: str | None,
    smoke_test: bool,
    ui_language: str | None,
    quit_when_shown: bool,
) -> int:
    languages = parse_languages(language) if language else ()
    chosen = ui_language_for(ui_language, languages)
    companion: LoadedPlan | None = None
    companion_first = False
    loaded: LoadedPlan | None = None
    keep_checked_plan = _nothing
    try:
        if len(languages) == 2:  # two languages on the projector; the console in the facilitator's
            pair_languages = (languages[0], languages[1])
            paths = pair_paths(plan_path, pair_languages)
            from facilitator.sessions.plan_pair import load_pair

            pair = load_pair(paths, pair_languages, chosen)
            loaded, companion, companion_first = pair.guide, pair.companion, pair.companion_first
            path = paths[1] if companion_first else paths[0]
            _warn(companion)
            title = loaded.plan.title  # a pair is checked in full each time (no cache yet)
        else:
            path = plan_path or default_workshop(languages[0] if languages else _workshop_language())
            raw = read_file(path)
            known = plan_cache.peek_title(plan_cache_dir(), raw)
            if known is None:  # checked in full now, with every error, before anything is shown
                loaded, keep_checked_plan = _load_plan(path, raw)
                title = loaded.plan.title
            else:  # checked before: the first frame needs only its title; the plan is built after
                title = known
    except InvalidFile as exc:
        _say("plan", _lines(exc), chosen, not (smoke_test or quit_when_shown), exc.errors)
        return 1
    if loaded is not None:
        _warn(loaded)
    lock, refused = _hold_data_folder(chosen, dialog=not (smoke_test or quit_when_shown))
    if refused is not None:
        return refused
    keep_checked_plan()  # the folder is ours: a plan checked now opens from the cache next time
    _set_aside_damaged_settings(chosen, dialog=not (smoke_test or quit_when_shown))
    if loaded is not None:
        plan = loaded
        load = lambda: plan  # noqa: E731
    else:
        load = lambda: _load_known_plan(path, raw)  # noqa: E731
    try:
        second = (companion, companion_first)
        return _run_qt(title, load, path, smoke_test, chosen, quit_when_shown, second)
    finally:
        if lock is not None:
            lock.unlock()


def _workshop_language() -> str:
    """The built-in workshop's language with no ``--language``: as chosen from the Language menu
    (English when nothing was, or the settings cannot be read)."""
    from facilitator.settings import workshop_language

    try:
        return workshop_language()
    except StoreError:  # no data folder to read the setting from: said by whoever needs it
        return "en"


def _set_aside_damaged_settings(ui_language: str | None, dialog: bool) -> None:
    """A damaged settings file is kept aside (never overwritten) and said; the app goes on with
    the default settings."""
    from facilitator.settings import set_aside_damaged

    aside = set_aside_damaged()
    if aside is not None:
        line = f"facilitator: the settings file was damaged; kept as {aside}; default settings used (warning)"
        _say("settings", [line], ui_language, dialog)


def _load_plan(path: Path, raw: bytes) -> tuple[LoadedPlan, Callable[[], None]]:
    from facilitator.sessions.plan_loader import load_plan_keeping_later

    return load_plan_keeping_later(path, plan_cache_dir(), raw)


def _load_known_plan(path: Path, raw: bytes) -> LoadedPlan:
    """The plan whose title the first frame shows, built from the cache (checked in full if its
    entry went away meanwhile; kept then, the data folder being held)."""
    loaded, keep = _load_plan(path, raw)
    keep()
    _warn(loaded)
    return loaded


def _warn(loaded: LoadedPlan) -> None:
    for warning in loaded.warnings:  # e.g. a refused image: the step projects without it
        print(f"{warning} (warning)", file=sys.stderr)


def _lines(exc: InvalidFile) -> list[str]:
    return [str(error) for error in exc.errors]


def _nothing() -> None:
    """Nothing to keep."""


def pair_paths(plan_path: Path | None, languages: tuple[str, str]) -> tuple[Path, Path]:
    """The two plan files of a two-language session: the built-in workshop in each language, or
    ``plan_path``'s siblings named ``NAME.LANGUAGE.yaml``."""
    from facilitator.sessions.plan_pair import sibling_paths

    if plan_path is None:
        return builtin_workshop_in(languages[0]), builtin_workshop_in(languages[1])
    return sibling_paths(plan_path, languages)


def _qt_app(ui_language: str | None = None) -> Any:
    """The QApplication: name, icon, bundled fonts, UI language."""
    from PySide6.QtWidgets import QApplication

    from facilitator.ui import i18n
    from facilitator.ui.app_setup import load_fonts, set_icon

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("Facilitator")
    app.setOrganizationName("Facilitator")
    app.setDesktopFileName("org.facilitator.Facilitator")
    set_icon(app)
    app.setQuitOnLastWindowClosed(True)
    load_fonts(app)
    i18n.install(app, ui_language_for(ui_language, None))
    return app


def ui_language_for(ui_language: str | None, content_languages: Sequence[str] | str | None) -> str | None:
    """The UI's language: the one asked for (``--ui-language``); else, when the workshop's language
    was asked for on the command line, that language (``--language ru`` gets a Russian console for
    this run, whatever the Language menu chose last time; of a pair, the menu's choice if it is one
    of the two, else the first); else the one chosen in the app's Language menu; else the system's."""
    from facilitator.settings import load_settings

    if ui_language:
        return ui_language
    try:
        chosen = load_settings().ui_language
    except StoreError:  # no data folder to read the setting from: said by whoever needs it
        chosen = ""
    asked = (content_languages,) if isinstance(content_languages, str) else tuple(content_languages or ())
    if asked:
        return chosen if chosen in asked else asked[0]
    return chosen or None


def _event_loop(app: Any) -> tuple[Any, asyncio.Event]:
    """A qasync loop on ``app`` and an event set when the app quits. Made after the first window
    is painted: asyncio and qasync take ≈ 30 ms to import, which the facilitator need not wait."""
    import asyncio

    import qasync

    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    closed = asyncio.Event()
    app.aboutToQuit.connect(closed.set)
    return loop, closed


def _run_qt(
    title: str,
    load: Callable[[], LoadedPlan],
    path: Path,
    smoke_test: bool,
    ui_language: str | None = None,
    quit_when_shown: bool = False,
    pair: tuple[LoadedPlan | None, bool] = (None, False),
) -> int:
    """``title``: the workshop's, for the first frame; ``load``: the plan, built once the frame is
    painted; ``pair``: the workshop in the room's second language, and whether it goes first. The
    plan's modules, the leftover key copies, SQLite and the session store all wait until the first
    frame is painted."""
    from facilitator.ui.first_frame import FirstFrame
    from facilitator.ui.start_times import StartTimes

    app = _qt_app(ui_language)
    dialog = not (smoke_test or quit_when_shown)
    companion, companion_first = pair
    # the console's frame, painted first, then the holding screen (in both languages of a pair)
    frame = FirstFrame(title, companion.plan.title if companion else None, companion_first)
    start_times = StartTimes(*frame.windows()) if quit_when_shown else None  # shown, not yet painted
    app.processEvents()
    frame.show_holding()
    app.processEvents()
    try:
        try:
            loaded = load()
        except InvalidFile as exc:
            frame.close()
            _say("plan", _lines(exc), ui_language, dialog, exc.errors)
            return 1
        _destroy_leftover_keys()
        store = _open_store(ui_language, dialog)
        if store is None:
            return 1
        try:
            return _launch(app, loaded, path, store, smoke_test, quit_when_shown, start_times, frame, pair)
        finally:
            store.close()
    finally:
        frame.close()


def _launch(
    app: Any,
    loaded: LoadedPlan,
    path: Path,
    store: Store,
    smoke_test: bool,
    quit_when_shown: bool,
    start_times: StartTimes | None,
    frame: FirstFrame,
    pair: tuple[LoadedPlan | None, bool],
) -> int:
    """Unlock the notes and open the real windows over the first frame; run until they close."""
    from facilitator.security.keys import KeyFileError, WrongPassphrase
    from facilitator.sessions.clock import SystemClock
    from facilitator.ui.launch import Launcher

    passphrase = None
    scripted = smoke_test or quit_when_shown
    if scripted:  # scripts give it; a throwaway data folder gets a throwaway one
        import secrets

        passphrase = os.environ.get("FACILITATOR_PASSPHRASE") or secrets.token_urlsafe(16)
    launcher = Launcher(
        app, loaded, str(path.resolve()), store, SystemClock(), ask=not scripted, passphrase=passphrase
    )
    launcher.companion, launcher.companion_first = pair
    try:
        opened = launcher.open(previews_later=True)
    except (WrongPassphrase, KeyFileError) as exc:
        print(f"facilitator: {exc}; nothing was opened or changed", file=sys.stderr)
        return 1
    if not opened:
        return 0  # the facilitator closed the passphrase dialog: nothing opened, nothing changed
    app.processEvents()  # both windows are painted before the event loop is even imported
    frame.close()  # the real windows now stand where the frame was
    from PySide6.QtCore import QTimer

    # Qt's event loop runs first: the console takes keys from its first turn. The asyncio loop
    # (qasync, for the review's and export's work off the UI thread) is put under it in the next
    # turn: importing asyncio (≈ 30 ms) no longer stands between the console and the first key.
    loops: list[Any] = []
    if start_times is not None:  # the loop's first turn: keys are handled from here on
        QTimer.singleShot(0, lambda: _report_and_quit(start_times, launcher, app))
    QTimer.singleShot(0, lambda: loops.append(_running_event_loop(app)))
    # the console's two pictures of the projector (now and next): in the turn after its first,
    # once keys already pressed have been handled (the console is ready without them); the
    # garbage collector, held since the start (facilitator/start_gc.py), goes on from then
    QTimer.singleShot(0, lambda: QTimer.singleShot(0, lambda: _after_first_keys(launcher)))
    result_holder: list[int] = []
    if smoke_test:
        QTimer.singleShot(0, lambda: result_holder.append(launcher.smoke_test()))
    try:
        app.exec()
        launcher.close()
    finally:
        for loop in loops:
            _close_event_loop(loop)
    if smoke_test:
        return result_holder[0] if result_holder else 1
    return 0


def _after_first_keys(launcher: Launcher) -> None:
    """The turn after the console's first: the collector goes on, the previews are drawn."""
    from facilitator import start_gc

    start_gc.release()
    launcher.draw_previews()


def _running_event_loop(app: Any) -> Any:
    """A qasync loop put under Qt's running event loop: from here on ``asyncio.get_running_loop``
    is it (``after_session.run_soon`` hands slow work to its worker threads)."""
    import asyncio

    import qasync

    loop = qasync.QEventLoop(app, already_running=True)
    asyncio.set_event_loop(loop)
    return loop


def _close_event_loop(loop: Any) -> None:
    """Once Qt's loop has returned: the asyncio loop stopped and closed (its worker threads
    finish first), as ``run_forever`` would have done."""
    import asyncio

    loop._QEventLoop__is_running = False  # qasync's own flag: ``close`` refuses a running loop
    asyncio.events._set_running_loop(None)
    loop.close()
    asyncio.set_event_loop(None)


def _report_and_quit(times: StartTimes, launcher: Launcher, app: Any) -> None:
    """``--quit-when-shown``: print when the first window painted and when the console took keys,
    then close as the facilitator would (the console first: the projector never closes alone)."""
    print(json.dumps(times.report()), flush=True)
    if launcher.console is not None:
        launcher.console.close()
    app.quit()


def run_planner(plan_path: Path | None, ui_language: str | None = None) -> int:
    """Open the workshop planner (on ``plan_path`` when given; a series file asks which of its
    sessions to open): an app on the data folder too. ``ui_language`` as for the app (else the
    one chosen in the app, else the system's)."""
    lock, refused = _hold_data_folder(ui_language, dialog=True)
    if refused is not None:
        return refused
    try:
        return _run_planner(plan_path, ui_language)
    finally:
        if lock is not None:
            lock.unlock()


def say_plan_problems(path: Path) -> None:
    """What is wrong with the plan (or series) file ``path``, each problem on a line of stderr
    (``file:line: field: ...``), as the console does: the planner's dialog says the same."""
    from facilitator.sessions.plan_loader import load_plan
    from facilitator.sessions.series_loader import is_series_file, load_series

    try:
        if is_series_file(path):
            load_series(path)
        else:
            load_plan(path)
    except InvalidFile as exc:
        for line in _lines(exc):
            print(line, file=sys.stderr)


def _run_planner(plan_path: Path | None, ui_language: str | None) -> int:
    from facilitator.sessions.clock import SystemClock
    from facilitator.ui.planner.planner_window import PlannerWindow
    from facilitator.ui.planner.start import PlannerFlow

    _destroy_leftover_keys()
    store = _open_store(None, dialog=True)
    if store is None:
        return 1
    app = _qt_app(ui_language)
    planner = PlannerWindow()
    flow = PlannerFlow(app, store, SystemClock(), planner)
    planner.show()  # first: a series' chooser opens over it
    if plan_path is not None:
        # a plan that cannot be opened is said in a dialog; the planner stays open on a new plan
        # (another can be opened from it), and a normal quit afterwards exits 0 like any other
        say_plan_problems(plan_path)
        planner.open_plan(plan_path)
    loop, closed = _event_loop(app)
    with loop:
        loop.run_until_complete(closed.wait())
        if flow.launcher is not None:
            flow.launcher.close()
    store.close()
    return 0

"""After the session: review the notes, then export the anonymized PDF (off the UI thread)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMainWindow

from facilitator.sessions.atomic import WriteFailed
from facilitator.sessions.errors import StoreError
from facilitator.sessions.state import Status
from facilitator.ui import dialogs
from facilitator.ui.i18n import translate
from facilitator.ui.session_bridge import SessionBridge
from facilitator.ui.store_messages import Typed, failure_text

if TYPE_CHECKING:  # the anonymizer and the review load when the review opens, not at start-up
    from facilitator.ui.review_window import ReviewWindow
    from facilitator.ui.session_figures import SessionFiguresDialog  # at the session's end

T = TypeVar("T")


async def off_thread(work: Callable[[], T]) -> T:
    """Run slow work (loading models, building PDFs) in a worker thread; typing stays smooth."""
    import asyncio

    return await asyncio.get_running_loop().run_in_executor(None, work)


def run_soon(work: Callable[[], T], done: Callable[[T], None]) -> None:
    """Off the UI thread when the qasync loop runs; in place otherwise (tests, scripts)."""
    import asyncio  # imported once the loop runs (after the first paint): nothing to pay here

    try:
        loop = asyncio.get_running_loop()
    except RuntimeError:
        done(work())
        return
    task = loop.create_task(off_thread(work))
    task.add_done_callback(lambda finished: done(finished.result()))


class AfterSession(QObject):
    def __init__(self, console: QMainWindow, bridge: SessionBridge) -> None:
        super().__init__(console)
        self._console = console
        self._bridge = bridge
        self.review: ReviewWindow | None = None
        self.figures_dialog: SessionFiguresDialog | None = None
        bridge.session_ended.connect(self.ask_figures)

    def ask_figures(self, then: Callable[[], None] | None = None) -> None:
        """Ask for the participant count, age band and town (not modal); ``then`` once saved."""
        if self._bridge.session_id is None:
            return
        if self.figures_dialog is not None:
            self.figures_dialog.close()
            self.figures_dialog.deleteLater()
        parent = self.review if self.review is not None and self.review.isVisible() else self._console
        from facilitator.ui.session_figures import SessionFiguresDialog

        dialog = SessionFiguresDialog(self._bridge.figures(), parent)
        self.figures_dialog = dialog
        dialog.accepted.connect(lambda: self._figures_given(dialog, then))
        if then is not None:  # "Later" while exporting: say why nothing was exported
            dialog.rejected.connect(
                lambda: self._console.statusBar().showMessage(
                    translate("After", "Not exported: the report needs the number of participants."), 15000
                )
            )
        # closed either way: the keyboard back to the window under it (a blind drive once found no
        # window with the keyboard after Enter saved the figures: F5 and Ctrl+Shift+E did nothing)
        dialog.finished.connect(lambda _result: parent.activateWindow() if parent.isVisible() else None)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    def _figures_given(self, dialog: SessionFiguresDialog, then: Callable[[], None] | None) -> None:
        if self._bridge.record_figures(*dialog.chosen()):
            self._console.statusBar().showMessage(translate("After", "Saved the session's figures."), 8000)
            if then is not None:
                then()

    def open_review(self) -> None:
        if self._bridge.raw_deleted:
            self._console.statusBar().showMessage(
                translate("After", "This session's raw notes were deleted; the exported PDF is kept."), 8000
            )
            return
        review = self._bridge.review()  # every note typed so far is in
        if review is None:
            self._console.statusBar().showMessage(
                translate("After", "No notes yet: start the session first."), 8000
            )
            return
        from facilitator.export.detection import DetectionFailed
        from facilitator.ui.review_window import ReviewWindow

        window = ReviewWindow(review, None, self._console)  # names found by a worker process
        self.review = window
        window.export_requested.connect(self.export)
        self._console.statusBar().showMessage(translate("After", "Finding names and numbers in the notes…"))

        def load() -> str | None:
            try:
                window.load()
            except DetectionFailed as exc:
                return str(exc)
            return None

        run_soon(load, self._loaded)

    def _loaded(self, problem: str | None = None) -> None:
        if problem:
            self._console.statusBar().clearMessage()
            dialogs.tell(self._console, translate("After", "The review could not open"), problem)
            return
        if self.review is None:
            return
        self.review.show_loaded()
        self.review.show()
        self._console.statusBar().clearMessage()

    def export(self) -> None:
        from facilitator.export.detection import DetectionFailed

        if self._bridge.session_id is None:
            return
        if not self._bridge.figures().complete:  # the report needs the participant count
            self.ask_figures(then=self.export)
            return
        suggested = f"session-{self._bridge.session_id}-anonymized.pdf"
        chosen = dialogs.save_file(
            self.review or self._console,
            translate("After", "Export anonymized notes"),
            suggested,
            "PDF (*.pdf)",
        )
        if not chosen:
            return
        path = Path(chosen)
        session = self._bridge.review()  # every note typed so far is in
        if session is None:
            return
        review = self.review
        same = review is not None and review.session_id == session.session_id
        redaction = review.redaction if review is not None and same else None

        def work() -> str | None:
            try:
                session.write_report(path, redaction)
            except DetectionFailed as exc:
                return str(exc)
            except (WriteFailed, StoreError) as exc:
                return failure_text(exc, Typed.READ)
            return None

        run_soon(work, lambda problem: self._exported(path, problem))

    def _exported(self, path: Path, problem: str | None) -> None:
        if problem:
            dialogs.tell(self.review or self._console, translate("After", "Not exported"), problem)
            return
        self._console.statusBar().showMessage(
            translate("After", "Saved {file} (anonymized).").format(file=path), 15000
        )
        if self._bridge.status is not Status.ENDED:
            return  # a session still running keeps its raw notes: deleting them is offered at the end
        if (
            dialogs.ask(
                self.review or self._console,
                translate("After", "Delete the raw notes?"),
                translate(
                    "After",
                    "The anonymized PDF is saved. Delete this session's raw notes from this laptop now? "
                    "(You can also keep them.)",
                ),
            )
            and self._bridge.delete_raw_notes()
        ):
            if self.review is not None:
                self.review.close()  # it showed the raw notes that are gone now
            self._console.statusBar().showMessage(
                translate("After", "Raw notes deleted; the PDF is kept."), 15000
            )

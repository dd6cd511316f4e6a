"""Open the windows for a plan: resume an unfinished session if asked, place the projector."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

from facilitator.languages import language_names
from facilitator.security import vault
from facilitator.security.cipher import AesGcmCodec
from facilitator.security.keys import KeyFileError, WrongPassphrase
from facilitator.sessions.atomic import WriteFailed
from facilitator.sessions.clock import Clock
from facilitator.sessions.errors import StoreError
from facilitator.sessions.plan_loader import LoadedPlan
from facilitator.sessions.state import Status
from facilitator.ui import dialogs, key_messages
from facilitator.ui.app_setup import load_fonts as load_fonts  # where callers have found them
from facilitator.ui.app_setup import set_icon as set_icon
from facilitator.ui.audience_window import AudienceWindow
from facilitator.ui.console_window import ConsoleWindow
from facilitator.ui.i18n import QT_TRANSLATE_NOOP, ago, translate
from facilitator.ui.lock import LockGuard
from facilitator.ui.screen_manager import ScreenManager
from facilitator.ui.session_bridge import SessionBridge
from facilitator.ui.store_messages import Typed, failure_text

if TYPE_CHECKING:  # type-only: the launcher opens nothing itself, it hands the store to the bridge
    from facilitator.sessions.store import Store
    from facilitator.sessions.unfinished import ResumeOffer  # imported where a session is offered

FIRST_START = QT_TRANSLATE_NOOP(
    "Launch",
    "Choose a passphrase. It encrypts everything participants say in your notes, on this laptop.\n\n"
    "It is never stored anywhere: if you forget it, nobody can recover the notes, not even us. "
    "A few words you will remember is best (at least 8 characters).",
)

FORGOTTEN = QT_TRANSLATE_NOOP(
    "Launch",
    "Forgot it? Then the notes cannot be recovered: nobody can open them without it, not even us. "
    "To start again, delete all data (in a terminal: facilitator data delete-all) and choose a new "
    "passphrase; every session and note on this laptop is then deleted for good.",
)


def resume_question(offer: ResumeOffer) -> str:
    """Which workshop (in the languages the room saw), which step and how long ago, in the UI's
    language; a session left open on purpose (Ctrl+Q, "Yes") is not called a crash."""
    if offer.left_open:
        text = translate(
            "Launch",
            '"{title}" ({language}) was left open when the app was closed {ago}, at step {number} '
            'of {count}, "{step}".\n\nContinue it where it was, with its notes and the '
            "time that has passed? Close it for good: it will not be offered again, and its notes "
            "stay for review and export. Decide later (Esc): it is kept as it is and offered again "
            "at the next start.",
        )
    else:
        text = translate(
            "Launch",
            '"{title}" ({language}) did not end properly. It stopped at step {number} of {count}, '
            '"{step}", {ago}.\n\nResume it where it was, with its notes and the time that has '
            "passed? Close it for good: it will not be offered again, and its notes stay for review "
            "and export. Decide later (Esc): it is kept as it is and offered again at the next start.",
        )
    return text.format(
        title=offer.plan_title,
        language=language_names(offer.languages),
        number=offer.step_number,
        count=offer.step_count,
        step=offer.step_title,
        ago=ago(offer.idle_seconds),
    )


def other_workshop_question(offer: ResumeOffer, chosen: str) -> str:
    """An unfinished session of another workshop than ``chosen``: which one, and the choices."""
    if offer.left_open:
        text = translate(
            "Launch",
            'You are starting "{chosen}".\n\nAnother workshop, "{title}" ({language}), was left '
            'open when the app was closed {ago}, at step {number} of {count}, "{step}".\n\nStart '
            '"{chosen}" and keep the other one to continue later (it is offered '
            "again when you open it), continue the other one instead, or close it for good (its "
            "notes stay for review and export)?",
        )
    else:
        text = translate(
            "Launch",
            'You are starting "{chosen}".\n\nAnother workshop, "{title}" ({language}), did not end '
            'properly. It stopped at step {number} of {count}, "{step}", {ago}.\n\nStart "{chosen}" '
            "and keep the other one to resume later (it is offered again when you open it), resume "
            "the other one instead, or close it for good (its notes stay for review and export)?",
        )
    return text.format(
        chosen=chosen,
        title=offer.plan_title,
        language=language_names(offer.languages),
        number=offer.step_number,
        count=offer.step_count,
        step=offer.step_title,
        ago=ago(offer.idle_seconds),
    )


OTHER_WORKSHOP_CHOICES = (
    QT_TRANSLATE_NOOP("Launch", "Start the new one, keep the other"),
    QT_TRANSLATE_NOOP("Launch", "Resume the other one"),
    QT_TRANSLATE_NOOP("Launch", "Start the new one, close the other"),
)
"""In this order: keeping is first, and Esc (or closing the question) keeps too: nothing is lost."""
KEEP, RESUME_OTHER, CLOSE_OTHER = range(3)


class Launcher:
    def __init__(
        self,
        app: QApplication,
        loaded: LoadedPlan,
        plan_name: str,
        store: Store,
        clock: Clock,
        ask: bool = True,
        passphrase: str | None = None,
    ) -> None:
        self._app = app
        self._loaded = loaded
        self._plan_name = plan_name
        self._store = store
        self._clock = clock
        self._ask = ask
        self._passphrase = passphrase
        self.companion: LoadedPlan | None = None
        """The workshop in the room's second language (``--language kk+ru``), step ids checked."""
        self.companion_first = False
        self.lock: LockGuard | None = None
        self.bridge: SessionBridge | None = None
        self.screens: ScreenManager | None = None
        self._remembered_screen: str | None = None
        self.console: ConsoleWindow | None = None
        self.audience: AudienceWindow | None = None

    def open(self, previews_later: bool = False) -> bool:
        """Unlock the notes, then open the windows; False when the facilitator did not unlock.
        ``previews_later``: the console's pictures of the projector are left for ``draw_previews``
        (the app's start: call it once the console takes keys)."""
        codec = self._open_vault()
        if codec is None:
            return False
        self._store.set_codec(codec)
        self._store.encrypt_plain_rows()
        offer = self._offer_resume() if self._ask else None
        pair = (self.companion, self.companion_first)
        if offer is not None:
            if offer.language != self._loaded.plan.language:  # another workshop: its language alone
                pair = (None, False)
            self.bridge = SessionBridge.resuming(offer, self._plan_name, self._store, self._clock, *pair)
        else:
            self.bridge = SessionBridge(
                self._loaded, self._plan_name, self._store, self._clock, None, None, *pair
            )
        self._remembered_screen = self.bridge.remembered_screen()
        self.audience = AudienceWindow(self.bridge)
        self.console = ConsoleWindow(self.bridge, self.audience, previews_later)
        console = self.console
        self.console.show()
        self.screens = ScreenManager(self.bridge, self.audience, lambda: console)
        self.screens.mode_changed.connect(console.set_screen_mode)
        self.screens.mirrored_changed.connect(console.set_mirrored)
        console.add_projector_action("choose-screen", self.screens.ask_where)
        console.add_projector_action("swap-screens", self.screens.swap)
        self.screens.place_initial(self._remembered_screen)
        self.screens.watch()
        commit = console.notes.commit_now
        self.lock = LockGuard(
            console, self.bridge, self._unlock_store, codec, commit, projector=self.audience
        )
        self.lock.deleted.connect(self._app.quit)
        self.console.raise_()
        self.console.activateWindow()
        return True

    def draw_previews(self) -> None:
        """The console's pictures of the projector, left by ``open(previews_later=True)``."""
        if self.console is not None:
            self.console.draw_previews()

    def _open_vault(self) -> AesGcmCodec | None:
        """The notes' codec, or None; a missing or damaged key file is said in a dialog (and raised)."""
        try:
            vault.check_key()
            codec = self._unlock_vault()
            if codec is not None:  # it opens the key file: does it open this folder's notes?
                vault.check_store_key(self._store, codec)
            return codec
        except KeyFileError as exc:
            if self._ask:
                dialogs.tell(None, key_messages.title(), key_messages.describe(exc))
            raise

    def _unlock_store(self, passphrase: str) -> AesGcmCodec:
        """Unlocking the console: the key file's codec, refused (``KeyFileError``) when the key
        file put there meanwhile does not open this data folder's notes."""
        codec = vault.unlock(passphrase)
        vault.check_store_key(self._store, codec)
        return codec

    def _unlock_vault(self) -> AesGcmCodec | None:
        """The notes' codec: from the given passphrase (scripts), or asked (first start: chosen)."""
        if self._passphrase is not None:
            if vault.has_passphrase():
                return vault.unlock(self._passphrase)
            return vault.set_up(self._passphrase)
        if not vault.has_passphrase():
            return self._choose_passphrase()
        wrong = 0
        while wrong < 5:
            typed = dialogs.ask_passphrase(
                None,
                translate("Launch", "Unlock Facilitator"),
                translate("Launch", "Type your passphrase.") + "\n\n" + translate("Launch", FORGOTTEN)
                if not wrong
                else translate(
                    "Launch", "The passphrase is wrong, or the key file is damaged. Type it again:"
                ),
            )
            if typed is None:
                return None
            if typed is dialogs.FORGOT:
                if self._start_again():
                    return self._choose_passphrase()
                continue  # not confirmed: asked again, nothing deleted
            try:
                return vault.unlock(typed)
            except WrongPassphrase:
                wrong += 1
        dialogs.tell(
            None,
            translate("Launch", "Still locked"),
            translate(
                "Launch",
                "Five passphrases did not open the notes. Nothing was opened or changed. If you are "
                "sure of the passphrase, the key file (key.json in the data folder) may be damaged: "
                "put back a copy of it from a backup before deleting anything.",
            ),
        )
        return None

    def _choose_passphrase(self) -> AesGcmCodec | None:
        """First start (or after deleting everything): the facilitator chooses the passphrase."""
        chosen = dialogs.ask_passphrase(
            None,
            translate("Launch", "Choose a passphrase"),
            translate("Launch", FIRST_START),
            confirm=True,
        )
        return vault.set_up(chosen) if isinstance(chosen, str) and chosen else None

    def _start_again(self) -> bool:
        """The forgotten passphrase's way out: after DELETE is typed, destroy the key and every
        session and note (``vault.delete_all_data``); True when done, False when nothing was."""
        if not dialogs.confirm_typed(
            None,
            translate("Launch", "Delete all data and start again"),
            translate(
                "Launch",
                "This destroys the key and deletes every session and note on this laptop for good: "
                "nobody can recover them. Then you choose a new passphrase.",
            ),
            "DELETE",
        ):
            return False
        self._store.close()  # the database's files are deleted: no connection may stay on them
        try:
            vault.delete_all_data()
        except WriteFailed as exc:
            dialogs.tell(
                None, translate("Launch", "Cannot delete the data"), failure_text(exc, Typed.NOT_DONE)
            )
            return False
        finally:
            self._store.reopen()  # a new, empty database (or the old one, when nothing was deleted)
        return True

    def _offer_resume(self) -> ResumeOffer | None:
        """Offer the unfinished session: resume goes on with it (in its own plan and language),
        close ends it for good (its notes stay for review and export), Esc keeps it for later.
        One of another workshop than the one being opened is named as such, and starting this one
        can keep it."""
        from facilitator.sessions.unfinished import latest_unfinished  # asked only when shown

        try:
            offer = latest_unfinished(self._store, self._clock, self._loaded.plan.id)
        except (StoreError, ValueError) as exc:
            said = failure_text(exc, Typed.READ) if isinstance(exc, StoreError) else str(exc)
            dialogs.tell(None, translate("Launch", "Cannot resume"), said)
            return None
        if offer is None:
            return None
        if offer.plan_id != self._loaded.plan.id and self._named_by_facilitator():
            return self._offer_other_workshop(offer)
        answer = dialogs.ask_resume(None, translate("Launch", "Resume the session?"), resume_question(offer))
        if answer is dialogs.ResumeAnswer.RESUME:
            return offer
        if answer is dialogs.ResumeAnswer.CLOSE:
            self._close_for_good(offer)
        return None  # later (Esc): kept unfinished, offered again at the next start

    def _named_by_facilitator(self) -> bool:
        """Whether this workshop was asked for (a plan, a language, the planner), not merely the
        app's default: started with no arguments after a crash, the crashed session is the one to
        resume, asked plainly (second blind drive: Enter started the English default instead)."""
        from facilitator.content import default_workshop
        from facilitator.settings import workshop_language

        default = default_workshop(workshop_language()).resolve()  # as the app opens with no plan
        try:
            same = Path(self._plan_name).resolve() == default
        except (OSError, ValueError):
            same = False
        return not same or self.companion is not None

    def _offer_other_workshop(self, offer: ResumeOffer) -> ResumeOffer | None:
        picked = dialogs.choose(
            None,
            translate("Launch", "Another workshop was left open")
            if offer.left_open
            else translate("Launch", "Another workshop did not end properly"),
            other_workshop_question(offer, self._loaded.plan.title),
            [translate("Launch", choice) for choice in OTHER_WORKSHOP_CHOICES],
        )
        if picked == RESUME_OTHER:
            return offer
        if picked == CLOSE_OTHER:
            self._close_for_good(offer)
        return None  # kept: offered again when its own workshop is opened

    def _close_for_good(self, offer: ResumeOffer) -> None:
        from facilitator.sessions.unfinished import close_for_good

        try:
            close_for_good(offer)
        except StoreError as exc:
            dialogs.tell(
                None, translate("Launch", "Cannot close the session"), failure_text(exc, Typed.NOT_DONE)
            )

    def close(self) -> None:
        """Tear the windows down in order while Python is still whole (PySide6 dislikes leftovers)."""
        if self.bridge is not None:
            self.bridge.stop()
        if self.console is not None:
            self.console.next_preview.release()
        if self.audience is not None:
            self.audience.films.release()  # the players go before the windows they feed
        for window in (self.console, self.audience):
            if window is not None:
                window.hide()
                window.deleteLater()
        self._app.processEvents()
        self.console = self.audience = None

    def smoke_test(self) -> int:
        """Drive the first steps, check the projector shows them, end and quit (exit code)."""
        assert self.bridge is not None and self.audience is not None and self.console is not None
        bridge = self.bridge
        self._smoke_labels()
        bridge.start()
        shown = [self.audience.view.visible_text()]
        for _ in range(3):
            bridge.next()
            shown.append(self.audience.view.visible_text())
        film_ok = self._smoke_film()
        bridge.end()
        ok = bridge.status is Status.ENDED and all(shown) and film_ok
        self.console.close()
        self._app.quit()
        return 0 if ok else 1

    def _smoke_labels(self) -> None:
        """Say the console toolbar's labels and the UI language on standard output (the bundle's
        smoke test checks they are translated: the compiled translations are in it and load)."""
        from PySide6.QtWidgets import QToolBar

        from facilitator.ui.i18n import current

        assert self.console is not None
        toolbar = self.console.findChild(QToolBar, "session-toolbar")
        labels = [action.iconText() for action in toolbar.actions()] if toolbar is not None else []
        print(f"smoke test: toolbar in {current()}: {' | '.join(labels)}", flush=True)

    def _smoke_film(self, seconds: float = 20.0) -> bool:
        """The first step whose film is found: jump to it, play, and wait (on the monotonic clock,
        at most ``seconds``) until the film's position moves. True when it did, or when no step's
        film is found; says which on standard output."""
        import time

        from PySide6.QtCore import QEventLoop

        assert self.bridge is not None and self.audience is not None
        bridge, films = self.bridge, self.audience.films
        steps = range(len(bridge.plan.steps))
        index = next(
            (i for i in steps if (found := bridge.film(i)) is not None and found.path is not None), None
        )
        if index is None:
            return True
        bridge.jump(index)
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline and not films.loaded and films.trouble is None:
            self._app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 100)
        films.toggle()
        while time.monotonic() < deadline and films.position() <= 0 and films.trouble is None:
            self._app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 100)
        played = films.position() > 0
        print(
            f"smoke test: film of step {index + 1} {'played' if played else 'did not play'} "
            f"(position {films.position()} ms, {films.error or 'no error'})",
            flush=True,
        )
        return played

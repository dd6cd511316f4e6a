"""The one bridge between the Qt-free session core and the windows.

It owns the live session (created when the facilitator starts), turns engine events into typed
signals, and holds what the projector shows (slide, black, white, holding screen). Windows call its
commands and listen to its signals; they never talk to the engine or the store directly.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from concurrent.futures import Future
from contextlib import suppress
from dataclasses import replace
from typing import TYPE_CHECKING, TypeVar, cast

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from facilitator.content import builtin_series_files
from facilitator.paths import data_dir, series_index_dir
from facilitator.presentation import (
    AudienceSlide,
    AudienceTimer,
    TimerLevel,
    audience_timer,
    clock_text,
    slide_for,
)
from facilitator.sessions.clock import Clock
from facilitator.sessions.codec import Codec
from facilitator.sessions.earlier_runs import EarlierRun, earlier_run
from facilitator.sessions.engine import Engine
from facilitator.sessions.errors import StoreError
from facilitator.sessions.events import Event, EventKind
from facilitator.sessions.live import NOTE_TAGS, LiveSession
from facilitator.sessions.note_writer import NoteDraft, NoteWriter
from facilitator.sessions.pending import Change, RecordKind
from facilitator.sessions.plan import Plan, StepKind
from facilitator.sessions.plan_films import FilmLookup, film_folders, find_film
from facilitator.sessions.plan_loader import LoadedPlan
from facilitator.sessions.reserve import ReserveState, SpaceReserve
from facilitator.sessions.retiming import RetimingAdvice
from facilitator.sessions.state import AgendaRow, RowStatus, SessionState, Status
from facilitator.sessions.store import Note, Store, UnreadableNote
from facilitator.sessions.tallies import check_count
from facilitator.settings import change_settings, load_settings
from facilitator.ui.audience_view import Display
from facilitator.ui.store_messages import Typed, failure_text, refused_count

if TYPE_CHECKING:  # the referral directory loads when the sheet first opens
    from facilitator.aids.referrals import Directory
    from facilitator.export.review import SessionReview  # the review and the figures: at the end
    from facilitator.programme.identity import Sender
    from facilitator.programme.summary import Summary
    from facilitator.sessions.figures import SessionFigures
    from facilitator.sessions.series_index import SeriesPosition
    from facilitator.sessions.unfinished import ResumeOffer

TICK_MS = 200
RETRY_MS = 5000
"""How often records that could not be written (a full disk) are tried again."""
__all__ = ["NOTE_TAGS", "SessionBridge"]
T = TypeVar("T")


class SessionBridge(QObject):
    step_changed = Signal(int)
    timer_updated = Signal()
    session_started = Signal()
    start_held = Signal()
    """F5 did not start a new session: this workshop has one kept for later or one run today
    (``earlier_run``); the console says so, and the same key again starts it."""
    session_ended = Signal()
    start_refused = Signal()
    """F5 after the session ended: no second session starts in this run of the app (the
    console says what to do instead)."""
    display_changed = Signal()
    notes_changed = Signal()
    note_saved = Signal(object)
    """A save of this ``NoteDraft`` is committed (emitted on the UI thread)."""
    tallies_changed = Signal()
    """A count of a tally was typed (kept, and committed when the disk allows): the projector may
    show more, or less."""
    records_unsaved = Signal()
    """What is kept in memory only changed (``unsaved_records``): records the disk could not take
    (moments, referrals, counts, steps, figures), tried again every few seconds, or all landed."""
    moments_changed = Signal()
    """A resistance moment was logged or a referral offered."""
    error_reported = Signal(str)
    note_failed = Signal(object)
    """A save of this ``NoteDraft`` did not land (disk full, locked): its text is still the box's."""
    locked_changed = Signal(bool)
    raw_notes_deleted = Signal()
    film_toggle_requested = Signal()
    """Play or pause the current step's film (P or Space on a film step, even one whose film
    cannot play: the player then says why, and the step stays)."""
    film_seek_requested = Signal(int)
    """Move the current step's film by this many seconds (negative: back)."""
    film_failed = Signal(int)
    """The film of this step was found but does not play (±10 s have nothing to move)."""
    _written = Signal(object)
    """From the writer thread: a save's future, handled on the UI thread."""
    reserve_changed = Signal()
    """The space kept aside for the session's writes changed (given back to a full disk, made
    again, could not be made) or what is left of it did (``reserve_state``, ``reserve_left``)."""
    _reserve_moved = Signal(object)
    """From whichever thread gave the reserve back or made it: handled on the UI thread."""

    def __init__(
        self,
        loaded: LoadedPlan,
        plan_name: str,
        store: Store,
        clock: Clock,
        live: LiveSession | None = None,
        parent: QObject | None = None,
        companion: LoadedPlan | None = None,
        companion_first: bool = False,
    ) -> None:
        """``companion``: the same workshop in the room's second language (its step ids checked
        against ``loaded`` by ``plan_pair.check_pair``), projected beside ``loaded``'s slides,
        on the left (or on top) when ``companion_first``; timing and guidance stay ``loaded``'s."""
        super().__init__(parent)
        self._loaded = loaded
        self._companion = companion
        self._companion_first = companion_first
        self._plan_name = plan_name
        self._store = store
        self._clock = clock
        self._live = live
        self._engine = live.engine if live else Engine(loaded.plan, clock)
        self._unsubscribe = self._engine.subscribe(self._on_event)
        self._display = Display.SLIDE if live else Display.HOLDING
        self._past_last = False
        """Next was pressed on the last step: the room sees the closing screen."""
        self._held = False
        """The current step is sensitive and the facilitator has not yet put it on the projector:
        the room sees the holding screen (the console warns first; Next shows the step)."""
        if live is not None and self._engine.status in (Status.RUNNING, Status.PAUSED):
            self._hold_if_sensitive()  # resumed on a sensitive step: the warning comes first again
        self._writer: NoteWriter | None = None
        self._stopped = False
        self._written.connect(self._after_write, Qt.ConnectionType.QueuedConnection)
        self._locked = False
        self._raw_deleted = False
        self._before_start = 0.0
        """Seconds added or taken on the first step before the session started (F5 keeps them)."""
        self.earlier_run: EarlierRun | None = None
        """Said once F5 was held for it (``start_held``): the next start goes ahead."""
        self._screen_name: str | None = None
        self._film_failed = False
        """The player could not open this step's film (tried again on the next visit)."""
        self._tallies: dict[tuple[int, str], dict[str, int]] = {}
        """Counts typed so far: (step, question) -> answer -> count (committed, or kept unsaved)."""
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self.retry_records)
        self._unlisten: Callable[[], None] = lambda: None
        self._series: tuple[SeriesPosition | None] | None = None
        self._space = QTimer(self)
        self._space.setInterval(RETRY_MS)
        self._space.timeout.connect(self.check_space)
        self._reserve_moved.connect(self._on_reserve, Qt.ConnectionType.QueuedConnection)
        self._unreserve: Callable[[], None] = lambda: None
        self._reserve_tried = False
        self._reserve = self._hold_reserve(store)
        if self._reserve is not None:  # after the first frame (an fsync), and before any session
            QTimer.singleShot(0, self, self.make_reserve)
        if live is not None:
            self._load_tallies(live)
            self._unlisten = live.pending.subscribe(self._on_pending)
        comfort = load_settings()
        self.text_scale = comfort.audience_text_scale
        self.high_contrast = comfort.high_contrast
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self.timer_updated)
        self._timer.start()

    @classmethod
    def resuming(
        cls,
        offer: ResumeOffer,
        plan_name: str,
        store: Store,
        clock: Clock,
        companion: LoadedPlan | None = None,
        companion_first: bool = False,
    ) -> SessionBridge:
        """The bridge of an unfinished session the facilitator chose to resume (its own plan);
        ``companion`` stays on the projector only if it pairs with that plan (same step ids, the
        other language), else the resumed workshop is shown in its own language alone."""
        resumed = offer.live.loaded.plan
        if companion is None:  # started again without the pair: the pair the session ran with
            companion, companion_first = offer.companion, offer.companion_first
        if companion is not None and (
            companion.plan.language == resumed.language
            or [step.id for step in companion.plan.steps] != [step.id for step in resumed.steps]
        ):
            companion = None
        return cls(offer.live.loaded, plan_name, store, clock, offer.live, None, companion, companion_first)

    # -- reading -------------------------------------------------------------------------------
    @property
    def plan(self) -> Plan:
        return self._loaded.plan

    def series_position(self) -> SeriesPosition | None:
        """Where this plan sits in a built-in or the facilitator's own series ("session 3 of 8"), with
        the series' private guidance for it (for the console only, never the projector); series seen
        before are read from the index in the data folder (no pydantic, no YAML)."""
        if self._series is None:
            from facilitator.sessions.series_index import is_series_file, series_position

            index = series_index_dir()
            # the facilitator's own folder, read without creating it (a session must not add folders)
            own = [p for p in sorted((data_dir() / "plans").glob("*.yaml")) if is_series_file(p, index)]
            found = series_position(self.plan.id, self.plan.language, builtin_series_files() + own, index)
            self._series = (found,)
        return self._series[0]

    @property
    def index(self) -> int:
        """The current step's index (0-based)."""
        return self._engine.index

    @property
    def status(self) -> Status:
        return self._engine.status

    @property
    def session_id(self) -> str | None:
        """The recorded session's id: None before it starts (its record stays when the raw notes
        are deleted)."""
        return self._live.id if self._live is not None else None

    def state(self) -> SessionState:
        return self._engine.state()

    def agenda(self) -> list[AgendaRow]:
        return self._engine.agenda()

    def advice(self) -> RetimingAdvice:
        """What the timer panel advises when running late (minutes to take from later steps)."""
        return self._engine.advice()

    def revealed(self) -> int:
        """Hidden answers of the current step shown to the room so far."""
        return self._engine.revealed()

    @property
    def display(self) -> Display:
        return self._display

    @property
    def held_back(self) -> bool:
        """The current step is sensitive and waits on the console's warning: the projector shows
        the holding screen until the facilitator goes on (Next, or H)."""
        return self._held

    @property
    def at_closing(self) -> bool:
        """The room sees the end of the workshop: Next was pressed on the last step, or it ended."""
        return self._past_last or self._engine.status is Status.ENDED

    @property
    def clock(self) -> Clock:
        return self._clock

    @property
    def locked(self) -> bool:
        """Locked: nothing is recorded (notes, moments, referrals) until unlocked."""
        return self._locked

    def set_locked(self, locked: bool) -> None:
        self._locked = locked
        self.locked_changed.emit(locked)
        if not locked:
            self.retry_records()

    def steps_left(self) -> int:
        """Steps not run: never shown, or skipped (the current one counts as run)."""
        if self._engine.status is Status.NOT_STARTED:
            return len(self.plan.steps)
        return sum(row.status in (RowStatus.UPCOMING, RowStatus.SKIPPED) for row in self._engine.agenda())

    @property
    def plan_name(self) -> str:
        """The plan's file, as the session records it."""
        return self._plan_name

    @property
    def audience_languages(self) -> tuple[str, ...]:
        """The languages on the projector, in the room's order (two with ``--language kk+ru``)."""
        return tuple(loaded.plan.language for loaded in self._audience_plans())

    @property
    def audience_titles(self) -> tuple[str, ...]:
        """The workshop's title in each language on the projector, in the same order."""
        return tuple(loaded.plan.title for loaded in self._audience_plans())

    def _audience_plans(self) -> tuple[LoadedPlan, ...]:
        if self._companion is None:
            return (self._loaded,)
        pair = (self._companion, self._loaded)
        return pair if self._companion_first else pair[::-1]

    def _slide_at(self, index: int, shown: int) -> AudienceSlide:
        """Step ``index`` with ``shown`` answers, in each language on the projector (audience
        content only: the first slide carries the second as its ``companion``)."""
        counts = {question: counts for (step, question), counts in self._tallies.items() if step == index}
        slides = [
            slide_for(loaded.plan, index, images=loaded.images, shown_reveals=shown, tally_counts=counts)
            for loaded in self._audience_plans()
        ]
        if len(slides) == 2:
            return replace(slides[0], companion=slides[1])
        return slides[0]

    def slide(self) -> AudienceSlide:
        index = self._engine.index
        return self._slide_at(index, self._engine.revealed(index))

    def next_slide(self) -> AudienceSlide | None:
        """What the room will see after the next press of Next; None is the closing screen.

        Before the start, the first slide; on a guess-then-reveal step with answers still hidden,
        the same slide with one more answer shown; on the last step (or past it, or once ended),
        the closing screen; otherwise the next step's slide. On a sensitive step still held on the
        holding screen, its own slide; the next step's slide even when that step is sensitive (it
        goes up once the facilitator goes on past its warning). Audience content only, like ``slide``.
        """
        engine = self._engine
        index = engine.index
        if engine.status is Status.NOT_STARTED:
            return self._slide_at(index, engine.revealed(index))
        if engine.status is Status.ENDED or self._past_last:
            return None
        if self._held:  # Next puts the held sensitive step itself on the projector
            return self._slide_at(index, engine.revealed(index))
        shown = engine.revealed(index)
        if shown < engine.hidden_answers(index):
            return self._slide_at(index, shown + 1)
        if index == len(self.plan.steps) - 1:
            return None
        return self._slide_at(index + 1, engine.revealed(index + 1))

    def next_film(self) -> FilmLookup | None:
        """The film of the step the room sees after the next press of Next (its first frame is
        what the projector shows then), or why it cannot play; None when the next screen is the
        closing screen or a step that names no film."""
        engine = self._engine
        index = engine.index
        if engine.status is not Status.NOT_STARTED:
            if engine.status is Status.ENDED or self._past_last:
                return None
            if engine.revealed(index) >= engine.hidden_answers(index):
                if index == len(self.plan.steps) - 1:
                    return None
                index += 1
        return self.film(index)

    def next_timer(self, shown: bool) -> AudienceTimer:
        """The room's timer as it will read just after the next press of Next (the next-step
        preview is laid out with it, as the projector will be): the next step's time and first
        phase, the running clock on a guess-then-reveal, none on the closing screen."""
        engine = self._engine
        index = engine.index
        none = AudienceTimer("", TimerLevel.NORMAL, "")
        if engine.status is Status.ENDED or self._past_last:
            return none
        if engine.status is not Status.NOT_STARTED:
            if self._held or engine.revealed(index) < engine.hidden_answers(index):
                return self.audience_timer(shown)
            if index == len(self.plan.steps) - 1:
                return none
            index += 1
        labels = []
        for loaded in self._audience_plans():
            phases = loaded.plan.steps[index].phases
            label = phases[0].label if phases else ""
            labels.append(label + (" · " + clock_text(phases[0].duration) if phases and shown else ""))
        text = clock_text(self._engine.agenda()[index].allotted) if shown else ""
        return AudienceTimer(text, TimerLevel.NORMAL, labels[0], labels[1] if len(labels) > 1 else "")

    def audience_timer(self, shown: bool) -> AudienceTimer:
        """The room's timer; on a two-language projector, the phase's name in both languages."""
        state = self._engine.state()
        timer = audience_timer(state, shown)
        if self._companion is None or state.phase is None or not timer.phase:
            return timer
        phases = self._companion.plan.steps[state.index].phases
        other = phases[state.phase.index].label if state.phase.index < len(phases) else state.phase.label
        other += timer.phase.removeprefix(state.phase.label)  # the same " · 3:12"
        if self._companion_first:
            return replace(timer, phase=other, companion_phase=timer.phase)
        return replace(timer, companion_phase=other)

    def tally_counts(self, step: int, question: str) -> dict[str, int]:
        """The counts typed for ``question`` on ``step`` (answer id -> count), as stored."""
        return dict(self._tallies.get((step, question), {}))

    def set_tally(self, question: str, answer: str, count: int) -> bool:
        """Store how many in the room gave ``answer`` on the current step, at once (never who).
        Nothing is recorded while locked, nor a count out of range (said). A count the disk cannot
        take (full) is kept in memory, said (``error_reported``, ``records_unsaved``) and written
        when there is room again: tried every few seconds, like every record of the session."""
        if self._locked:
            return False
        try:
            check_count(count)
        except ValueError:
            self.error_reported.emit(refused_count())
            return False
        live = self._ensure_live()
        if live is None:
            return False
        step, wall = self._engine.index, self._clock.wall()
        if not self._keep(
            RecordKind.COUNT,
            lambda store: store.set_tally(live.id, step, question, answer, count, wall),
            key=(step, question, answer),
            detail=(step, question),
        ):
            return False
        self._tallies.setdefault((step, question), {})[answer] = count
        self.tallies_changed.emit()
        return True

    def unsaved_tallies(self) -> int:
        """Counts typed that are not on disk yet (kept here until they land)."""
        return self.unsaved_records(RecordKind.COUNT)

    def unsaved_records(self, kind: RecordKind | None = None) -> int:
        """Records (of ``kind``) the disk could not take yet: kept in memory until they land."""
        return len(self._live.pending.waiting(kind)) if self._live is not None else 0

    def unsaved_kinds(self) -> dict[RecordKind, int]:
        """How many records of each kind wait in memory (only kinds with some)."""
        counts: dict[RecordKind, int] = {}
        if self._live is not None:
            for record in self._live.pending.waiting():
                counts[record.kind] = counts.get(record.kind, 0) + 1
        return counts

    def retry_records(self) -> None:
        """Write again every record kept in memory, in order (what the retry timer does)."""
        if self._live is not None and len(self._live.pending) and not self._locked and not self._stopped:
            self._live.pending.retry()

    def _keep(
        self,
        kind: RecordKind,
        write: Callable[[Store], object],
        key: tuple[object, ...] | None = None,
        detail: object = None,
    ) -> bool:
        """Record ``write`` on the store now, or keep it in memory when the disk cannot take it
        (said, shown, tried again): True either way; False (said) only when it is refused."""
        live = self._live
        if live is None:
            return False
        return self._guard(lambda: live.pending.write(kind, write, key, detail))

    def _on_pending(self, change: Change) -> None:
        """A record landed or was kept: say a new failure, show what waits, try again later."""
        if self._stopped:
            return
        if change.error is not None and change.fresh:
            self.error_reported.emit(failure_text(change.error, Typed.KEPT))
        for _record, error in change.refused:
            self.error_reported.emit(failure_text(error, Typed.NOT_DONE))
        if not change.left:
            self._retry.stop()
        elif change.error is not None and not self._retry.isActive():
            self._retry.start()
        self.records_unsaved.emit()

    # -- the space kept aside ---------------------------------------------------------------------
    def _hold_reserve(self, store: Store) -> SpaceReserve | None:
        """The space kept aside beside the database for this session's writes (one per data
        folder: a reserve the store has already is the one used; made by ``make_reserve``). None
        for a store in memory or read-only."""
        if store.read_only or str(store.path) == ":memory:":
            return None
        reserve = store.reserve
        if reserve is None:
            reserve = store.reserve = SpaceReserve(store.path.parent)
        self._unreserve = reserve.subscribe(self._reserve_moved.emit)
        return reserve

    def make_reserve(self) -> None:
        """Keep the space aside now, if it is not yet (the console does it once it is shown, and
        starting a session first); said on the console when it cannot be."""
        reserve = self._reserve
        if reserve is None or self._stopped or self._reserve_tried:
            return
        self._reserve_tried = True
        if reserve.state is not ReserveState.HELD and reserve.make() is not ReserveState.HELD:
            print(f"facilitator: {reserve.problem} (warning)", file=sys.stderr)

    def reserve_state(self) -> ReserveState | None:
        """Where the space kept aside stands (None: the session keeps none, a store in memory)."""
        return self._reserve.state if self._reserve is not None else None

    def reserve_left(self) -> int:
        """Free bytes on the data folder's disk: what is left of the reserve once it is in use."""
        return self._reserve.free_bytes() if self._reserve is not None else 0

    def reserve_path(self) -> str:
        return str(self._reserve.path) if self._reserve is not None else ""

    def check_space(self) -> None:
        """Every few seconds while the reserve is given back or missing: what waits is written,
        the reserve made again once the disk has room, and the console's figure updated."""
        reserve = self._reserve
        if reserve is None or self._stopped:
            return
        self.retry_records()
        if reserve.state is not ReserveState.BROKEN and not self.unsaved_records():
            reserve.remake_if_room()  # says so through _on_reserve when it is held again
        self.reserve_changed.emit()

    def _on_reserve(self, state: ReserveState) -> None:
        """The reserve was given back (the disk is full): what waits is written into it at once."""
        if self._stopped:
            return
        if state is ReserveState.IN_USE:
            self.retry_records()
        if state is ReserveState.HELD:
            self._space.stop()
        elif not self._space.isActive():
            self._space.start()
        self.reserve_changed.emit()

    def _load_tallies(self, live: LiveSession) -> None:
        stored = self._attempt(lambda: live.store.tallies(live.id), Typed.READ) or []
        for tally in stored:
            self._tallies.setdefault((tally.step, tally.question), {})[tally.answer] = tally.count

    def film(self, index: int | None = None) -> FilmLookup | None:
        """Where the film of step ``index`` (the current one by default) is on this laptop, or why
        it is not; None when the step names no film file. Looked up afresh each time, so a film
        copied in during the session is found."""
        step = self.plan.steps[self._engine.index if index is None else index]
        if step.kind is not StepKind.FILM or not step.audience.film:
            return None
        folders = film_folders(self._loaded.base_dir, load_settings().media_folder)
        return find_film(step.audience.film, folders)

    def film_step_without_file(self) -> bool:
        """The session is running on a film step that names no film file (the built-in workshops'
        film step: the facilitator chooses one of several films and shows it from another player)."""
        if self._engine.status not in (Status.RUNNING, Status.PAUSED) or self._past_last:
            return False
        step = self.plan.steps[self._engine.index]
        return step.kind is StepKind.FILM and not step.audience.film

    def on_film_step(self) -> bool:
        """The session is running on a step whose film file is there to play."""
        if self._engine.status not in (Status.RUNNING, Status.PAUSED) or self._past_last or self._held:
            return False
        found = self.film()
        return found is not None and found.path is not None and not self._film_failed

    def names_film(self) -> bool:
        """The session is running on a step that names a film file, there or not: P and Space
        mean play or pause here, never the timer or the next step (a sensitive film step waiting on
        its warning: Space first puts it on the projector)."""
        if self._engine.status not in (Status.RUNNING, Status.PAUSED) or self._past_last or self._held:
            return False
        return self.film() is not None

    def report_unplayable_film(self) -> None:
        """The player could not open the current step's film (the file is there, but broken)."""
        self._film_failed = True
        self.film_failed.emit(self._engine.index)

    def toggle_film(self) -> None:
        if self.names_film():
            self.film_toggle_requested.emit()

    def seek_film(self, seconds: int) -> None:
        if self.on_film_step():
            self.film_seek_requested.emit(seconds)

    def notes(self, wait: bool = True) -> list[Note]:
        """The session's notes: with ``wait``, every save handed to the writer so far is in;
        without, the ones committed by now (the notes box, which must not wait on the disk)."""
        if self._live is None:
            return []
        if self._locked:
            return []  # the key is gone while locked: nothing can be read, and nothing is shown
        if wait:
            self.wait_for_saves()
        live = self._live
        return self._attempt(live.notes, Typed.READ) or []  # an unreadable file: said, nothing shown

    def unreadable_notes(self) -> list[UnreadableNote]:
        """The session's notes that cannot be read (damaged in the data file): ``notes`` leaves
        them out; the notes box names them (step and time, never text)."""
        live = self._live
        if live is None or self._locked:
            return []
        return self._attempt(lambda: live.store.unreadable_notes(live.id), Typed.READ) or []

    # -- commands ------------------------------------------------------------------------------
    def start(self, anyway: bool = False) -> None:
        """Start the session (a new one, unless resumed). A new one of a workshop run today, or
        with a session kept for later, waits for a second press (``start_held``), or ``anyway``."""
        if self._engine.status is Status.ENDED:
            self.start_refused.emit()  # said, never nothing: a blind drive pressed F5 in vain
            return
        if self._engine.status is not Status.NOT_STARTED:
            return
        if self._live is None and not anyway and self._hold_start():
            return
        self.make_reserve()  # before the session's first rows
        if self._live is None:
            live = self._attempt(
                lambda: LiveSession.new(self._store, self._loaded, self._plan_name, self._clock)
            )
            if live is None:
                return
            self._unsubscribe()
            self._live = live
            self._unlisten = live.pending.subscribe(self._on_pending)
            if self._screen_name:
                self.remember_screen(self._screen_name)
            pair, first = self._companion, self._companion_first
            if pair is not None:  # resumed in both languages, however the app is started again
                self._keep(
                    RecordKind.SESSION,
                    lambda store: store.set_companion(live.id, pair.source, first),
                    key=("companion",),
                )
            self._engine = live.engine
            self._unsubscribe = self._engine.subscribe(self._on_event)
            extra = self._before_start  # "+1 min" pressed before F5 still counts
            self._before_start = 0.0
            if extra:
                self._guard(lambda: live.engine.add_time(extra, 0))
        self._display = Display.SLIDE
        self._guard(self._engine.start)

    def _hold_start(self) -> bool:
        """True (and ``start_held``) the first time a new session would be a second run of this
        workshop; the next press starts it."""
        if self.earlier_run is not None:
            return False  # said already: this press is the facilitator's yes
        plan_id, now = self._loaded.plan.id, self._clock.wall()
        self.earlier_run = self._attempt(lambda: earlier_run(self._store, plan_id, now), Typed.READ)
        if self.earlier_run is None:
            return False
        self.start_held.emit()
        return True

    def next(self) -> None:
        if self._engine.status is Status.NOT_STARTED:
            if self.earlier_run is not None and self._live is None:
                self.start_held.emit()  # said already: only the start key (or the banner) says yes,
                return  # never a clicker's "next" pressed again
            self.start()
        elif self._engine.status is not Status.ENDED:
            engine = self._engine
            if self._held:
                self._release()  # the facilitator has seen the warning: the step goes up
            elif engine.revealed() < engine.hidden_answers(engine.index):
                self._guard(engine.reveal)  # guess-then-reveal: one answer per press
            elif engine.index == len(self.plan.steps) - 1:
                self._show_closing()
            else:
                self._guard(engine.next)

    def previous(self) -> None:
        if self._past_last:
            self._leave_closing()
        elif self._engine.status in (Status.RUNNING, Status.PAUSED):
            engine = self._engine
            if engine.revealed() > 0:
                self._guard(engine.hide_answer)  # a guess step: its answers hide again, last first
            else:
                self._guard(engine.previous)

    def jump(self, index: int) -> None:
        if self._engine.status in (Status.RUNNING, Status.PAUSED):
            if self._past_last and index == self._engine.index:
                self._leave_closing()
            else:
                self._guard(lambda: self._engine.jump(index))

    def _show_closing(self) -> None:
        """Past the last step: the closing screen (under a black or white screen, if one is on)."""
        if self._past_last:
            return
        self._past_last = True
        if self._display not in (Display.BLACK, Display.WHITE):
            self._display = Display.CLOSING
        self.display_changed.emit()

    def _hold_if_sensitive(self) -> None:
        """On arriving at a step: a sensitive one waits on the holding screen (under a black or
        white screen, if one is on) until the facilitator has seen the console's warning."""
        self._held = self.plan.steps[self._engine.index].sensitive
        if self._held and self._display is Display.SLIDE:
            self._display = Display.HOLDING

    def _release(self) -> None:
        self._held = False
        if self._display is Display.HOLDING:
            self._display = Display.SLIDE
        self.display_changed.emit()

    def _leave_closing(self) -> None:
        self._past_last = False
        if self._display is Display.CLOSING:
            self._display = Display.SLIDE
        self.display_changed.emit()

    def toggle_pause(self) -> None:
        if self._engine.status in (Status.RUNNING, Status.PAUSED):
            self._guard(self._engine.toggle_pause)

    def add_minutes(self, minutes: int) -> None:
        if self._engine.status is Status.NOT_STARTED and self._live is None:
            self._before_start += minutes * 60  # this engine is replaced when the session starts
        if self._engine.status is not Status.ENDED:
            self._guard(lambda: self._engine.add_time(minutes * 60))

    def next_phase(self) -> None:
        if self._engine.status in (Status.RUNNING, Status.PAUSED):
            self._guard(self._engine.next_phase)

    def apply_advice(self) -> None:
        if self._engine.status in (Status.RUNNING, Status.PAUSED):
            self._guard(lambda: self._engine.apply_advice(self._engine.advice()))

    def end(self) -> None:
        if self._engine.status in (Status.RUNNING, Status.PAUSED):
            self._guard(self._engine.end)

    def blank(self, colour: Display) -> None:
        """Black, white or the holding screen; the same key again goes back to the current slide."""
        if self._display is colour:
            if colour is Display.HOLDING:
                self._held = False  # H again on a held sensitive step: the facilitator goes on
            self._display = self._underneath()
        else:
            self._display = colour
        self.display_changed.emit()

    def set_display(self, display: Display) -> None:
        """Put the projector back to ``display`` (after the privacy screen)."""
        if self._display is not display:
            self._display = display
            self.display_changed.emit()

    def _underneath(self) -> Display:
        """What the room sees when nothing is blanked: holding, a slide, or the closing screen."""
        if self._engine.status is Status.NOT_STARTED:
            return Display.HOLDING
        if self._engine.status is Status.ENDED or self._past_last:
            return Display.CLOSING
        return Display.HOLDING if self._held else Display.SLIDE

    def log_resistance(self, cue: str, driver: str, form: str, move: str, outcome: str) -> bool:
        """Record a resistance moment on the current step: its kind and outcome, no identity."""
        from facilitator.aids.moments import Outcome, ResistanceMoment, log_resistance

        if self._locked:
            return False
        live = self._ensure_live()
        if live is None:
            return False
        moment = ResistanceMoment(
            self._engine.index, cue, driver, form, move, Outcome(outcome), self._clock.wall()
        )
        done = self._keep(
            RecordKind.MOMENT, lambda store: log_resistance(store, live.id, moment), detail=moment
        )
        self.moments_changed.emit()
        return done

    def offer_referral(self, kind: str) -> bool:
        """Record that a referral of ``kind`` was offered on the current step: never to whom."""
        from facilitator.aids.moments import ReferralOffered, offer_referral
        from facilitator.aids.referrals import ServiceKind

        if self._locked:
            return False
        live = self._ensure_live()
        if live is None:
            return False
        offered = ReferralOffered(self._engine.index, ServiceKind(kind), self._clock.wall())
        done = self._keep(
            RecordKind.REFERRAL, lambda store: offer_referral(store, live.id, offered), detail=offered
        )
        self.moments_changed.emit()
        return done

    def moment_counts(self) -> tuple[int, int]:
        """(resistance moments, referrals offered) so far in this session, those kept in memory
        (not on disk yet) included."""
        from facilitator.aids.moments import referrals_offered, resistance_moments

        if self._live is None:
            return 0, 0
        live = self._live
        counts = self._attempt(
            lambda: (
                len(resistance_moments(live.store, live.id)),
                len(referrals_offered(live.store, live.id)),
            ),
            Typed.READ,
        )
        moments, referrals = counts or (0, 0)
        waiting = self.unsaved_kinds()
        return moments + waiting.get(RecordKind.MOMENT, 0), referrals + waiting.get(RecordKind.REFERRAL, 0)

    def referral_steps(self) -> set[int]:
        """The steps on which a referral has been offered so far (notes there may need follow-up)."""
        from facilitator.aids.moments import referrals_offered

        if self._live is None:
            return set()
        live = self._live
        steps = self._attempt(
            lambda: {offered.step for offered in referrals_offered(live.store, live.id)}, Typed.READ
        )
        kept = {record.detail.step for record in live.pending.waiting(RecordKind.REFERRAL)}  # type: ignore[attr-defined]
        return (steps or set()) | kept

    def figures(self) -> SessionFigures:
        """Participants, age band and town recorded for this session (empty before it starts)."""
        from facilitator.sessions.figures import SessionFigures, read_figures

        if self._live is None:
            return SessionFigures()
        live = self._live
        return self._attempt(lambda: read_figures(live.store, live.id), Typed.READ) or SessionFigures()

    def record_figures(self, participants: int, age_band: str | None, town: str | None) -> bool:
        """Check and commit the session's figures; a bad value becomes a message, nothing stored."""
        from facilitator.sessions.figures import checked_figures, record_figures

        live = self._live
        if live is None:
            return False
        checked = self._attempt(lambda: checked_figures(participants, age_band, town))
        if checked is None:
            return False
        return self._keep(
            RecordKind.FIGURES, lambda store: record_figures(store, live.id, checked), key=("figures",)
        )

    def _ensure_live(self) -> LiveSession | None:
        if self._live is None:
            self.start()
        return self._live

    def remembered_screen(self) -> str | None:
        """The projector's screen a resumed session was shown on (None for a new session)."""
        live = self._live
        if live is None:
            return None
        return self._attempt(lambda: live.store.session(live.id).audience_screen, Typed.READ)

    def remember_screen(self, name: str) -> None:
        """Keep the projector's screen with the session, so resuming puts it back there."""
        self._screen_name = name
        if self._live is not None and name:
            live = self._live
            self._keep(
                RecordKind.SESSION,
                lambda store: store.update_session(live.id, audience_screen=name),
                key=("screen",),
            )

    def set_comfort(self, text_scale: float | None = None, high_contrast: bool | None = None) -> None:
        """Type size and contrast on the projector (remembered for the next session)."""
        changed: dict[str, object] = {}
        if text_scale is not None:
            self.text_scale = changed["audience_text_scale"] = round(min(1.6, max(0.8, text_scale)), 2)
        if high_contrast is not None:
            self.high_contrast = changed["high_contrast"] = high_contrast
        change_settings(None, **changed)  # only what changed: a preference saved elsewhere stays
        self.display_changed.emit()

    def force_blank(self) -> None:
        """Black, whatever the projector showed (screen changes, privacy): never toggles back."""
        if self._display is not Display.BLACK:
            self._display = Display.BLACK
            self.display_changed.emit()

    def show_holding(self) -> None:
        """The holding screen (workshop title); again: back to the slide, like B and W."""
        self.blank(Display.HOLDING)

    def delete_raw_notes(self) -> bool:
        """Delete this session's raw notes (only once it has ended); nothing is recorded after."""
        live = self._live
        if live is None or self._engine.status is not Status.ENDED:
            return False
        self.wait_for_saves()
        if not self._guard(lambda: live.store.delete_raw_notes(live.id)):
            return False
        self._raw_deleted = True
        self.raw_notes_deleted.emit()
        return True

    @property
    def raw_deleted(self) -> bool:
        """This session's raw notes were deleted (its record stays): nothing more is noted."""
        return self._raw_deleted

    def review(self) -> SessionReview | None:
        """This session's notes and review decisions for the review window and the export, once
        every note typed so far is saved; None before the session starts or after deletion."""
        live = self._live
        if live is None or self._raw_deleted:
            return None
        self.wait_for_saves()
        from facilitator.export.review import SessionReview

        return SessionReview(live.store, live.id)

    def programme_summary(self, sender: Sender) -> Summary | None:
        """What would leave for the programme about this session (counts and codes only, built
        without reading any note's text); None until the session has ended, or if it fails.
        Records kept unsaved (a full disk) are tried again first; counts that still cannot be
        saved are named in the summary's ``missing_counts``, never left out silently."""
        live = self._live
        if live is None or self.status is not Status.ENDED:
            return None
        self.wait_for_saves()
        self.retry_records()  # records kept while the disk was full: on disk first, if they can be
        from facilitator.programme.summary import build_summary

        number, length = self.series_numbers()
        unsaved = [cast(tuple[int, str], kept.detail) for kept in live.pending.waiting(RecordKind.COUNT)]
        return self._attempt(
            lambda: build_summary(live.store, live.id, sender, number, length, unsaved), Typed.READ
        )

    def series_numbers(self) -> tuple[int, int]:
        """(session number, sessions in the series) for the programme's summary: 1 of 1 for a plan
        of no series; the follow-up is N + 1 of N (it comes after the series it follows)."""
        position = self.series_position()
        if position is None:
            return 1, 1
        if position.number is None:
            return position.total + 1, position.total
        return position.number, position.total

    def referral_directory(self) -> Directory:
        """The services to refer to (kept in the data folder, apart from any session)."""
        from facilitator.aids.referrals import Directory

        return Directory(self._store)

    def use_codec(self, codec: Codec) -> None:
        """After unlocking: the notes' key again, for reading and writing the store."""
        self._store.set_codec(codec)

    def close_store(self) -> None:
        """Stop and close the store for good (every piece of data is about to be deleted)."""
        self.stop()
        self._store.close()

    def save_note(self, draft: NoteDraft | None, text: str, tags: Sequence[str]) -> NoteDraft | None:
        """Save a whole note: ``draft`` (its step and, once saved, its id), or a new one on the
        current step when None. A note never saved and still blank is not created.

        Called at every change as the facilitator types. It returns at once with the note's draft;
        the writer thread commits it within milliseconds, then ``note_saved`` and
        ``notes_changed`` are emitted (or ``error_reported``, with the text still in the box).
        """
        if (draft is None or not draft.handed_over) and not text.strip():
            return None
        if self._locked:
            return None  # the key is gone while locked: the text stays in the box until unlocked
        if self._raw_deleted:
            return None  # the raw notes were deleted: nothing is recorded any more
        live = self._ensure_live()
        if live is None:
            return None
        if self._writer is None:
            self._writer = NoteWriter(live)
        if draft is None:
            draft = NoteDraft(self._engine.index)
        future = self._writer.save(draft, text, tags)
        sent = draft
        future.add_done_callback(lambda done: self._written.emit((sent, done)))
        return draft

    def discard_note(self, draft: NoteDraft) -> None:
        """The note of ``draft`` was typed, then rubbed out and left blank: it is deleted (after
        its saves already handed over), so no blank note is left behind. ``note_saved`` follows."""
        if self._writer is None or not draft.handed_over or self._locked or self._raw_deleted:
            return
        future = self._writer.discard(draft)
        future.add_done_callback(lambda done: self._written.emit((draft, done)))

    def decline_follow_up(self, draft: NoteDraft) -> None:
        """ "Not now" to marking this note for follow-up, kept with the note (after its first save
        has landed: it needs the note's id) so a resumed session does not offer it again."""
        if draft.id is None and draft.handed_over:
            self.wait_for_saves()
        note_id, live = draft.id, self._live
        if note_id is not None and live is not None and not self._locked:
            self._attempt(lambda: live.store.decline_follow_up(note_id))

    def declined_follow_ups(self) -> set[int]:
        """The ids of this session's notes answered "not now" (none before the session exists)."""
        live = self._live
        if live is None:
            return set()
        return self._attempt(lambda: live.store.declined_follow_ups(live.id), Typed.READ) or set()

    def leave_open(self) -> None:
        """The facilitator closes the app on purpose with the session running or paused: say so
        in its record (after what was typed is saved), so the next start does not call it a crash."""
        if self._live is None or self._engine.status not in (Status.RUNNING, Status.PAUSED):
            return
        self.wait_for_saves()
        with suppress(StoreError):  # the disk refused: the next start calls it unfinished, as it is
            self._live.leave_open()

    def wait_for_saves(self, timeout: float | None = None) -> None:
        """Block until every note save handed over so far is committed (lock, close, export);
        ``timeout``: seconds at most, then ``TimeoutError``."""
        if self._writer is not None:
            self._writer.wait(timeout)

    def _after_write(self, written: tuple[NoteDraft, Future[NoteDraft | None]]) -> None:
        if self._stopped:
            return  # delivered after the windows and the store were closed
        sent, future = written
        error = future.exception()
        if error is not None:
            self.error_reported.emit(failure_text(error, Typed.NOTE))
            self.note_failed.emit(sent)
            return
        draft = future.result()
        if draft is not None:  # None: overtaken by a newer save of the note, which reports
            self.note_saved.emit(draft)
            self.notes_changed.emit()

    def stop(self) -> None:
        """Stop the repaint timer and stop listening to the engine (before windows go away); a
        last try for records kept unsaved (the disk may have room by now)."""
        self._timer.stop()
        self.retry_records()
        self._retry.stop()
        self._space.stop()
        self._unreserve()
        self._unreserve = lambda: None
        self._unlisten()
        self._unlisten = lambda: None
        self._unsubscribe()
        self._unsubscribe = lambda: None  # stopping twice is harmless
        self._stopped = True
        if self._writer is not None:
            self._writer.close()  # what was typed is committed before the store closes
            self._writer = None

    # -- internals -----------------------------------------------------------------------------
    def _attempt(self, action: Callable[[], T], typed: Typed = Typed.NOT_DONE) -> T | None:
        """Run a command; a failure (disk full, locked database) becomes a message in the UI's
        language saying what became of ``typed``, not a crash."""
        try:
            return action()
        except Exception as exc:  # shown to the facilitator; the session goes on
            self.error_reported.emit(failure_text(exc, typed))
            return None

    def _guard(self, action: Callable[[], object]) -> bool:
        """Like ``_attempt`` for commands without a result: True when it went through."""
        return self._attempt(lambda: action() or True) is not None

    def _on_event(self, event: Event) -> None:
        if event.kind is EventKind.START:
            self._hold_if_sensitive()
            self.session_started.emit()
            self.step_changed.emit(self._engine.index)
        elif event.kind is EventKind.GOTO:
            self._past_last = False
            self._film_failed = False
            if self._display in (Display.HOLDING, Display.CLOSING):
                self._display = Display.SLIDE
            self._hold_if_sensitive()  # decided before anything repaints: the room never sees it early
            self.step_changed.emit(self._engine.index)
        elif event.kind is EventKind.REVEAL:
            self.display_changed.emit()
        elif event.kind is EventKind.END:
            self._held = False
            if self._display not in (Display.BLACK, Display.WHITE):
                self._display = Display.CLOSING  # a closing screen, never a frozen timer
            self.display_changed.emit()
            self.session_ended.emit()
        if event.kind not in (EventKind.START, EventKind.GOTO):  # step_changed repaints those
            self.timer_updated.emit()

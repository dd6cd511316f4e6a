"""The live-session engine: which step is on, and how much time it has left.

Time is never counted by ticks. A step's time is ``accumulated + (now - started_at)`` on an
injected monotonic clock, so nothing drifts however often (or rarely) the UI asks. Every change
is an ``Event``: it goes to the journal first (the store commits it), then to the listeners (the UI).
The same events replayed rebuild the session after a crash.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from facilitator.sessions.clock import Clock, ReplayClock
from facilitator.sessions.errors import SessionStateError
from facilitator.sessions.events import Event, EventKind
from facilitator.sessions.plan import Plan
from facilitator.sessions.retiming import Candidate, RetimingAdvice, advise
from facilitator.sessions.state import (
    AgendaRow,
    PhaseState,
    RowStatus,
    SessionState,
    Status,
)

Listener = Callable[[Event], None]
MIN_ALLOTTED = 60.0


@dataclass
class _StepTime:
    accumulated: float = 0.0
    extra: float = 0.0
    phase_shift: float = 0.0
    visited: bool = False
    revealed: int = 0
    """How many of the step's hidden answers (facts marked ``reveal``) the room has seen."""


@dataclass
class _Timing:
    status: Status = Status.NOT_STARTED
    index: int = 0
    started_at: float | None = None
    """Monotonic time the current step's running stretch began (None when not running)."""
    session_started_at: float | None = None
    session_ended_at: float | None = None
    start_wall: float | None = None
    steps: list[_StepTime] = field(default_factory=list)


class Engine:
    def __init__(self, plan: Plan, clock: Clock, journal: Listener | None = None) -> None:
        self.plan = plan
        self._clock = clock
        self._journal = journal
        self._listeners: list[Listener] = []
        self._t = _Timing(steps=[_StepTime() for _ in plan.steps])

    # -- observing ---------------------------------------------------------------------------
    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call ``listener`` after every event; returns a function that unsubscribes."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    @classmethod
    def replay(
        cls, plan: Plan, events: Iterable[Event], clock: Clock, journal: Listener | None = None
    ) -> Engine:
        """Rebuild a session from its recorded events, its time measured on ``clock`` from now on."""
        replay_clock = ReplayClock(clock)
        engine = cls(plan, replay_clock)
        for event in events:
            replay_clock.at(event.wall)
            engine._apply(event, replay_clock.monotonic())
        engine._clock = clock
        engine._journal = journal
        return engine

    # -- commands ----------------------------------------------------------------------------
    @property
    def status(self) -> Status:
        return self._t.status

    @property
    def index(self) -> int:
        return self._t.index

    def start(self) -> None:
        self._require(Status.NOT_STARTED)
        self._emit(EventKind.START, 0)

    def next(self) -> bool:
        """Go to the next step (starting the session if needed). False at the last step."""
        if self._t.status is Status.NOT_STARTED:
            self.start()
            return True
        return self.jump(self._t.index + 1)

    def previous(self) -> bool:
        return self.jump(self._t.index - 1)

    def jump(self, index: int) -> bool:
        self._require(Status.RUNNING, Status.PAUSED)
        if not 0 <= index < len(self.plan.steps) or index == self._t.index:
            return False
        self._emit(EventKind.GOTO, index)
        return True

    def pause(self) -> None:
        self._require(Status.RUNNING)
        self._emit(EventKind.PAUSE, self._t.index)

    def resume(self) -> None:
        self._require(Status.PAUSED)
        self._emit(EventKind.RESUME, self._t.index)

    def toggle_pause(self) -> None:
        if self._t.status is Status.PAUSED:
            self.resume()
        else:
            self.pause()

    def add_time(self, seconds: float, index: int | None = None) -> None:
        """Give a step more time (negative: less); the current step by default."""
        self._require(Status.NOT_STARTED, Status.RUNNING, Status.PAUSED)
        target = self._t.index if index is None else index
        if not 0 <= target < len(self.plan.steps):
            raise SessionStateError(f"no step {target}")
        self._emit(EventKind.ADJUST, target, seconds)

    def next_phase(self) -> bool:
        self._require(Status.RUNNING, Status.PAUSED)
        phase = self.state().phase
        if phase is None or phase.index >= phase.count - 1:
            return False
        self._emit(EventKind.PHASE, self._t.index)
        return True

    def reveal(self) -> bool:
        """Show the room the current step's next hidden answer. False when none is left."""
        self._require(Status.RUNNING, Status.PAUSED)
        index = self._t.index
        shown = self._t.steps[index].revealed
        if shown >= self.hidden_answers(index):
            return False
        self._emit(EventKind.REVEAL, index, shown + 1)
        return True

    def hide_answer(self) -> bool:
        """Hide again the last answer shown on the current step (Back, as a presentation's builds
        go back one at a time). False when none is shown."""
        self._require(Status.RUNNING, Status.PAUSED)
        index = self._t.index
        shown = self._t.steps[index].revealed
        if shown == 0:
            return False
        self._emit(EventKind.REVEAL, index, shown - 1)
        return True

    def hidden_answers(self, index: int) -> int:
        """How many answers of step ``index`` are kept for a guess-then-reveal."""
        return sum(1 for fact in self.plan.steps[index].audience.facts if fact.reveal)

    def revealed(self, index: int | None = None) -> int:
        """How many hidden answers of step ``index`` (the current one by default) are shown."""
        return self._t.steps[self._t.index if index is None else index].revealed

    def apply_advice(self, advice: RetimingAdvice) -> None:
        for cut in advice.cuts:
            self.add_time(-cut.minutes * 60, cut.index)

    def end(self) -> None:
        self._require(Status.RUNNING, Status.PAUSED)
        self._emit(EventKind.END, self._t.index)

    # -- reading -----------------------------------------------------------------------------
    def state(self) -> SessionState:
        now = self._clock.monotonic()
        t = self._t
        elapsed = self._elapsed(t.index, now)
        allotted = self._allotted(t.index)
        remaining = allotted - elapsed
        if t.session_started_at is None:
            session_elapsed = 0.0
        else:
            end = t.session_ended_at if t.session_ended_at is not None else now
            session_elapsed = end - t.session_started_at
        if t.status is Status.ENDED:
            projected = session_elapsed
        else:
            later = sum(self._left(i, now) for i in range(t.index + 1, len(self.plan.steps)))
            projected = session_elapsed + max(0.0, remaining) + later
            if t.status is Status.NOT_STARTED:
                projected = sum(self._allotted(i) for i in range(len(self.plan.steps)))
        return SessionState(
            status=t.status,
            index=t.index,
            step_elapsed=elapsed,
            step_allotted=allotted,
            remaining=remaining,
            phase=self._phase(t.index, elapsed),
            session_elapsed=session_elapsed,
            projected_length=projected,
            planned_length=float(self.plan.planned_total),
            start_wall=t.start_wall,
            buffer=float(self.plan.buffer),
        )

    def agenda(self) -> list[AgendaRow]:
        now = self._clock.monotonic()
        rows = []
        for index, step in enumerate(self.plan.steps):
            rows.append(
                AgendaRow(
                    index=index,
                    step_id=step.id,
                    title=step.title,
                    planned=float(step.duration),
                    allotted=self._allotted(index),
                    actual=self._elapsed(index, now),
                    status=self._row_status(index),
                    fixed=step.fixed,
                )
            )
        return rows

    def advice(self) -> RetimingAdvice:
        """Which upcoming steps to shorten, and by how much, to end on time."""
        if self._t.status is Status.ENDED:
            return RetimingAdvice(0, (), 0, self.plan.buffer_minutes)
        now = self._clock.monotonic()
        upcoming = [
            Candidate(i, self._left(i, now), self.plan.steps[i].fixed)
            for i in range(self._t.index + 1, len(self.plan.steps))
        ]
        return advise(self.state().behind, upcoming, self.plan.buffer_minutes)

    # -- internals ---------------------------------------------------------------------------
    def _require(self, *allowed: Status) -> None:
        if self._t.status not in allowed:
            raise SessionStateError(f"not possible while the session is {self._t.status.value}")

    def _emit(self, kind: EventKind, step: int, value: float = 0.0) -> None:
        event = Event(kind, self._clock.wall(), step, value)
        if self._journal is not None:
            self._journal(event)  # committed before the state changes: a failed write changes nothing
        self._apply(event, self._clock.monotonic())
        for listener in list(self._listeners):
            listener(event)

    def _apply(self, event: Event, now: float) -> None:
        t = self._t
        step = event.step if event.step is not None else t.index
        match event.kind:
            case EventKind.START:
                t.status, t.index = Status.RUNNING, 0
                t.session_started_at, t.start_wall, t.started_at = now, event.wall, now
                t.steps[0].visited = True
            case EventKind.GOTO:
                self._stop_timing(now)
                t.index = step
                t.steps[step].visited = True
                if t.status is Status.RUNNING:
                    t.started_at = now
            case EventKind.PAUSE:
                self._stop_timing(now)
                t.status = Status.PAUSED
            case EventKind.RESUME:
                t.status, t.started_at = Status.RUNNING, now
            case EventKind.ADJUST:
                planned = self.plan.steps[step].duration
                times = t.steps[step]
                times.extra = max(MIN_ALLOTTED - planned, times.extra + event.value)
            case EventKind.PHASE:
                self._skip_phase(step, now)
            case EventKind.REVEAL:
                # how many are shown after it: one more (Next), or one fewer (Back)
                t.steps[step].revealed = min(max(0, int(event.value)), self.hidden_answers(step))
            case EventKind.END:
                self._stop_timing(now)
                t.status, t.session_ended_at = Status.ENDED, now

    def _stop_timing(self, now: float) -> None:
        t = self._t
        if t.started_at is not None:
            t.steps[t.index].accumulated += now - t.started_at
            t.started_at = None

    def _elapsed(self, index: int, now: float) -> float:
        times = self._t.steps[index]
        running = index == self._t.index and self._t.started_at is not None
        return times.accumulated + (now - self._t.started_at if running else 0.0)  # type: ignore[operator]

    def _allotted(self, index: int) -> float:
        return self.plan.steps[index].duration + self._t.steps[index].extra

    def _left(self, index: int, now: float) -> float:
        return max(0.0, self._allotted(index) - self._elapsed(index, now))

    def _phase_bounds(self, index: int) -> list[float]:
        """Cumulative phase ends; the last phase absorbs time added to or taken from the step."""
        phases = self.plan.steps[index].phases
        ends: list[float] = []
        total = 0.0
        for phase in phases:
            total += phase.duration
            ends.append(total)
        if ends:
            ends[-1] = max(ends[-2] if len(ends) > 1 else 0.0, self._allotted(index))
        return ends

    def _phase(self, index: int, elapsed: float) -> PhaseState | None:
        phases = self.plan.steps[index].phases
        if not phases:
            return None
        ends = self._phase_bounds(index)
        position = elapsed + self._t.steps[index].phase_shift
        current = next((i for i, end in enumerate(ends) if position < end), len(ends) - 1)
        return PhaseState(current, phases[current].label, ends[current] - position, len(phases))

    def _skip_phase(self, index: int, now: float) -> None:
        ends = self._phase_bounds(index)
        position = self._elapsed(index, now) + self._t.steps[index].phase_shift
        current = next((i for i, end in enumerate(ends) if position < end), len(ends) - 1)
        if current < len(ends) - 1:
            self._t.steps[index].phase_shift += ends[current] - position

    def _row_status(self, index: int) -> RowStatus:
        t = self._t
        if t.status is not Status.NOT_STARTED and index == t.index and t.status is not Status.ENDED:
            return RowStatus.CURRENT
        if t.steps[index].visited:
            return RowStatus.DONE
        if t.status is Status.ENDED or index < t.index:
            return RowStatus.SKIPPED
        return RowStatus.UPCOMING

"""Notes are committed by one background thread, in the order they were typed.

Typing must never wait for the disk: with ``synchronous=FULL`` every commit is an fsync, which can
take tens of milliseconds on a laptop's disk. The console hands every change to the writer at once
(nothing waits for a pause in the typing: what was typed just before a crash is on disk). The
writer commits saves one after the other (a single worker), so a note's first save, which gives it
its id, always lands before its next edit, and two writes of one note never race. While a save is
being written, newer ones of the same note are not queued one by one: each replaces the one still
waiting (whose future gives None), so only the newest text is written, as soon as the save in
flight has landed.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field

from facilitator.sessions.live import LiveSession, checked_tags
from facilitator.sessions.reserve import write_with_room


@dataclass(eq=False)
class NoteDraft:
    """A note being typed. ``id`` is set by the writer once its first save is committed."""

    step: int
    id: int | None = None
    latest_save: int = field(default=0, repr=False)

    @property
    def handed_over(self) -> bool:
        """A save of it was queued: it exists, or will, even before its id is known."""
        return self.latest_save > 0


@dataclass
class _Waiting:
    """A save handed over and not yet picked up by the writer thread."""

    text: str | None
    """None: the note is deleted (typed, then rubbed out and left)."""
    tags: list[str]
    wall: float
    future: Future[NoteDraft | None]


class NoteWriter:
    """Commits note saves on a background thread, in order. Safe to call from the UI thread."""

    def __init__(self, live: LiveSession) -> None:
        self._live = live
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="facilitator-notes")
        self._lock = threading.Lock()
        self._waiting: dict[NoteDraft, _Waiting] = {}
        """Saves not yet picked up, at most one a note, in the order their notes were handed over
        (a newer save of a note takes its older one's place): one job is queued for each."""

    def save(self, draft: NoteDraft, text: str, tags: Sequence[str]) -> Future[NoteDraft | None]:
        """Hand a save of the whole note to the writer. The future gives the draft once it is
        committed, None when a newer save of the same note overtook it before it was written (that
        one reports), or the error."""
        return self._hand_over(draft, _Waiting(text, checked_tags(tags), self._live.wall(), Future()))

    def discard(self, draft: NoteDraft) -> Future[NoteDraft | None]:
        """Delete the note once the saves of it already written have landed (a save of it still
        waiting is overtaken): it was typed, then rubbed out, and left blank. Its id is forgotten."""
        return self._hand_over(draft, _Waiting(None, [], self._live.wall(), Future()))

    def _hand_over(self, draft: NoteDraft, save: _Waiting) -> Future[NoteDraft | None]:
        with self._lock:
            overtaken = self._waiting.get(draft)
            if overtaken is None:
                self._executor.submit(self._write_next)  # raises once closed: nothing is kept
            draft.latest_save += 1
            self._waiting[draft] = save
        if overtaken is not None:
            overtaken.future.set_result(None)
        return save.future

    def _write_next(self) -> None:
        with self._lock:
            draft = next(iter(self._waiting))
            save = self._waiting.pop(draft)
        if not save.future.set_running_or_notify_cancel():
            return
        try:
            self._write(draft, save)
        except Exception as error:  # reported to whoever handed the save over
            save.future.set_exception(error)
        else:
            save.future.set_result(draft)

    def _write(self, draft: NoteDraft, save: _Waiting) -> None:
        store, text, tags, wall = self._live.store, save.text, save.tags, save.wall
        note_id, session_id = draft.id, self._live.id
        if text is None:
            if note_id is not None:
                write_with_room(store, lambda s: s.delete_note(note_id))
                draft.id = None
        elif note_id is None:  # a full disk: given the space kept aside, and written again at once
            draft.id = write_with_room(store, lambda s: s.add_note(session_id, draft.step, text, tags, wall))
        else:
            write_with_room(store, lambda s: s.update_note(note_id, text, tags, wall))

    def wait(self, timeout: float | None = None) -> None:
        """Return once every save handed over so far is committed or has failed (``timeout``:
        seconds at most, then ``TimeoutError``)."""
        self._executor.submit(lambda: None).result(timeout)

    def close(self) -> None:
        """Commit what is queued, then stop the thread. Saving afterwards is an error."""
        self._executor.shutdown(wait=True)

"""Notes are committed by one background thread, in the order they were typed.

Typing must never wait for the disk: with ``synchronous=FULL`` every commit is an fsync, which can
take tens of milliseconds on a laptop's disk. The console hands each save to the writer and goes
on. The writer commits saves one after the other (a single worker), so a note's first save, which
gives it its id, always lands before its next edit; a save overtaken by a newer one of the same
note is skipped, since the newer one carries the whole text.
"""

from __future__ import annotations

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


class NoteWriter:
    """Commits note saves on a background thread, in order. Safe to call from the UI thread."""

    def __init__(self, live: LiveSession) -> None:
        self._live = live
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="facilitator-notes")

    def save(self, draft: NoteDraft, text: str, tags: Sequence[str]) -> Future[NoteDraft | None]:
        """Queue a save of the whole note. The future gives the draft once it is committed, None
        when a newer save of the same note overtook it (that one reports), or the error."""
        checked = checked_tags(tags)  # a wrong tag is the caller's mistake: raised here, at once
        wall = self._live.wall()
        draft.latest_save += 1
        return self._executor.submit(self._write, draft, draft.latest_save, text, checked, wall)

    def _write(
        self, draft: NoteDraft, version: int, text: str, tags: list[str], wall: float
    ) -> NoteDraft | None:
        if version != draft.latest_save:
            return None  # a newer save of this note is queued behind this one: it writes
        store = self._live.store
        note_id, session_id = draft.id, self._live.id
        if note_id is None:  # a full disk: given the space kept aside, and written again at once
            draft.id = write_with_room(store, lambda s: s.add_note(session_id, draft.step, text, tags, wall))
        else:
            write_with_room(store, lambda s: s.update_note(note_id, text, tags, wall))
        return draft

    def wait(self) -> None:
        """Return once every save queued so far is committed or has failed."""
        self._executor.submit(lambda: None).result()

    def close(self) -> None:
        """Commit what is queued, then stop the thread. Saving afterwards is an error."""
        self._executor.shutdown(wait=True)

"""The notes box: type, tag, and it is saved as you type (each key on disk a few milliseconds later).

Saving never makes typing wait, and never waits for a pause in the typing: every change is handed
to the bridge's writer thread at once (while it writes one save, newer ones are coalesced and the
newest follows as soon as that one lands), and the box shows "Saved" when the commit has landed.
A crash loses at most what was typed during the last save's commit (a few milliseconds).

Single presenter keys (→, Space, B, ...) type text here as they should; the Ctrl variants
(Ctrl+→, Ctrl+B, ...) still drive the session while typing. One rule for the keyboard: Ctrl+Enter
(or Done) finishes the note and keeps the caret here for the next one, so a Space typed after it
is a space; Escape leaves the box and hands the keyboard back to the presenter controls.

A note that reads like a disclosure of harm, or typed on a step where a referral was offered, is
offered a "follow-up" mark in a bar under the tags. The offer waits until it is answered (on later
steps too; several wait in turn, none replaced): by its keys from anywhere (Ctrl+Shift+M marks,
Ctrl+Shift+N "not now": the action table's), or by its buttons, which Tab reaches and Enter or
Space press. The bar never takes the keyboard itself, so the presenter keys drive on while it shows.

A note whose save fails (a full disk) stays in memory, listed as "not saved yet", and is saved
again every few seconds until it lands; closing the app asks first.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facilitator.aids.disclosure import prepare as prepare_disclosure_words
from facilitator.aids.disclosure import reads_like_disclosure
from facilitator.sessions.hidden_characters import without_direction_controls
from facilitator.sessions.note_writer import NoteDraft
from facilitator.sessions.reserve import ReserveState
from facilitator.ui.actions import key_text, shortcuts, typing_shortcuts
from facilitator.ui.flow_layout import FlowLayout
from facilitator.ui.i18n import QT_TRANSLATE_NOOP, translate
from facilitator.ui.session_bridge import NOTE_TAGS, SessionBridge

RETRY_MS = 5000
FINISH_KEYS = shortcuts("finish-note")
TAG_TITLES = {
    "quote": QT_TRANSLATE_NOOP("Notes", "Quote"),
    "insight": QT_TRANSLATE_NOOP("Notes", "Insight"),
    "resistance": QT_TRANSLATE_NOOP("Notes", "Resistance"),
    "follow-up": QT_TRANSLATE_NOOP("Notes", "Follow-up"),
    "referral": QT_TRANSLATE_NOOP("Notes", "Referral offered"),
}


@dataclass
class FollowUpPrompt:
    """The note "Mark for follow-up?" is about: the one being typed, or one just finished."""

    draft: NoteDraft
    text: str
    tags: list[str]
    reason: str

    def is_for(self, draft: NoteDraft) -> bool:
        return _same_note(self.draft, draft)


def _same_note(one: NoteDraft, other: NoteDraft) -> bool:
    """The same note: the same draft, or the same saved note opened again to edit."""
    return one is other or (other.id is not None and one.id == other.id)


_PRESS_KEYS = (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter)


class OfferButton(QPushButton):
    """A button of the offer: Tab reaches it (a click leaves the keyboard where it was), and
    while it has the keyboard Enter and Space press it; → and PageDown still drive the session."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setAutoDefault(True)  # Enter presses it, as in a dialog

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() in _PRESS_KEYS
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
        ):
            event.accept()  # Space presses this button; it is not "next step" here
            return True
        return super().event(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.setDefault(True)  # drawn as the one Enter presses

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.setDefault(False)


def _with_key(title: str, action_id: str) -> str:
    """A button's title with its key from the action table: "Not now (Ctrl+Shift+N)"."""
    return f"{title} ({key_text(action_id)})"


class NotesEdit(QPlainTextEdit):
    """A plain text box that lets the session's Ctrl shortcuts through; Escape leaves it."""

    escaped = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._passthrough = typing_shortcuts() | {QKeySequence(key) for key in FINISH_KEYS}

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            self.escaped.emit()
            return
        super().keyPressEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            sequence = QKeySequence(event.keyCombination())
            if sequence in self._passthrough:
                event.ignore()  # not ours: the application shortcut fires
                return True
        return super().event(event)


class NotesPanel(QWidget):
    keys_handed_back = Signal()
    """Escape: the presenter controls should have the keyboard again."""
    offer_changed = Signal(bool)
    """True while a "Mark for follow-up?" offer waits for an answer in sight (its keys work then;
    not while the panel is hidden for mirrored displays)."""

    def sizeHint(self) -> QSize:
        """A few lines of notes; the console gives the rest of its height to the step."""
        hint = super().sizeHint()
        return QSize(hint.width(), min(hint.height(), 230))

    def __init__(self, bridge: SessionBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bridge = bridge
        self._unsaved: dict[NoteDraft, tuple[str, list[str]]] = {}
        """Saves handed over and not yet confirmed: kept here (in memory only) until they land."""
        self._failed: set[NoteDraft] = set()
        """Of those, the ones whose last save failed (disk full): tried again until they land."""
        self._draft: NoteDraft | None = None
        self._marks_removed = False
        """A direction control was taken out of the note being typed (said until it is done)."""
        """The note being typed (None: nothing typed yet). Its step is the one on screen when
        typing began; its id comes with its first committed save."""
        self.editor = NotesEdit(self)
        self.editor.setObjectName("notes-editor")
        self.editor.setAccessibleName(translate("Notes", "Note"))
        self.editor.setPlaceholderText(
            translate(
                "Notes",
                "Type a note (saved as you type). Ctrl+Enter: note done, type the next one here. "
                "Esc: leave the box, the keys drive the session again.",
            )
        )
        self.editor.setMaximumHeight(90)
        self.editor.setTabChangesFocus(True)  # Tab moves on, as everywhere in the console
        self.editor.textChanged.connect(self._schedule_save)
        self.editor.escaped.connect(self._leave)
        # the disclosure list is read once the console is up, not while the first note is typed
        QTimer.singleShot(0, prepare_disclosure_words)
        self.tags = {}
        tag_row = FlowLayout()
        for tag in NOTE_TAGS:
            button = QPushButton(translate("Notes", TAG_TITLES[tag]), self)
            button.setObjectName(f"tag-{tag}")
            button.setCheckable(True)
            button.toggled.connect(self._schedule_save)
            tag_row.addWidget(button)
            self.tags[tag] = button
        self.done = QPushButton(translate("Notes", "Done"), self)
        self.done.setObjectName("note-done")
        self._finish_shortcuts = [QShortcut(QKeySequence(key), self) for key in FINISH_KEYS]
        for shortcut in self._finish_shortcuts:
            shortcut.activated.connect(self.finish_note)
        self.done.setToolTip(
            translate(
                "Notes",
                "Finish this note and type the next one here (Ctrl+Enter). Esc: leave the box, the keys "
                "drive the session again.",
            )
        )
        self.done.clicked.connect(self.finish_note)
        tag_row.addWidget(self.done)
        self.show_all = QPushButton(self)
        self.show_all.setObjectName("notes-show-all")
        self.show_all.setCheckable(True)
        self.show_all.setToolTip(
            translate(
                "Notes", "Show the notes of every step, by step (this step's first), or this step's only"
            )
        )
        self.show_all.toggled.connect(self._refresh_list)
        tag_row.addWidget(self.show_all)
        self.saved = QLabel(self)
        self.saved.setObjectName("note-saved")
        self.saved.setWordWrap(True)
        self._offers: list[FollowUpPrompt] = []
        """Offers waiting for an answer, oldest first: the bar shows the first."""
        self._declined: list[NoteDraft] = []
        self._referral_steps: set[int] = set()
        self.follow_up_bar = self._build_follow_up_bar()
        self.list = QListWidget(self)
        self.list.setObjectName("notes-list")
        self.list.setToolTip(translate("Notes", "Double-click a note to edit it"))
        self.list.itemActivated.connect(self._edit_item)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.editor)
        layout.addLayout(tag_row)
        layout.addWidget(self.follow_up_bar)
        layout.addWidget(self.saved)
        layout.addWidget(self.list, 1)
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self.retry_unsaved)
        bridge.step_changed.connect(self._on_step_changed)
        bridge.note_saved.connect(self._on_saved)
        bridge.note_failed.connect(self._on_failed)
        bridge.locked_changed.connect(lambda locked: None if locked else self.retry_unsaved())
        bridge.reserve_changed.connect(self._on_reserve)
        bridge.raw_notes_deleted.connect(self._raw_deleted)
        bridge.moments_changed.connect(self._on_moments_changed)
        bridge.session_started.connect(self._on_moments_changed)
        self._refresh_list()
        if bridge.session_id is not None:  # resumed after a crash: the offers it interrupted
            self._offer_saved_notes()

    # -- "Mark for follow-up?" -------------------------------------------------------------------
    def _build_follow_up_bar(self) -> QWidget:
        """A small bar by the notes box, never a modal: the keyboard stays where it is."""
        bar = QWidget(self)
        bar.setObjectName("follow-up-bar")
        bar.setStyleSheet("QWidget#follow-up-bar { background: #fff3cd; border-radius: 3px; }")
        row = QHBoxLayout(bar)
        row.setContentsMargins(6, 2, 6, 2)
        self.follow_up_reason = QLabel(bar)
        self.follow_up_reason.setObjectName("follow-up-reason")
        self.follow_up_reason.setWordWrap(True)
        self.mark_follow_up = OfferButton(
            _with_key(translate("Notes", "Mark for follow-up"), "follow-up-mark"), bar
        )
        self.mark_follow_up.setObjectName("mark-follow-up")
        self.not_now = OfferButton(_with_key(translate("Notes", "Not now"), "follow-up-not-now"), bar)
        self.not_now.setObjectName("decline-follow-up")
        self.mark_follow_up.clicked.connect(self.mark_for_follow_up)
        self.not_now.clicked.connect(self.decline_follow_up)
        row.addWidget(self.follow_up_reason, 1)
        row.addWidget(self.mark_follow_up)
        row.addWidget(self.not_now)
        bar.hide()
        return bar

    @property
    def offer(self) -> FollowUpPrompt | None:
        """The offer the bar shows (the oldest one waiting), if any."""
        return self._offers[0] if self._offers else None

    def waiting_offers(self) -> int:
        return len(self._offers)

    @property
    def answerable(self) -> bool:
        """An offer waits and the facilitator can see it: its keys and buttons answer it. While
        the console hides its private panels (mirrored displays: the room may see the laptop) the
        offer waits unseen, and no key answers what nobody can read."""
        return bool(self._offers) and not self.isHidden()

    def setVisible(self, visible: bool) -> None:
        super().setVisible(visible)
        if hasattr(self, "_offers"):  # (not while being built)
            self._show_offer()  # hidden: its keys stop; shown again: the offer is back, keys too

    def _offer_saved_notes(self) -> None:
        """Offer again every saved note that reads like a disclosure or was typed where a
        referral was offered, unless it is marked or was answered "not now" (kept with the note):
        the offers live in memory only, so after a crash they are found again from the notes."""
        self._referral_steps = self._bridge.referral_steps()
        declined = self._bridge.declined_follow_ups()
        for note in self._bridge.notes():
            draft = NoteDraft(note.step, note.id)
            if note.id in declined:
                self._declined.append(draft)
            elif self._reason(draft, note.text, list(note.tags)) is not None:
                self._check_follow_up(draft, note.text, list(note.tags))
        self._show_offer()

    def _on_moments_changed(self) -> None:
        self._referral_steps = self._bridge.referral_steps()
        if self._draft is not None:
            self._check_follow_up(self._draft, self.note_text(), self.selected_tags())

    def _reason(self, draft: NoteDraft, text: str, tags: list[str]) -> str | None:
        """Why ``draft`` is offered a mark; None when it is not (marked, declined, ordinary)."""
        declined = any(_same_note(d, draft) for d in self._declined)
        if "follow-up" in tags or declined or not text.strip():
            return None
        if draft.step in self._referral_steps:
            return translate("Notes", "A referral was offered during this step.")
        if reads_like_disclosure(text):
            return translate("Notes", "This note may record a disclosure of harm.")
        return None

    def _check_follow_up(self, draft: NoteDraft, text: str, tags: list[str]) -> None:
        """Offer to mark ``draft`` when it was typed where a referral was offered, or reads like a
        disclosure; withdraw the offer once it is marked. An offer already waiting for another
        note stays: the new one waits behind it."""
        reason = self._reason(draft, text, tags)
        waiting = next((offer for offer in self._offers if offer.is_for(draft)), None)
        if reason is None:
            if waiting is not None:
                self._offers.remove(waiting)
        elif waiting is None:
            self._offers.append(FollowUpPrompt(draft, text, tags, reason))
        else:
            waiting.draft, waiting.text, waiting.tags, waiting.reason = draft, text, tags, reason
        self._show_offer()

    def _show_offer(self) -> None:
        offer = self.offer
        if offer is None:
            had_keys = self.mark_follow_up.hasFocus() or self.not_now.hasFocus()
            self.follow_up_bar.hide()
            self.offer_changed.emit(False)
            if had_keys:  # answered from the bar: the presenter has the keys again
                self.keys_handed_back.emit()
            return
        # which note, by its step: never its words (a name would stay in view on the laptop)
        which = translate("Notes", "The note on step {number}:").format(number=offer.draft.step + 1)
        text = f"{which} {offer.reason} " + translate("Notes", "Mark for follow-up?")
        if len(self._offers) > 1:
            text += " " + translate("Notes", "(then {count} more)").format(count=len(self._offers) - 1)
        self.follow_up_reason.setText(text)
        self.follow_up_bar.show()
        self.offer_changed.emit(self.answerable)

    def mark_for_follow_up(self) -> None:
        """Tag the offered note "follow-up": it appears among the report's follow-ups."""
        offer = self.offer
        if offer is None or not self.answerable:
            return
        if offer.draft is self._draft:
            self.tags["follow-up"].setChecked(True)  # saved with the note being typed
            self.save_now()
        else:  # a note already finished: saved again, whole, with the tag
            self._bridge.save_note(offer.draft, offer.text, [*offer.tags, "follow-up"])
        self._answered(offer)
        self.saved.setText(translate("Notes", "Marked for follow-up."))

    def decline_follow_up(self) -> None:
        """Not now: the offered note is left unmarked and not offered again."""
        offer = self.offer
        if offer is not None and self.answerable:
            self._declined.append(offer.draft)
            self._bridge.decline_follow_up(offer.draft)  # kept: not offered again after a crash
            self._answered(offer)
            self.saved.setText(  # said where marking says so: which note, by its step, never its words
                translate(
                    "Notes", "Not marked for follow-up: the note on step {number} stays as it is."
                ).format(number=offer.draft.step + 1)
            )

    def _answered(self, offer: FollowUpPrompt) -> None:
        if offer in self._offers:
            self._offers.remove(offer)
        self._show_offer()

    def selected_tags(self) -> list[str]:
        return [tag for tag, button in self.tags.items() if button.isChecked()]

    def _drop_direction_controls(self) -> None:
        """A direction control typed or pasted (U+202E and its kin: they make text show something
        else than it holds) is taken out of the box at once, and the note's line says so."""
        text = self.editor.toPlainText()
        cleaned = without_direction_controls(text)
        if cleaned == text:
            return
        cursor = self.editor.textCursor()
        position = len(without_direction_controls(text[: cursor.position()]))
        self.editor.blockSignals(True)
        self.editor.setPlainText(cleaned)
        cursor = self.editor.textCursor()
        cursor.setPosition(position)
        self.editor.setTextCursor(cursor)
        self.editor.blockSignals(False)
        self._marks_removed = True
        self.saved.setText(self._marks_removed_text())

    @staticmethod
    def _marks_removed_text() -> str:
        return translate(
            "Notes",
            "A hidden direction mark was removed from the note: it can make text show something else.",
        )

    def _schedule_save(self, *_args: object) -> None:
        if _args == ():  # the text changed (a tag's toggle passes its state)
            self._drop_direction_controls()
        index = self._bridge.index
        if self._draft is not None and not self._draft.handed_over and self._draft.step != index:
            self._draft = None  # begun on another step and never saved: it is not that step's note
        if self._draft is None:
            self._draft = NoteDraft(index)
        self.save_now()  # at once: the writer coalesces what comes while it is busy

    def save_now(self) -> None:
        """Hand the note to the writer now (it is committed a few milliseconds later)."""
        text = self.note_text()
        tags = self.selected_tags()
        self._hand_over(self._draft, text, tags)
        if self._draft is not None and self._draft.handed_over:
            self._check_follow_up(self._draft, text, tags)

    def note_text(self) -> str:
        """The box's text as the note keeps it: without leading spaces or blank lines (a Space
        pressed just after Ctrl+Enter, meant for the slide, never starts the next note)."""
        return self.editor.toPlainText().lstrip()

    def _hand_over(self, draft: NoteDraft | None, text: str, tags: list[str]) -> None:
        if draft is None:
            return
        if draft.handed_over or text.strip():
            self._unsaved[draft] = (text, tags)  # until the writer says it landed
        if self._bridge.save_note(draft, text, tags) is None and not draft.handed_over:
            self._unsaved.pop(draft, None)  # blank and never saved: nothing to keep

    def unsaved_count(self) -> int:
        """Notes whose last save failed and that are not on disk yet (a save still on its way
        is not counted: closing waits for it)."""
        return len(self._failed & self._unsaved.keys())

    def retry_unsaved(self) -> None:
        """Save again every note whose last save failed (the disk had no room, the app was locked)."""
        for draft, (text, tags) in list(self._unsaved.items()):
            self._bridge.save_note(draft, text, tags)

    def _on_reserve(self) -> None:
        """The disk filled and the space kept aside was given back: notes waiting go there now."""
        if self._failed and self._bridge.reserve_state() is ReserveState.IN_USE:
            self.retry_unsaved()

    def _on_failed(self, draft: NoteDraft) -> None:
        if draft in self._unsaved:
            self._failed.add(draft)
            self.saved.setText(
                translate(
                    "Notes",
                    "Not saved yet: {count} note(s). Kept here and tried again every few seconds; "
                    "free some disk space. Do not close the app.",
                ).format(count=len(self._failed))
            )
            self.saved.setStyleSheet("color: #9b2c2c; font-weight: bold;")
            self._retry.start()
            self._refresh_list()

    def _leave(self) -> None:
        self.save_now()
        self._drop_blank()
        self._drop_done_hint()  # the keys drive the session now: "type the next one" is over
        self.keys_handed_back.emit()

    def _drop_blank(self) -> None:
        """Only spaces left in the box (typed after a note was done): nothing to keep for later."""
        kept = self._draft is not None and self._draft.handed_over
        if self.editor.toPlainText() and not self.note_text() and not kept:
            self._draft = None
            self.editor.blockSignals(True)
            self.editor.clear()
            self.editor.blockSignals(False)

    def _done_hint(self) -> str:
        return translate("Notes", "Note done: type the next one. Esc: the keys drive the session again.")

    def _drop_done_hint(self) -> None:
        if self.saved.text() == self._done_hint():
            self.saved.clear()

    def _raw_deleted(self) -> None:
        self._draft = None
        self._offers.clear()
        self._show_offer()
        self._unsaved.clear()
        self._failed.clear()
        self.editor.clear()
        self.editor.setEnabled(False)
        self.list.clear()

    def commit_now(self) -> None:
        """Save and wait until it is on disk (before the lock drops the key, or the app closes)."""
        self.save_now()
        self._bridge.wait_for_saves()

    def _on_saved(self, draft: NoteDraft) -> None:
        had_failed = bool(self.saved.styleSheet())
        self._unsaved.pop(draft, None)
        self._failed.discard(draft)
        if had_failed and not self._failed:
            self.saved.setStyleSheet("")
            self.saved.setText(
                translate("Notes", "All notes saved {time}").format(time=f"{datetime.now():%H:%M:%S}")
            )
            self._retry.stop()
            self._refresh_list()
        elif draft is self._draft:
            saved = translate("Notes", "Saved {time}").format(time=f"{datetime.now():%H:%M:%S}")
            self.saved.setText(f"{saved} {self._marks_removed_text()}" if self._marks_removed else saved)
        else:  # a finished note landed: it joins the list
            self._refresh_list()

    def finish_note(self) -> None:
        """Ctrl+Enter or Done: the note is finished and the caret stays here for the next one
        (Escape hands the keyboard back to the presenter)."""
        finished = bool(self.note_text())
        self._finish()
        if finished:
            self.saved.setText(self._done_hint())
        if self.editor.isEnabled() and self.isVisible():
            self.editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def _finish(self) -> None:
        draft = self._draft
        if draft is not None and draft.handed_over and not self.note_text():
            self._unsaved.pop(draft, None)  # typed, then rubbed out: no blank note is left behind
            self._failed.discard(draft)
            self._bridge.discard_note(draft)
        else:
            self.save_now()
        self._draft = None
        self._marks_removed = False
        self.editor.blockSignals(True)
        self.editor.clear()
        self.editor.blockSignals(False)
        for button in self.tags.values():
            button.blockSignals(True)
            button.setChecked(False)
            button.blockSignals(False)
        # the list gains the note when its last save lands (_on_saved): no waiting here

    def _on_step_changed(self, _index: int) -> None:
        if self.note_text() or (self._draft is not None and self._draft.handed_over):
            self._finish()  # the draft stays with the step it was typed in (rubbed out: deleted)
        else:
            self._draft = None  # nothing typed that was kept: the next note is this step's
        self._drop_blank()
        self._drop_done_hint()
        self._refresh_list()

    def _refresh_list(self, *_args: object) -> None:
        """This step's notes; with "All notes" on, every step's, under its title, this step's first."""
        index = self._bridge.index
        every = self.show_all.isChecked()
        notes = [
            note
            for note in self._bridge.notes(wait=False)
            if self._draft is None or note.id != self._draft.id
        ]
        self.show_all.setText(translate("Notes", "All notes ({count})").format(count=len(notes)))
        self.list.setAccessibleName(
            translate("Notes", "Notes of every step") if every else translate("Notes", "Notes of this step")
        )
        self.list.clear()
        for lost in self._bridge.unreadable_notes():  # whatever the step: never gone without a word
            self.list.addItem(self._unreadable_item(lost.step, lost.created_wall))
        steps = sorted({note.step for note in notes} | {index}, key=lambda step: (step != index, step))
        for step in steps if every else [index]:
            if every:
                self._add_heading(step, current=step == index)
            for note in notes:
                if note.step == step:
                    self._add_note(note.id, note.created_wall, note.tags, note.text)
        waiting = translate("Notes", "not saved yet")
        for draft, (text, _tags) in self._unsaved.items():
            if draft is not self._draft and (every or draft.step == index) and draft in self._failed:
                self.list.addItem(QListWidgetItem(f"⚠ {waiting}: {text}"))

    def _unreadable_item(self, step: int, created_wall: float) -> QListWidgetItem:
        """A note whose text cannot be read, named by its step and time (it cannot be opened)."""
        text = translate(
            "Notes",
            "⚠ The note of step {number} written at {time} cannot be read: it is damaged in the app's "
            "data file and is lost. The other notes are safe.",
        ).format(number=step + 1, time=datetime.fromtimestamp(created_wall).strftime("%H:%M"))
        item = QListWidgetItem(text)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        return item

    def _add_heading(self, step: int, current: bool) -> None:
        """A step's title over its notes (not a note: it cannot be chosen or edited)."""
        steps = self._bridge.plan.steps
        title = steps[step].title if 0 <= step < len(steps) else ""
        heading = translate("Notes", "Step {number}: {title}").format(number=step + 1, title=title)
        if current:
            heading += " " + translate("Notes", "(this step)")
        item = QListWidgetItem(heading)
        font = item.font()
        font.setBold(True)
        item.setFont(font)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.list.addItem(item)

    def _add_note(self, note_id: int, created_wall: float, tags: tuple[str, ...], text: str) -> None:
        labels = " ".join("[" + translate("Notes", TAG_TITLES[tag]) + "]" for tag in tags)
        when = datetime.fromtimestamp(created_wall).strftime("%H:%M")
        item = QListWidgetItem(" ".join(part for part in (when, labels, text) if part))
        item.setData(Qt.ItemDataRole.UserRole, note_id)
        self.list.addItem(item)

    def _edit_item(self, item: QListWidgetItem) -> None:
        note_id = item.data(Qt.ItemDataRole.UserRole)
        if note_id is not None:  # a step's heading or a note not saved yet: nothing to open
            self.edit_note(int(note_id))

    def edit_note(self, note_id: int) -> None:
        """Load a saved note into the box; changes are saved to the same note as you type."""
        note = next((n for n in self._bridge.notes() if n.id == note_id), None)
        if note is None:
            return
        self._finish()
        self._draft = NoteDraft(note.step, note.id)
        self.editor.blockSignals(True)
        self.editor.setPlainText(note.text)
        self.editor.moveCursor(QTextCursor.MoveOperation.End)
        self.editor.blockSignals(False)
        for tag, button in self.tags.items():
            button.blockSignals(True)
            button.setChecked(tag in note.tags)
            button.blockSignals(False)
        self._refresh_list()
        self.editor.setFocus()

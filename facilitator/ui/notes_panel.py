"""The notes box: type, tag, and it is saved as you type (a draft is on disk within a second).

Saving never makes typing wait: the bridge hands each save to a writer thread, and the box shows
"Saved" when the commit has landed.

Single presenter keys (→, Space, B, ...) type text here as they should; the Ctrl variants
(Ctrl+→, Ctrl+B, ...) still drive the session while typing.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QEvent, QSize, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facilitator.sessions.live import NOTE_TAGS
from facilitator.sessions.note_writer import NoteDraft
from facilitator.ui.actions import typing_shortcuts
from facilitator.ui.flow_layout import FlowLayout
from facilitator.ui.i18n import QT_TRANSLATE_NOOP, translate
from facilitator.ui.session_bridge import SessionBridge

SAVE_DELAY_MS = 400
FINISH_KEYS = ("Ctrl+Return", "Ctrl+Enter")
TAG_TITLES = {
    "quote": QT_TRANSLATE_NOOP("Notes", "Quote"),
    "insight": QT_TRANSLATE_NOOP("Notes", "Insight"),
    "resistance": QT_TRANSLATE_NOOP("Notes", "Resistance"),
    "follow-up": QT_TRANSLATE_NOOP("Notes", "Follow-up"),
    "referral": QT_TRANSLATE_NOOP("Notes", "Referral offered"),
}


class NotesEdit(QPlainTextEdit):
    """A plain text box that lets the session's Ctrl shortcuts through."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._passthrough = typing_shortcuts() | {QKeySequence(key) for key in FINISH_KEYS}

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            sequence = QKeySequence(event.keyCombination())
            if sequence in self._passthrough:
                event.ignore()  # not ours: the application shortcut fires
                return True
        return super().event(event)


class NotesPanel(QWidget):
    def sizeHint(self) -> QSize:
        """A few lines of notes; the console gives the rest of its height to the step."""
        hint = super().sizeHint()
        return QSize(hint.width(), min(hint.height(), 230))

    def __init__(self, bridge: SessionBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bridge = bridge
        self._draft: NoteDraft | None = None
        """The note being typed (None: nothing typed yet). Its step is the one on screen when
        typing began; its id comes with its first committed save."""
        self.editor = NotesEdit(self)
        self.editor.setObjectName("notes-editor")
        self.editor.setAccessibleName(translate("Notes", "Note"))
        self.editor.setPlaceholderText(
            translate("Notes", "Type a note (saved as you type). Ctrl+Enter: done, next note.")
        )
        self.editor.setMaximumHeight(90)
        self.editor.setTabChangesFocus(True)  # Tab moves on, as everywhere in the console
        self.editor.textChanged.connect(self._schedule_save)
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
        self.done.setToolTip(translate("Notes", "Finish this note and start the next (Ctrl+Enter)"))
        self.done.clicked.connect(self.finish_note)
        tag_row.addWidget(self.done)
        self.saved = QLabel(self)
        self.saved.setObjectName("note-saved")
        self.list = QListWidget(self)
        self.list.setObjectName("notes-list")
        self.list.setAccessibleName(translate("Notes", "Notes of this step"))
        self.list.setToolTip(translate("Notes", "Double-click a note to edit it"))
        self.list.itemActivated.connect(self._edit_item)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.editor)
        layout.addLayout(tag_row)
        layout.addWidget(self.saved)
        layout.addWidget(self.list, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.save_now)
        bridge.step_changed.connect(self._on_step_changed)
        bridge.note_saved.connect(self._on_saved)
        self._refresh_list()

    def selected_tags(self) -> list[str]:
        return [tag for tag, button in self.tags.items() if button.isChecked()]

    def _schedule_save(self, *_args: object) -> None:
        if self._draft is None:
            self._draft = NoteDraft(self._bridge.engine.index)
        self._timer.start()

    def save_now(self) -> None:
        """Hand the note to the writer now (it is committed a few milliseconds later)."""
        self._timer.stop()
        text = self.editor.toPlainText()
        self._bridge.save_note(self._draft, text, self.selected_tags())

    def commit_now(self) -> None:
        """Save and wait until it is on disk (before the lock drops the key, or the app closes)."""
        self.save_now()
        self._bridge.wait_for_saves()

    def _on_saved(self, draft: NoteDraft) -> None:
        if draft is self._draft:
            self.saved.setText(translate("Notes", "Saved {time}").format(time=f"{datetime.now():%H:%M:%S}"))
        else:  # a finished note landed: it joins the list
            self._refresh_list()

    def finish_note(self) -> None:
        self.save_now()
        self._draft = None
        self.editor.blockSignals(True)
        self.editor.clear()
        self.editor.blockSignals(False)
        for button in self.tags.values():
            button.blockSignals(True)
            button.setChecked(False)
            button.blockSignals(False)
        # the list gains the note when its last save lands (_on_saved): no waiting here

    def _on_step_changed(self, _index: int) -> None:
        if self._timer.isActive():
            self.save_now()  # the draft stays with the step it was typed in
        if self.editor.toPlainText().strip():
            self.finish_note()
        self._refresh_list()

    def _refresh_list(self) -> None:
        index = self._bridge.engine.index
        self.list.clear()
        for note in self._bridge.notes(wait=False):
            if note.step != index or (self._draft is not None and note.id == self._draft.id):
                continue
            tags = " ".join("[" + translate("Notes", TAG_TITLES[tag]) + "]" for tag in note.tags)
            when = datetime.fromtimestamp(note.created_wall).strftime("%H:%M")
            item = QListWidgetItem(f"{when} {tags} {note.text}".replace("  ", " "))
            item.setData(Qt.ItemDataRole.UserRole, note.id)
            self.list.addItem(item)

    def _edit_item(self, item: QListWidgetItem) -> None:
        self.edit_note(int(item.data(Qt.ItemDataRole.UserRole)))

    def edit_note(self, note_id: int) -> None:
        """Load a saved note into the box; changes are saved to the same note as you type."""
        note = next((n for n in self._bridge.notes() if n.id == note_id), None)
        if note is None:
            return
        self.finish_note()
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

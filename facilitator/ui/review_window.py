"""Review before export: every note with each detected identifier highlighted by kind.

The facilitator can keep a false positive, mark a missed identifier, and decide on small-group
combinations (age + village + job). The note's text is read-only but has a caret: the arrows move
it, Shift+arrows select (Ctrl+Shift+arrows a word at a time), and Ctrl+R marks the selection; when
it cannot (nothing selected, or more than one identifier's worth), the status line says why.
Decisions are saved as they are made and applied to the export; nothing leaves the laptop before
this review.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QKeySequence, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from facilitator.anonymizer.spans import Kind, Span
from facilitator.export.redaction import Finder, Redaction, Removal
from facilitator.export.review import Decision, ReviewDecision, SessionReview
from facilitator.ui.actions import key_text, shortcuts
from facilitator.ui.i18n import translate
from facilitator.ui.kind_names import found_by, identifier_kind

if TYPE_CHECKING:  # type-only: the notes come from the review, never from the store
    from facilitator.sessions.store import Note

COLOURS = {
    Kind.NAME: "#ffd6a5",
    Kind.PHONE: "#caffbf",
    Kind.EMAIL: "#9bf6ff",
    Kind.IIN: "#a0c4ff",
    Kind.DOCUMENT: "#a0c4ff",
    Kind.PLATE: "#a0c4ff",
    Kind.CARD: "#a0c4ff",
    Kind.ADDRESS: "#bdb2ff",
    Kind.HANDLE: "#ffc6ff",
    Kind.BIRTHDATE: "#fdffb6",
    Kind.QUASI: "#ffadad",
}
MARKABLE = [
    Kind.NAME,
    Kind.PHONE,
    Kind.EMAIL,
    Kind.IIN,
    Kind.DOCUMENT,
    Kind.PLATE,
    Kind.CARD,
    Kind.ADDRESS,
    Kind.HANDLE,
    Kind.BIRTHDATE,
    Kind.QUASI,
]
_PHONE_CHARACTERS = set("0123456789 +-()")


def kind_of_marked(text: str) -> Kind:
    """The kind a stretch marked by hand is taken as, unless the facilitator picks one: a name
    only when it is shaped like one (capitalised words of letters), so a class ("10Б"), a house
    number or a lower-case description is a small-group detail, and the PDF never reads
    "Человек C из Человек D"."""
    words = text.split()
    if "@" in text:
        return Kind.HANDLE if text.startswith("@") else Kind.EMAIL
    digits = sum(ch.isdigit() for ch in text)
    if digits:
        if set(text) <= _PHONE_CHARACTERS:
            return Kind.IIN if digits == 12 and text.isdigit() else Kind.PHONE if digits >= 7 else Kind.QUASI
        return Kind.QUASI
    name_shaped = 1 <= len(words) <= 3 and all(
        word[0].isupper() and all(ch.isalpha() or ch in "-'’." for ch in word) for word in words
    )
    return Kind.NAME if name_shaped else Kind.QUASI


MARK_LIMIT = 80
"""The longest stretch Ctrl+R marks, in characters: an address fits, a sentence or the whole note
(Ctrl+A) does not (removing a sentence is an edit of the note, not an identifier)."""
STRICT_SHOWN = 100_000
"""Characters shown of a note read the strict way (as the PDF prints it): a 10 MB text would hold
the window for seconds."""
LINE_BREAKS = ("\u2029", "\n")


def _give_key(button: QPushButton, action_id: str, shown: bool = False) -> None:
    """The button's key from the action table, named in its tooltip (``shown``: on it too)."""
    native = key_text(action_id)
    button.setToolTip(f"{button.text()} ({native})")
    if shown:
        button.setText(f"{button.text()} ({native})")
    # after the text: setText puts the mnemonic in its place
    button.setShortcut(QKeySequence(shortcuts(action_id)[0]))


FOCUS_FRAME = (
    "#review-notes, #review-text, #review-spans { border: 2px solid palette(mid); }"
    "#review-notes:focus, #review-text:focus, #review-spans:focus { border-color: palette(highlight); }"
)
"""The notes list, the note and the found stretches framed in the selection's colour while they
have the keys (Fusion's own one-pixel line was hard to see); the frame's width never changes."""


class ReviewWindow(QDialog):
    export_requested = Signal()

    def __init__(
        self, review: SessionReview, anonymizer: Finder | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("review-window")
        self.setWindowTitle(translate("Review", "Review before export"))
        self._review = review
        self._unsure: set[int] = set()
        self._anonymizer = anonymizer
        self._notes: list[Note] = []
        self.redaction: Redaction | None = None
        """What the export prints: the review is a view of it, and the export uses the same one."""
        self.notes = QListWidget(self)
        self.notes.setObjectName("review-notes")
        self.notes.currentRowChanged.connect(self._another_note)
        self.text = QTextEdit(self)
        self.text.setObjectName("review-text")
        self.text.setReadOnly(True)
        # read-only, yet a caret and a selection by keys, for Ctrl+R (the mouse alone could select)
        self.text.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.text.setAccessibleName(translate("Review", "The note's text"))
        self.spans = QTableWidget(0, 4, self)
        self.spans.setObjectName("review-spans")
        self.spans.setHorizontalHeaderLabels(
            [
                translate("Review", "Kind"),
                translate("Review", "Text"),
                translate("Review", "Found by"),
                translate("Review", "In the export"),
            ]
        )
        self.spans.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        # one chosen stretch (Space acts on it): with Ctrl still held after Ctrl+R, choosing the
        # new mark's row had added it to the first one's instead
        self.spans.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        # Tab leaves the table (arrows move in it): Tab walked its cells one by one, so the notes
        # list seemed out of reach by keys
        self.spans.setTabKeyNavigation(False)
        columns = self.spans.horizontalHeader()  # the found text takes the width the others leave
        columns.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        columns.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.toggle = QPushButton(translate("Review", "Keep / remove (Space)"), self)
        self.toggle.setObjectName("review-toggle")
        self.toggle.clicked.connect(self.toggle_current)
        # Space is the console's "next step" too (an application shortcut), and the console keeps
        # bare keys for the field that has the keyboard: as a shortcut it never reached this
        # button. The notes list, the note and the found stretches hand it over themselves.
        self._toggle_key = QKeySequence(shortcuts("review-toggle")[0])
        for widget in (self.notes, self.text, self.spans):
            widget.installEventFilter(self)
        self.kind = QComboBox(self)
        self.kind.setObjectName("review-kind")
        # what Ctrl+R marks the selection as, and only that: first "as it looks" (named with the
        # kind the selected text looks like, kept up to date as the selection moves), then each kind
        self.kind.addItem("", "")
        for kind in MARKABLE:
            self.kind.addItem(identifier_kind(kind), kind.value)
        self.kind.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.text.selectionChanged.connect(self._name_the_guess)
        self._name_the_guess()
        self.mark = QPushButton(translate("Review", "Mark the selected text"), self)
        self.mark.setObjectName("review-mark")
        self.mark.clicked.connect(self.mark_selection)
        _give_key(self.mark, "review-mark", shown=True)
        self.summary = QLabel(self)
        self.summary.setObjectName("review-summary")
        self.status = QLabel(self)
        self.status.setObjectName("review-status")
        self.status.setWordWrap(True)
        self.export = QPushButton(translate("Review", "Export anonymized PDF…"), self)
        self.export.setObjectName("review-export")
        self.export.clicked.connect(self.export_requested)
        _give_key(self.export, "review-export")
        self._layout()

    def _layout(self) -> None:
        right = QWidget(self)
        column = QVBoxLayout(right)
        column.addWidget(self.text, 2)
        column.addWidget(self.spans, 2)
        row = QHBoxLayout()
        row.addWidget(self.toggle)
        row.addStretch(1)
        column.addLayout(row)
        # "Mark as:" beside its box and button on a row of their own: the box names a kind whole
        # ("As it looks: a detail that singles someone out in a small place"), in ru and kk too
        marking = QHBoxLayout()
        self.kind.setAccessibleName(translate("Review", "Mark as:"))
        marking.addWidget(QLabel(translate("Review", "Mark as:")))
        marking.addWidget(self.kind, 1)
        marking.addWidget(self.mark)
        column.addLayout(marking)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.notes)
        split.addWidget(right)
        split.setSizes([300, 700])
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addWidget(self.status)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.export)
        layout.addLayout(bottom)
        self.resize(1100, 700)
        # where the keys are: the list's selection looks the same with or without the focus
        self.setStyleSheet(FOCUS_FRAME)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Space in the notes list, the note or the found stretches: keep or remove the chosen one."""
        kind = event.type()
        if (
            kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress)
            and isinstance(event, QKeyEvent)
            and QKeySequence(event.keyCombination()) == self._toggle_key
        ):
            if kind == QEvent.Type.ShortcutOverride:
                event.accept()  # ours: no shortcut elsewhere takes it
            else:
                self.toggle_current()
            return True
        return super().eventFilter(watched, event)

    # -- loading ------------------------------------------------------------------------------
    def load(self) -> None:
        """Detect identifiers in every note (slow: call it off the UI thread). Without an anonymizer,
        a worker process reads the notes and exits (the name model never loads in this process)."""
        redaction = self._review.redaction(self._anonymizer)
        unsure = {n.id for n in redaction.notes if any(r.unsure for r in redaction.removals(n))}
        # notes where the anonymizer was unsure come first: they need the facilitator's eye
        self._notes = sorted(redaction.notes, key=lambda n: n.id not in unsure)
        self._unsure = unsure
        self.redaction = redaction

    def show_loaded(self) -> None:
        self.notes.clear()
        for note in self._notes:
            mark = "? " if note.id in self._unsure else ""
            item = QListWidgetItem(mark + note.text[:60].replace("\n", " "))
            item.setData(Qt.ItemDataRole.UserRole, note.id)
            self.notes.addItem(item)
        if self._notes:
            self.notes.setCurrentRow(0)
        self._update_summary()

    @property
    def session_id(self) -> str:
        return self._review.session_id

    # -- one note -----------------------------------------------------------------------------
    def current_note(self) -> Note | None:
        row = self.notes.currentRow()
        return self._notes[row] if 0 <= row < len(self._notes) else None

    def current_removals(self) -> list[Removal]:
        """Each candidate of the current note as the export treats it (unsure ones first)."""
        note = self.current_note()
        if note is None or self.redaction is None:
            return []
        return self.redaction.removals(note)

    def current_spans(self) -> list[tuple[Span, bool]]:
        """Each candidate span of the current note, and whether it is removed in the export."""
        return [(r.span, r.removed) for r in self.current_removals()]

    def _another_note(self, _row: int) -> None:
        self.status.clear()  # what was said of the last note is over
        self._show_note()

    def _show_note(self, _row: int = 0) -> None:
        note = self.current_note()
        self.spans.setRowCount(0)
        if note is not None and self.redaction is not None and self.redaction.read_strictly(note):
            self._show_strict(note, self.redaction)
            return
        self.text.setPlainText(note.text if note else "")
        if note is None:
            return
        cursor = QTextCursor(self.text.document())
        for row, removal in enumerate(self.current_removals()):
            span, removed = removal.span, removal.removed
            highlight = QTextCharFormat()
            highlight.setBackground(QColor(COLOURS[span.kind]))
            highlight.setFontStrikeOut(not removed)
            cursor.setPosition(span.start)
            cursor.setPosition(span.end, QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeCharFormat(highlight)
            self.spans.insertRow(row)
            outcome = removal.replacement if removed else translate("Review", "kept as written")
            found = translate("Review", "unsure: check") if removal.unsure else found_by(span.source)
            for column, text in enumerate(
                (identifier_kind(span.kind), note.text[span.start : span.end], found, outcome)
            ):
                self.spans.setItem(row, column, QTableWidgetItem(text))
        if self.spans.rowCount():
            self.spans.selectRow(0)

    def _show_strict(self, note: Note, redaction: Redaction) -> None:
        """A note too long to read word by word: the beginning of what the PDF prints, and why."""
        printed = redaction.text(note)
        shown = printed[:STRICT_SHOWN]
        if len(printed) > len(shown):
            shown += "\n…"
        self.text.setPlainText(shown)
        self._say(
            translate(
                "Review",
                "This note is too long to have been typed in a session ({count} characters: a paste "
                "or a chat's export). It was read the strict way: every number, every capitalised "
                "word inside a sentence, every name and every word no dictionary knows is removed, "
                "shown as […]. Above: the start of what the PDF prints.",
            ).format(count=len(note.text))
        )

    # -- decisions ----------------------------------------------------------------------------
    def toggle_current(self) -> None:
        note = self.current_note()
        row = self.spans.currentRow()
        candidates = self.current_spans()
        if note is None or not 0 <= row < len(candidates):
            return
        span, removed = candidates[row]
        self._decide(note, span.start, span.end, span.kind, Decision.KEEP if removed else Decision.REMOVE)
        self._select_span(span.start, span.end)  # its row may have moved (the unsure come first)

    def mark_selection(self) -> None:
        """Ctrl+R: the selected stretch of the note's text is removed in the export, as the kind
        chosen; the status line says what was done, or why nothing was."""
        note = self.current_note()
        if note is None:
            return
        if self.redaction is not None and self.redaction.read_strictly(note):
            self._say(
                translate(
                    "Review", "Nothing to mark here: this long note was read the strict way (see above)."
                )
            )
            return
        cursor = self.text.textCursor()
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        chosen = note.text[start:end]
        start += len(chosen) - len(chosen.lstrip())  # a word selected with its space: the word
        end -= len(chosen) - len(chosen.rstrip())
        if end <= start:
            self._say(
                translate(
                    "Review",
                    "Nothing is selected. In the note's text, move with the arrows and hold Shift to "
                    "select (Ctrl+Shift+arrows: a word at a time), then Ctrl+R.",
                )
            )
            return
        stretch = note.text[start:end]
        if len(stretch) > MARK_LIMIT or any(br in stretch for br in LINE_BREAKS):
            self._say(
                translate(
                    "Review",
                    "Not marked: the selection is too long ({count} characters; at most {limit}, on "
                    "one line). Select only the name or number (Shift+arrows), then Ctrl+R.",
                ).format(count=len(stretch), limit=MARK_LIMIT)
            )
            return
        kind = self.kind_to_mark(stretch)  # what the box says, never a guess of its own
        self._decide(note, start, end, kind, Decision.REMOVE)
        self._choose_stretch(start, end)
        self._say(
            translate("Review", "Marked for removal as {kind}. Space on its row keeps it after all.").format(
                kind=identifier_kind(kind)
            )
        )

    def kind_to_mark(self, stretch: str) -> Kind:
        """The kind Ctrl+R marks ``stretch`` as: the one chosen in the box, or (its first entry,
        "as it looks") the kind the text is shaped like, which that entry names."""
        chosen = str(self.kind.currentData() or "")
        return Kind(chosen) if chosen else kind_of_marked(stretch)

    def _selected_stretch(self) -> str:
        """The selected text of the note, without the spaces around it (as Ctrl+R takes it)."""
        return self.text.textCursor().selectedText().strip()

    def _name_the_guess(self) -> None:
        """The box's first entry says which kind the selection would be marked as by its shape."""
        stretch = self._selected_stretch()
        self.kind.setItemText(
            0,
            translate("Review", "As it looks: {kind}").format(kind=identifier_kind(kind_of_marked(stretch)))
            if stretch
            else translate("Review", "As it looks (name, number…)"),
        )

    def _choose_stretch(self, start: int, end: int) -> None:
        """After a mark: its row chosen (Space keeps it) and the caret after it, where it was."""
        self._select_span(start, end)
        cursor = self.text.textCursor()
        cursor.setPosition(end)
        self.text.setTextCursor(cursor)

    def _select_span(self, start: int, end: int) -> None:
        for row, removal in enumerate(self.current_removals()):
            if (removal.span.start, removal.span.end) == (start, end):
                self.spans.selectRow(row)
                return

    def _say(self, message: str) -> None:
        self.status.setText(message)

    def decide(self, start: int, end: int, kind: Kind, decision: Decision) -> None:
        """Record a decision on the current note (used by the buttons, and by tests)."""
        note = self.current_note()
        if note is not None:
            self._decide(note, start, end, kind, decision)

    def _decide(self, note: Note, start: int, end: int, kind: Kind, decision: Decision) -> None:
        made = ReviewDecision(note.id, note.updated_wall, start, end, kind, decision)
        self._review.decide(made)
        if self.redaction is not None:
            self.redaction.decide(made)
        self._show_note()
        self._update_summary()

    def _update_summary(self) -> None:
        decisions = self._review.decisions()
        redaction = self.redaction
        # what the detector found and what the facilitator marked (Ctrl+R) since
        found = sum(len(redaction.removals(n)) for n in self._notes) if redaction else 0
        quasi = redaction.unsure_count() if redaction else 0
        self.summary.setText(
            translate(
                "Review",
                "{notes} notes · {found} identifiers found · {decisions} decisions · "
                "{quasi} to check first, marked ? (removed unless you keep them)",
            ).format(notes=len(self._notes), found=found, decisions=len(decisions), quasi=quasi)
        )

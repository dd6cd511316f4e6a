"""Every change to the draft is an undoable command (QUndoStack: Ctrl+Z, Ctrl+Y)."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

from facilitator.planner.draft import Draft

Path = tuple[str | int, ...]


class DraftCommand(QUndoCommand):
    def __init__(self, draft: Draft, changed: Callable[[], None], text: str) -> None:
        super().__init__(text)
        self.draft = draft
        self.changed = changed


class InsertStep(DraftCommand):
    def __init__(self, draft: Draft, changed: Callable[[], None], index: int, step: dict[str, Any]) -> None:
        super().__init__(draft, changed, f"add {step.get('title', 'step')}")
        self.index, self.step = index, copy.deepcopy(step)

    def redo(self) -> None:
        self.draft.insert(self.index, self.step)
        self.changed()

    def undo(self) -> None:
        self.draft.remove(self.index)
        self.changed()


class RemoveStep(DraftCommand):
    def __init__(self, draft: Draft, changed: Callable[[], None], index: int) -> None:
        super().__init__(draft, changed, "remove step")
        self.index = index
        self.step: dict[str, Any] = {}

    def redo(self) -> None:
        self.step = self.draft.remove(self.index)
        self.changed()

    def undo(self) -> None:
        self.draft.steps.insert(self.index, self.step)
        self.draft.check()
        self.changed()


class MoveStep(DraftCommand):
    def __init__(self, draft: Draft, changed: Callable[[], None], source: int, target: int) -> None:
        super().__init__(draft, changed, "move step")
        self.source, self.target = source, target

    def redo(self) -> None:
        self.draft.move(self.source, self.target)
        self.changed()

    def undo(self) -> None:
        self.draft.move(self.target, self.source)
        self.changed()


class SetField(DraftCommand):
    """One field changed; consecutive edits of the same field merge into one undo step (typing)."""

    def __init__(self, draft: Draft, changed: Callable[[], None], path: Path, value: Any) -> None:
        super().__init__(draft, changed, f"edit {'.'.join(str(p) for p in path)}")
        self.path, self.value = path, copy.deepcopy(value)
        self.old: Any = None

    def id(self) -> int:
        return 1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if isinstance(other, SetField) and other.path == self.path:
            self.value = other.value
            return True
        return False

    def redo(self) -> None:
        self.old = self.draft.set(self.path, copy.deepcopy(self.value))
        self.changed()

    def undo(self) -> None:
        self.draft.set(self.path, copy.deepcopy(self.old))
        self.changed()

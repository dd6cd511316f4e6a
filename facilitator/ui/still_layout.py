"""The console's main-window parts laid out in place, without Qt's zero-length animations.

``QMainWindow`` places its central widget, tool bars and docks through a ``QWidgetAnimator``: as
long as the style gives widgets an animation time (Fusion's is 200 ms), every placement, even one
that is not animated, starts a ``QPropertyAnimation`` of length 0, run by Qt's private
``QAnimationTimer``. The console's two application-wide event filters (the presenter keys and the
lock's idle watch) are Python objects, so that timer's events are handed to Python too; and the
first time PySide6 wraps an object of a class it does not know whose nearest known class is
``QObject``, it builds every class of QtCore, QtGui and QtWidgets derived from ``QObject`` to look
for a closer one, with their enums: ≈ 100 enum types, 20–130 ms measured, in the paint just before
the console takes keys.

The parts the main window places get a style whose animation time is 0 (the style is theirs
alone: their children keep the application's). The main window then sets their geometry
directly, as it does for a style without animations; nothing is drawn differently (the console's
parts are not movable, so no placement was ever animated).
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleHintReturn, QStyleOption, QWidget

_style: QStyle | None = None


class _PlacedInPlace(QProxyStyle):
    """The application's style, with no widget animation time."""

    def styleHint(
        self,
        hint: QStyle.StyleHint,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
        returnData: QStyleHintReturn | None = None,
    ) -> int:
        if hint == QStyle.StyleHint.SH_Widget_Animation_Duration:
            return 0
        return super().styleHint(hint, option, widget, returnData)


def place_in_place(*widgets: QWidget) -> None:
    """Let the main window place ``widgets`` (its direct parts) without starting animations."""
    global _style
    if _style is None:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        _style = _PlacedInPlace(app.style().name())  # a style of the same kind, its own object
        _style.setParent(app)  # deleted with the application, after every window
    for widget in widgets:
        widget.setStyle(_style)

"""The laptop's screens as values (``ScreenInfo``), read from Qt: apart from the screen manager so
the first frame can place the holding screen without importing the console."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication, QScreen

from facilitator.screens import ScreenInfo


def describe(screen: QScreen) -> ScreenInfo:
    geometry = screen.geometry()
    return ScreenInfo(
        screen.name(),
        geometry.x(),
        geometry.y(),
        geometry.width(),
        geometry.height(),
        screen is QGuiApplication.primaryScreen(),
    )


class QtScreenSource:
    def screens(self) -> list[ScreenInfo]:
        return [describe(screen) for screen in QGuiApplication.screens()]

    def primary(self) -> ScreenInfo:
        return describe(QGuiApplication.primaryScreen())

    def qt_screen(self, info: ScreenInfo) -> QScreen | None:
        return next((s for s in QGuiApplication.screens() if describe(s) == info), None)

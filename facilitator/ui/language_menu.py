"""The console's Language menu: the console's own language, from the next start of the app.

The workshop on the projector keeps its language: the status line says so, and how to choose the
workshop's (a blind drive chose another language there and got a console in it over the workshop
in the first one, with no word about it). Before a session of the built-in workshop starts, when
that workshop exists in the chosen language, it offers to open the workshop in that language too
from the next start (``Settings.content_language``)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMainWindow

from facilitator.content import builtin_workshop_in, default_workshop
from facilitator.languages import LANGUAGE_NAMES, language_names
from facilitator.sessions.state import Status
from facilitator.settings import change_settings, load_settings
from facilitator.ui import dialogs
from facilitator.ui.i18n import system_language, translate
from facilitator.ui.session_bridge import SessionBridge

SAID_FOR_MS = 30000
"""How long the status line keeps what the choice changed (long enough to read it twice)."""


def build_language_menu(window: QMainWindow, bridge: SessionBridge) -> None:
    """The menu: "As the system", then each language by its own name; the choice is checked."""
    menu = window.menuBar().addMenu(translate("Console", "Language"))
    chosen = load_settings().ui_language  # read once, not once per language
    for code, name in (("", translate("Console", "As the system")), *LANGUAGE_NAMES.items()):
        action = menu.addAction(name)
        action.setCheckable(True)
        action.setChecked(chosen == code)
        action.triggered.connect(lambda _checked=False, code=code: choose_language(window, bridge, code))


def choose_language(window: QMainWindow, bridge: SessionBridge, code: str) -> None:
    """Keep ``code`` ("" for the system's) as the console's language from the next start; say what
    changes and what does not, offering to switch the workshop too when it can be."""
    change_settings(ui_language=code)
    language = code or system_language()
    named = LANGUAGE_NAMES.get(language, language)
    workshop = language_names(bridge.audience_languages)
    if bridge.audience_languages == (language,):
        said = translate(
            "Console", "From the next start of the app, the console is in {language}, like the workshop."
        )
    elif can_switch_workshop(bridge, language) and dialogs.ask(
        window,
        translate("Console", "The workshop's language"),
        translate(
            "Console",
            "From the next start of the app, the console is in {language}. The workshop on the "
            "projector is in {workshop}. Open the workshop in {language} too, from the next start?",
        ).format(language=named, workshop=workshop),
        default_yes=True,
    ):
        change_settings(content_language=language)
        said = translate(
            "Console",
            "From the next start of the app, the console and the workshop on the projector are in "
            "{language}.",
        )
    else:
        said = translate(
            "Console",
            "From the next start, the console is in {language}; the workshop on the projector stays "
            "in {workshop}. To change it: the planner's Language field, or --language {code}.",
        )
    window.statusBar().showMessage(said.format(language=named, workshop=workshop, code=language), SAID_FOR_MS)


def can_switch_workshop(bridge: SessionBridge, language: str) -> bool:
    """Whether the workshop can open in ``language`` from the next start: the built-in workshop
    the app opens with no plan, in one language, no session of it begun here, and there in
    ``language``."""
    shown = bridge.audience_languages
    if len(shown) != 1 or bridge.status is not Status.NOT_STARTED:
        return False
    try:
        builtin = Path(bridge.plan_name).resolve() == default_workshop(shown[0]).resolve()
    except (OSError, ValueError, FileNotFoundError):
        return False
    return builtin and builtin_workshop_in(language).is_file()

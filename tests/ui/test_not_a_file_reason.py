"""A pipe or a device named as a file (a plan, an export's target) is refused with the app's own
reason; in the console and the planner that reason is said in the UI's language like the OS's."""

from __future__ import annotations

import pytest

from facilitator.sessions import atomic, errors
from facilitator.ui.i18n import translate_in
from facilitator.ui.store_messages import CONTEXT, TEXT_REASONS


def test_each_reason_is_its_own_source_text() -> None:
    assert TEXT_REASONS == {errors.NOT_A_FILE: errors.NOT_A_FILE, atomic.NOT_A_FILE: atomic.NOT_A_FILE}


@pytest.mark.parametrize("language", ["ru", "kk"])
@pytest.mark.parametrize("reason", [errors.NOT_A_FILE, atomic.NOT_A_FILE])
def test_the_reason_is_translated(language: str, reason: str) -> None:
    said = translate_in(language, CONTEXT, reason)
    assert said != reason and "файл" in said

"""F2 (cue panel) and F3 (referral sheet) on a 1366×768 laptop, in the longest texts (Russian,
Kazakh). Blind drive: F2 squeezed the step's private guidance to a 200-pixel strip (its title
broke mid-word), and F3's phone column was off the sheet's right edge. Now the agenda gives the
guidance its spare width while a panel is open (and takes it back after), and the phone column is
beside the name, as wide as its longest number; the name takes what the numbers leave and wraps
(with a long number it had been cut to a few letters at the sheet's edge).

Runs tests/helpers/side_panels.py in its own process on the named offscreen laptop screen."""

from __future__ import annotations

import functools
import json

import pytest

from tests.helpers.processes import run_on_screens

READABLE = 250
"""Pixels of guidance: about 35 characters a line, no word of a step's title broken."""


@functools.cache
def panels(language: str) -> dict[str, dict]:  # type: ignore[type-arg]
    result = run_on_screens(["tests.helpers.side_panels", language], "laptop.json", timeout=180)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


@pytest.mark.parametrize("language", ["ru", "kk"])
@pytest.mark.parametrize("panel", ["f2", "f3"])
def test_the_guidance_keeps_a_readable_width_beside_a_side_panel(language: str, panel: str) -> None:
    shown = panels(language)[panel]
    assert shown["window"] == 1366
    assert shown["guidance"] >= READABLE, shown
    assert shown["projector"] >= 280, shown  # the picture of the projector stays readable too
    agenda_after, guidance_after, _ = shown["columns_after"]
    assert agenda_after >= 430 and guidance_after > shown["guidance"], shown  # closed: as before


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_the_referral_sheet_shows_every_phone_number_whole(language: str) -> None:
    sheet = panels(language)["f3"]
    assert "+7 (727) 123-45-67" in sheet["phones"]
    assert sheet["phone_column"] >= sheet["phone_needs"] > 0, sheet  # every number whole
    assert sheet["phone_visible"] == sheet["phone_column"], sheet  # and in sight, not scrolled off


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_the_referral_sheet_shows_every_name_whole_beside_a_long_number(language: str) -> None:
    """Blind drive: beside "+7 (7172) 55-12-34, доб. 105" the name column was a few letters at
    the sheet's right edge. Each name is in sight, on as many lines of its row as it needs."""
    sheet = panels(language)["f3"]
    assert "+7 (7172) 55-12-34, доб. 105" in sheet["phones"]
    assert sheet["phone_visible"] == sheet["phone_column"] >= sheet["phone_needs"], sheet
    assert sheet["names"] == [], sheet

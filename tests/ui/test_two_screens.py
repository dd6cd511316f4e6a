"""Placement on two named screens (Qt's offscreen platform with a screen layout, own process)."""

import json

from facilitator.settings import Settings, save_settings
from tests.helpers.processes import run_on_screens


def run_app() -> dict:  # type: ignore[type-arg]
    result = run_on_screens(["tests.helpers.two_screens"], "two_screens.json", timeout=60)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_the_audience_fills_the_projector_and_the_console_stays_on_the_laptop() -> None:
    placed = run_app()
    assert placed["screens"] == ["Laptop", "Projector"]
    assert placed["audience"] == {
        "screen": "Projector",
        "geometry": [1280, 0, 1920, 1080],
        "full_screen": True,
        "visible": True,
    }
    assert placed["console"]["screen"] == "Laptop"
    x, y, width, height = placed["console"]["geometry"]
    assert x + width <= 1280 and y + height <= 800 + 40


def test_a_remembered_projector_name_that_is_the_laptop_is_never_used_for_the_audience() -> None:
    save_settings(Settings(projector_screen="Laptop"))
    placed = run_app()
    assert placed["audience"]["screen"] == "Projector"

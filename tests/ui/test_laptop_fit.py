"""Every window, panel and dialog fits a 1366×768 laptop in English, Russian and Kazakh.

Runs tests/helpers/laptop_fit.py in its own process on two named offscreen screens (a 1366×768
"Laptop" and a 1920×1080 "Projector"), which opens the console maximized (with and without the cue
panel and the referral sheet), the planner, the checklist, the review window, the question after
the export, the resume offer and the unlock dialog.
"""

from __future__ import annotations

import functools
import json
import re

import pytest

from tests.helpers.processes import run_on_screens

EXPECTED = {
    "console",
    "console-running",
    "console-f2",
    "console-f2-f3",
    "console-f3",
    "console-mirrored",
    "console-tally",
    "planner",
    "planner-new",
    "console-series",
    "planner-series",
    "checklist",
    "checklist-films",
    "review",
    "after-export-question",
    "resume-offer",
    "unlock",
    "session-figures",
}


@functools.cache  # one run per language serves every test
def open_everything(language: str) -> dict[str, dict]:  # type: ignore[type-arg]
    result = run_on_screens(["tests.helpers.laptop_fit", language], "laptop.json", timeout=180)
    assert result.returncode == 0, result.stderr
    records = json.loads(result.stdout.strip().splitlines()[-1])["records"]
    return {record["name"]: record for record in records}


@pytest.mark.parametrize("language", ["en", "ru", "kk"])
def test_every_window_and_panel_fits_the_laptop(language: str) -> None:
    windows = open_everything(language)
    assert set(windows) >= EXPECTED, "every window was opened and measured"
    too_big = []
    for name in sorted(EXPECTED):
        record = windows[name]
        assert record["screen"] == "Laptop", name
        _x, _y, width, height = record["available"]
        fx, fy, fw, fh = record["frame"]
        for what, (w, h) in (
            ("frame", (fw, fh)),
            ("minimum size", record["minimum_hint"]),
            ("size hint", record["hint"]),
        ):
            if w > width or h > height:
                too_big.append(f"{name}: {what} {w}×{h} > {width}×{height}")
        if fx < 0 or fy < 0 or fx + fw > width or fy + fh > height:
            too_big.append(f"{name}: frame {record['frame']} leaves the screen")
        too_big += [f"{name}: {problem}" for problem in record["outside"]]
        too_big += [f"{name}: {problem}" for problem in record["clipped"]]
    assert not too_big, "\n".join(too_big)


@pytest.mark.parametrize("language", ["en", "ru", "kk"])
def test_the_planner_leaves_room_for_the_window_managers_title_bar(language: str) -> None:
    """Opened as ``facilitator planner`` opens it (not maximized), the planner is at most the
    screen's height less the window manager's title bar, so its problem line is never below the
    bottom of a 1366×768 laptop; the problem line itself is whole (no label cut)."""
    record = open_everything(language)["planner-new"]
    _x, _y, width, height = record["available"]
    _fx, _fy, frame_width, frame_height = record["frame"]
    assert frame_width <= width and frame_height <= height - 40, record
    assert record["minimum_hint"][1] <= height - 40, record
    assert record["clipped"] == [], record


@pytest.mark.parametrize("language", ["en", "ru", "kk"])
def test_the_live_preview_keeps_its_size_with_the_side_panels_open(language: str) -> None:
    """The picture of the projector takes the column's spare room; F2 (cues) and F3 (referral
    sheet) narrow the column, and the picture with it, never below a 16:9 picture 160 pixels high
    (readable), and never cut off by the column."""
    windows = open_everything(language)
    sizes = {name: windows[name]["preview"] for name in ("console-running", *PANELS)}
    for width, height in sizes.values():
        assert width >= 280 and height >= 157, sizes  # a 16:9 picture 160 pixels high or so
    width, height = sizes["console-running"]
    assert height >= 240, sizes  # without the panels: the column's spare height, not a strip
    assert all(shown[0] <= width and shown[1] <= height for shown in sizes.values()), sizes
    for name in ("console-running", *PANELS):  # and none of it is cut off by the column
        seen_width, seen_height = windows[name]["preview_visible"]
        shown_width, shown_height = sizes[name]
        assert seen_width >= shown_width and seen_height >= shown_height, (
            name,
            windows[name]["preview_visible"],
        )


PANELS = ("console-f2", "console-f2-f3", "console-f3")


@pytest.mark.parametrize("language", ["kk"])
def test_the_console_comes_back_maximized_on_the_laptop(language: str) -> None:
    windows = open_everything(language)
    last_run = windows["console-last-run"]
    assert last_run["screen"] == "Projector" and last_run["maximized"]
    console = windows["console"]
    assert console["screen"] == "Laptop" and console["maximized"]
    assert console["frame"] == console["available"] == [0, 0, 1366, 768]


@pytest.mark.parametrize("language", ["en", "ru", "kk"])
def test_every_line_of_the_checklist_shows_whole_or_scrolls_into_sight(language: str) -> None:
    """Fourth blind drive: F5's checklist on a 1366×768 laptop, with film steps that name no film
    and the referral sheet still to fill, cut its findings at the top and the bottom. Each finding
    is as high as its lines, inside the scrolling list, which reaches its last line; the dialog is
    on the screen below a title bar."""
    record = open_everything(language)["checklist-films"]
    findings = record["findings"]
    assert len(findings["labels"]) >= 4
    for top, height, needed, text in findings["labels"]:
        assert height >= needed, text
        assert top + height <= findings["content"], text
    assert findings["content"] - findings["viewport"] <= findings["scroll_max"] + 1  # reachable
    assert findings["viewport"] >= 5 * 15  # a list, not a slit
    _x, _y, _width, height = record["available"]
    assert record["frame"][1] + record["frame"][3] <= height and record["frame"][3] <= height - 40


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_the_checklist_s_findings_have_no_english_left(language: str) -> None:
    """The blind drive read "audience строку film:" and «Films on the projector» in Russian: the
    file's own keys are quoted, the README's section said in the UI's language."""
    english = []
    for *_sizes, text in open_everything(language)["checklist-films"]["findings"]["labels"]:
        said = re.sub(r"«[a-z_]+:?»|[\w.-]*[/.][\w./-]*", " ", text)  # a quoted key, a file name
        english += [word for word in re.findall(r"[A-Za-z][A-Za-z0-9_]*", said) if word != "README"]
    assert english == []

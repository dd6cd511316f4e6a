"""Write the built-in series' plans from the step library: ``python scripts/compose_series.py``.

Each session plan copies whole steps from ``facilitator/content/library/library.<lang>.yaml`` (so a
plan stays one self-contained file, as sessions keep the plan's text), with a header per language.
Edit the library or the tables below, then run this script again; tests/content checks the result.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CONTENT = ROOT / "facilitator" / "content"
LANGUAGES = ("en", "ru", "kk")
SERIES_ID = "young-men-series"

CHECK_IN, ENERGIZER, BREAK, CHECK_OUT = (
    "series-check-in",
    "energizer-stand-if",
    "break-10",
    "check-out-handout",
)
LINE_UP = "energizer-line-up"  # a second energizer, so the meetings do not all repeat one

BUFFER_AT_LEAST = 10
"""Minutes each session keeps free within its length, in no step: time in hand for an overrun."""

# Steps shortened in a session: (library id, minutes) or (library id, minutes, phase minutes). Only
# steps whose texts name no minutes of their own are shortened (a case study's small groups lose
# two minutes, the whole group one), so what the facilitator reads still matches its time box.
CASE_12 = (12, (8, 4))  # a case study: 10 + 5 minutes -> 8 + 4
CHECK_IN_12 = (CHECK_IN, 12)  # the agreement is renewed, not made: the round keeps its 5 to 7 minutes
Timed = str | tuple[str, int] | tuple[str, int, tuple[int, ...]]


def case(step_id: str) -> tuple[str, int, tuple[int, ...]]:
    return (step_id, *CASE_12)


# plan id suffix -> the session's length (minutes) and its library steps, in order; the minutes the
# steps leave free within the length are the session's buffer (at least BUFFER_AT_LEAST)
SESSIONS: dict[str, tuple[int, list[Timed]]] = {
    "1": (
        90,
        [
            CHECK_IN,  # the first meeting makes the agreement: the check-in keeps its 15 minutes
            ("attitudes-before-after", 12),
            case("case-participation-family-values"),
            ENERGIZER,
            BREAK,
            case("case-participation-respect-and-power"),
            ("feminism-survey", 8),
            CHECK_OUT,
        ],
    ),
    "2": (
        100,
        [
            CHECK_IN_12,
            ("fathers-role-model", 10),
            "film-2",
            LINE_UP,
            BREAK,
            "film-3",
            case("case-family-sharing-chores"),
            case("case-family-decisions-affect-others"),
            CHECK_OUT,
        ],
    ),
    "3": (
        90,
        [
            CHECK_IN_12,
            ENERGIZER,
            ("law-2024", 8),
            "film-1",
            BREAK,
            ("where-help-is", 13, (5, 8)),  # the pairs keep their 5 minutes; the sheet is never cut
            case("case-workplace-harassment"),
            CHECK_OUT,
        ],
    ),
    "4": (
        90,
        [
            CHECK_IN_12,
            LINE_UP,
            "film-4",
            BREAK,
            ("consent-and-control", 21, (10, 11)),  # the small groups keep their 10 minutes
            case("case-economy-microcredit-control"),
            CHECK_OUT,
        ],
    ),
    "5": (
        95,
        [
            CHECK_IN,
            case("case-wellbeing-asking-for-help"),
            ENERGIZER,
            case("case-wellbeing-stress-and-anger"),
            BREAK,
            case("case-wellbeing-healthy-lifestyle"),
            case("case-wellbeing-public-health"),
            CHECK_OUT,
        ],
    ),
    "6": (
        95,
        [
            CHECK_IN,
            case("case-family-money-decisions"),
            LINE_UP,
            case("case-workplace-credit-for-ideas"),
            BREAK,
            case("case-economy-drought-migration"),
            case("case-workplace-security-stereotypes"),
            CHECK_OUT,
        ],
    ),
    "7": (
        110,
        [
            CHECK_IN_12,
            ("socio-ecological", 12, (4, 8)),
            ENERGIZER,
            "16-days",
            BREAK,
            "five-planning-steps",
            ("opinion-leaders", 12, (4, 8)),
            case("case-participation-gender-mainstreaming"),
            CHECK_OUT,
        ],
    ),
    "8": (
        90,
        [
            CHECK_IN_12,
            LINE_UP,
            "womens-organisation-visit",  # the guests' three parts keep their 10 minutes each
            BREAK,
            ("room-tally-rights", 8),
            ("attitudes-before-after", 10),  # the cards are known by now: the four statements go fast
            CHECK_OUT,
        ],
    ),
    "follow-up": (
        100,
        [
            CHECK_IN_12,
            ENERGIZER,
            "follow-up-review",
            BREAK,
            ("attitudes-before-after", 10),
            ("five-planning-steps", 16, (11, 5)),
            CHECK_OUT,
        ],
    ),
}

sys.path.insert(0, str(Path(__file__).resolve().parent))
from series_texts import HEADERS  # noqa: E402


def step_blocks(library: str) -> dict[str, str]:
    """Each step's YAML text in the library file, keyed by id."""
    starts = [m.start() for m in re.finditer(r"^  - id: ", library, flags=re.MULTILINE)]
    blocks: dict[str, str] = {}
    for index, start in enumerate(starts):
        end = starts[index + 1] if index + 1 < len(starts) else len(library)
        text = library[start:end]
        text = re.sub(r"\n  # -+[^\n]*\n?\s*$", "\n", text).rstrip() + "\n"
        step_id = text.split("\n", 1)[0].removeprefix("  - id: ").strip()
        blocks[step_id] = text
    return blocks


def retimed(block: str, length: int, phases: tuple[int, ...] | None) -> str:
    """A step's block with a shorter time box (and its phases, which must add up to it)."""
    assert minutes(block) > length, f"{block[:60]}: {length} is not shorter"
    block = re.sub(r"^    duration: \d+m$", f"    duration: {length}m", block, count=1, flags=re.MULTILINE)
    phase = re.compile(r"^(      - \{label: .*, duration: )(\d+)m\}$", flags=re.MULTILINE)
    found = phase.findall(block)
    assert bool(found) == (phases is not None), f"{block[:60]}: give phases exactly when the step has them"
    if phases is not None:
        assert len(phases) == len(found) and sum(phases) == length, f"{block[:60]}: {phases}"
        given = iter(phases)
        block = phase.sub(lambda match: f"{match.group(1)}{next(given)}m}}", block)
    return block


def session_steps(blocks: dict[str, str], steps: list[Timed]) -> list[str]:
    """The session's steps' blocks, shortened where the table says so."""
    out = []
    for entry in steps:
        if isinstance(entry, str):
            out.append(blocks[entry])
        else:
            step_id, length, *phases = entry
            out.append(retimed(blocks[step_id], length, phases[0] if phases else None))
    return out


def minutes(block: str) -> int:
    found = re.search(r"^    duration: (\d+)m$", block, flags=re.MULTILINE)
    assert found, block[:80]
    return int(found.group(1))


def suffix(language: str) -> str:
    """Built-in plans in Russian and Kazakh carry the language in their id (ids are unique among plans)."""
    return "" if language == "en" else f"-{language}"


def quoted(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def compose(language: str) -> dict[Path, str]:
    """The text of each plan of the series and of the series file in ``language``."""
    out: dict[Path, str] = {}
    library = (CONTENT / "library" / f"library.{language}.yaml").read_text(encoding="utf-8")
    blocks = step_blocks(library)
    texts = HEADERS[language]
    for key, (length, steps) in SESSIONS.items():
        header = texts["sessions"][key]
        chosen = session_steps(blocks, steps)
        buffer = length - sum(minutes(block) for block in chosen)
        assert buffer >= BUFFER_AT_LEAST, (
            f"session {key}: {buffer} minutes of buffer, expected {BUFFER_AT_LEAST}"
        )
        lines = [
            "# Written by scripts/compose_series.py from the step library; edit the library, then run it.",
            "format: 1",
            f"id: {SERIES_ID}-{key}{suffix(language)}",
            f"title: {quoted(header['title'])}",
            f"language: {language}",
            f"audience: {quoted(texts['audience'])}",
            f"target_length: {length}m",
            f"buffer_minutes: {buffer}",
            f"description: {quoted(header['purpose'])}",
            "steps:",
        ]
        body = "\n".join(chosen)
        path = CONTENT / "plans" / f"{SERIES_ID}-{key}.{language}.yaml"
        out[path] = "\n".join(lines) + "\n" + body
    out[CONTENT / "series" / f"{SERIES_ID}.{language}.yaml"] = series_text(language, texts)
    return out


def series_text(language: str, texts: dict) -> str:  # type: ignore[type-arg]
    lines = [
        "format: 1",
        "type: series",
        f"id: {SERIES_ID}{suffix(language)}",
        f"title: {quoted(texts['title'])}",
        f"language: {language}",
        f"audience: {quoted(texts['audience'])}",
        f"description: {quoted(texts['description'])}",
        "guidance:",
        *[f"  - {quoted(line)}" for line in texts["guidance"]],
        "sessions:",
    ]
    for key in SESSIONS:
        header = texts["sessions"][key]
        entry = [
            f"    plan: ../plans/{SERIES_ID}-{key}.{language}.yaml",
            f"    purpose: {quoted(header['purpose'])}",
            "    prepare:",
            *[f"      - {quoted(item)}" for item in header["prepare"]],
        ]
        if key == "follow-up":
            lines += [
                "follow_up:",
                *[line[2:] for line in entry],
                f"  when: {quoted(texts['follow_up_when'])}",
            ]
        else:
            lines += [f"  - number: {key}", *entry]
    return "\n".join(lines) + "\n"


def main(check: bool) -> int:
    """Write the files, or with ``check`` list those that differ from what would be written."""
    stale = []
    for code in LANGUAGES:
        for path, text in compose(code).items():
            if check:
                if not path.is_file() or path.read_text(encoding="utf-8") != text:
                    stale.append(path)
            else:
                path.write_text(text, encoding="utf-8")
    for path in stale:
        print(f"{path}: out of date; run: python scripts/compose_series.py")
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main(check="--check" in sys.argv[1:]))

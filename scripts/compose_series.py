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

# plan id suffix -> the library steps, in order
SESSIONS: dict[str, list[str]] = {
    "1": [
        CHECK_IN,
        "attitudes-before-after",
        "case-participation-family-values",
        ENERGIZER,
        BREAK,
        "case-participation-respect-and-power",
        "feminism-survey",
        CHECK_OUT,
    ],
    "2": [
        CHECK_IN,
        "fathers-role-model",
        "film-2",
        LINE_UP,
        BREAK,
        "film-3",
        "case-family-sharing-chores",
        "case-family-decisions-affect-others",
        CHECK_OUT,
    ],
    "3": [
        CHECK_IN,
        ENERGIZER,
        "law-2024",
        "film-1",
        BREAK,
        "where-help-is",
        "case-workplace-harassment",
        CHECK_OUT,
    ],
    "4": [
        CHECK_IN,
        LINE_UP,
        "film-4",
        BREAK,
        "consent-and-control",
        "case-economy-microcredit-control",
        CHECK_OUT,
    ],
    "5": [
        CHECK_IN,
        "case-wellbeing-asking-for-help",
        ENERGIZER,
        "case-wellbeing-stress-and-anger",
        BREAK,
        "case-wellbeing-healthy-lifestyle",
        "case-wellbeing-public-health",
        CHECK_OUT,
    ],
    "6": [
        CHECK_IN,
        "case-family-money-decisions",
        LINE_UP,
        "case-workplace-credit-for-ideas",
        BREAK,
        "case-economy-drought-migration",
        "case-workplace-security-stereotypes",
        CHECK_OUT,
    ],
    "7": [
        CHECK_IN,
        "socio-ecological",
        ENERGIZER,
        "16-days",
        BREAK,
        "five-planning-steps",
        "opinion-leaders",
        "case-participation-gender-mainstreaming",
        CHECK_OUT,
    ],
    "8": [
        CHECK_IN,
        LINE_UP,
        "womens-organisation-visit",
        BREAK,
        "room-tally-rights",
        "attitudes-before-after",
        CHECK_OUT,
    ],
    "follow-up": [
        CHECK_IN,
        ENERGIZER,
        "follow-up-review",
        BREAK,
        "attitudes-before-after",
        "five-planning-steps",
        CHECK_OUT,
    ],
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
    for key, steps in SESSIONS.items():
        header = texts["sessions"][key]
        total = sum(minutes(blocks[step]) for step in steps)
        lines = [
            "# Written by scripts/compose_series.py from the step library; edit the library, then run it.",
            "format: 1",
            f"id: {SERIES_ID}-{key}{suffix(language)}",
            f"title: {quoted(header['title'])}",
            f"language: {language}",
            f"audience: {quoted(texts['audience'])}",
            f"target_length: {total}m",
            f"description: {quoted(header['purpose'])}",
            "steps:",
        ]
        body = "\n".join(blocks[step] for step in steps)
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

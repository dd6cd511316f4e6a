"""One term for one thing across the Kazakh and Russian content.

Violence in Kazakh is «зорлық-зомбылық», the word of Kazakhstan's law («тұрмыстық зорлық-зомбылық»,
2024), never the bare «зорлық» (which can also be read as rape). A session of the series is
«встреча» in Russian, as in the app (tests/ui/test_translations.py checks the app's side).
"""

import re
from pathlib import Path

import pytest

from facilitator.content import CONTENT_DIR

ROOT = CONTENT_DIR.parents[1]


def files(language: str) -> list[Path]:
    found = [*sorted(CONTENT_DIR.glob(f"*/*.{language}.yaml")), CONTENT_DIR / "referrals" / "seed.yaml"]
    assert len(found) >= 14
    return found


def hits(pattern: str, paths: list[Path]) -> list[str]:
    return [
        f"{path.name}:{number}: {line.strip()[:120]}"
        for path in paths
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if re.search(pattern, line)
    ]


def test_kazakh_content_says_zorlyk_zombylyk_for_violence() -> None:
    paths = [*files("kk"), ROOT / "scripts" / "series_texts.py"]
    assert hits(r"(?i)зорлық(?!-зомбылы)", paths) == []
    assert len(hits(r"(?i)тұрмыстық зорлық-зомбылық", paths)) >= 10


@pytest.mark.parametrize(("language", "word", "other"), [("ru", "встреч", r"(?i)заняти")])
def test_russian_content_names_a_session_as_the_app_does(language: str, word: str, other: str) -> None:
    assert hits(other, files(language)) == []
    assert len(hits(word, files(language))) >= 50

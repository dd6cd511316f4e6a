"""One word for a plan's step in the UI: «шаг» in Russian, «қадам» in Kazakh.

They are the words the content uses for a step of the plan («Библиотека шагов», «на следующем
шаге»; «қадамдар»), so the console, the planner, the PDF report and the programme summary say the
same as the plans they show. «этап» / «кезең» (a stage of a process) is never the UI's "step".
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from facilitator.export.report_words import WORDS as REPORT_WORDS
from facilitator.programme.merge_words import WORDS as SUMMARY_WORDS

ROOT = Path(__file__).resolve().parents[2]
STEP = {"ru": (r"(?i)\bшаг", r"(?i)этап"), "kk": (r"(?i)қадам", r"(?i)кезең")}


def ui_translations(language: str) -> list[tuple[str, str]]:
    """(English source, translation) of every UI message and of the report's and summary's words."""
    tree = ET.parse(ROOT / "facilitator" / "i18n" / f"facilitator_{language}.ts")
    pairs = [(m.findtext("source") or "", m.findtext("translation") or "") for m in tree.iter("message")]
    for words in (REPORT_WORDS, SUMMARY_WORDS):
        english = words["en"]
        pairs += [(english.get(key, key), text) for key, text in words[language].items()]
    return pairs


@pytest.mark.parametrize("language", sorted(STEP))
def test_the_ui_names_a_step_with_one_word(language: str) -> None:
    word, other = STEP[language]
    pairs = ui_translations(language)
    assert [(source, text) for source, text in pairs if re.search(other, text)] == []
    # messages that say "step" in words (not only a {step} placeholder) say it with the chosen word
    about_steps = [
        text for source, text in pairs if re.search(r"(?i)\bsteps?\b", re.sub(r"\{\w+\}", "", source))
    ]
    assert len(about_steps) >= 40
    assert [text for text in about_steps if not re.search(word, text)] == []

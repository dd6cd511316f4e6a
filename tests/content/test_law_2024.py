"""What Kazakhstan's 2024 law made a crime is said as the sources support it, in every language.

The Astana Times reports a law "criminalising domestic violence" in force from 16 June 2024; Human
Rights Watch (April 2024) says what it did: beatings and minor bodily harm, administrative offences
until then, became crimes, and no separate crime of "domestic violence" was created. So no text
says the law "treats" or "made" domestic violence a crime in its own voice; a text may say that the
press calls it so (the source's title) or answer someone who says it. Every fact about what the law
changed names Human Rights Watch, in en, ru and kk alike.
"""

from __future__ import annotations

import re

import pytest

from tests.helpers.content_texts import content_texts

# The law's effect said as "domestic violence is (now) a crime", in each language's wording.
OVERSTATED = {
    "en": (
        r"(?i)(treat|make|made|making)s?\s+domestic violence\s+(as\s+)?a crime"
        r"|domestic violence\s+(is|has been)\s+(now\s+)?a crime"
    ),
    "ru": r"(?i)бытов\w*\s+насили\w*\s+(как\s+)?преступлени|бытовое насилие[^.]{0,30}—\s*преступлени",
    "kk": r"(?i)тұрмыстық зорлық-зомбылық(ты)?\s+(енді\s+)?қылмыс",
}
# Said as someone else's words: the press's name for the law, or a participant's claim answered.
ATTRIBUTED = {
    "en": r"(?i)the press calls|if someone says",
    "ru": r"(?i)в прессе|если кто-то скажет",
    "kk": r"(?i)баспасөз|біреу заң",
}
# What the law changed, in each language: beatings / minor bodily harm.
BEATINGS = {"en": r"(?i)beating", "ru": r"(?i)побо", "kk": r"(?i)ұрып-соғу"}


def language_of(where: str) -> str:
    return where.split(":", 1)[0].removesuffix(".yaml").rsplit(".", 1)[1]


def overstated(language: str) -> list[str]:
    found = []
    for where, text in content_texts():
        if language_of(where) != language or where.endswith("/source"):
            continue
        for sentence in re.split(r"(?<=[.;!?])\s+", text):
            if re.search(OVERSTATED[language], sentence) and not re.search(ATTRIBUTED[language], sentence):
                found.append(f"{where}: {sentence}")
    return found


@pytest.mark.parametrize("language", ["en", "ru", "kk"])
def test_no_text_says_the_law_made_domestic_violence_a_crime(language: str) -> None:
    assert overstated(language) == []


@pytest.mark.parametrize("language", ["en", "ru", "kk"])
def test_the_law_s_facts_say_what_it_changed_with_their_source(language: str) -> None:
    facts = [
        (where, text)
        for where, text in content_texts()
        if language_of(where) == language and where.endswith("/text") and "16" in text and "2024" in text
    ]
    law_facts = [(where, text) for where, text in facts if re.search(BEATINGS[language], text)]
    assert len(law_facts) >= 3  # the law step (library and series 3), the levels step, the cue
    sources = dict(content_texts())
    for where, _text in law_facts:
        assert "Human Rights Watch" in sources[where.removesuffix("/text") + "/source"], where


def test_the_check_finds_the_old_wordings() -> None:
    samples = {
        "en": "Since 16 June 2024, a law in Kazakhstan treats domestic violence as a crime.",
        "ru": "Скажите, что теперь бытовое насилие в Казахстане — преступление.",
        "kk": "Қазақстанда тұрмыстық зорлық-зомбылық енді қылмыс екенін айтыңыз.",
    }
    for language, sample in samples.items():
        assert re.search(OVERSTATED[language], sample), language

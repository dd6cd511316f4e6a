"""One term for one thing across the Kazakh and Russian content.

Violence in Kazakh is «зорлық-зомбылық», the word of Kazakhstan's law («тұрмыстық зорлық-зомбылық»,
2024), never the bare «зорлық» (which can also be read as rape). A session of the series is
«встреча» in Russian, as in the app (tests/ui/test_translations.py checks the app's side).

Domestic violence is the law's term in both languages: «бытовое насилие» (the Law of the Republic of
Kazakhstan «О профилактике бытового насилия» of 2009, as amended in force from 16 June 2024) and
«тұрмыстық зорлық-зомбылық» (its Kazakh title, «Тұрмыстық зорлық-зомбылық профилактикасы туралы»);
never «насилие в семье», «домашнее насилие», «насилие дома», «үйдегі / отбасындағы зорлық-зомбылық».
Violence against women («насилие в отношении женщин», «әйелдерге қатысты зорлық-зомбылық») and in
relationships are other things and keep their own words.
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


DOMESTIC_VIOLENCE = {
    "ru": (
        r"(?i)бытов\w*\s+насили",
        r"(?i)насили\w*\s+в\s+семь|домашн\w*\s+насили|насили\w*\s+дома\b|семейно-бытов",
    ),
    "kk": (
        r"(?i)тұрмыстық\s+зорлық-зомбылық",
        r"(?i)(үйдегі|үйде|отбасындағы|отбасыдағы|отбасылық)\s+зорлық-зомбылық",
    ),
}


@pytest.mark.parametrize("language", sorted(DOMESTIC_VIOLENCE))
def test_domestic_violence_is_named_by_the_law_s_term_only(language: str) -> None:
    """Plans, library, cues, series, the referral seed and the series' source texts: one term."""
    term, others = DOMESTIC_VIOLENCE[language]
    paths = [*files(language), ROOT / "scripts" / "series_texts.py"]
    assert hits(others, paths) == []
    assert len(hits(term, paths)) >= 20


def test_the_domestic_violence_check_finds_the_other_words(tmp_path: Path) -> None:
    sample = tmp_path / "sample.ru.yaml"
    sample.write_text(
        "a: Насилие в семье\nb: от домашнего насилия\nc: о насилии дома.\nd: насилие в отношении женщин\n"
        "e: Үйдегі зорлық-зомбылық\nf: отбасындағы зорлық-зомбылық\n",
        encoding="utf-8",
    )
    assert len(hits(DOMESTIC_VIOLENCE["ru"][1], [sample])) == 3  # not "violence against women"
    assert len(hits(DOMESTIC_VIOLENCE["kk"][1], [sample])) == 2

"""The anonymizer on 120 synthetic notes (en, ru, kk, mixed) with every identifier annotated."""

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.anonymizer.evaluate import evaluate

ROOT = Path(__file__).resolve().parents[2]


def test_recall_and_keep_on_the_corpus() -> None:
    figures = evaluate()
    print(f"\nanonymizer: recall {figures.recall:.3f}, keep {figures.keep_rate:.3f}")
    assert figures.identifiers >= 190 and figures.keep >= 200
    assert figures.recall >= 0.98, figures.misses
    assert figures.keep_rate >= 0.95, figures.lost


def test_without_the_russian_model_recall_stays_useful() -> None:
    figures = evaluate(use_ner=False)
    assert figures.recall >= 0.9, figures.misses


def run(args: list[str], text: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "facilitator", "anonymize", *args],
        input=text,
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=os.environ.copy(),
        timeout=120,
    )


def test_the_command_line_reads_stdin_and_writes_the_anonymized_text(tmp_path: Path) -> None:
    roster = tmp_path / "roster.txt"
    roster.write_text("Айгерим\nYerlan\n", encoding="utf-8")
    result = run(["--roster", str(roster)], "Ерлану сказали, что Айгерим звонила с +7 701 234 56 78.\n")
    assert result.returncode == 0, result.stderr
    assert result.stdout == "Participant A сказали, что Participant B звонила с [phone].\n"
    spans = json.loads(run(["--roster", str(roster), "--json"], "Aigerim: aidar@mail.kz").stdout)
    assert [(s["kind"], s["text"], s["replacement"]) for s in spans] == [
        ("name", "Aigerim", "Participant A"),
        ("email", "aidar@mail.kz", "[e-mail]"),
    ]
    missing = run(["--roster", str(tmp_path / "nope.txt")], "x")
    assert (
        missing.returncode == 1
        and "cannot read the roster" in missing.stderr
        and "Traceback" not in missing.stderr
    )

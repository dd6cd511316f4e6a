"""natasha's name model (≈ 200 MB) is never in the app's memory: not during the live session, and
not for the review or the export, which hand the notes to a worker process that exits."""

import json
import os
import subprocess
import sys
from pathlib import Path

from facilitator.anonymizer.anonymizer import Anonymizer
from facilitator.export.detection import detect_in_worker

ROOT = Path(__file__).resolve().parents[2]


def run_session(*args: str) -> dict[str, object]:
    result = subprocess.run(
        [sys.executable, "-m", "tests.helpers.live_memory", *args],
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    loaded: dict[str, object] = json.loads(result.stdout.strip().splitlines()[-1])
    return loaded


def test_a_live_session_never_imports_natasha() -> None:
    assert run_session() == {"natasha_live": False}


def test_review_and_export_leave_no_model_and_no_worker_behind() -> None:
    result = run_session("--review")
    assert result["natasha_live"] is False
    assert result["natasha_after"] is False  # the model was loaded in the worker, never here
    assert result["workers_alive"] == 0  # and the worker has exited: its memory is given back
    assert result["worker_runs"] == 2  # the review and the direct export each asked a worker
    assert set(result["found_by_model"]) <= {"ner"}  # whatever the model found came from the worker
    printed = "\n".join(str(line) for line in result["printed"])  # type: ignore[union-attr]
    for name in ("Айгерим", "Нурланова", "Кайратом", "Жумабековым", "Дастан"):
        assert name not in printed, name
    for pdf in result["pdfs"]:  # type: ignore[union-attr]
        text = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True, check=True).stdout
        assert "Жумабековым" not in text and "Нурланова" not in text and "Человек A" in text


def test_the_worker_finds_what_the_anonymizer_finds_here() -> None:
    texts = ["Мы поговорили с Кайратом Жумабековым о заботе.", "Call Aigerim on +7 701 234 56 78.", ""]
    found = detect_in_worker(texts, ["Айгерим"], "ru")
    here = Anonymizer(["Айгерим"], language="ru")
    assert [found.detect(text) for text in texts] == [here.detect(text) for text in texts]
    assert found.roster_keys == here.roster_keys and found.language == "ru"

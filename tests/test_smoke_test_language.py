"""``--smoke-test`` says the console toolbar's labels in the UI language: the bundle's smoke test
(packaging/smoke_test.sh) reads them to check that the compiled translations are in the bundle and
load there (a build that left them out would show a Russian or Kazakh user an English UI)."""

import os
from pathlib import Path

from tests.helpers.processes import run_cli


def test_the_smoke_test_says_the_toolbar_in_the_ui_language(data_dir: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = run_cli("--smoke-test", "--ui-language", "kk", env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    said = [line for line in result.stdout.splitlines() if line.startswith("smoke test: toolbar")]
    labels = "Бастау | ◀ Артқа | Келесі ▶ | Кідірту | +1 мин | −1 мин | Қара экран | Аяқтау"
    assert said == [f"smoke test: toolbar in kk: {labels}"]

"""``--smoke-test`` runs in a throwaway folder: never a key or a database in the real data folder."""

import os
import tempfile
from pathlib import Path

from tests.helpers.processes import run_cli


def test_the_smoke_test_leaves_the_data_folder_and_the_temp_folder_as_they_were(
    data_dir: Path, tmp_path: Path
) -> None:
    temp = tmp_path / "temp"
    temp.mkdir()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TMPDIR": str(temp)}
    result = run_cli("--smoke-test", env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    assert list(data_dir.iterdir()) == []  # no key.json, no database in the real folder
    assert list(temp.iterdir()) == []  # and its own folder is gone
    assert tempfile.gettempdir() != str(temp)

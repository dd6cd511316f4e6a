"""The disclosure word list is checked once; a known list opens without pydantic and YAML."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CHECK = """
import json, sys
from facilitator.aids.disclosure import reads_like_disclosure
texts = ("Говорит, что отец бьёт мать", "Ағасы әйелін ұрады дейді", "We talked about care")
found = [reads_like_disclosure(t) for t in texts]
print(json.dumps({"found": found, "pydantic": "pydantic" in sys.modules, "yaml": "yaml" in sys.modules}))
"""


def check(data: Path) -> dict[str, object]:
    env = {**os.environ, "FACILITATOR_DATA_DIR": str(data), "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", CHECK], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def test_a_known_list_is_read_without_pydantic_and_a_damaged_entry_is_checked_again(tmp_path: Path) -> None:
    first = check(tmp_path)
    assert first == {"found": [True, True, False], "pydantic": True, "yaml": True}  # checked in full
    again = check(tmp_path)
    assert again == {"found": [True, True, False], "pydantic": False, "yaml": False}
    entries = list((tmp_path / "cache" / "checked").glob("*.json"))
    assert len(entries) == 1
    entries[0].write_text(entries[0].read_text(encoding="utf-8").replace("бь", "xx"), encoding="utf-8")
    damaged = check(tmp_path)  # the entry's checksum no longer matches: the list is checked in full
    assert damaged == {"found": [True, True, False], "pydantic": True, "yaml": True}

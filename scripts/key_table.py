"""Rewrite README.md's key table from the action table: `.venv/bin/python scripts/key_table.py`."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from facilitator.ui.key_table import with_key_table  # noqa: E402

readme = ROOT / "README.md"
readme.write_text(with_key_table(readme.read_text("utf-8")), "utf-8")

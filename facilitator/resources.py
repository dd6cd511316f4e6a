"""Where the app's bundled files are: the repository's assets/ or, in a bundle, beside the app."""

from __future__ import annotations

import sys
from pathlib import Path


def assets_dir() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "assets"
    return Path(__file__).resolve().parent.parent / "assets"


def font_files() -> list[Path]:
    return sorted((assets_dir() / "fonts").glob("*.ttf"))

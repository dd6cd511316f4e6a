import shutil
import subprocess
from pathlib import Path

import pytest

from facilitator.content import builtin_plan_files
from facilitator.export.slides import render_slides
from facilitator.sessions.plan_loader import load_plan
from tests.helpers.plans import private_strings

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")


@pytest.mark.parametrize("path", builtin_plan_files(), ids=lambda p: p.name)
def test_printed_slides_show_every_step_and_nothing_private(path: Path, tmp_path: Path) -> None:
    loaded = load_plan(path)
    out = tmp_path / "slides.pdf"
    assert render_slides(loaded.plan, out, loaded.images) == []
    pages = subprocess.run(
        ["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout.split("\f")
    assert len([p for p in pages if p.strip()]) == len(loaded.plan.steps) + 1
    flat = " ".join(" ".join(page.split()) for page in pages)
    for step in loaded.plan.steps:
        assert " ".join(step.audience_title.split()[:3]) in flat
        for secret in private_strings(step):
            assert " ".join(secret.split()) not in flat, (step.id, secret)

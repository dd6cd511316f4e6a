"""A full disk while writing an export: a clear message, and the previous file is untouched."""

import errno
import os
from pathlib import Path

import pytest

from facilitator.content import default_workshop
from facilitator.export.slides import render_slides
from facilitator.sessions.atomic import WriteFailed
from facilitator.sessions.plan_loader import load_plan


def test_a_full_disk_leaves_the_old_file_and_says_why(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "slides.pdf"
    out.write_bytes(b"the previous export")
    real_fsync = os.fsync

    def full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(WriteFailed) as raised:
        render_slides(load_plan(default_workshop("en")).plan, out)
    monkeypatch.setattr(os, "fsync", real_fsync)
    assert str(raised.value) == f"cannot write {out}: No space left on device"
    assert out.read_bytes() == b"the previous export"
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == [
        "slides.pdf"
    ]  # no temporary file left

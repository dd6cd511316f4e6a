"""The OS's reason a file could not be written, said in the UI's language: a programme summary
saved to a real full (and a real read-only) USB-stick-sized filesystem says "no space left" or
"read-only" in Russian or Kazakh. Before, "Not saved: {reason}" showed "cannot write …: No space
left on device" in English in a Russian or Kazakh dialog.

The stick is a real 1 MB tmpfs (root is needed to mount it; skipped elsewhere, and says why)."""

import errno
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from facilitator.sessions.atomic import WriteFailed
from facilitator.ui.store_messages import os_reason, written_detail
from tests.helpers.plans import loaded_plan, tally
from tests.helpers.small_filesystem import small_filesystem
from tests.reliability.test_full_disk_languages import english_left
from tests.reliability.test_full_disk_notes import fill
from tests.ui.conftest import Rig, answers, build_rig, close_rig  # noqa: F401 (answers: no real dialog)
from tests.ui.test_programme_dialog import enter_codes, open_dialog
from tests.ui.test_translations import language  # noqa: F401 (a fixture: ru and kk installed)

NO_SPACE = {"ru": "на диске не осталось места", "kk": "дискіде орын қалмады"}
READ_ONLY = {"ru": "диск доступен только для чтения", "kk": "диск тек оқуға арналған"}
QUOTA = {"ru": "превышена дисковая квота", "kk": "диск квотасы асып кетті"}
DENIED = {"ru": "нет прав доступа", "kk": "кіру құқығы жоқ"}


@pytest.fixture
def stick(tmp_path: Path) -> Iterator[Path]:
    with small_filesystem(tmp_path / "stick", "1m") as folder:
        yield folder


@pytest.fixture
def ended(qtbot: QtBot) -> Iterator[Rig]:
    rig = build_rig(qtbot, loaded_plan([10, 10], tallies={0: tally()}))
    rig.bridge.start()
    rig.clock.advance(600)
    rig.bridge.end()
    yield rig
    close_rig(rig)


def test_a_summary_saved_to_a_full_stick_says_why_in_the_ui_language(
    language: str,  # noqa: F811
    ended: Rig,
    stick: Path,
) -> None:
    dialog = open_dialog(ended)
    enter_codes(dialog, "YMEQ", "F-0042", "KZ-15")
    fill(stick)
    target = stick / "summary.json"
    assert dialog.save_to("summary", target) == []
    said = dialog.status.text()
    assert NO_SPACE[language] in said, said
    assert english_left(said, str(target)) == [], said


def test_a_summary_saved_to_a_read_only_stick_says_why_in_the_ui_language(
    language: str,  # noqa: F811
    ended: Rig,
    stick: Path,
) -> None:
    dialog = open_dialog(ended)
    enter_codes(dialog, "YMEQ", "F-0042", "KZ-15")
    remounted = subprocess.run(["mount", "-o", "remount,ro", str(stick)], capture_output=True, text=True)
    assert remounted.returncode == 0, remounted.stderr
    target = stick / "summary.json"
    assert dialog.save_to("summary", target) == []
    said = dialog.status.text()
    assert READ_ONLY[language] in said, said
    assert english_left(said, str(target)) == [], said


def test_quota_and_permission_are_said_in_the_ui_language_too(language: str) -> None:  # noqa: F811
    quota = WriteFailed("cannot write x", "/media/stick/x.json", "Disk quota exceeded", errno.EDQUOT)
    assert written_detail(quota) == f"/media/stick/x.json: {QUOTA[language]}"
    assert os_reason("Permission denied") == DENIED[language]  # known by its words alone
    assert os_reason("database or disk is full") == NO_SPACE[language]  # SQLite's words
    assert os_reason("Input/output error") == "Input/output error"  # others: as the OS says them

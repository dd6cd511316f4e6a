"""Time the bundle's start against a bare PySide6 window bundled the same way.

    <build venv>/bin/python packaging/time_start.py [dist/facilitator] [--starts 9]

Builds dist/bare/ (packaging/bare.spec) with the same PyInstaller when it is missing, strips it as
build_linux.sh strips the app, then starts each bundle in turn, offscreen: the app with
``--quit-when-shown`` on the built-in workshop (plan from the cache after the first start, store
opened, key unlocked at a cheap cost as in benchmarks/run.py, both windows painted, the console's
first event-loop turn), the bare one showing one window. Prints the medians of the process's wall
time and their ratio as JSON.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def build_bare(dist: Path) -> Path:
    bare = dist / "bare"
    if not (bare / "bare").exists():
        pyinstaller = Path(sys.executable).parent / "pyinstaller"
        work = Path(tempfile.mkdtemp(prefix="bare-build-"))
        subprocess.run(
            [
                str(pyinstaller),
                "--noconfirm",
                "--clean",
                "--distpath",
                str(dist),
                "--workpath",
                str(work),
                str(ROOT / "packaging" / "bare.spec"),
            ],
            check=True,
            capture_output=True,
        )
        shutil.rmtree(work, ignore_errors=True)
        libraries = [p for p in bare.rglob("*.so*") if p.is_file() and ".libs" not in str(p)]
        subprocess.run(["strip", "--strip-unneeded", *map(str, libraries)], check=False, capture_output=True)
    return bare / "bare"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("bundle", nargs="?", default=str(ROOT / "dist" / "facilitator"))
    parser.add_argument("--starts", type=int, default=9)
    args = parser.parse_args()
    app = Path(args.bundle) / "facilitator"
    bare = build_bare(Path(args.bundle).parent)
    data = tempfile.mkdtemp(prefix="facilitator-start-")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "FACILITATOR_DATA_DIR": data}
    env["FACILITATOR_PASSPHRASE"] = "start timing"
    os.environ["FACILITATOR_DATA_DIR"] = data  # a key at a cheap cost: the unlock is timed apart (unlock_s)
    sys.path.insert(0, str(ROOT))
    from facilitator.security import vault

    vault.set_up("start timing", n=2**10)
    subprocess.run([str(app), "--quit-when-shown"], env=env, check=True, capture_output=True)  # the cache
    times: dict[str, list[float]] = {"app": [], "bare": []}
    for _ in range(args.starts):
        for name, command in (("bare", [str(bare)]), ("app", [str(app), "--quit-when-shown"])):
            started = time.perf_counter()
            subprocess.run(command, env=env, check=True, capture_output=True)
            times[name].append(time.perf_counter() - started)
    shutil.rmtree(data, ignore_errors=True)
    app_s, bare_s = statistics.median(times["app"]), statistics.median(times["bare"])
    print(
        json.dumps(
            {
                "bundle_start_app_s": round(app_s, 3),
                "bundle_start_bare_s": round(bare_s, 3),
                "bundle_start_ratio": round(app_s / bare_s, 2),
                "bundle_size_mib": round(
                    sum(
                        p.stat().st_size
                        for p in Path(args.bundle).rglob("*")
                        if p.is_file() and not p.is_symlink()
                    )
                    / 2**20,
                    1,
                ),
                "bare_size_mib": round(
                    sum(
                        p.stat().st_size for p in bare.parent.rglob("*") if p.is_file() and not p.is_symlink()
                    )
                    / 2**20,
                    1,
                ),
            }
        )
    )


if __name__ == "__main__":
    main()

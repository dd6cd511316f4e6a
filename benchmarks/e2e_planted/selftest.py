#!/usr/bin/env python3
"""The checker's self-test: each set's raw notes, given to check.py as if they were a PDF's text, must be
reported as every identifier surviving and every must-stay word kept (a checker that misses a planted
identifier in plain sight, or counts a must-stay word inside another word, would flatter the anonymizer).

    python3 benchmarks/e2e_planted/selftest.py [sessions_X.py ...]   (default: every sessions_*.py)
"""

import glob
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
CHECKOUT = os.path.dirname(os.path.dirname(HERE))
sets = sys.argv[1:] or sorted(glob.glob(os.path.join(HERE, "sessions_*.py")))
failed = False
for path in sets:
    with tempfile.TemporaryDirectory() as work:
        env = {**os.environ, "E2E_SESSIONS": os.path.abspath(path)}
        subprocess.run(
            [sys.executable, os.path.join(HERE, "build.py"), CHECKOUT, os.path.join(work, "raw")],
            env=env,
            check=True,
            capture_output=True,
        )
        planted = json.load(open(os.path.join(work, "planted.json"), encoding="utf-8"))
        os.makedirs(os.path.join(work, "pdf"))
        for name, session in planted.items():
            with open(os.path.join(work, "pdf", name + ".txt"), "w", encoding="utf-8") as f:
                f.write("\n\n".join("10:00 " + note for note in session["notes"]) + "\n")
            with open(os.path.join(work, "pdf", name + ".info"), "w", encoding="utf-8") as f:
                f.write("Title: self-test\n")
        out = subprocess.run(
            [sys.executable, os.path.join(HERE, "check.py"), work, os.path.join(work, "planted.json")],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        total = sum(len(s["identifiers"]) for s in planted.values())
        found = int(re.search(r"^survivors: (\d+) of", out, re.M).group(1))
        removed = int(re.search(r"(\d+) removed \(fully", out).group(1))
        ok = found == total and removed == 0
        failed |= not ok
        print(
            f"{os.path.basename(path)}: {found}/{total} found in the raw notes, must-stay removed {removed}: "
            + ("ok" if ok else "CHECKER WRONG")
        )
sys.exit(1 if failed else 0)

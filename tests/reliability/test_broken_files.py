"""1,000 broken plan and session files (500 in CI): no traceback, every error names file, line, field.

The files are made by damaging real ones the way people and disks do: a deleted or doubled line,
a typo, a wrong type, a cut-off end, stray characters.
"""

from __future__ import annotations

import json
import os
import random
import re
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from facilitator.content import default_workshop
from facilitator.paths import database_path
from facilitator.sessions.clock import FakeClock
from facilitator.sessions.errors import InvalidFile
from facilitator.sessions.live import LiveSession
from facilitator.sessions.plan_loader import load_plan
from facilitator.sessions.session_file import read_session_file, session_record
from facilitator.sessions.store import Store

FULL = os.environ.get("FACILITATOR_RELIABILITY") == "full"
EACH = 500 if FULL else 250
JUNK = [
    "",
    "  ",
    "\t",
    ":",
    "- ",
    "{",
    "}",
    "[",
    "]",
    '"',
    "'",
    "#",
    "&a",
    "*a",
    "!!python/object:os.system",
    "ten",
    "-5",
    "1e999",
    "null",
    "true",
    "яблоко",
    "ә",
    "\x00",
    "\ufeff",
    "steps:",
    "format: 9",
]


def damage(text: str, rng: random.Random) -> str:
    lines = text.split("\n")
    for _ in range(rng.randint(1, 4)):
        choice = rng.randrange(6)
        index = rng.randrange(len(lines))
        if choice == 0 and len(lines) > 1:  # never down to no line at all (randrange(0) fails)
            del lines[index]
        elif choice == 1:
            lines.insert(index, lines[rng.randrange(len(lines))])
        elif choice == 2:
            line = lines[index]
            position = rng.randrange(len(line) + 1)
            lines[index] = line[:position] + rng.choice(JUNK) + line[position:]
        elif choice == 3:
            lines[index] = re.sub(r":\s.*$", ": " + rng.choice(JUNK), lines[index])
        elif choice == 4:
            lines = lines[: max(1, index)]
        else:
            lines[index] = lines[index].replace(" ", "", 1)
    return "\n".join(lines)


def run(
    kind: str, source: str, read: Callable[[Path], object], folder: Path, rng: random.Random
) -> Counter[str]:
    counts: Counter[str] = Counter()
    for number in range(EACH):
        path = folder / f"{kind}-{number}.{'yaml' if kind == 'plan' else 'json'}"
        path.write_bytes(damage(source, rng).encode("utf-8", "surrogatepass"))
        try:
            read(path)
            counts["still valid"] += 1
        except InvalidFile as exc:
            counts["rejected"] += 1
            for error in exc.errors:
                text = str(error)
                if not re.match(rf"^{re.escape(str(path))}:[1-9]\d*: ", text):
                    counts["error without a line"] += 1
                    print("NO LINE:", text)
        except Exception as exc:
            counts["traceback"] += 1
            print("TRACEBACK:", type(exc).__name__, exc)
    return counts


def test_broken_plan_and_session_files(tmp_path: Path) -> None:
    rng = random.Random(2027)
    plan_text = default_workshop("kk").read_text(encoding="utf-8")
    store = Store.open(database_path())
    live = LiveSession.new(store, load_plan(default_workshop("en")), "plan.yaml", FakeClock())
    live.engine.start()
    live.add_note("a note", ["quote"])
    live.engine.next()
    live.engine.end()
    session_text = json.dumps(json.loads(session_record(store, live.id)), indent=1, ensure_ascii=False)
    store.close()

    plans = run("plan", plan_text, load_plan, tmp_path, rng)
    sessions = run("session", session_text, read_session_file, tmp_path, rng)
    print(f"\nbroken files: plans {dict(plans)}; sessions {dict(sessions)}")
    for counts in (plans, sessions):
        assert counts["traceback"] == 0
        assert counts["error without a line"] == 0
        assert counts["rejected"] >= EACH * 0.7  # most damage is caught, not silently accepted

"""Detection does not depend on Python's string hashing: the same note gives the same spans in
every process.

The cue and address phrases were sorted by length only, so the order among phrases of one length
came from a set's iteration, which differs from process to process (PYTHONHASHSEED); the first
small-place cue found decided the span ("ауыл Шубар" in one run, up to "село Кызылжар" in the
next), so a note's export could differ between two runs of the app. Orders are now total (length,
then text). Each run here is a process of its own with a hash seed of its own.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
NOTES = [
    # two small-place cues of one length in one sentence (the first found decides the span)
    "Единственный тракторист в ауыл Шубар, жена из село Кызылжар, ему 45 лет.",
    "Он единственный ветеринар на весь село Кызылжар и ауыл Шубар.",
    "Жалғыз мұғалім, ауылы Шұбар, кенті Қызылжар, 40 жаста.",
    "Мой дядя — единственный фельдшер, живёт в селе Шубар, работает в ауле Кызылжар.",
    "The only midwife in the village Shubar, her sister from hamlet Kyzylzhar, age 50.",
    "Арман (8 701 234 56 78) живёт на ул. Абая 12, кв. 5; его брат Ерлан — завуч школы №3.",
]
SCRIPT = """
import json, sys
from facilitator.anonymizer.anonymizer import Anonymizer
from facilitator.anonymizer.coreference import coreferent_spans
notes = json.loads(sys.stdin.read())
anonymizer = Anonymizer([])
found = []
for text in notes:
    spans = anonymizer.detect(text)
    spans += coreferent_spans([text], [spans], anonymizer.roster_keys, anonymizer.common_words)[0]
    found.append(sorted((s.start, s.end, s.kind.value, s.source, s.key) for s in spans))
print(json.dumps(found))
"""


def spans_with_hash_seed(seed: int) -> list[list[list[object]]]:
    env = {**os.environ, "PYTHONHASHSEED": str(seed), "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        input=json.dumps(NOTES),
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=300,
        check=True,
    )
    return json.loads(done.stdout)  # type: ignore[no-any-return]


def test_the_spans_are_the_same_whatever_the_hash_seed() -> None:
    first, second = spans_with_hash_seed(0), spans_with_hash_seed(1)
    assert all(first), "every note has something to find"
    differing = [NOTES[i] for i, (a, b) in enumerate(zip(first, second, strict=True)) if a != b]
    assert differing == []

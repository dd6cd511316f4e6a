"""Train the anonymizer's word model (facilitator/anonymizer/token_model.py) on the development notes
and write its weights to facilitator/anonymizer/data/token_model.bin. Never on the held-out notes.

    .venv/bin/python scripts/train_token_model.py            # write the shipped weights
    .venv/bin/python scripts/train_token_model.py --check    # exit 1 if they differ from the file

Logistic regression on hashed features, AdaGrad, a fixed seed: the same notes give the same bytes.
"""

from __future__ import annotations

import sys
import zlib
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from facilitator.anonymizer import token_model  # noqa: E402
from tests.anonymizer.evaluate import SETS, load, occurrences  # noqa: E402

EPOCHS = 6
RATE = 0.2
BATCH = 256


def examples(notes: list[dict[str, object]]) -> tuple[np.ndarray, np.ndarray]:
    """Each word's features and whether a name the note labels covers part of it."""
    rows: list[list[int]] = []
    labels: list[float] = []
    for note in notes:
        text = str(note["text"])
        in_names = bytearray(len(text))
        for item in note.get("identifiers") or []:  # type: ignore[attr-defined]
            if str(item["kind"]) == "name":
                part = str(item["text"])
                for at in occurrences(text, part):
                    in_names[at : at + len(part)] = b"\x01" * len(part)
        words = token_model.words_of(text)
        cased = token_model.cased_around(text, words)
        for index, (_word, start, end) in enumerate(words):
            rows.append(token_model.features(text, words, index, cased[index]))
            labels.append(1.0 if any(in_names[start:end]) else 0.0)
    return np.array(rows, dtype=np.int64), np.array(labels)


def train(features: np.ndarray, labels: np.ndarray) -> np.ndarray:
    """The weights, float32, by AdaGrad on the logistic loss."""
    weights = np.zeros(token_model.DIMENSION)
    squares = np.full(token_model.DIMENSION, 1e-8)
    order = np.arange(len(labels))
    rng = np.random.default_rng(0)
    for _epoch in range(EPOCHS):
        rng.shuffle(order)
        for first in range(0, len(order), BATCH):
            batch = order[first : first + BATCH]
            rows = features[batch]
            chance = 1.0 / (1.0 + np.exp(-np.clip(weights[rows].sum(1), -30, 30)))
            error = np.repeat(chance - labels[batch], rows.shape[1])
            gradient = np.bincount(rows.ravel(), weights=error, minlength=token_model.DIMENSION)
            touched = np.nonzero(gradient)[0]
            squares[touched] += gradient[touched] ** 2
            weights[touched] -= RATE * gradient[touched] / np.sqrt(squares[touched])
    return weights.astype("<f4")


def packed(notes: list[dict[str, object]]) -> bytes:
    return zlib.compress(train(*examples(notes)).tobytes(), 9)


NOT_LEARNT = frozenset(
    {"notes_cp.yaml", "notes_db.yaml", "notes_dc.yaml", "notes_dd.yaml", "notes_de.yaml"}
    | {"notes_dg.yaml", "notes_dh.yaml", "notes_di.yaml"}
    | {"notes_dk.yaml", "notes_dl.yaml", "notes_dm.yaml"}
    | {"notes_do.yaml", "notes_dp.yaml", "notes_dq.yaml"}
    | {"notes_ds.yaml", "notes_dt.yaml", "notes_du.yaml"}
    | {"notes_dw.yaml", "notes_dx.yaml", "notes_dy.yaml"}
    | {"notes_ea.yaml", "notes_eb.yaml", "notes_ec.yaml"}
    | {"notes_ee.yaml", "notes_ef.yaml", "notes_eg.yaml"}
    | {"notes_ei.yaml", "notes_ej.yaml", "notes_ek.yaml"}
)
"""Development files the rules are made from but the model does not learn: notes_cp names its boys
by a few everyday words ("Iron", "Пельмень", "Шкаф") on every page, and a model that learns them
takes the words for names where they are words ("Iron is what the poster was about"). notes_db,
dc, dd and de (2026-12-06, twenty-seventh session): a model that learnt them took a Kazakh word in a
case ending for a name ("бөлме нұрға толы": a test of what must stay failed), so the weights stay
those learnt before them. notes_dg, dh and di (2026-12-07, twenty-eighth session): a model learnt on
the even halves of every development file, against one learnt as shipped, read the odd halves: 22
identifiers more, nearly all of them everyday words the files repeat as nicknames ("Тюлень",
"Профессор", "Батон"), 9 small-letter names fewer ("азамат", "шоқан") and 3 phrases lost; not
learnt. notes_dk, dl and dm (2026-12-07, twenty-ninth session): not learnt either, for the same
reason, so that the rules made from them are measured with the weights the held-out set was read by.
notes_do, dp and dq (2026-12-07, thirtieth session), and notes_ds, dt and du (thirty-first): not
learnt, for that reason; nor the later sessions' files (notes_ea to ec, notes_ee to eg, notes_ei to ek)."""


def learnt_notes() -> list[dict[str, object]]:
    """The development notes the model learns: every development file but ``NOT_LEARNT``."""
    return load([path for path in SETS["dev"] if path.name not in NOT_LEARNT])


def main(argv: list[str]) -> int:
    target = ROOT / "facilitator" / "anonymizer" / "data" / token_model.MODEL_FILE
    data = packed(learnt_notes())
    if "--check" in argv:
        if target.exists() and target.read_bytes() == data:
            print(f"{target.name} is what the development notes train")
            return 0
        print(f"{target.name} differs from what the development notes train: run {Path(__file__).name}")
        return 1
    target.write_bytes(data)
    print(f"wrote {target} ({len(data):,} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

"""The anonymizer against Microsoft Presidio and scrubadub (their default, offline set-ups),
on the labelled corpus in tests/anonymizer/corpus.yaml, and the export of a 400-note session.

    .venv/bin/python benchmarks/anonymization.py [--json]

Presidio and scrubadub are optional (`pip install presidio-analyzer scrubadub`); when missing,
their rows are left out. Both try to fetch the public suffix list from the internet: this script
turns that off, as the app must run offline.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ["TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS"] = ""
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import yaml  # noqa: E402

Detector = Callable[[str], list[tuple[int, int, str]]]
CORPUS = yaml.safe_load((ROOT / "tests" / "anonymizer" / "corpus.yaml").read_text(encoding="utf-8"))
IGNORED = set(" .,;:()«»\"'—-")


def ours(use_ner: bool = True) -> Detector:
    """The anonymizer with its dictionaries and models loaded, as a review's worker holds them.

    Loading is a once-a-process cost (``load_s``, timed apart); notes per second is the rate after it.
    """
    from facilitator.anonymizer.anonymizer import Anonymizer
    from facilitator.anonymizer.loading import warm_up

    warm_up(use_ner)

    def detect(text: str) -> list[tuple[int, int, str]]:
        return [
            (s.start, s.end, s.kind.value)
            for s in Anonymizer(use_ner=use_ner).detect(text)
            if s.kind.value != "quasi"
        ]

    return detect


def presidio() -> Detector | None:
    try:
        from presidio_analyzer import AnalyzerEngine
        from presidio_analyzer.nlp_engine import NoOpNlpEngine
    except ImportError:
        return None
    engine = AnalyzerEngine(
        nlp_engine=NoOpNlpEngine(models=[{"lang_code": "en", "model_name": "none"}]),
        supported_languages=["en"],
    )
    return lambda text: [(r.start, r.end, r.entity_type) for r in engine.analyze(text, language="en")]


def scrubadub_detector() -> Detector | None:
    try:
        import scrubadub
    except ImportError:
        return None
    scrubber = scrubadub.Scrubber()
    return lambda text: [(f.beg, f.end, f.type) for f in scrubber.iter_filth(text)]


def measure(detect: Detector) -> dict[str, float]:
    found = total = kept = keep = 0
    by_kind: dict[str, list[int]] = {}
    start_time = time.perf_counter()
    for note in CORPUS:
        text = note["text"]
        spans = detect(text)
        for item in note.get("identifiers") or []:
            if item["kind"] == "quasi":
                continue  # flagged for a person's decision, not removed by anyone automatically
            start = text.index(item["text"])
            end = start + len(item["text"])
            hit = all(
                any(a <= i < b for a, b, _k in spans) for i in range(start, end) if text[i] not in IGNORED
            )
            total += 1
            found += hit
            by_kind.setdefault(item["kind"], [0, 0])
            by_kind[item["kind"]][0] += hit
            by_kind[item["kind"]][1] += 1
        for phrase in note.get("keep") or []:
            start = text.index(phrase)
            keep += 1
            kept += not any(a < start + len(phrase) and start < b for a, b, _k in spans)
    elapsed = time.perf_counter() - start_time
    names, phones = by_kind.get("name", [0, 1]), by_kind.get("phone", [0, 1])
    return {
        "recall": round(found / total, 3),
        "recall_names": round(names[0] / names[1], 3),
        "recall_phones": round(phones[0] / phones[1], 3),
        "keep": round(kept / keep, 3),
        "notes_per_s": round(len(CORPUS) / elapsed, 1),
    }


def export_400_notes_s(encrypted: bool = True) -> tuple[float, float]:
    """Seconds to save 400 notes, and to anonymize and export them (model already loaded).

    ``encrypted``: notes at rest under AES-GCM, as the app keeps them; else plain (the baseline).
    """
    os.environ.setdefault("FACILITATOR_DATA_DIR", tempfile.mkdtemp(prefix="facilitator-bench-"))
    from facilitator.anonymizer import ner
    from facilitator.content import default_workshop
    from facilitator.export.pdf import render_pdf
    from facilitator.export.report import build_report
    from facilitator.security.cipher import AesGcmCodec
    from facilitator.sessions.clock import FakeClock
    from facilitator.sessions.live import LiveSession
    from facilitator.sessions.plan_loader import load_plan
    from facilitator.sessions.store import Store

    ner.warm_up()
    folder = Path(tempfile.mkdtemp(prefix="facilitator-bench-"))
    store = Store.open(folder / "bench.sqlite3", AesGcmCodec(os.urandom(32)) if encrypted else None)
    clock = FakeClock()
    live = LiveSession.new(store, load_plan(default_workshop("ru")), "bench.yaml", clock)
    live.engine.start()
    texts = [note["text"] for note in CORPUS]
    saving = time.perf_counter()
    for n in range(400):  # one commit a note, as in a live session
        if n and n % 40 == 0:
            live.engine.next()
        clock.advance(27)
        live.add_note(texts[n % len(texts)], ["quote"] if n % 3 else ["follow-up"])
    saved = time.perf_counter() - saving
    live.engine.end()
    out = Path(tempfile.mkdtemp()) / "report.pdf"
    start = time.perf_counter()
    render_pdf(build_report(store, live.id), out)
    elapsed = time.perf_counter() - start
    store.close()
    return round(saved, 3), round(elapsed, 3)


def main() -> None:
    loading = time.perf_counter()
    detector = ours()
    load_s = round(time.perf_counter() - loading, 2)
    results: dict[str, object] = {"ours": measure(detector), "ours_without_ner": measure(ours(use_ner=False))}
    results["ours_load_s"] = load_s
    for name, factory in (("presidio", presidio), ("scrubadub", scrubadub_detector)):
        detector = factory()
        if detector is not None:
            results[name] = measure(detector)
    runs: dict[bool, list[tuple[float, float]]] = {False: [], True: []}
    for _ in range(3):  # alternate, then take medians: the machine is shared and noisy
        for encrypted in (False, True):
            runs[encrypted].append(export_400_notes_s(encrypted))
    plain_save, plain_export = (statistics.median(x) for x in zip(*runs[False], strict=True))
    save, export = (statistics.median(x) for x in zip(*runs[True], strict=True))
    results["save_400_notes_s"] = save
    results["export_400_notes_s"] = export
    results["encryption_cost_save"] = round(save / plain_save - 1, 3)
    results["encryption_cost_export"] = round(export / plain_export - 1, 3)
    if "--json" in sys.argv:
        print(json.dumps(results))
        return
    for name, figures in results.items():
        print(f"{name:18} {figures}")


if __name__ == "__main__":
    main()

"""The export of a long note (detection, the redaction, the report, the PDF) takes CPU time in
proportion to the note's length: eight times the text costs about eight times the CPU, not sixty-four
(a 1 MB note once took 287 s: a check ran over every pair of spans; one 1 MB PDF paragraph took ten
minutes). CPU time of this process, both sizes measured in the same run: a busy or slow machine
slows both alike, so the ratio holds anywhere. The 10 MB figure itself is benchmarks/run.py's."""

import os
import tempfile
import time
from pathlib import Path

from facilitator.anonymizer.anonymizer import Anonymizer
from facilitator.content import default_workshop
from facilitator.export.pdf import render_pdf
from facilitator.export.redaction import Redaction
from facilitator.export.report import build_report
from facilitator.security.cipher import AesGcmCodec
from facilitator.sessions.clock import FakeClock
from facilitator.sessions.live import LiveSession
from facilitator.sessions.plan_loader import load_plan
from facilitator.sessions.store import Store
from tests.helpers.dev_notes import mixed_note


def _export_cpu_seconds(text: str, anonymizer: Anonymizer) -> float:
    """CPU seconds to export a session holding ``text`` as its one note, from the store to the PDF."""
    store = Store.in_memory(AesGcmCodec(os.urandom(32)))
    clock = FakeClock()
    live = LiveSession.new(store, load_plan(default_workshop("ru")), "plan.yaml", clock)
    live.engine.start()
    clock.advance(30)
    live.add_note(text, ["quote"])
    live.engine.end()
    out = Path(tempfile.mkdtemp()) / "report.pdf"
    started = time.process_time()
    redaction = Redaction.for_session(store, live.id, anonymizer)
    render_pdf(build_report(store, live.id, redaction), out)
    elapsed = time.process_time() - started
    assert out.stat().st_size > len(text) // 4  # the note was printed
    store.close()
    return elapsed


def test_eight_times_the_note_costs_about_eight_times_the_export() -> None:
    anonymizer = Anonymizer(["Ерлан Сапаров", "Aibek"], use_ner=False, language="ru")
    _export_cpu_seconds(mixed_note(20_000, seed=1), anonymizer)  # dictionaries and fonts loaded
    short = min(_export_cpu_seconds(mixed_note(20_000, seed=2), anonymizer) for _ in range(2))
    long = _export_cpu_seconds(mixed_note(160_000, seed=3), anonymizer)
    ratio = long / short
    assert ratio < 16, f"8x the note took {ratio:.1f}x the export's time: something is quadratic"

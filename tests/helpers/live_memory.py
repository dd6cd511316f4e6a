"""A live session in its own process, for the checks on where the name model lives.

``python -m tests.helpers.live_memory [--review]`` opens the console offscreen on the built-in
Russian workshop, types notes through the bridge and prints one JSON line: whether natasha was
ever imported in this process. With ``--review`` it then ends the session, opens the review as
the console's menu does, exports the PDF, exports again without the review (the worker path of
``build_report``), and adds what it found and which worker processes are still alive.
"""

from __future__ import annotations

import json
import multiprocessing
import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

from facilitator.content import default_workshop
from facilitator.paths import database_path
from facilitator.sessions.clock import FakeClock
from facilitator.sessions.plan_loader import load_plan
from facilitator.sessions.store import Store
from facilitator.ui.audience_window import AudienceWindow
from facilitator.ui.console_window import ConsoleWindow
from facilitator.ui.session_bridge import SessionBridge

NOTES = (
    "Айгерим Нурланова сказала: отец никогда не готовил.",
    "Мы поговорили с Кайратом Жумабековым о заботе.",  # a name only natasha's model finds
    "Дастан рассказал, что брат работает в Шымкенте.",
)


def main(review: bool) -> None:
    app = QApplication.instance() or QApplication([])
    store = Store.open(database_path())
    clock = FakeClock()
    bridge = SessionBridge(load_plan(default_workshop("ru")), "plan.yaml", store, clock)
    audience = AudienceWindow(bridge)
    audience.show()
    console = ConsoleWindow(bridge, audience)
    console.show()
    bridge.start()
    for number in range(30):
        clock.advance(20)
        bridge.timer_updated.emit()
        bridge.save_note(None, NOTES[number % len(NOTES)], ["quote"])
        if number % 10 == 9:
            bridge.next()
        app.processEvents()
    bridge.wait_for_saves()
    result: dict[str, object] = {"natasha_live": "natasha" in sys.modules}
    if review:
        from facilitator.export import detection
        from facilitator.export.pdf import render_pdf
        from facilitator.export.report import build_report

        in_worker = detection.detect_in_worker
        calls: list[int] = []

        def counted(*args, **kwargs):  # type: ignore[no-untyped-def]
            calls.append(1)
            return in_worker(*args, **kwargs)

        detection.detect_in_worker = counted  # type: ignore[assignment]
        bridge.end()
        console.after.open_review()  # in place: no event loop runs here
        shown = console.after.review
        assert shown is not None and shown.redaction is not None
        out = Path(tempfile.mkdtemp())
        render_pdf(build_report(store, bridge.session_id, shown.redaction), out / "reviewed.pdf")
        render_pdf(build_report(store, bridge.session_id), out / "direct.pdf")  # no review: a worker too
        redaction = shown.redaction
        result.update(
            natasha_after="natasha" in sys.modules,
            workers_alive=len(multiprocessing.active_children()),
            worker_runs=len(calls),
            found_by_model=sorted(
                {s.source for n in redaction.notes for s in redaction.detected(n) if s.source == "ner"}
            ),
            printed=[redaction.text(n) for n in redaction.notes[:3]],
            pdfs=[str(out / "reviewed.pdf"), str(out / "direct.pdf")],
        )
    print(json.dumps(result, ensure_ascii=False), flush=True)
    store.close()


if __name__ == "__main__":
    main("--review" in sys.argv)

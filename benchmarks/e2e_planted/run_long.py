"""The long planted sessions (sessions_long.py) exported in process: a session file holds a note of
at most 100,000 characters, so they cannot be imported as run.sh imports the others. Each session's
notes are added to a live session in an in-memory store, then the export path runs (Redaction.for_session
in worker processes, the report, the PDF), then pdftotext and pdfinfo, as run.sh does; check.py reads them.

    E2E_SESSIONS=benchmarks/e2e_planted/sessions_long.py python3 benchmarks/e2e_planted/build.py . RUN/raw
    .venv/bin/python benchmarks/e2e_planted/run_long.py RUN
    python3 benchmarks/e2e_planted/check.py RUN RUN/planted.json
"""

import json
import os
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))


def main():
    run = Path(sys.argv[1])
    from facilitator.content import default_workshop
    from facilitator.export.pdf import render_pdf
    from facilitator.export.redaction import Redaction
    from facilitator.export.report import build_report
    from facilitator.security.cipher import AesGcmCodec
    from facilitator.sessions.clock import FakeClock
    from facilitator.sessions.live import LiveSession
    from facilitator.sessions.plan_loader import load_plan
    from facilitator.sessions.store import Store

    (run / "pdf").mkdir(exist_ok=True)
    for raw in sorted((run / "raw").glob("s*.json")):
        data = json.loads(raw.read_text(encoding="utf-8"))
        lang = data["session"].get("language", "ru")
        store = Store.in_memory(AesGcmCodec(os.urandom(32)))
        clock = FakeClock()
        live = LiveSession.new(store, load_plan(default_workshop(lang)), "plan.yaml", clock)
        store.set_roster(live.id, data.get("roster") or [])
        live.engine.start()
        clock.advance(30)
        for note in data["notes"]:
            live.add_note(note["text"], note["tags"])
        live.engine.end()
        started = time.perf_counter()
        red = Redaction.for_session(store, live.id)
        out = run / "pdf" / f"{raw.stem}.pdf"
        render_pdf(build_report(store, live.id, red), out)
        print(raw.stem, lang, red.strict_notes(), round(time.perf_counter() - started, 1), "s", flush=True)
        txt = subprocess.run(
            ["pdftotext", "-enc", "UTF-8", str(out), "-"], capture_output=True, text=True
        ).stdout
        lay = subprocess.run(
            ["pdftotext", "-enc", "UTF-8", "-layout", str(out), "-"], capture_output=True, text=True
        ).stdout
        (run / "pdf" / f"{raw.stem}.txt").write_text(txt + lay, encoding="utf-8")
        info = subprocess.run(["pdfinfo", "-enc", "UTF-8", str(out)], capture_output=True, text=True).stdout
        meta = subprocess.run(["pdfinfo", "-meta", str(out)], capture_output=True, text=True).stdout
        (run / "pdf" / f"{raw.stem}.info").write_text(info + meta, encoding="utf-8")
        store.close()


if __name__ == "__main__":
    main()

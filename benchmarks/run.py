"""Benchmarks: speed figures measured against a baseline in the same run (machines are noisy).

    python benchmarks/run.py [--json] [--switches 200] [--starts 7]

- step_switch_ms_median / _p95: a presenter key press on the console to the audience window
  repainted with the next step, over 200 step changes (offscreen).
- first_paint_ratio: process start to the first paint event of any window (``python -m
  facilitator --quit-when-shown`` on the built-in workshop, its plan in the cache of checked
  plans), divided by the same for a bare PySide6 window started the same way (median of several
  starts each, taken in turn); projector_paint_ratio: the same to the projector's holding
  screen's first paint (it follows the console's frame).
- cold_start_ratio: process start to the console taking keys (the event loop's first turn after
  both windows painted), divided by the bare window's start to its first paint done.
- cold_start_floor_ratio: the same for two empty windows with the libraries the app still needs
  before its console takes keys imported (sqlite3, cryptography) and none of its own code.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("FACILITATOR_DATA_DIR", tempfile.mkdtemp(prefix="facilitator-bench-"))
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

BARE = """
import json, time
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([])
class First(QObject):
    at = None
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and First.at is None:
            First.at = time.time()
        return False
first = First()
w = QWidget(); w.installEventFilter(first); w.resize(1280, 800); w.show(); app.processEvents()
print(json.dumps({"first_paint": First.at, "console_ready": time.time()}))
"""
"""A bare PySide6 window, timed as the app times itself (``StartTimes``: an event filter on the
window, not on the whole application): its first paint event, and the moment it could take keys
(after the paint)."""
FLOOR = BARE.replace(
    "from PySide6.QtCore",
    "import sqlite3\nfrom cryptography.hazmat.primitives.ciphers.aead import AESGCM\nfrom PySide6.QtCore",
).replace(
    "w = QWidget(); w.installEventFilter(first); w.resize(1280, 800); w.show()",
    "ws = [QWidget(), QWidget()]\nfor w in ws: w.installEventFilter(first); w.resize(1280, 800); w.show()",
)
"""The floor for this stack: the libraries the app still needs before its console takes keys
(SQLite, AES-GCM) imported, and two empty windows shown; none of the app's own code. (pydantic and
PyYAML are no longer needed there: a known plan opens from the cache of checked plans.)"""
APP = ["-m", "facilitator", "--quit-when-shown"]
"""The real entry point on the built-in workshop: plan checked, store opened, notes key unlocked,
console and audience window built and painted, then quit."""


LIVE_SESSION = """
import resource, sys
from PySide6.QtWidgets import QApplication
from facilitator.content import default_workshop
from facilitator.paths import database_path, plan_cache_dir
from facilitator.sessions.clock import FakeClock
from facilitator.sessions.plan_loader import load_plan
from facilitator.sessions.store import Store
from facilitator.ui.audience_window import AudienceWindow
from facilitator.ui.console_window import ConsoleWindow
from facilitator.ui.launch import load_fonts
from facilitator.ui.session_bridge import SessionBridge
app = QApplication([])
load_fonts(app)
store = Store.open(database_path())
clock = FakeClock()
# as the app opens a workshop it has opened before: from the cache of checked plans (CACHE_WARM_UP)
bridge = SessionBridge(load_plan(default_workshop("ru"), plan_cache_dir()), "plan.yaml", store, clock)
audience = AudienceWindow(bridge); audience.resize(1920, 1080); audience.show()
console = ConsoleWindow(bridge, audience); console.show()
bridge.start()
for second in range(0, 3 * 3600, 5):  # three hours of 5-second repaints, notes and step changes
    clock.advance(5)
    bridge.timer_updated.emit()
    if second % 27 == 0:  # 80 notes; names the lists know, and a name only the model finds
        said = ("Айгерим Нурланова сказала своё", "Мы поговорили с Кайратом Жумабековым о заботе",
                "Дастан рассказал, что Гульнара Серикбаева ушла из дома",
                "Мы говорили с Ольгой Пржевальской-Тарковской о работе")[second // 27 % 4]
        bridge.save_note(None, f"Заметка {second}: отец, забота, работа. {said}.", ["quote"])
    if second % 1000 == 0:
        bridge.next()
        console.aids.toggle_cues(); console.aids.toggle_cues()
    if second % 60 == 0:
        app.processEvents()
bridge.wait_for_saves()
"""
"""A simulated 3-hour live session: both windows, repaints, 400 notes typed through the bridge,
the cue panel; no review."""
CACHE_WARM_UP = """
from facilitator.aids.disclosure import reads_like_disclosure
reads_like_disclosure("")
"""
"""Run once before the sessions, after one start of the app on the Russian workshop, as a
facilitator's earlier days would have: the plan, its series, the cues' statements and the disclosure
word list checked in full and kept in the data folder's caches of checked files."""
REVIEW_AND_EXPORT = """
import tempfile
from pathlib import Path
from facilitator.export.pdf import render_pdf
from facilitator.export.report import build_report
bridge.end()
console.after.open_review()  # as the console's menu does (in place here: no event loop runs)
review = console.after.review
render_pdf(build_report(store, bridge.session_id, review.redaction), Path(tempfile.mkdtemp()) / "report.pdf")
"""
"""The same session, then the review (the name finder and dictionaries) and the PDF export."""
MEASURE = """
hwm = next(line for line in open("/proc/self/status") if line.startswith("VmHWM:"))
print(int(hwm.split()[1]) / 1024, "natasha" in sys.modules, "pydantic" in sys.modules)
"""
"""The app's own peak: VmHWM, the high-water mark of this process's memory since it started (its
``ru_maxrss`` would not do: Linux folds the parent's high-water mark into a child's at its exec, so a
process started by a big one reports at least the big one's peak; the name finder's worker, started
by the app, reported the app's own RSS that way)."""


def _status_kb(pid: int, field: str) -> int:
    """``field`` (VmRSS, VmHWM) of process ``pid`` in kB; 0 if it has exited."""
    try:
        with open(f"/proc/{pid}/status") as status:
            for line in status:
                if line.startswith(field + ":"):
                    return int(line.split()[1])
    except (FileNotFoundError, ProcessLookupError):
        pass
    return 0


def _command(pid: int) -> bytes:
    """The command line of process ``pid``; empty if it has exited."""
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as command:
            return command.read()
    except (FileNotFoundError, ProcessLookupError):
        return b""


def _descendants(pid: int) -> list[int]:
    """Every living process started by ``pid``, and by those, from /proc."""
    found: list[int] = []
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except FileNotFoundError:
        return found
    for task in tasks:
        try:
            with open(f"/proc/{pid}/task/{task}/children") as children:
                for child in children.read().split():
                    found += [int(child), *_descendants(int(child))]
        except FileNotFoundError:
            continue
    return found


def session_rss(review: bool) -> tuple[float, float, float, bool, bool]:
    """For a simulated session in a fresh process: (the app process's own peak MB, the peak MB of its
    largest worker process, the peak MB of the app and all its worker processes together at the same
    moment, natasha imported in the app's process, pydantic imported in it). The processes are
    sampled from this one every few milliseconds (the sum: VmRSS of each at the same moment); each
    process's own peak is its VmHWM, read by itself at its end or here, last, before it exited. A
    worker counts from its exec (before it, a forked child's pages are the app's, shared)."""
    script = LIVE_SESSION + (REVIEW_AND_EXPORT if review else "") + MEASURE
    process = subprocess.Popen(
        [sys.executable, "-c", script], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )
    together_kb = 0
    worker_kb: dict[int, int] = {}
    app_command = _command(process.pid)
    running: set[int] = set()
    while process.poll() is None:
        # a child between its fork and its exec is still the app's memory (shared, copied on write),
        # and its status shows the app's: a worker counts once it has run its own program for a
        # sample already (an exec takes microseconds, a sample 5 ms; VmHWM keeps its earlier peak)
        workers = {pid for pid in _descendants(process.pid) if _command(pid) not in (app_command, b"")}
        total = _status_kb(process.pid, "VmRSS")
        for pid in workers & running:
            total += _status_kb(pid, "VmRSS")
            worker_kb[pid] = max(worker_kb.get(pid, 0), _status_kb(pid, "VmHWM"))
        running = workers
        together_kb = max(together_kb, total)
        time.sleep(0.005)
    out, _ = process.communicate()
    if process.returncode:
        raise subprocess.CalledProcessError(process.returncode, "session")
    own, natasha, pydantic = out.strip().splitlines()[-1].split()
    worker = max(worker_kb.values(), default=0) / 1024
    together = together_kb / 1024
    return round(float(own), 1), round(worker, 1), round(together, 1), natasha == "True", pydantic == "True"


def memory_figures() -> dict[str, float]:
    """live_rss_mb: the live session; peak_rss_mb: the same with the review and the export, the
    app's process and the name finder's worker together at the same moment (sampled);
    peak_rss_upper_mb: the two processes' own peaks added, as if they came at once."""
    prepare_cold_start()
    env = {**os.environ, "FACILITATOR_PASSPHRASE": "benchmark"}
    for warm_up in ([*APP, "--language", "ru"], ["-c", CACHE_WARM_UP]):
        subprocess.run([sys.executable, *warm_up], cwd=ROOT, env=env, check=True, capture_output=True)
    live_own, _live_worker, _live_together, live_natasha, live_pydantic = session_rss(review=False)
    peak_own, peak_worker, peak_together, _peak_natasha, _peak_pydantic = session_rss(review=True)
    return {
        "live_rss_mb": live_own,
        "live_natasha_imported": live_natasha,
        "live_pydantic_imported": live_pydantic,
        "peak_rss_app_mb": peak_own,
        "peak_rss_worker_mb": peak_worker,
        "peak_rss_mb": peak_together,
        "peak_rss_upper_mb": round(peak_own + peak_worker, 1),
    }


def unlock_s() -> float:
    """Deriving the key from the passphrase with the app's scrypt cost (done once per start)."""
    from facilitator.security import keys

    path = Path(tempfile.mkdtemp()) / "key.json"
    keys.create(path, "benchmark passphrase")
    start = time.perf_counter()
    keys.unlock(path, "benchmark passphrase")
    return time.perf_counter() - start


def prepare_cold_start() -> None:
    """A key file with a cheap cost, so the start-up figure leaves out the (separate) unlock."""
    from facilitator.security import vault

    if not vault.has_passphrase():
        vault.set_up("benchmark", n=2**10)


def time_starts(commands: list[list[str]], runs: int) -> list[tuple[float, float, float | None]]:
    """(first paint, ready, the projector's holding screen's first paint or None) in seconds from the
    process start, medians over ``runs`` starts of each command, started in turn (so all see the same
    machine load). Each command prints its own wall-clock times as JSON (``StartTimes``)."""
    env = {**os.environ, "FACILITATOR_PASSPHRASE": "benchmark"}
    paints: list[list[float]] = [[] for _ in commands]
    readies: list[list[float]] = [[] for _ in commands]
    projectors: list[list[float]] = [[] for _ in commands]
    for _ in range(runs):
        for command, paint, ready, projector in zip(commands, paints, readies, projectors, strict=True):
            start = time.time()
            done = subprocess.run(
                [sys.executable, *command], cwd=ROOT, env=env, check=True, capture_output=True, text=True
            )
            times = json.loads(done.stdout.strip().splitlines()[-1])
            paint.append(times["first_paint"] - start)
            ready.append(times["console_ready"] - start)
            if times.get("projector_paint"):
                projector.append(times["projector_paint"] - start)
    medians = []
    for paint, ready, projector in zip(paints, readies, projectors, strict=True):
        holding = statistics.median(projector) if projector else None
        medians.append((statistics.median(paint), statistics.median(ready), holding))
    return medians


def start_figures(runs: int) -> dict[str, float]:
    """The first paint and the console ready, each against a bare window started the same way."""
    import compileall

    # the app's modules as an installed app has them, compiled (pip and the bundle both do): with
    # PYTHONDONTWRITEBYTECODE set, as on the development machines, every start would otherwise
    # compile the app's ≈ 100 modules from source and time the compiler, not the start
    compileall.compile_dir(ROOT / "facilitator", quiet=1)
    prepare_cold_start()
    subprocess.run(  # the first start checks the plan in full and fills the cache; later ones read it
        [sys.executable, *APP],
        cwd=ROOT,
        env={**os.environ, "FACILITATOR_PASSPHRASE": "benchmark"},
        check=True,
        capture_output=True,
    )
    bare, floor, app = time_starts([["-c", BARE], ["-c", FLOOR], APP], runs)
    (bare_paint, bare_ready, _), (_floor_paint, floor_ready, _), (app_paint, app_ready, projector) = (
        bare,
        floor,
        app,
    )
    return {
        "first_paint_bare_s": round(bare_paint, 3),
        "first_paint_app_s": round(app_paint, 3),
        "first_paint_ratio": round(app_paint / bare_paint, 2),
        # the console's frame paints first; the projector's holding screen in the next paint
        "projector_paint_ratio": round(projector / bare_paint, 2) if projector else None,
        "cold_start_bare_s": round(bare_ready, 3),
        "cold_start_app_s": round(app_ready, 3),
        "cold_start_ratio": round(app_ready / bare_ready, 2),
        "cold_start_floor_ratio": round(floor_ready / bare_ready, 2),
    }


def step_switches(count: int) -> list[float]:
    from PySide6.QtCore import QEvent, QObject, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from facilitator.content import default_workshop
    from facilitator.paths import database_path
    from facilitator.sessions.clock import FakeClock
    from facilitator.sessions.plan_loader import load_plan
    from facilitator.sessions.store import Store
    from facilitator.ui.audience_window import AudienceWindow
    from facilitator.ui.console_window import ConsoleWindow
    from facilitator.ui.launch import load_fonts
    from facilitator.ui.session_bridge import SessionBridge

    class Paints(QObject):
        """Counts the audience view's paints and notes when the last one happened."""

        count = 0
        at = 0.0

        def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                Paints.count += 1
                Paints.at = time.perf_counter()
            return False

    app = QApplication.instance() or QApplication([])
    load_fonts(app)  # type: ignore[arg-type]
    store = Store.open(database_path())
    loaded = load_plan(default_workshop("en"))
    bridge = SessionBridge(loaded, "plan.yaml", store, FakeClock())
    audience = AudienceWindow(bridge)
    audience.resize(1920, 1080)
    audience.show()
    console = ConsoleWindow(bridge, audience)
    console.show()
    console.activateWindow()
    paints = Paints()
    audience.view.installEventFilter(paints)
    bridge.start()
    app.processEvents()
    samples = []
    last = len(loaded.plan.steps) - 1
    for n in range(count):
        forward = (n // last) % 2 == 0
        key = Qt.Key.Key_PageDown if forward else Qt.Key.Key_PageUp
        before = Paints.count
        start = time.perf_counter()
        QTest.keyClick(console, key)
        while Paints.count == before:
            app.processEvents()
        samples.append((Paints.at - start) * 1000)  # to the paint itself, not to the idle loop
        app.processEvents()  # let the console finish its own repaint before the next press
    bridge.stop()
    store.close()
    return samples


def anonymizer_sets() -> dict[str, float]:
    """Recall and keep on the development notes (tuned on) and the held-out notes (never tuned on)."""
    sys.path.insert(0, str(ROOT))
    from tests.anonymizer.evaluate import SETS, evaluate_notes, load

    figures: dict[str, float] = {}
    for name, paths in SETS.items():
        notes = load(paths)  # the files read before the clock: notes/s is the anonymizer's
        started = time.perf_counter()
        result = evaluate_notes(notes, [p.name for p in paths])
        elapsed = time.perf_counter() - started
        figures[f"{name}_notes"] = result.notes
        figures[f"{name}_recall"] = round(result.recall, 3)
        figures[f"{name}_recall_names_phones"] = round(result.names_and_phones, 3)
        figures[f"{name}_keep"] = round(result.keep_rate, 3)
        figures[f"{name}_notes_per_s_with_ner"] = round(result.notes / elapsed, 1)
    return figures


def anonymizer_figures() -> dict[str, float]:
    """Load time, notes per second on the labelled corpus, and recall and keep on it and on the
    development and held-out sets (``anonymizer_sets``)."""
    from anonymization import CORPUS, measure, ours

    figures: dict[str, float] = {}
    loading = time.perf_counter()
    detector = ours()  # dictionaries and models loaded once, as in a review's worker
    figures["anonymizer_load_s"] = round(time.perf_counter() - loading, 2)
    anonymizer = measure(detector)
    figures["anonymize_notes_per_s"] = anonymizer["notes_per_s"]
    figures["anonymizer_recall"] = anonymizer["recall"]
    figures["anonymizer_recall_names"] = anonymizer["recall_names"]
    figures["anonymizer_recall_phones"] = anonymizer["recall_phones"]
    figures["anonymizer_keep"] = anonymizer["keep"]
    figures["anonymizer_corpus_notes"] = len(CORPUS)
    figures.update(anonymizer_sets())
    return figures


def big_note_s(size: int) -> float:
    """Seconds to find and replace every identifier in one note of ``size`` characters (pasted)."""
    from anonymization import CORPUS

    from facilitator.anonymizer.anonymizer import Anonymizer

    text = "\n".join(str(note["text"]) for note in CORPUS)
    text = (text * (size // len(text) + 1))[:size]
    from facilitator.anonymizer import lexicon, ner

    lexicon.warm_up()  # the dictionaries and the model loaded, as after the review
    ner.warm_up()
    anonymizer = Anonymizer()
    started = time.perf_counter()
    anonymizer.apply(text, anonymizer.detect(text))
    return round(time.perf_counter() - started, 1)


def fresh_text_s_per_mb() -> float:
    """Seconds a megabyte for text the anonymizer reads for the first time: the development notes
    (≈ 93,000 characters, no line repeated) as one note. ``big_note_s`` repeats a 12,000-character
    corpus, so after its first pages every word's decision and every phone is already known; this
    figure is the other end (every word new, its dictionary look-ups included)."""
    from facilitator.anonymizer import lexicon, ner
    from facilitator.anonymizer.anonymizer import Anonymizer
    from tests.anonymizer.evaluate import SETS, load

    text = "\n".join(str(note["text"]) for note in load(SETS["dev"]))
    lexicon.warm_up()  # the dictionaries and the model loaded, as after the review
    ner.warm_up()
    anonymizer = Anonymizer()
    started = time.perf_counter()
    anonymizer.apply(text, anonymizer.detect(text))
    return round((time.perf_counter() - started) / len(text) * 1_000_000, 1)


def _cpu_s() -> float:
    """CPU seconds (user and system) of this process and of every child process waited for."""
    import resource

    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def pasted_note(size: int) -> str:
    """``size`` characters of one 6,000-character stretch of notes pasted over and over (a
    facilitator's paste gone wrong, a log): what a repeated text costs, beside a fresh one."""
    from fresh_note import fresh_note

    block = fresh_note(6000, seed=11) + "\n"
    return (block * (size // len(block) + 1))[:size]


def export_big_note_s(size: int = 10_000_000, pasted: bool = False) -> dict[str, float]:
    """The ``facilitator export`` path for a session holding one pasted note of ``size`` characters
    read for the first time (fresh_note.py; with ``pasted``, one stretch repeated: ``pasted_note``),
    dictionaries and NER loaded: the note read from the encrypted store, detection and pseudonyms
    (the Redaction), the report, and the PDF; each part and the total, in seconds."""
    from fresh_note import fresh_note

    from facilitator.anonymizer import lexicon, ner
    from facilitator.content import default_workshop
    from facilitator.export.pdf import render_pdf
    from facilitator.export.redaction import Redaction
    from facilitator.export.report import build_report
    from facilitator.security.cipher import AesGcmCodec
    from facilitator.sessions.clock import FakeClock
    from facilitator.sessions.live import LiveSession
    from facilitator.sessions.plan_loader import load_plan
    from facilitator.sessions.store import Store

    lexicon.warm_up()
    ner.warm_up()
    store = Store.in_memory(AesGcmCodec(os.urandom(32)))
    clock = FakeClock()
    live = LiveSession.new(store, load_plan(default_workshop("ru")), "bench.yaml", clock)
    live.engine.start()
    clock.advance(30)
    live.add_note(pasted_note(size) if pasted else fresh_note(size, seed=3), ["quote"])
    live.engine.end()
    out = Path(tempfile.mkdtemp()) / "report.pdf"
    cpu_before = _cpu_s()
    started = time.perf_counter()
    redaction = Redaction.for_session(store, live.id)
    detected = time.perf_counter()
    detected_cpu = _cpu_s()
    report = build_report(store, live.id, redaction)
    built = time.perf_counter()
    render_pdf(report, out)
    done = time.perf_counter()
    done_cpu = _cpu_s()
    store.close()
    name = "export_10mb_pasted_note" if pasted else "export_10mb_note"
    return {
        # CPU seconds of this process and of the worker processes (all of them waited for): what
        # the export costs, whatever else the machine is running; wall time is what a user waits
        f"{name}_cpu_s": round(done_cpu - cpu_before, 1),
        f"{name}_load_average": round(os.getloadavg()[0], 1),  # the machine's, over 1 minute
        f"{name}_redaction_cpu_s": round(detected_cpu - cpu_before, 1),
        f"{name}_s": round(done - started, 1),
        f"{name}_redaction_s": round(detected - started, 1),
        f"{name}_report_s": round(built - detected, 1),
        f"{name}_pdf_s": round(done - built, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--switches", type=int, default=200)
    parser.add_argument("--starts", type=int, default=7)
    parser.add_argument("--memory", action="store_true", help="only the live and peak memory figures")
    parser.add_argument("--only-export", action="store_true", help="only the 10 MB note export")
    parser.add_argument("--only-start", action="store_true", help="only the first paint and cold start")
    parser.add_argument(
        "--only-anonymizer",
        action="store_true",
        help="only the anonymizer's load time, rate, recall and keep",
    )
    args = parser.parse_args()
    if args.only_anonymizer:
        print(json.dumps(anonymizer_figures()))
        return
    if args.memory:
        print(json.dumps(memory_figures()))
        return
    if args.only_export:
        export = {**export_big_note_s(pasted=True), **export_big_note_s()}
        print(json.dumps(export) if args.json else export)
        return
    if args.only_start:
        print(json.dumps(start_figures(args.starts)))
        return
    samples = sorted(step_switches(args.switches))
    figures = {
        "step_switch_ms_median": round(statistics.median(samples), 2),
        "step_switch_ms_p95": round(samples[int(len(samples) * 0.95) - 1], 2),
        **start_figures(args.starts),
        "unlock_s": round(unlock_s(), 3),
    }
    figures.update(memory_figures())
    from anonymization import export_400_notes_s as export_figures

    figures.update(anonymizer_figures())
    figures["anonymize_1mb_note_s"] = big_note_s(1_000_000)
    figures["anonymize_10mb_note_s"] = big_note_s(10_000_000)
    figures["anonymize_fresh_text_s_per_mb"] = fresh_text_s_per_mb()
    figures.update(export_big_note_s(pasted=True))
    figures.update(export_big_note_s())
    figures["export_400_notes_s"] = export_figures(encrypted=True)[1]
    if args.json:
        print(json.dumps(figures))
    else:
        for key, value in figures.items():
            print(f"{key:30} {value}")


if __name__ == "__main__":
    main()

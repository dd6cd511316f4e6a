#!/usr/bin/env bash
# End-to-end anonymization check: build 40 raw sessions, import them into a fresh data folder,
# export each as the anonymized PDF, search the PDF text + metadata for every planted identifier.
# usage: benchmarks/e2e_planted/run.sh [CHECKOUT]   (default: this checkout); E2E_WORK=folder for its files
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
CHECKOUT=$(cd "${1:-$HERE/../..}" && pwd)
WORK=${E2E_WORK:-$(mktemp -d)}
mkdir -p "$WORK" || { echo "run.sh: cannot make the work folder $WORK" >&2; exit 1; }
RUN=$(mktemp -d "$WORK/run-XXXX") || { echo "run.sh: cannot make a run folder in $WORK" >&2; exit 1; }
N=1; while [ -e "$WORK/data-$N" ]; do N=$((N+1)); done
export FACILITATOR_DATA_DIR="$WORK/data-$N" HOME="$WORK/home"
export FACILITATOR_PASSPHRASE='e2e store passphrase 2026' FACILITATOR_FILE_PASSPHRASE='e2e file passphrase 2026'
export QT_QPA_PLATFORM=offscreen
mkdir -p "$HOME" "$RUN/pdf" "$RUN/log"
if [ -x "$CHECKOUT/.venv/bin/python" ]; then PY="$CHECKOUT/.venv/bin/python"; else PY=python3; fi
FAC() { (cd "$CHECKOUT" && "$PY" -m facilitator "$@" </dev/null); }
export -f FAC; export CHECKOUT PY RUN
echo "checkout: $CHECKOUT  data: $FACILITATOR_DATA_DIR  run folder: $RUN"
python3 "$HERE/build.py" "$CHECKOUT" "$RUN/raw" || exit 1
mv "$RUN/planted.json" "$RUN/planted.json" 2>/dev/null; true
FAC passphrase set >"$RUN/log/passphrase.out" 2>"$RUN/log/passphrase.err" || { echo "passphrase set failed:"; cat "$RUN/log/passphrase.err"; exit 1; }
# import (2 at a time), remembering the id the app gives
ls "$RUN/raw" | sed 's/\.json$//' | xargs -P 2 -I{} bash -c \
  'FAC sessions import "$RUN/raw/{}.json" >"$RUN/log/{}.import.out" 2>"$RUN/log/{}.import.err"; echo $? >"$RUN/log/{}.import.rc"'
# export by id (2 at a time), then text + metadata
ls "$RUN/raw" | sed 's/\.json$//' | xargs -P 2 -I{} bash -c \
  'id=$(grep -Eo "^[0-9a-z]{6,}$" "$RUN/log/{}.import.out" | tail -1);
   if [ -z "$id" ]; then echo "no id" >"$RUN/log/{}.export.err"; exit 0; fi;
   FAC export "$id" --out "$RUN/pdf/{}.pdf" >"$RUN/log/{}.export.out" 2>"$RUN/log/{}.export.err"; echo $? >"$RUN/log/{}.export.rc";
   pdftotext -enc UTF-8 "$RUN/pdf/{}.pdf" "$RUN/pdf/{}.txt" 2>/dev/null;
   pdftotext -enc UTF-8 -layout "$RUN/pdf/{}.pdf" "$RUN/pdf/{}.layout.txt" 2>/dev/null;
   cat "$RUN/pdf/{}.layout.txt" >>"$RUN/pdf/{}.txt" 2>/dev/null;
   { pdfinfo -enc UTF-8 "$RUN/pdf/{}.pdf"; pdfinfo -meta "$RUN/pdf/{}.pdf"; } >"$RUN/pdf/{}.info" 2>&1'
echo "== problems (non-zero exit, tracebacks, stderr)"
for f in "$RUN"/log/*.rc; do [ "$(cat "$f")" = 0 ] || echo "  $(basename "$f" .rc): exit $(cat "$f")"; done
for f in "$RUN"/log/*.err; do m=$(grep -v -E "^wrote .*\(anonymized\)$|^Your passphrase encrypts|^passphrase set: notes are encrypted" "$f" | head -20); [ -n "$m" ] && { echo "  $(basename "$f" .err):"; echo "$m" | sed "s/^/    /"; }; done
grep -l Traceback "$RUN"/log/* 2>/dev/null | sed 's/^/  traceback in /'
echo "== results"
python3 "$HERE/check.py" "$RUN" "$RUN/planted.json" | tee "$RUN/report.txt"
echo "== raw PDF bytes (inflated streams: outlines, annotations, ASCII text runs)"
python3 "$HERE/rawscan.py" "$RUN" | tee -a "$RUN/report.txt"

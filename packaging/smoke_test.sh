#!/usr/bin/env bash
# Smoke-test a built bundle: both windows on the built-in workshop (offscreen, then on a real X
# server under Xvfb when xvfb-run is installed), a film played inside the bundle (its position
# moves), an anonymized PDF exported, the bundled anonymizer once, and no Qt library the bundle
# links to missing from it.
#   packaging/smoke_test.sh [dist/facilitator]
set -euo pipefail
bundle="${1:-dist/facilitator}"
root="$(cd "$(dirname "$0")/.." && pwd)"
smoke_dir=$(mktemp -d)
trap 'rm -rf "$smoke_dir"' EXIT

missing=$(find "$bundle/_internal" -name '*.so*' -type f -print0 \
  | LD_LIBRARY_PATH="$bundle/_internal:$bundle/_internal/PySide6/Qt/lib" xargs -0 -n 20 ldd 2>/dev/null \
  | grep -E '^\s+lib(Qt6|pyside6|shiboken6|icu|av|sw)[^ ]* => ' | grep -v "=> $bundle\|=> $(realpath "$bundle")" || true)
if [ -n "$missing" ]; then
  echo "libraries the bundle links to but does not carry:" >&2
  echo "$missing" | sort -u >&2
  exit 1
fi
for module in "$bundle"/_internal/PySide6/Qt*.abi3.so; do  # the Qt modules each one imports when loaded
  for wanted in $(strings "$module" | grep -E '^PySide6\.Qt[A-Za-z]+$' | sort -u); do
    [ -f "$bundle/_internal/PySide6/${wanted#PySide6.}.abi3.so" ] \
      || { echo "$(basename "$module") imports $wanted, which the bundle does not carry" >&2; exit 1; }
  done
done
for ts in "$root"/facilitator/i18n/facilitator_*.ts; do  # the UI's translations, compiled, and only those
  qm="$bundle/_internal/facilitator/i18n/$(basename "${ts%.ts}").qm"
  [ -s "$qm" ] || { echo "the bundle lacks $(basename "$qm"): its UI would be in English" >&2; exit 1; }
done
if find "$bundle/_internal/facilitator/i18n" -name '*.ts' | grep -q .; then
  echo "the bundle carries the .ts sources (the app loads only the .qm files)" >&2; exit 1
fi
# both windows on the built-in workshop, the UI in Kazakh offscreen and in Russian under Xvfb: the
# toolbar's first label must be translated ("Start" in English)
FACILITATOR_DATA_DIR="$smoke_dir" QT_QPA_PLATFORM=offscreen "$bundle/facilitator" --smoke-test --ui-language kk \
  | tee "$smoke_dir/windows.out"
grep -q "toolbar in kk: Бастау" "$smoke_dir/windows.out" || { echo "the bundle's UI is not in Kazakh" >&2; exit 1; }
echo "smoke test offscreen (UI in Kazakh): passed"
if command -v xvfb-run >/dev/null 2>&1; then
  FACILITATOR_DATA_DIR="$smoke_dir" QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1280x800x24" \
    "$bundle/facilitator" --smoke-test --ui-language ru | tee "$smoke_dir/windows.out"
  grep -q "toolbar in ru: Начать" "$smoke_dir/windows.out" || { echo "the bundle's UI is not in Russian" >&2; exit 1; }
  echo "smoke test under Xvfb (xcb, UI in Russian): passed"
else
  echo "xvfb-run not installed: the X11 smoke test was skipped" >&2
fi
# a film plays (QtMultimedia, the FFmpeg plugin and the libraries it links to): the committed clip
# on a film step; --smoke-test jumps to the first step whose film is found, plays it and waits,
# on the monotonic clock, until its position moves
mkdir -p "$smoke_dir/film"
cp "$root/tests/media/clip.mp4" "$smoke_dir/film/clip.mp4"
cat > "$smoke_dir/film/plan.yaml" <<'YAML'
format: 1
id: smoke-film
title: Smoke test film
language: en
audience: testers
target_length: 15m
steps:
  - id: before
    kind: exercise
    title: Before the film
    duration: 5m
    audience: {title: Before the film, text: What the room reads first}
    facilitator: {purpose: Open, how_to_run: [Say hello]}
  - id: film
    kind: film
    title: The film
    duration: 5m
    audience: {title: The film, text: Watch, film: clip.mp4}
    facilitator: {purpose: Watch, how_to_run: [Press play]}
  - id: after
    kind: exercise
    title: After the film
    duration: 5m
    audience: {title: After the film, text: What did you see}
    facilitator: {purpose: Talk, how_to_run: [Ask]}
YAML
film=$(FACILITATOR_DATA_DIR="$smoke_dir" QT_QPA_PLATFORM=offscreen "$bundle/facilitator" "$smoke_dir/film/plan.yaml" --smoke-test 2>&1) \
  || { echo "$film" >&2; echo "the film smoke test failed" >&2; exit 1; }
echo "$film" | grep "smoke test: film" || { echo "$film" >&2; echo "no film was played" >&2; exit 1; }
echo "$film" | grep -q "film of step 2 played" || { echo "the clip did not play in the bundle" >&2; exit 1; }
# an anonymized PDF from a (synthetic) session record: the names and the phone must be gone, and
# every font embedded (DejaVu: Cyrillic and Kazakh render)
FACILITATOR_DATA_DIR="$smoke_dir" "$bundle/facilitator" export "$root/packaging/smoke_session.json" --out "$smoke_dir/report.pdf"
head -c 5 "$smoke_dir/report.pdf" | grep -q '%PDF-' || { echo "the export wrote no PDF" >&2; exit 1; }
if command -v pdftotext >/dev/null 2>&1; then
  report=$(pdftotext "$smoke_dir/report.pdf" -)
  case "$report" in
    *Ерлан*|*Айгерим*|*701*) echo "the bundled export left an identifier in the PDF" >&2; exit 1 ;;
  esac
  echo "$report" | grep -q "Участник A" || { echo "the PDF lacks the pseudonyms" >&2; exit 1; }
  if pdffonts "$smoke_dir/report.pdf" | tail -n +3 | awk '$(NF-4) != "yes"' | grep -q .; then
    echo "a font of the PDF is not embedded" >&2; exit 1
  fi
  echo "smoke test export: anonymized PDF, fonts embedded: passed"
else
  echo "pdftotext not installed: the PDF's text was not checked" >&2
fi
# the name lists, pymorphy2's dictionaries and (for the unknown name) natasha's model, all bundled
said="Руководитель Бекзатов Ыгылман ушёл. Дана Сейткали, +7 701 234 56 78"
anonymized=$(echo "$said" | FACILITATOR_DATA_DIR="$smoke_dir" "$bundle/facilitator" anonymize)
echo "$anonymized"
case "$anonymized" in
  *Бекзатов*|*Ыгылман*|*Сейткали*|*701*) echo "the bundled anonymizer left an identifier" >&2; exit 1 ;;
esac

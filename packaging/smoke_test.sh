#!/usr/bin/env bash
# Smoke-test a built bundle: both windows on the built-in workshop (offscreen, then on a real X
# server under Xvfb when xvfb-run is installed), the bundled anonymizer once, and no Qt library
# the bundle links to missing from it.
#   packaging/smoke_test.sh [dist/facilitator]
set -euo pipefail
bundle="${1:-dist/facilitator}"
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
FACILITATOR_DATA_DIR="$smoke_dir" QT_QPA_PLATFORM=offscreen "$bundle/facilitator" --smoke-test
echo "smoke test offscreen: passed"
if command -v xvfb-run >/dev/null 2>&1; then
  FACILITATOR_DATA_DIR="$smoke_dir" QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1280x800x24" \
    "$bundle/facilitator" --smoke-test
  echo "smoke test under Xvfb (xcb): passed"
else
  echo "xvfb-run not installed: the X11 smoke test was skipped" >&2
fi
# the name lists, pymorphy2's dictionaries and (for the unknown name) natasha's model, all bundled
said="Руководитель Бекзатов Ыгылман ушёл. Дана Сейткали, +7 701 234 56 78"
anonymized=$(echo "$said" | FACILITATOR_DATA_DIR="$smoke_dir" "$bundle/facilitator" anonymize)
echo "$anonymized"
case "$anonymized" in
  *Бекзатов*|*Ыгылман*|*Сейткали*|*701*) echo "the bundled anonymizer left an identifier" >&2; exit 1 ;;
esac

#!/usr/bin/env bash
# Set up everything the app (and, with --dev, its tests) needs, once; later runs are quick.
#   scripts/setup.sh [--dev]
# - the Debian/Ubuntu libraries Qt needs (installed with apt-get when run as root, else named);
# - a virtual environment in .venv with the pinned dependencies from pyproject.toml.
set -euo pipefail
cd "$(dirname "$0")/.."

DEV=0
[ "${1:-}" = "--dev" ] && DEV=1

# Libraries PySide6 loads on Linux (offscreen and X11), plus Xvfb and poppler for the test suite.
QT_DEBS="libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libglib2.0-0
 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-shape0
 libxcb-xinerama0 libxcb-randr0 libxcb-xfixes0 libpulse0"
TEST_DEBS="xvfb poppler-utils"
wanted="$QT_DEBS"
[ "$DEV" = 1 ] && wanted="$wanted $TEST_DEBS"
if command -v dpkg-query >/dev/null 2>&1; then
  missing=""
  for deb in $wanted; do
    dpkg-query -W -f='${Status}' "$deb" 2>/dev/null | grep -q "install ok installed" || missing="$missing $deb"
  done
  if [ -n "$missing" ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
      echo "Installing Debian packages:$missing"
      apt-get update -qq >/dev/null
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
    else
      echo "Please install these packages first (as root): apt-get install$missing" >&2
    fi
  fi
fi

PYTHON="${PYTHON:-python3}"
if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
  echo "Facilitator needs Python 3.11 or newer; $PYTHON is $("$PYTHON" --version 2>&1)." >&2
  exit 1
fi
[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
stamp=".venv/.installed-$(cat pyproject.toml | sha1sum | cut -c1-12)-$DEV"
if [ ! -f "$stamp" ]; then
  .venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip
  if [ "$DEV" = 1 ]; then
    .venv/bin/python -m pip install -q --disable-pip-version-check -e ".[dev]"
  else
    .venv/bin/python -m pip install -q --disable-pip-version-check -e .
  fi
  rm -f .venv/.installed-*
  touch "$stamp"
fi
# the UI's translations: compiled from the .ts sources kept in the repository
for ts in facilitator/i18n/*.ts; do
  qm="${ts%.ts}.qm"
  if [ ! -f "$qm" ] || [ "$ts" -nt "$qm" ]; then
    .venv/bin/pyside6-lrelease -silent "$ts" -qm "$qm"
  fi
done

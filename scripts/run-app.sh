#!/usr/bin/env bash
# Set up (first time) and open Facilitator on its built-in workshop. Extra arguments go to the app,
# e.g. scripts/run-app.sh --language ru, or scripts/run-app.sh my-workshop.yaml
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  echo "No screen found (DISPLAY is not set): starting offscreen to check that the app runs." >&2
  export QT_QPA_PLATFORM=offscreen
  exec .venv/bin/facilitator "$@" --smoke-test
fi
exec .venv/bin/facilitator "$@"

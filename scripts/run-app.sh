#!/usr/bin/env bash
# Set up (first time) and open Facilitator on its built-in workshop. Extra arguments go to the app,
# e.g. scripts/run-app.sh --language ru, or scripts/run-app.sh my-workshop.yaml
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  echo "No screen found (neither DISPLAY nor WAYLAND_DISPLAY is set): checking offscreen that the app runs;" \
    "nothing will appear." >&2
  export QT_QPA_PLATFORM=offscreen
  status=0
  # the offscreen platform's "This plugin does not support ..." lines say nothing about the app
  .venv/bin/facilitator "$@" --smoke-test 2> >(grep -v '^This plugin does not support' >&2) || status=$?
  wait  # the filtered messages are all out before the verdict
  if [ "$status" -eq 0 ]; then
    echo "It works: Facilitator opened offscreen, ran the first steps of the workshop, ended it and" \
      "closed (exit 0). To use it, run scripts/run-app.sh on a computer with a screen (a desktop" \
      "session, or DISPLAY set)."
  else
    echo "The offscreen check failed (exit $status): see the messages above." >&2
  fi
  exit "$status"
fi
exec .venv/bin/facilitator "$@"

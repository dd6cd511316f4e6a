#!/usr/bin/env bash
# Set up (first time) and run the checks (ruff, mypy, import contracts) and the whole test suite.
# Extra arguments go to pytest, e.g. scripts/test.sh -k engine
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --dev
scripts/check.sh
export QT_QPA_PLATFORM=offscreen
exec .venv/bin/python -m pytest "$@"

#!/usr/bin/env bash
# Static checks: ruff (lint and format), mypy (strict on facilitator/sessions), import-linter.
set -euo pipefail
cd "$(dirname "$0")/.."
.venv/bin/ruff check .
.venv/bin/ruff format --check .
.venv/bin/mypy facilitator
.venv/bin/lint-imports

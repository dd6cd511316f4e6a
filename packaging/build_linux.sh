#!/usr/bin/env bash
# Build the Linux one-folder bundle from a build venv without development tools, smoke-test it
# (offscreen, and under Xvfb when xvfb-run is there), then pack it.
#   packaging/build_linux.sh        -> dist/facilitator/ and dist/facilitator-linux.tar.gz
# BUILD_VENV (default /tmp/facilitator-build-venv) holds the app's pinned dependencies and
# PyInstaller only: never the `dev` extra (pydantic's mypy and hypothesis plugins would follow it
# into the bundle) and never the project's own .venv.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_VENV="${BUILD_VENV:-/tmp/facilitator-build-venv}"
PYTHON="${PYTHON:-python3}"

[ -x "$BUILD_VENV/bin/python" ] || "$PYTHON" -m venv "$BUILD_VENV"
requirements=$("$BUILD_VENV/bin/python" - <<'PY'
import tomllib
project = tomllib.load(open("pyproject.toml", "rb"))["project"]
print("\n".join(project["dependencies"] + project["optional-dependencies"]["packaging"]))
PY
)
stamp="$BUILD_VENV/.installed-$(echo "$requirements" | sha1sum | cut -c1-12)"
if [ ! -f "$stamp" ]; then
  echo "$requirements" > "$BUILD_VENV/requirements.txt"
  "$BUILD_VENV/bin/python" -m pip install -q --disable-pip-version-check -r "$BUILD_VENV/requirements.txt"
  rm -f "$BUILD_VENV"/.installed-* && touch "$stamp"
fi
if "$BUILD_VENV/bin/python" -c 'import mypy' 2>/dev/null || "$BUILD_VENV/bin/python" -c 'import hypothesis' 2>/dev/null; then
  echo "$BUILD_VENV has development tools (mypy or hypothesis): use a fresh BUILD_VENV" >&2
  exit 1
fi
# the spec compiles the UI's translations (.ts -> .qm) into build/pyinstaller/ and ships those

mkdir -p build
started=$(date +%s)
"$BUILD_VENV/bin/pyinstaller" --noconfirm --clean --distpath dist --workpath build/pyinstaller packaging/facilitator.spec \
  > build/pyinstaller.log 2>&1 || { tail -30 build/pyinstaller.log; exit 1; }
built=$(( $(date +%s) - started ))
# Debug information and symbol tables (libpython and the standard library's modules alone carry
# ≈ 25 MB of them) are of no use to a facilitator; the symbols modules link by are kept
# (--strip-unneeded). Wheels' vendored libraries (numpy.libs, pillow.libs) are left as they are:
# stripping files patched by auditwheel can break them.
find dist/facilitator/_internal -type f -name '*.so*' -not -path '*.libs/*' -print0 \
  | xargs -0 file | grep 'not stripped' | cut -d: -f1 | xargs -r strip --strip-unneeded
find dist/facilitator -xtype l -delete  # links to the libraries the spec left out
# ICU's data keeps the en, ru and kk locales and everything not tied to a locale (31 -> 13 MB)
for icu in dist/facilitator/_internal/PySide6/Qt/lib/libicudata.so.*; do
  [ -L "$icu" ] || "$BUILD_VENV/bin/python" packaging/trim_icu.py "$icu"
done
install -Dm644 packaging/org.facilitator.Facilitator.desktop dist/facilitator/share/applications/org.facilitator.Facilitator.desktop
install -Dm644 packaging/org.facilitator.Facilitator.metainfo.xml dist/facilitator/share/metainfo/org.facilitator.Facilitator.metainfo.xml
install -Dm644 assets/icons/facilitator-256.png dist/facilitator/share/icons/hicolor/256x256/apps/org.facilitator.Facilitator.png

packaging/smoke_test.sh dist/facilitator
tar -C dist -czf dist/facilitator-linux.tar.gz facilitator
echo "bundle: $(du -sh dist/facilitator | cut -f1), archive: $(du -sh dist/facilitator-linux.tar.gz | cut -f1), built in ${built} s; smoke test passed"

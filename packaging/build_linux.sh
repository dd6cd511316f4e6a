#!/usr/bin/env bash
# Build the Linux one-folder bundle, then start it offscreen on the built-in workshop and check it
# exits 0 (--smoke-test). Prints the bundle's size and the build time.
#   packaging/build_linux.sh        -> dist/facilitator/ and dist/facilitator-linux.tar.gz
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --dev
.venv/bin/python -m pip install -q --disable-pip-version-check -e ".[packaging]"
mkdir -p build
started=$(date +%s)
.venv/bin/pyinstaller --noconfirm --clean --distpath dist --workpath build/pyinstaller packaging/facilitator.spec \
  > build/pyinstaller.log 2>&1 || { tail -30 build/pyinstaller.log; exit 1; }
built=$(( $(date +%s) - started ))
install -Dm644 packaging/org.facilitator.Facilitator.desktop dist/facilitator/share/applications/org.facilitator.Facilitator.desktop
install -Dm644 packaging/org.facilitator.Facilitator.metainfo.xml dist/facilitator/share/metainfo/org.facilitator.Facilitator.metainfo.xml
install -Dm644 assets/icons/facilitator-256.png dist/facilitator/share/icons/hicolor/256x256/apps/org.facilitator.Facilitator.png

smoke_dir=$(mktemp -d)
FACILITATOR_DATA_DIR="$smoke_dir" QT_QPA_PLATFORM=offscreen dist/facilitator/facilitator --smoke-test
echo "Дана Сейткали, +7 701 234 56 78" | FACILITATOR_DATA_DIR="$smoke_dir" dist/facilitator/facilitator anonymize
rm -rf "$smoke_dir"
tar -C dist -czf dist/facilitator-linux.tar.gz facilitator
echo "bundle: $(du -sh dist/facilitator | cut -f1), archive: $(du -sh dist/facilitator-linux.tar.gz | cut -f1), built in ${built} s; smoke test passed"

#!/usr/bin/env bash
# Installs what the tests need, builds, and runs every test with ctest.
# Usage: scripts/test.sh [ctest options]
set -euo pipefail
cd "$(dirname "$0")/.."

# Browser tests: Debian's Chromium driven by playwright-core from the npm registry, with CJK fonts
# so that the screenshots show Chinese and Japanese text rather than empty boxes.
scripts/install-packages.sh chromium fonts-noto-cjk
command -v node > /dev/null || scripts/install-packages.sh nodejs npm
if [ -f tests/web/browser/package.json ]; then
  (cd tests/web/browser && npm ci --no-audit --no-fund --loglevel=error)
fi

scripts/setup.sh

# Reliability, before the main run so that ctest's summary stays the last line: the tests again
# under ASan and UBSan (build-asan/), then each fuzz target for 12 s (build-fuzz/).
tests/reliability/sanitized_tests.sh
tests/fuzz/run.sh 12

cd build
ctest --output-on-failure -j"$(nproc)" "$@"

#!/usr/bin/env bash
# Builds the commands and the unit, web and hostile-input tests with AddressSanitizer and
# UndefinedBehaviorSanitizer in build-asan/ (-O1: a third of -O2's compile time) and runs them.
# Left out (not built, or not run): the browser test, the corpus recall test (minutes under ASan,
# no untrusted input) and the kill test (crash safety, run by the main suite).
# Usage: tests/reliability/sanitized_tests.sh [ctest options]
set -euo pipefail
cd "$(dirname "$0")/../.."

cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g" -DNEWS_SANITIZE=ON > /dev/null
tests=$(ninja -C build-asan -t targets all | sed -n 's|^bin/\([a-z_]*_test\): .*|\1|p' | grep -v -x -e kill_test -e corpus_recall_test)
# shellcheck disable=SC2086 # one target per word
cmake --build build-asan --target newsindex newssearch newsweb newseval $tests -- -j"$(nproc)"

cd build-asan
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1
ctest --output-on-failure -j"$(nproc)" -E '^(browser_test|KillTest\..*|CorpusRecall\..*|.*_NOT_BUILT)$' "$@"
